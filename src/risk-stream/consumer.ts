/**
 * A risk consumer: one member of a Redis Streams consumer group that scores behaviour events
 * with the `device-shared` rule (Redis-backed, shared by the group) and, when given a fraud
 * stage, with the fraud and AML engine (fraud/stage.ts: alerts, freezes, stage timings), and
 * raises alerts.
 *
 * Goal: at-least-once processing that survives crashes and redelivery without double effects,
 * with several consumers sharing the load and the feature state.
 *
 * Method: a loop of XREADGROUP (COUNT, BLOCK) on a dedicated connection, because a blocked
 * connection cannot carry other commands. Each batch is handled in order: decode (malformed
 * entries are poison: acknowledged and counted, never retried), update per-device state in
 * Redis (features.ts), evaluate the pure rule, then store freezes and deduplicated alerts and
 * XACK in one script (storeAndAck: the XACK runs only if every effect was stored). The next
 * XREADGROUP is sent before a batch is handled, so one Redis wait per batch remains in line.
 * If anything fails the batch (and any batch read ahead) stays pending and is read again from
 * this consumer's own pending list (`XREADGROUP ... 0`); handling is idempotent, so a repeat
 * changes nothing. On start, and then every `claimIntervalMs` of the injected clock,
 * XAUTOCLAIM takes over entries that other (dead) consumers left pending longer than
 * `claimMinIdleMs`. `stop()` wakes the blocked read with CLIENT UNBLOCK instead of waiting out
 * the BLOCK interval.
 */
import { performance } from 'node:perf_hooks';
import type { Redis } from 'ioredis';
import { assert, limits, type Clock } from '../shared/index.js';
import type { Alert } from './alerts.js';
import type { BehaviourEvent } from './events.js';
import { decodeEntryInto } from './entry.js';
import {
  alertDedupeKey,
  recordDeviceLogins,
  storeAndAck,
  type AlertTarget,
  type Publish,
  type PendingAlert,
} from './features.js';
import {
  evaluateDeviceShared,
  isValidDeviceSharedConfig,
  type DeviceSharedConfig,
  type DeviceSharedFeatures,
  type RuleDecision,
} from './rules.js';
import {
  fraudAlert,
  freezeMessage,
  newStageMetrics,
  recordMetrics,
  runFraudStage,
  type FraudStageOptions,
  type StageMetrics,
  type StagedBatch,
} from './fraud/stage.js';
import type { FraudDecision } from './fraud/engine.js';

/** Account/rule pairs remembered as recently alerted, per consumer (cleared when full). */
const recentAlertsMax = 100_000;
import {
  autoClaim,
  ensureGroup,
  readGroup,
  type GroupTarget,
  type StreamEntry,
} from './stream-io.js';

export interface RiskConsumerOptions {
  /** Command connection (not blocked); the caller owns it. */
  redis: Redis;
  stream: string;
  group: string;
  consumer: string;
  alertStream: string;
  alertChannel: string;
  config: DeviceSharedConfig;
  clock: Clock;
  /** Entries pending longer than this are taken from other consumers. Default 30 s. */
  claimMinIdleMs?: number;
  /** How often (clock time) to look for such entries after start. Default claimMinIdleMs. */
  claimIntervalMs?: number;
  /** Prefix of feature and dedupe keys. Default `${stream}:`. */
  keyPrefix?: string;
  /** Approximate MAXLEN of the alert stream. */
  alertMaxLen?: number;
  /** Called with unexpected errors (Redis down, ...); the loop pauses and carries on. */
  onError?: (error: unknown) => void;
  /** The fraud and AML engine stage (fraud/stage.ts); absent: device-shared@1 only. */
  fraud?: FraudStageOptions;
  /** Pub/sub channel for block decisions (freeze the account); absent: none published. */
  freezeChannel?: string;
  /** Run the Redis-backed device-shared@1 rule (shared across consumers). Default true. */
  deviceRule?: boolean;
  /**
   * Entries per XREADGROUP (default limits.streamReadCount). With packed entries, pass
   * `riskBatchEventsMax / packMax` so a batch, and so the latency it adds, stays bounded.
   */
  readCount?: number;
}

export interface RiskConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Events decoded and handled (acknowledged), including those that raised no alert. */
  processed(): number;
  /** Entries acknowledged without handling because they did not decode. */
  poisoned(): number;
  /** Alerts this consumer emitted (after dedupe). */
  alerted(): number;
  /** Decisions by outcome and stage timings of the fraud stage (zeros without one). */
  metrics(): StageMetrics;
}

/** Pause after an unexpected error, so a Redis outage does not become a busy loop. */
const errorPauseMs = 100;

/** Event kinds that count as "an account used this device" for device-shared@1. */
const deviceUseKinds: ReadonlySet<BehaviourEvent['kind']> = new Set(['login']);

export function createRiskConsumer(options: RiskConsumerOptions): RiskConsumer {
  const consumer = new Consumer(options);
  return {
    start: () => consumer.start(),
    stop: () => consumer.stop(),
    processed: () => consumer.count('processed'),
    poisoned: () => consumer.count('poisoned'),
    alerted: () => consumer.count('alerted'),
    metrics: () => consumer.metrics(),
  };
}

interface DecodedBatch {
  ids: string[];
  events: BehaviourEvent[];
  poisoned: number;
}

function decodeBatch(entries: readonly StreamEntry[]): DecodedBatch {
  const batch: DecodedBatch = { ids: [], events: [], poisoned: 0 };
  for (const entry of entries) {
    batch.ids.push(entry.id);
    // A deleted (trimmed) pending entry has nothing left to handle; acknowledging drops it.
    if (entry.fields === null) continue;
    batch.poisoned += decodeEntryInto(entry.fields, batch.events);
  }
  return batch;
}

function isDeviceUse(event: BehaviourEvent): boolean {
  return deviceUseKinds.has(event.kind) && event.deviceId !== '' && event.accountId !== '';
}

class Consumer {
  readonly #counts = { processed: 0, poisoned: 0, alerted: 0 };
  readonly #metrics = newStageMetrics();
  readonly #recentAlerts = new Map<string, number>();
  readonly #options: RiskConsumerOptions;
  readonly #target: GroupTarget;
  readonly #alertTarget: AlertTarget;
  readonly #keyPrefix: string;
  readonly #claimMinIdleMs: number;
  readonly #claimIntervalMs: number;
  readonly #readCount: number;
  #reader: Redis | undefined;
  #readerId = 0;
  #loop: Promise<void> | undefined;
  #stopping = false;
  #readOwnPending = true;
  #nextClaimMs = 0;
  #wake: (() => void) | undefined;
  /** The next batch, asked for while the current one is handled. */
  #readAhead: Promise<StreamEntry[]> | undefined;

  constructor(options: RiskConsumerOptions) {
    assert(isValidDeviceSharedConfig(options.config), 'consumer config was validated at load');
    assert(options.consumer.length > 0, 'consumer needs a name');
    this.#options = options;
    this.#target = { stream: options.stream, group: options.group, consumer: options.consumer };
    this.#alertTarget = {
      alertStream: options.alertStream,
      alertChannel: options.alertChannel,
      maxLen: options.alertMaxLen ?? limits.streamMaxLen,
    };
    this.#keyPrefix = options.keyPrefix ?? `${options.stream}:`;
    this.#claimMinIdleMs = options.claimMinIdleMs ?? 30_000;
    this.#claimIntervalMs = options.claimIntervalMs ?? this.#claimMinIdleMs;
    this.#readCount = options.readCount ?? limits.streamReadCount;
    assert(
      Number.isSafeInteger(this.#readCount) &&
        this.#readCount > 0 &&
        this.#readCount <= limits.streamReadCount,
      'read count within bounds',
    );
    assert(Number.isSafeInteger(this.#claimMinIdleMs) && this.#claimMinIdleMs >= 0, 'idle ms');
    assert(Number.isSafeInteger(this.#claimIntervalMs) && this.#claimIntervalMs > 0, 'interval');
  }

  count(name: 'processed' | 'poisoned' | 'alerted'): number {
    return this.#counts[name];
  }

  metrics(): StageMetrics {
    return this.#metrics;
  }

  async start(): Promise<void> {
    assert(this.#loop === undefined && !this.#stopping, 'a consumer starts once');
    const { redis } = this.#options;
    await ensureGroup(redis, this.#target.stream, this.#target.group);
    const reader = redis.duplicate();
    this.#reader = reader;
    this.#readerId = Number(await reader.client('ID'));
    // A reconnect gives the reader a new client id; keep it current for CLIENT UNBLOCK.
    reader.on('ready', () => {
      reader.client('ID').then(
        (id) => (this.#readerId = Number(id)),
        () => undefined,
      );
    });
    // Handle what this consumer (same name, previous run) and dead consumers left pending
    // before reading new entries, so old events are scored before newer ones where possible.
    await this.#drainOwnPending(reader);
    await this.#claimStale();
    this.#loop = this.#run(reader);
  }

  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    this.#wake?.();
    const reader = this.#reader;
    if (reader === undefined) return;
    // Wake a blocked XREADGROUP now (it returns nil) rather than after up to streamBlockMs.
    await this.#options.redis.call('CLIENT', 'UNBLOCK', this.#readerId).catch(() => undefined);
    await this.#loop;
    await reader.quit().catch(() => reader.disconnect());
  }

  async #run(reader: Redis): Promise<void> {
    while (!this.#stopping) {
      try {
        await this.#step(reader);
      } catch (error: unknown) {
        // The entries of a read ahead stay pending: the pending drain after recovery reads them.
        await this.#dropReadAhead();
        if (this.#stopping) break;
        this.#options.onError?.(error);
        // Recovery talks to Redis too; if that fails as well, the next turn tries again.
        await this.#recover(error).catch((recoverError: unknown) =>
          this.#options.onError?.(recoverError),
        );
      }
    }
    await this.#dropReadAhead();
  }

  async #recover(error: unknown): Promise<void> {
    // The failed batch is still in our pending list: read it again once Redis answers.
    this.#readOwnPending = true;
    await new Promise<void>((resolve) => {
      this.#wake = resolve;
      setTimeout(resolve, errorPauseMs);
    });
    this.#wake = undefined;
    if (error instanceof Error && error.message.startsWith('NOGROUP')) {
      // Someone deleted the stream or group: recreate it rather than fail forever.
      await ensureGroup(this.#options.redis, this.#target.stream, this.#target.group);
    }
  }

  async #step(reader: Redis): Promise<void> {
    if (this.#readOwnPending || this.#options.clock.nowMs() >= this.#nextClaimMs) {
      // The reader connection is busy with a read ahead until it answers; handle it first.
      const ahead = this.#readAhead;
      this.#readAhead = undefined;
      if (ahead !== undefined) await this.#handle(await ahead);
      if (this.#readOwnPending) await this.#drainOwnPending(reader);
      else await this.#claimStale();
      return;
    }
    const entries = await (this.#readAhead ?? this.#readNew(reader));
    // Ask for the next batch before handling this one, so its round trip (and Redis's own wait
    // for CPU, on a busy machine) overlaps the handling instead of following it. The entries
    // are this consumer's pending ones until acknowledged, as with any read.
    this.#readAhead = this.#stopping ? undefined : this.#readNew(reader);
    await this.#handle(entries);
  }

  #readNew(reader: Redis): Promise<StreamEntry[]> {
    const read = readGroup(reader, this.#target, '>', this.#readCount, limits.streamBlockMs);
    // A read ahead may fail while nothing awaits it yet: mark it handled, or Node would end the
    // process; whoever awaits it still gets the error.
    read.catch(() => undefined);
    return read;
  }

  /** Waits for a read ahead and leaves its entries pending (read again from our own list). */
  async #dropReadAhead(): Promise<void> {
    const ahead = this.#readAhead;
    this.#readAhead = undefined;
    if (ahead !== undefined) await ahead.catch(() => undefined);
  }

  async #drainOwnPending(reader: Redis): Promise<void> {
    for (;;) {
      const entries = await readGroup(reader, this.#target, '0', this.#readCount, 0);
      if (entries.length === 0) break;
      await this.#handle(entries);
    }
    this.#readOwnPending = false;
  }

  async #claimStale(): Promise<void> {
    const { redis, clock } = this.#options;
    let cursor = '0-0';
    do {
      const page = await autoClaim(
        redis,
        this.#target,
        this.#claimMinIdleMs,
        cursor,
        this.#readCount,
      );
      await this.#handle(page.entries);
      cursor = page.cursor;
    } while (cursor !== '0-0' && !this.#stopping);
    this.#nextClaimMs = clock.nowMs() + this.#claimIntervalMs;
  }

  /** Handles a batch in order and acknowledges it only after every effect is stored. */
  async #handle(entries: readonly StreamEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const started = performance.now();
    const batch = decodeBatch(entries);
    const decodeMs = performance.now() - started;
    const { redis, config, fraud } = this.#options;
    const staged = fraud === undefined ? undefined : runFraudStage(fraud, batch.events, decodeMs);
    const logins = this.#options.deviceRule === false ? [] : batch.events.filter(isDeviceUse);
    const features = await recordDeviceLogins(redis, this.#keyPrefix, logins, config);
    const alerts = this.#decide(logins, features);
    const publishStart = performance.now();
    const effects = this.#effects(alerts, staged);
    const emitted = await storeAndAck(redis, this.#alertTarget, effects, this.#target, batch.ids);
    const publishMs = performance.now() - publishStart;
    this.#counts.processed += batch.events.length;
    this.#counts.poisoned += batch.poisoned;
    this.#counts.alerted += emitted;
    if (staged !== undefined) this.#report(staged, publishMs);
  }

  /** Alerts (deduplicated) and freezes, stored before the batch is acknowledged. */
  #effects(alerts: PendingAlert[], staged: StagedBatch | undefined) {
    if (staged !== undefined) {
      staged.decisions.forEach((decision, index) => {
        const timings = staged.timings[index];
        assert(timings !== undefined, 'one timing per decision');
        if (decision.outcome === 'approve' || this.#alertedRecently(decision, staged)) return;
        const alert = fraudAlert(decision, timings, this.#keyPrefix, staged.windowMs);
        if (alert !== undefined) alerts.push(alert);
      });
    }
    const publishes: Publish[] = [];
    const { freezeChannel } = this.#options;
    if (staged !== undefined && freezeChannel !== undefined) {
      for (const decision of staged.decisions) {
        if (decision.outcome !== 'block') continue;
        publishes.push({ channel: freezeChannel, message: freezeMessage(decision) });
      }
    }
    return { alerts, publishes };
  }

  /**
   * A local memory of the alerts raised in the current window, so the alert is not even built
   * (let alone sent to Redis to be deduplicated) for every event of a burst. Redis's dedupe key
   * stays the authority across consumers; this only saves the work.
   */
  #alertedRecently(decision: FraudDecision, staged: StagedBatch): boolean {
    const key = `${decision.accountId}|${decision.hits.map((hit) => hit.rule).join('+')}`;
    const until = this.#recentAlerts.get(key);
    if (until !== undefined && until > decision.timeMs) return true;
    if (this.#recentAlerts.size >= recentAlertsMax) this.#recentAlerts.clear();
    this.#recentAlerts.set(key, decision.timeMs + staged.windowMs);
    return false;
  }

  #report(staged: StagedBatch, publishMs: number): void {
    const onDecision = this.#options.fraud?.onDecision;
    staged.decisions.forEach((decision, index) => {
      const timings = staged.timings[index];
      assert(timings !== undefined, 'one timing per decision');
      timings.publishMs = publishMs;
      recordMetrics(this.#metrics, decision, timings);
      onDecision?.(decision, timings);
    });
  }

  /**
   * Evaluates the rule for every login and keeps the first alert per device in the batch: the
   * Redis dedupe key would drop the others anyway, and skipping them saves a script call each
   * (a device under attack produces a review on every further login).
   */
  #decide(logins: readonly BehaviourEvent[], features: readonly DeviceSharedFeatures[]) {
    assert(logins.length === features.length, 'one feature set per login');
    const alerts = new Map<string, PendingAlert>();
    features.forEach((deviceFeatures, index) => {
      const event = logins[index];
      assert(event !== undefined, 'index within logins');
      if (alerts.has(deviceFeatures.deviceId)) return;
      const decision = evaluateDeviceShared(deviceFeatures, this.#options.config);
      if (decision.outcome === 'approve') return;
      alerts.set(deviceFeatures.deviceId, this.#alertFor(event, deviceFeatures, decision));
    });
    return [...alerts.values()];
  }

  #alertFor(
    event: BehaviourEvent,
    features: DeviceSharedFeatures,
    decision: RuleDecision,
  ): PendingAlert {
    assert(decision.outcome !== 'approve', 'only review and block raise alerts');
    const { config, clock } = this.#options;
    const alert: Alert = {
      // Derived from the triggering event, so a repeat of the same event names the same alert.
      alertId: `${decision.ruleId}@${decision.ruleVersion}:${event.eventId}`,
      ruleId: decision.ruleId,
      ruleVersion: decision.ruleVersion,
      level: decision.outcome,
      accountId: event.accountId,
      summary: decision.reason,
      features: {
        deviceId: features.deviceId,
        distinctAccountsInWindow: String(features.distinctAccountsInWindow),
        accountIds: features.accountIds.join(','),
        windowMs: String(config.windowMs),
        ip: event.ip,
        eventTimeMs: String(event.timeMs),
      },
      eventIds: [event.eventId],
      timeMs: clock.nowMs(),
    };
    const dedupeKey = alertDedupeKey(this.#keyPrefix, decision.ruleId, features.deviceId);
    return { dedupeKey, dedupeMs: config.windowMs, alert };
  }
}
