/**
 * Chaos run against the real service (a child process), bounded in time, 127.0.0.1 only:
 *   npm run chaos -- --seconds 30        (CHAOS_SEED=n picks the fault schedule)
 * Load (SDK clients): an admin deposits for three lenders (the custody bank's notifications),
 * lists tranches, lenders place lend orders and now and then withdraw; a risk officer follows
 * the alerts channel with a LiveSession (it resumes by seq after every drop); every client
 * authenticates from one device, so the device-sharing rule keeps raising alerts.
 * Faults at seeded random moments: kill -9 of the service and a restart on the same data
 * (timed until it serves again); a restart of Redis (this run's own redis-server, AOF on, so a
 * graceful restart keeps the streams); ClickHouse unreachable for a while (behind a TCP proxy
 * that refuses and drops connections: the shared server itself is never stopped, other test
 * runs use it); a slow consumer (a subscriber that stops reading its socket for a few seconds).
 * Afterwards, on a clean restart: every order a client saw acknowledged is resent and must be
 * answered with its original seq (lost otherwise); every deposit and withdrawal is resent (the
 * bank retries until acknowledged) and the bank statement built from the answers must reconcile
 * with the ledger; every alert in the stream must have reached the officer; each fill is in
 * ClickHouse once and the fills add up to what left the lenders; each lender's held balance is
 * what their resting orders hold; the ledger journal verifies. Last line: one JSON object.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { LendingClient, LiveSession, lending } from '../src/client/index.js';
import { issueToken, type Role } from '../src/gateway/index.js';
import { decodeAlert, encodeAlert, riskStreamNames } from '../src/risk-stream/index.js';
import { seqOfEntryId } from '../src/service/alert-log.js';
import { Prng } from '../src/sim/prng.js';
import { startTcpProxy, type TcpProxy } from '../test/helpers/tcp-proxy.js';
import { checkMoney, ledgerVerified, type BankLine, type MoneyCheck } from './chaos-checks.js';

const v1 = lending.v1;
const clickhouseUrl = new URL(process.env['CLICKHOUSE_URL'] ?? 'http://127.0.0.1:18123');
const run = `chaos${process.pid}`;
const secret = `secret-${run}-${process.hrtime.bigint()}`;
const dataDir = mkdtempSync(join(tmpdir(), `${run}-`));
const markets = ['36M:B', '12M:A'];
const shards = 2;
const lenders = ['CL0', 'CL1', 'CL2'];

interface Acked {
  lenderId: string;
  marketId: string;
  clientOrderId: string;
  amountFen: number;
  minRateBps: number;
  seq: number;
}

interface Stats {
  faults: Record<string, number>;
  recoverMs: number[];
  acked: Acked[];
  /** Every custody movement a client asked for (resent at the end until answered). */
  money: (BankLine & { kind: 'deposit' | 'withdraw' })[];
  alertIds: Set<string>;
  slowClosed: number;
  officerLive: boolean;
  /** Highest seq the officer was told to resynchronise up to (too far behind), 0 if never. */
  officerResetSeq: number;
  officerResets: number;
}

interface Ports {
  service: number;
  redis: number;
}

let child: ChildProcess | undefined;
let redisServer: ChildProcess | undefined;

function parseSeconds(argv: readonly string[]): number {
  const at = argv.indexOf('--seconds');
  if (at === -1) return 30;
  const value = Number(argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 5 || value > 600) {
    throw new Error(`--seconds needs an integer from 5 to 600, got ${argv[at + 1]}`);
  }
  return value;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** This run's own Redis, so restarting it disturbs nobody else; AOF keeps the streams. */
async function startRedis(port: number): Promise<void> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir];
  args.push('--appendonly', 'yes', '--save', '', '--daemonize', 'no');
  redisServer = spawn('redis-server', args, { stdio: 'ignore' });
  const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => 50 });
  probe.on('error', () => undefined);
  for (let i = 0; i < 200; i += 1) {
    try {
      if (probe.status !== 'ready') await probe.connect();
      if ((await probe.ping()) === 'PONG') break;
    } catch {
      await sleep(50);
    }
  }
  probe.disconnect();
}

function stopRedis(): Promise<void> {
  const proc = redisServer;
  redisServer = undefined;
  if (proc === undefined || proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}

function startService(chPort: number, ports: Ports): Promise<string> {
  const proc = spawn(process.execPath, ['dist/src/cli.js', 'start'], {
    env: {
      ...process.env,
      PORT: String(ports.service),
      HOST: '127.0.0.1',
      REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
      CLICKHOUSE_URL: `http://127.0.0.1:${chPort}`,
      CLICKHOUSE_DATABASE: run,
      REDIS_PREFIX: `${run}:`,
      DATA_DIR: dataDir,
      AUTH_SECRET: secret,
      MARKETS: markets.join(','),
      SHARDS: String(shards),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /WebSocket\s+(ws:\/\/\S+)/.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`service exited ${code}:\n${output}`)));
  });
}

function stopService(signal: NodeJS.Signals): Promise<void> {
  const proc = child;
  child = undefined;
  if (proc === undefined || proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill(signal);
  });
}

function token(userId: string, role: Role): string {
  const expiresAtMs = Date.now() + 3_600_000;
  return issueToken(Buffer.from(secret), { userId, roles: [role], expiresAtMs });
}

async function connect(wsUrl: string, userId: string, role: Role): Promise<LendingClient> {
  const client = await LendingClient.connect(wsUrl);
  await client.authenticate(token(userId, role), 'chaos');
  return client;
}

/** The custody bank's side: deposits it notifies, withdrawals lenders ask it to pay out. */
async function moveMoney(
  admin: LendingClient,
  sessions: LendingClient[],
  rng: Prng,
  stats: Stats,
  index: number,
): Promise<void> {
  for (const userId of lenders) {
    const deposit = { transferId: `d${index}-${userId}`, userId, amountFen: 200_000 };
    stats.money.push({ ...deposit, direction: 'in', kind: 'deposit' });
    await admin.request({ deposit });
  }
  const at = rng.int(0, lenders.length - 1);
  const session = sessions[at];
  const userId = lenders[at] ?? '';
  if (session === undefined || !rng.chance(0.5)) return;
  const withdraw = { transferId: `w${index}-${userId}`, amountFen: rng.int(100, 5_000) };
  stats.money.push({ ...withdraw, userId, direction: 'out', kind: 'withdraw' });
  await session.request({ withdraw });
}

/** One round of load: money in and out, a tranche, orders; acknowledged orders are kept. */
async function round(wsUrl: string, rng: Prng, stats: Stats, index: number): Promise<void> {
  const admin = await connect(wsUrl, 'CADM', 'admin');
  const sessions = await Promise.all(lenders.map((id) => connect(wsUrl, id, 'lender')));
  try {
    await moveMoney(admin, sessions, rng, stats, index);
    const marketId = rng.pick(markets);
    const amountFen = rng.int(50_000, 300_000);
    await admin.request({
      listTranche: {
        trancheId: `t${index}`,
        marketId,
        borrowerId: 'CB0',
        amountFen,
        maxRateBps: 1_500,
      },
    });
    const pending = sessions.flatMap((session, at) =>
      [0, 1, 2].map(async (n) => {
        const order = {
          clientOrderId: `o${index}-${n}`,
          marketId,
          amountFen: rng.int(1_000, 60_000),
        };
        const minRateBps = rng.int(900, 1_600);
        const answer = await session.request({ placeLendOrder: { ...order, minRateBps } });
        const seq = Number(answer.orderAccepted?.seq ?? 0);
        if (answer.orderAccepted == null) return;
        stats.acked.push({ lenderId: lenders[at] ?? '', ...order, minRateBps, seq });
      }),
    );
    await Promise.allSettled(pending);
  } finally {
    for (const client of [admin, ...sessions]) await client.close().catch(() => undefined);
  }
}

/** A subscriber that stops reading for a while: the service must bound what it buffers. */
/**
 * A burst of large alerts written as the risk pipeline writes them, more than a subscriber may
 * have buffered (limits.wsSlowConsumerBytes): the paused reader must be cut off, the officer
 * must still get every one.
 */
async function alertStorm(redisPort: number): Promise<void> {
  const redis = new Redis(redisPort, '127.0.0.1');
  redis.on('error', () => undefined);
  const stream = riskStreamNames(`${run}:`).alertStream;
  const summary = 'storm '.repeat(8_000);
  try {
    // 12 times the bound: the kernel's socket buffers take a few megabytes first.
    for (let i = 0; i < 256; i += 1) {
      const alert = {
        alertId: `storm-${process.hrtime.bigint()}-${i}`,
        ruleId: 'structuring',
        ruleVersion: 1,
        level: 'review' as const,
        accountId: 'CL0',
        summary,
        features: {},
        eventIds: [],
        timeMs: Date.now(),
      };
      await redis.xadd(stream, '*', 'alert', encodeAlert(alert));
    }
  } finally {
    redis.disconnect();
  }
}

async function slowConsumer(
  wsUrl: string,
  redisPort: number,
  rng: Prng,
  stats: Stats,
): Promise<void> {
  const socket = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.once('close', (code) => {
    if (code === 4022) stats.slowClosed += 1;
  });
  const messages = [
    { requestId: 1, authenticate: { token: token('CRO-SLOW', 'risk_officer'), deviceId: 'chaos' } },
    { requestId: 2, subscribe: { channel: v1.Channel.CHANNEL_ALERTS } },
    ...markets.map((marketId, at) => ({
      requestId: 3 + at,
      subscribe: { channel: v1.Channel.CHANNEL_BOOK, marketId },
    })),
  ];
  socket.send(v1.ClientFrame.encode({ messages }).finish());
  const raw = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  raw.pause();
  await alertStorm(redisPort);
  await sleep(rng.int(2_000, 5_000));
  raw.resume();
  await new Promise((resolve) => {
    socket.once('close', resolve);
    setTimeout(resolve, 2_000);
  });
  socket.terminate();
}

interface Proxies {
  clickhouse: TcpProxy;
}

/** A fault at random; answers the service's URL when it restarted. */
async function fault(wsUrl: string, rng: Prng, stats: Stats, proxies: Proxies, ports: Ports) {
  const kind = rng.pick(['kill', 'kill', 'redis-restart', 'clickhouse-down', 'slow-consumer']);
  stats.faults[kind] = (stats.faults[kind] ?? 0) + 1;
  if (kind === 'kill') {
    const started = Date.now();
    await stopService('SIGKILL');
    const url = await startService(proxies.clickhouse.port, ports);
    stats.recoverMs.push(Date.now() - started);
    return url;
  }
  if (kind === 'redis-restart') {
    await stopRedis();
    await sleep(rng.int(500, 2_000));
    await startRedis(ports.redis);
  } else if (kind === 'clickhouse-down') {
    proxies.clickhouse.cut();
    setTimeout(() => proxies.clickhouse.restore(), rng.int(1_000, 4_000));
  } else {
    void slowConsumer(wsUrl, ports.redis, rng, stats).catch(() => undefined);
  }
  return wsUrl;
}

/** Resends every acknowledged order: the service must answer it with its original seq. */
async function accountFor(wsUrl: string, acked: readonly Acked[]): Promise<number> {
  let lost = 0;
  for (const lenderId of lenders) {
    const client = await connect(wsUrl, lenderId, 'lender');
    for (const order of acked.filter((one) => one.lenderId === lenderId)) {
      const { clientOrderId, marketId, amountFen, minRateBps } = order;
      const answer = await client.request({
        placeLendOrder: { clientOrderId, marketId, amountFen, minRateBps },
      });
      if (Number(answer.orderAccepted?.seq ?? -1) !== order.seq) {
        lost += 1;
        process.stdout.write(`lost: ${lenderId} ${clientOrderId}: ${JSON.stringify(answer)}\n`);
      }
    }
    await client.close();
  }
  return lost;
}

/** The bank retries every movement until answered; the statement is what it then holds. */
async function settleMoney(wsUrl: string, stats: Stats): Promise<BankLine[]> {
  const statement: BankLine[] = [];
  const admin = await connect(wsUrl, 'CADM', 'admin');
  for (const line of stats.money) {
    const { transferId, userId, amountFen, direction } = line;
    if (line.kind === 'deposit') {
      const answer = await admin.request({ deposit: { transferId, userId, amountFen } });
      if (answer.depositAccepted == null) throw new Error(`deposit ${transferId} refused`);
      statement.push({ transferId, userId, direction, amountFen });
      continue;
    }
    const lender = await connect(wsUrl, userId, 'lender');
    const answer = await lender.request({ withdraw: { transferId, amountFen } });
    await lender.close();
    // A refusal (not enough available) moved nothing, at the bank or in the ledger.
    if (answer.withdrawalAccepted != null)
      statement.push({ transferId, userId, direction, amountFen });
  }
  await admin.close();
  return statement;
}

async function clickhouse(sql: string): Promise<string> {
  const response = await fetch(clickhouseUrl, { method: 'POST', body: sql });
  const text = await response.text();
  if (!response.ok) throw new Error(`ClickHouse: ${text}`);
  return text.trim();
}

/** Fills stored more than once after merges (FINAL), and the fen they add up to. */
async function fillCounts(): Promise<{ fills: number; duplicates: number; fillsFen: number }> {
  const [fills = 0, fillsFen = 0] = (
    await clickhouse(`SELECT count(), sum(amount_fen) FROM ${run}.fills FINAL`)
  )
    .split('\t')
    .map(Number);
  const duplicates = Number(
    await clickhouse(
      `SELECT count() FROM (SELECT fill_id, count() AS c FROM ${run}.fills FINAL ` +
        'GROUP BY market_id, fill_id HAVING c > 1)',
    ),
  );
  return { fills, duplicates, fillsFen };
}

/**
 * Alerts in the stream and those the officer's LiveSession neither got nor was told to
 * resynchronise past (a reset covers every alert up to its seq).
 */
async function alertsMissed(port: number, stats: Stats): Promise<[number, number]> {
  const seen = stats.alertIds;
  const redis = new Redis(port, '127.0.0.1');
  const stream = riskStreamNames(`${run}:`).alertStream;
  const entries = (await redis.xrangeBuffer(stream, '-', '+')) as [Buffer, Buffer[]][];
  redis.disconnect();
  let total = 0;
  let missed = 0;
  for (const [id, fields] of entries) {
    const covered = seqOfEntryId(id.toString('latin1')) <= stats.officerResetSeq;
    for (let at = 1; at < fields.length; at += 2) {
      const alert = decodeAlert(fields[at] ?? Buffer.alloc(0));
      if (alert === undefined) continue;
      total += 1;
      if (!seen.has(alert.alertId) && !covered) missed += 1;
    }
  }
  return [total, missed];
}

function officer(ports: Ports, stats: Stats): LiveSession {
  return new LiveSession({
    url: `ws://127.0.0.1:${ports.service}/v1/ws`,
    token: () => token('CRO', 'risk_officer'),
    deviceId: 'chaos-officer',
    backoffMsMin: 100,
    backoffMsMax: 500,
    subscriptions: [{ channel: v1.Channel.CHANNEL_ALERTS }],
    onPush: (message) => {
      if (message.alert?.alertId) stats.alertIds.add(message.alert.alertId);
    },
    onStatus: (status) => {
      if (status === 'live') stats.officerLive = true;
    },
    // Too far behind: the server says so and the program refetches (the dashboard reloads its
    // cases); alerts up to that seq are accounted for, not lost.
    onReset: (_channel, latestSeq) => {
      stats.officerResets += 1;
      stats.officerResetSeq = Math.max(stats.officerResetSeq, latestSeq);
    },
  });
}

async function load(seconds: number, rng: Prng, stats: Stats, proxies: Proxies, ports: Ports) {
  let wsUrl = await startService(proxies.clickhouse.port, ports);
  // The officer watches from before the first alert: every alert after that must reach them.
  for (let i = 0; i < 200 && !stats.officerLive; i += 1) await sleep(50);
  const endMs = Date.now() + seconds * 1000;
  for (let index = 0; Date.now() < endMs; index += 1) {
    const busy = round(wsUrl, rng, stats, index).catch(() => undefined);
    await sleep(rng.int(100, 1_500));
    if (rng.chance(0.35)) wsUrl = await fault(wsUrl, rng, stats, proxies, ports);
    await busy;
  }
  await sleep(4_000);
  await stopService('SIGTERM');
}

interface Verdict {
  lost: number;
  fills: number;
  duplicates: number;
  fillsFen: number;
  alerts: [number, number];
  money: MoneyCheck;
  verified: boolean;
}

async function verify(stats: Stats, proxies: Proxies, ports: Ports): Promise<Verdict> {
  const wsUrl = await startService(proxies.clickhouse.port, ports);
  const lost = await accountFor(wsUrl, stats.acked);
  const statement = await settleMoney(wsUrl, stats);
  // The officer catches up by seq; the sink drains to ClickHouse.
  await sleep(4_000);
  const alerts = await alertsMissed(ports.redis, stats);
  const { fills, duplicates, fillsFen } = await fillCounts();
  await stopService('SIGTERM');
  const money = await checkMoney(dataDir, { markets, shards, lenders }, statement);
  return { lost, fills, duplicates, fillsFen, alerts, money, verified: ledgerVerified(dataDir) };
}

async function main(): Promise<void> {
  const seconds = parseSeconds(process.argv.slice(2));
  const rng = new Prng(Number(process.env['CHAOS_SEED'] ?? process.pid));
  const ports = { service: await freePort(), redis: await freePort() };
  await startRedis(ports.redis);
  const proxies = { clickhouse: await startTcpProxy('127.0.0.1', Number(clickhouseUrl.port)) };
  const stats: Stats = {
    faults: {},
    recoverMs: [],
    acked: [],
    money: [],
    alertIds: new Set(),
    slowClosed: 0,
    officerLive: false,
    officerResetSeq: 0,
    officerResets: 0,
  };
  const watcher = officer(ports, stats);
  try {
    await load(seconds, rng, stats, proxies, ports);
    report(seconds, stats, await verify(stats, proxies, ports));
  } finally {
    watcher.stop();
    await stopService('SIGKILL');
    await stopRedis();
    await proxies.clickhouse.close();
    await clickhouse(`DROP DATABASE IF EXISTS ${run}`).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(seconds: number, stats: Stats, verdict: Verdict): void {
  const { lost, fills, duplicates, fillsFen, alerts, money, verified } = verdict;
  const faults = Object.values(stats.faults).reduce((a, b) => a + b, 0);
  const rows: [string, string][] = [
    ['faults injected', `${faults} ${JSON.stringify(stats.faults)}`],
    ['orders acknowledged', String(stats.acked.length)],
    ['orders lost (must be 0)', String(lost)],
    ['fills in ClickHouse', `${fills} (${fillsFen} fen)`],
    ['duplicate fills (must be 0)', String(duplicates)],
    ['fills = money lent', `${fillsFen === money.lentFen} (ledger: ${money.lentFen} fen)`],
    ['holds = resting orders', money.holdMismatches.join('; ') || 'true'],
    ['bank statement reconciles', `${money.reconciled} (${money.reconcileDifferences} diffs)`],
    ['alerts seen / in stream', `${alerts[0] - alerts[1]} / ${alerts[0]}`],
    ['officer told to resync', `${stats.officerResets} times`],
    ['slow consumers closed (4022)', String(stats.slowClosed)],
    ['ledger verified', String(verified)],
    ['recovery after each kill, ms', stats.recoverMs.join(' ') || '-'],
  ];
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(30)} ${value}\n`);
  const acked = stats.acked.length;
  const ok =
    lost === 0 &&
    duplicates === 0 &&
    verified &&
    fillsFen === money.lentFen &&
    money.holdMismatches.length === 0 &&
    money.reconciled &&
    alerts[1] === 0;
  const line = {
    seconds,
    faults,
    acked,
    lost,
    duplicates,
    ledgerVerified: verified,
    alertsLost: alerts[1],
    officerResets: stats.officerResets,
    holdsMatchBook: money.holdMismatches.length === 0,
    reconciled: money.reconciled,
    fillsMatchLedger: fillsFen === money.lentFen,
    slowConsumersClosed: stats.slowClosed,
    ok,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (!ok) process.exitCode = 1;
}

await main();
