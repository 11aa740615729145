/**
 * Composition root: reads the configuration, starts (or connects to) Redis and ClickHouse, opens
 * the ledger, starts the matching workers, the risk pipeline and the gateway, wires their ports,
 * and shuts everything down in order: stop accepting, drain the workers, flush the journal,
 * flush facts, stop the risk consumers, stop the services this process started.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';
import {
  createDisclosureReports,
  createDisclosureSink,
  figureLines,
  followerStateDir,
  LedgerFollower,
  renderFiguresCsv,
  renderFiguresJson,
  riskEventRow,
  serviceUserRef,
  userRow,
  type DisclosureFigures,
  type DisclosureReports,
  type DisclosureSink,
  type UserRow,
} from './disclosure/index.js';
import {
  Presence,
  SharedRateLimiter,
  topics,
  UserStore,
  createGateway,
  createRedisChannelLog,
  parseUserChange,
  type ChannelLog,
  type DisclosureRoutes,
  type Gateway,
} from './gateway/index.js';
import { openLedger, type Ledger } from './ledger/index.js';
import { createMatchingHost, type MatchingHost } from './orderbook/index.js';
import {
  FraudEngine,
  RedisCaseBook,
  RedisFraudConfigStore,
  createCreditPool,
  createRiskStream,
  defaultFraudConfig,
  encodeAlert,
  riskStreamNames,
  type Alert,
  type CreditPool,
  type FraudDecision,
  type RiskStream,
} from './risk-stream/index.js';
import { MarketBackend, type FactSink } from './service/backend.js';
import { RiskDesk } from './service/risk-desk.js';
import { createAlertStreamLog, followAlertStream } from './service/alert-log.js';
import { startLocalServices, stopLocalServices } from './services.js';
import {
  Code,
  acceleratedClock,
  isValidId,
  limits,
  systemClock,
  type Clock,
} from './shared/index.js';

export interface Service {
  readonly port: number;
  readonly wsUrl: string;
  readonly httpUrl: string;
  stop(): Promise<void>;
}

/** The auth secret comes from AUTH_SECRET, or a random one kept in the data folder. */
export function resolveAuthSecret(config: Config): Buffer {
  if (config.authSecret !== undefined) return Buffer.from(config.authSecret, 'utf8');
  const file = join(resolve(config.dataDir), 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(resolve(config.dataDir), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

/** Alerts are read from the alert stream; every other sequenced channel from its own log. */
function routedChannelLog(perUser: ChannelLog, alerts: ChannelLog): ChannelLog {
  const pick = (key: string): ChannelLog => (key === topics.alerts ? alerts : perUser);
  return {
    append: (key, encoders) => pick(key).append(key, encoders),
    readAfter: (key, afterSeq) => pick(key).readAfter(key, afterSeq),
  };
}

function ledgerDirOf(config: Config): string {
  return join(resolve(config.dataDir), 'ledger');
}

interface Parts {
  log: Logger;
  servicesStartedHere: boolean;
  ledger?: Ledger;
  sink?: DisclosureSink;
  ledgerFollower?: LedgerFollower;
  risk?: RiskStream;
  host?: MatchingHost;
  gateway?: Gateway;
  alertsUnsubscribe?: () => Promise<void>;
  alertsRedis?: Redis;
  channelRedis?: Redis;
  usersSubscriber?: Redis;
  freezeSubscriber?: Redis;
  rateLimits?: { user: SharedRateLimiter; ip: SharedRateLimiter };
  presence?: Presence;
  figuresTimer?: NodeJS.Timeout;
  loanTimer?: NodeJS.Timeout;
  /** Commands to Redis for the risk desk (backtests read the event stream). */
  deskRedis?: Redis;
  riskDesk?: RiskDesk;
  users?: UserStore;
  /** Whether the last ClickHouse query (the live figures, once a second) succeeded. */
  clickhouseUp: boolean;
  fraudConfigs?: RedisFraudConfigStore;
  credit?: CreditPool;
  reports?: DisclosureReports;
  /** The latest disclosure figures, for the HTTP routes. */
  figures?: DisclosureFigures;
}

export async function startService(config: Config): Promise<Service> {
  const log = pino({ level: config.logLevel, base: { service: 'lending-core' } });
  const parts: Parts = { log, servicesStartedHere: false, clickhouseUp: false };
  try {
    return await assemble(config, parts);
  } catch (error) {
    await shutdown(parts);
    throw error;
  }
}

async function assemble(config: Config, parts: Parts): Promise<Service> {
  const { redisUrl, clickhouseUrl } = resolveServices(config, parts);
  const clock = systemClock;
  const ledger = await openLedger({
    dir: ledgerDirOf(config),
    durability: config.ledgerDurability,
  });
  parts.ledger = ledger;
  parts.log.info({ entries: ledger.entryCount(), head: ledger.headHash() }, 'ledger open');
  const sink = await openAnalytics(config, parts, clickhouseUrl);
  parts.ledgerFollower = followLedger(config, parts, sink);
  const { risk, riskDesk, credit } = await startRisk(config, parts, redisUrl, clock);
  const backend = new MarketBackend({
    ledgerDir: ledgerDirOf(config),
    profiles: {
      updateContact: (userId, change) =>
        parts.users?.updateContact(userId, change) ?? Promise.resolve(Code.SERVICE_UNAVAILABLE),
    },
    loanClock: config.daySeconds === 86_400 ? clock : acceleratedClock(clock, config.daySeconds),
    stateDir: join(resolve(config.dataDir), 'backend'),
    riskDesk,
    credit,
    raiseAlert: (alert) => raiseAlert(parts, config.redisPrefix, alert),
    markets: config.markets,
    product: { schedule: config.loanSchedule, originationFeeBps: config.originationFeeBps },
    ledger,
    clock,
    facts: factSink(sink),
    events: risk.producer,
    refSalt: config.clickhouseDatabase,
    openOrdersPerUserMax: config.openOrdersPerUserMax,
    onCommandDone: (latencyUs) => parts.gateway?.metrics.observeCommandLatency(latencyUs),
    onError: (context, error) => parts.log.error({ err: error }, context),
  });
  const gateway = await startFront(config, parts, backend, redisUrl);
  await wireAlerts(parts, redisUrl, config.redisPrefix, serviceUserRef(config.clickhouseDatabase));
  parts.figuresTimer = startFigures(parts, backend, clock.nowMs);
  startLoanTicks(config, parts, backend);
  const base = `${config.host}:${gateway.port}`;
  const secure = config.tls === undefined ? '' : 's';
  return {
    port: gateway.port,
    wsUrl: `ws${secure}://${base}/v1/ws`,
    httpUrl: `http${secure}://${base}`,
    stop: async () => {
      await step(parts, 'drain gateway', () => parts.gateway?.stop(() => backend.drained(5_000)));
      backend.detach();
      backend.close();
      await shutdown(parts);
    },
  };
}

/**
 * The risk side: rule configurations shared through Redis (maker-checker), the stream consumers
 * with their fraud engine, the credit-scoring pool and the officers' desk.
 */
async function startRisk(
  config: Config,
  parts: Parts,
  redisUrl: string,
  clock: Clock,
): Promise<{ risk: RiskStream; riskDesk: RiskDesk; credit: CreditPool }> {
  const userRef = serviceUserRef(config.clickhouseDatabase);
  const deskRedis = new Redis(redisUrl, { lazyConnect: true });
  parts.deskRedis = deskRedis;
  await deskRedis.connect();
  // Rule changes approved on any gateway reach every process's consumers at once.
  const fraudConfigs = await RedisFraudConfigStore.open(
    deskRedis,
    config.redisPrefix,
    defaultFraudConfig,
    'system',
    clock.nowMs(),
  );
  parts.fraudConfigs = fraudConfigs;
  await fraudConfigs.follow();
  const fraudEngine = new FraudEngine();
  const risk = createRiskStream({
    redisUrl,
    prefix: config.redisPrefix,
    consumers: config.riskConsumers,
    clock,
    // Many events per stream entry: one XADD per entry was the gateway's largest cost.
    packMax: 256,
    fraud: {
      engine: fraudEngine,
      config: () => fraudConfigs.active(),
      onDecision: (decision) => {
        riskEventFact(parts, decision, userRef);
        if (decision.level !== decision.previousLevel) {
          void keptUserFact(parts, deskRedis, config.redisPrefix, decision.accountId, {
            risk_level: decision.level,
          });
        }
      },
    },
    onError: (error) => parts.log.warn({ err: error }, 'risk consumer error'),
  });
  parts.risk = risk;
  await risk.start();
  const credit = createCreditPool({ threads: 1 });
  parts.credit = credit;
  const riskDesk = new RiskDesk({
    cases: new RedisCaseBook(deskRedis, config.redisPrefix),
    configs: fraudConfigs,
    engine: fraudEngine,
    clock,
    redis: deskRedis,
    eventStream: risk.names.stream,
    publishToOfficers: (message) => parts.gateway?.publish(topics.alerts, message),
  });
  parts.riskDesk = riskDesk;
  return { risk, riskDesk, credit };
}

/** The fact sink (batched, spooled while ClickHouse is down) and the figure queries. */
async function openAnalytics(
  config: Config,
  parts: Parts,
  clickhouseUrl: string,
): Promise<DisclosureSink> {
  const sink = createDisclosureSink({
    url: clickhouseUrl,
    database: config.clickhouseDatabase,
    // While ClickHouse is down, facts go to disk and are replayed, once, when it returns.
    spoolDir: join(resolve(config.dataDir), 'clickhouse-spool'),
    onError: (error) => parts.log.warn({ err: error }, 'ClickHouse insert failed; retrying'),
    onSpoolAlarm: (info) => parts.log.error({ info }, 'ClickHouse spool is nearly full'),
  });
  parts.sink = sink;
  await sink.migrate();
  parts.reports = createDisclosureReports({
    url: clickhouseUrl,
    database: config.clickhouseDatabase,
  });
  return sink;
}

/**
 * Ledger transfers reach ClickHouse from the journal file, on the follower's own timer: the
 * ledger's hot path never waits for analytics.
 */
function followLedger(config: Config, parts: Parts, sink: DisclosureSink): LedgerFollower {
  const follower = new LedgerFollower({
    ledgerDir: ledgerDirOf(config),
    stateDir: followerStateDir(resolve(config.dataDir)),
    sink,
    ref: serviceUserRef(config.clickhouseDatabase),
    onError: (context, error) => parts.log.warn({ err: error }, context),
  });
  follower.start();
  return follower;
}

/** Each decided behaviour event for analytics; redelivered decisions keep one row per event. */
function riskEventFact(parts: Parts, decision: FraudDecision, ref: (id: string) => string): void {
  const origin = { deviceId: decision.deviceId, ip: decision.ip };
  const code = parts.sink?.add('risk_events', riskEventRow(decision, ref, origin));
  if (code !== undefined && code !== Code.OK) {
    parts.log.warn({ eventId: decision.eventId, code }, 'risk event fact refused');
  }
}

/** Where a user's analytics row is kept (masked already): a change must rewrite all of it. */
function userFactKey(prefix: string, userId: string): string {
  return `${prefix}user-fact:${userId}`;
}

/** Writes a user's kept row again with `change`; users with no kept row are left alone. */
async function keptUserFact(
  parts: Parts,
  redis: Redis,
  prefix: string,
  userId: string,
  change: Partial<UserRow>,
): Promise<void> {
  try {
    const kept = userId === '' ? null : await redis.get(userFactKey(prefix, userId));
    if (kept === null) return;
    const row = { ...(JSON.parse(kept) as UserRow), ...change };
    const code = parts.sink?.add('users', row);
    if (code !== undefined && code !== Code.OK) parts.log.warn({ code }, 'user fact refused');
    await redis.set(userFactKey(prefix, userId), JSON.stringify(row));
  } catch (error) {
    parts.log.warn({ err: error }, 'user fact not updated');
  }
}

type ContactChange = Parameters<UserStore['updateContact']>[1];

/**
 * The user store, plus a masked users row at each registration and phone change (and, from the
 * risk consumers, each change of the user's risk level).
 */
function userStoreWithFacts(config: Config, parts: Parts, redis: Redis): UserStore {
  const ref = serviceUserRef(config.clickhouseDatabase);
  const prefix = config.redisPrefix;
  const emit = async (row: UserRow, userId: string): Promise<void> => {
    const code = parts.sink?.add('users', row);
    if (code !== undefined && code !== Code.OK) parts.log.warn({ code }, 'user fact refused');
    await redis.set(userFactKey(prefix, userId), JSON.stringify(row)).catch((error: unknown) => {
      parts.log.warn({ err: error }, 'user fact not kept for later changes');
    });
  };
  return new (class extends UserStore {
    override async register(input: Parameters<UserStore['register']>[0]) {
      const result = await super.register(input);
      if (result.code === Code.OK) {
        await emit(userRow(input, ref, systemClock.nowMs()), input.userId);
      }
      return result;
    }

    override async updateContact(userId: string, change: ContactChange) {
      const code = await super.updateContact(userId, change);
      const phone = change.phoneMasked;
      if (code === Code.OK && phone !== undefined) {
        await keptUserFact(parts, redis, prefix, userId, { phone_masked: phone });
      }
      return code;
    }
  })(redis, config.redisPrefix);
}

/** The loan tick runs once per UTC day; checking often keeps a restart's catch-up prompt. */
function startLoanTicks(config: Config, parts: Parts, backend: MarketBackend): void {
  backend.tickLoans();
  const tickCheckMs = Math.min(limits.loanTickCheckMs, config.daySeconds * 250);
  parts.loanTimer = setInterval(() => backend.tickLoans(), tickCheckMs);
}

function resolveServices(
  config: Config,
  parts: Parts,
): { redisUrl: string; clickhouseUrl: string } {
  if (config.redisUrl !== undefined && config.clickhouseUrl !== undefined) {
    return { redisUrl: config.redisUrl, clickhouseUrl: config.clickhouseUrl };
  }
  parts.log.info('REDIS_URL or CLICKHOUSE_URL not set: starting local services');
  const local = startLocalServices();
  parts.servicesStartedHere = local.startedHere;
  return {
    redisUrl: config.redisUrl ?? local.redisUrl,
    clickhouseUrl: config.clickhouseUrl ?? local.clickhouseUrl,
  };
}

interface EdgeState {
  users: UserStore;
  rateLimits: { user: SharedRateLimiter; ip: SharedRateLimiter };
  presence: Presence;
}

/** The gateway's shared state in Redis: users, rate limits, presence. */
function buildEdgeState(
  config: Config,
  parts: Parts,
  redis: Redis,
  gateway: () => Gateway | undefined,
): EdgeState {
  const users = userStoreWithFacts(config, parts, redis);
  parts.users = users;
  const limiter = (name: string, perSecond: number): SharedRateLimiter =>
    new SharedRateLimiter({
      redis,
      prefix: `${config.redisPrefix}${name}:`,
      limit: { perSecond, burst: perSecond * 2 },
      nowMs: () => systemClock.nowMs(),
      syncMs: 100,
      onError: (error) => parts.log.warn({ err: error }, 'rate limit sync failed'),
    });
  const rateLimits = {
    user: limiter('user', config.rateLimitUserPerSecond),
    ip: limiter('ip', config.rateLimitIpPerSecond),
  };
  const presence = new Presence({
    redis,
    key: `${config.redisPrefix}presence:alerts`,
    nowMs: () => systemClock.nowMs(),
    heartbeatMs: 10_000,
    staleMs: 30_000,
    announce: () => users.announcePresence(),
    onWatchers: (userIds) =>
      gateway()?.publish(topics.alerts, { presence: { channel: 3, userIds } }),
    onError: (error) => parts.log.warn({ err: error }, 'presence update failed'),
  });
  parts.rateLimits = rateLimits;
  parts.presence = presence;
  return { users, rateLimits, presence };
}

/** Starts the matching workers and the gateway, and binds the backend to both. */
async function startFront(
  config: Config,
  parts: Parts,
  backend: MarketBackend,
  redisUrl: string,
): Promise<Gateway> {
  const channelRedis = new Redis(redisUrl, { lazyConnect: true });
  parts.channelRedis = channelRedis;
  await channelRedis.connect();
  const edge = buildEdgeState(config, parts, channelRedis, () => parts.gateway);
  const host = await createMatchingHost({
    markets: config.markets,
    shards: config.shards,
    // Commands are journaled (group commit) before they are answered; books survive restarts.
    journalDir: join(resolve(config.dataDir), 'orderbook'),
    tickIntervalMs: 1_000,
    onOutcomes: (outcomes, books, nowMs) => backend.onOutcomes(outcomes, books, nowMs),
    onSystemOutcomes: (outcomes, books, nowMs) => backend.onSystemOutcomes(outcomes, books, nowMs),
    onWorkerFailure: (shard, detail) =>
      parts.log.error({ shard, detail: String(detail) }, 'matching worker failed; restarting'),
  });
  parts.host = host;
  // Before any client: batches the book journaled but the ledger may have lost are settled.
  const recovered = await backend.recover(host.recovery());
  parts.log.info(recovered, 'journal tail settled again; holds match the book');
  const ledger = parts.ledger;
  const gateway = await createGateway({
    host: config.host,
    port: config.port,
    authSecret: resolveAuthSecret(config),
    ...(config.tls === undefined ? {} : { tls: config.tls }),
    clock: systemClock,
    backend,
    log: parts.log.child({ module: 'gateway' }),
    ...edge,
    disclosure: disclosureRoutes(parts, () => systemClock.nowMs()),
    tokenTtlMs: config.tokenTtlSeconds * 1000,
    channelLog: routedChannelLog(
      createRedisChannelLog(channelRedis, config.redisPrefix, config.channelLogEntriesMax),
      createAlertStreamLog(
        channelRedis,
        riskStreamNames(config.redisPrefix).alertStream,
        config.channelLogEntriesMax,
      ),
    ),
    onError: (context, error) => parts.log.error({ err: error }, context),
    metricsExtra: () => ({
      backend_pending_commands: backend.pendingCount(),
      ledger_journal_entries: ledger?.entryCount() ?? 0,
      redis_up: channelRedis.status === 'ready' ? 1 : 0,
      clickhouse_up: parts.clickhouseUp ? 1 : 0,
      clickhouse_queued_rows: parts.sink?.stats().queued ?? 0,
      risk_events_processed: parts.risk?.processed() ?? 0,
      ...riskGauges(parts.risk),
    }),
  });
  parts.gateway = gateway;
  backend.attach(host, gateway);
  await followUserChanges(parts, redisUrl, edge.users.changesChannel, gateway);
  await followFreezes(parts, redisUrl, backend);
  return gateway;
}

/** Block decisions of the risk pipeline freeze the account in every market at once. */
async function followFreezes(
  parts: Parts,
  redisUrl: string,
  backend: MarketBackend,
): Promise<void> {
  const channel = parts.risk?.names.freezeChannel;
  if (channel === undefined) return;
  const subscriber = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
  parts.freezeSubscriber = subscriber;
  await subscriber.connect();
  subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    const accountId = freezeAccountOf(text);
    if (accountId === undefined) {
      parts.log.warn({ channel }, 'malformed freeze message ignored');
      return;
    }
    parts.log.warn({ accountId }, 'risk pipeline froze an account');
    backend.freezeFromRisk(accountId);
  });
  await subscriber.subscribe(channel);
}

function freezeAccountOf(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as { accountId?: unknown };
    return typeof value.accountId === 'string' && isValidId(value.accountId)
      ? value.accountId
      : undefined;
  } catch {
    return undefined;
  }
}

/** KYC changes and revocations from any gateway reach this one's sessions at once. */
async function followUserChanges(
  parts: Parts,
  redisUrl: string,
  channel: string,
  gateway: Gateway,
): Promise<void> {
  const subscriber = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
  parts.usersSubscriber = subscriber;
  await subscriber.connect();
  subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    const change = parseUserChange(text);
    if (change === undefined) parts.log.warn({ channel }, 'malformed user change ignored');
    else gateway.applyUserChange(change);
  });
  await subscriber.subscribe(channel);
}

/** The backend's port to ClickHouse: fills as they happen, loans when they originate. */
function factSink(sink: DisclosureSink): FactSink {
  return {
    addFill: (row) => sink.addFill(row),
    addFact: (table, row) => sink.add(table, row),
    addLoan: ({ loan, notes, schedule }) => {
      // Rows are validated one by one; the first refusal is reported (and logged).
      for (const code of [
        sink.add('loans', loan),
        ...notes.map((note) => sink.add('notes', note)),
        ...schedule.map((row) => sink.add('schedules', row)),
      ]) {
        if (code !== Code.OK) return code;
      }
      return Code.OK;
    },
  };
}

/** Fraud decisions by outcome and the slowest stage times, over this process's consumers. */
function riskGauges(risk: RiskStream | undefined): Record<string, number> {
  const gauges: Record<string, number> = {};
  for (const consumer of risk?.metrics() ?? []) {
    for (const [outcome, count] of Object.entries(consumer.decisions)) {
      const name = `risk_decisions_${outcome}`;
      gauges[name] = (gauges[name] ?? 0) + count;
    }
    for (const [stage, ms] of Object.entries(consumer.stageMsMax)) {
      const name = `risk_stage_${stage.replace(/Ms$/, '')}_ms_max`;
      gauges[name] = Math.max(gauges[name] ?? 0, ms);
    }
  }
  return gauges;
}

/**
 * Alerts reach officers from the risk pipeline's alert stream, numbered by their stream ids (see
 * service/alert-log.ts); every alert also opens a case (idempotent across gateways).
 */
async function wireAlerts(
  parts: Parts,
  redisUrl: string,
  prefix: string,
  userRef: (userId: string) => string,
): Promise<void> {
  const gateway = parts.gateway;
  if (gateway === undefined) return;
  parts.alertsRedis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
  await parts.alertsRedis.connect();
  const stop = followAlertStream(
    parts.alertsRedis,
    riskStreamNames(prefix).alertStream,
    (entries, alerts) => {
      for (const alert of alerts) {
        parts.riskDesk
          ?.openCase(alert)
          .catch((error: unknown) => parts.log.warn({ err: error }, 'alert case not opened'));
        alertFact(parts, alert, userRef);
      }
      gateway.deliverLogged(topics.alerts, entries);
    },
    (error) => parts.log.warn({ err: error }, 'alert stream read failed; retrying'),
  );
  parts.alertsUnsubscribe = async () => stop();
}

/**
 * An alert of the service's own (a credit application waiting for review) into the risk
 * pipeline's alert stream: officers get it numbered and resumable like every other alert.
 */
function raiseAlert(parts: Parts, prefix: string, alert: Alert): boolean {
  const redis = parts.channelRedis;
  if (redis === undefined) return false;
  const stream = riskStreamNames(prefix).alertStream;
  const maxLen = String(limits.streamMaxLen);
  redis
    .xadd(stream, 'MAXLEN', '~', maxLen, '*', 'alert', encodeAlert(alert))
    .catch((error: unknown) =>
      parts.log.warn({ err: error, alertId: alert.alertId }, 'alert lost'),
    );
  return true;
}

/** An alert for analytics; several gateways may write it, the table keeps one row per id. */
function alertFact(parts: Parts, alert: Alert, userRef: (userId: string) => string): void {
  const code = parts.sink?.add('risk_alerts', {
    alert_id: alert.alertId,
    user_ref: userRef(alert.accountId),
    rule_id: `${alert.ruleId}@${alert.ruleVersion}`,
    level: alert.level === 'block' ? 'high' : 'medium',
    action: alert.level,
    detail: alert.summary.slice(0, 200),
    time_ms: alert.timeMs,
  });
  if (code !== undefined && code !== Code.OK) {
    parts.log.warn({ alertId: alert.alertId, code }, 'alert fact refused');
  }
}

/**
 * The regulator's figures, live: once a second from ClickHouse's aggregate tables, pushed to
 * CHANNEL_DISCLOSURE subscribers and kept for the HTTP routes. A failed query keeps the last
 * figures and is logged; the aggregate tables are compacted every five minutes.
 */
function startFigures(parts: Parts, backend: MarketBackend, nowMs: () => number): NodeJS.Timeout {
  let seq = 0;
  let running = false;
  // Compact at once: until the first snapshot the lender figure takes its slow full pass.
  let lastCompactMs = Number.NEGATIVE_INFINITY;
  const timer = setInterval(() => {
    const reports = parts.reports;
    if (running || reports === undefined) return;
    running = true;
    const compact = nowMs() - lastCompactMs > 300_000;
    if (compact) lastCompactMs = nowMs();
    (compact ? reports.compactLive() : Promise.resolve())
      .then(() => reports.liveFigures(nowMs()))
      .then((figures) => {
        parts.clickhouseUp = true;
        parts.figures = figures;
        seq += 1;
        const lines = figureLines(figures).map(({ name, value, unit }) => ({ name, value, unit }));
        backend.setFigures({ seq, asOfMs: figures.asOfMs, figures: lines });
      })
      .catch((error: unknown) => {
        parts.clickhouseUp = false;
        parts.log.warn({ err: error }, 'disclosure figures unavailable');
      })
      .finally(() => {
        running = false;
      });
  }, 1000);
  timer.unref();
  return timer;
}

/** The public disclosure routes: latest figures (JSON, CSV) and monthly reports (cached 60 s). */
function disclosureRoutes(parts: Parts, nowMs: () => number): DisclosureRoutes {
  const cache = new Map<string, { atMs: number; csv: string }>();
  return {
    figuresJson: () => (parts.figures === undefined ? undefined : renderFiguresJson(parts.figures)),
    figuresCsv: () => (parts.figures === undefined ? undefined : renderFiguresCsv(parts.figures)),
    monthlyReportCsv: async (month) => {
      const cached = cache.get(month);
      if (cached !== undefined && nowMs() - cached.atMs < 60_000) return cached.csv;
      const reports = parts.reports;
      if (reports === undefined) return Code.SERVICE_UNAVAILABLE;
      const csv = await reports.monthlyReportCsv(month);
      if (typeof csv !== 'string') return csv;
      if (cache.size >= 240) cache.clear();
      cache.set(month, { atMs: nowMs(), csv });
      return csv;
    },
  };
}

async function step(parts: Parts, name: string, action: () => Promise<void> | void): Promise<void> {
  try {
    await action();
  } catch (error) {
    parts.log.error({ err: error }, `shutdown: ${name} failed`);
  }
}

async function shutdown(parts: Parts): Promise<void> {
  if (parts.figuresTimer !== undefined) clearInterval(parts.figuresTimer);
  if (parts.loanTimer !== undefined) clearInterval(parts.loanTimer);
  await step(parts, 'gateway', () => parts.gateway?.stop());
  parts.presence?.stop();
  await step(parts, 'matching workers', () => parts.host?.stop());
  await step(parts, 'ledger', () => parts.ledger?.close());
  // After the ledger (its last entries are in the file), before the sink closes.
  await step(parts, 'ledger follower', () => parts.ledgerFollower?.stop());
  await step(parts, 'disclosure sink', () => parts.sink?.close());
  await step(parts, 'disclosure reports', () => parts.reports?.close());
  await step(parts, 'alerts', () => parts.alertsUnsubscribe?.());
  await step(parts, 'alerts redis', async () => {
    parts.alertsRedis?.disconnect();
    await parts.fraudConfigs?.close();
    parts.deskRedis?.disconnect();
  });
  await step(parts, 'risk stream', () => parts.risk?.stop());
  await step(parts, 'credit pool', () => parts.credit?.close());
  parts.rateLimits?.user.stop();
  parts.rateLimits?.ip.stop();
  await step(parts, 'user changes', async () => {
    parts.usersSubscriber?.disconnect();
    parts.freezeSubscriber?.disconnect();
  });
  await step(parts, 'channel redis', async () => {
    await parts.channelRedis?.quit();
  });
  if (parts.servicesStartedHere) await step(parts, 'local services', () => stopLocalServices());
  parts.log.info('stopped');
  parts.log.flush();
}
