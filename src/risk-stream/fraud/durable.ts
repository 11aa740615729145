/**
 * Cases and the fraud-rule configuration kept in Redis, so they survive a restart and every
 * gateway process sees the same cases, proposals, approvals and audit trail.
 *
 * Goal: the in-memory CaseBook and FraudConfigStore decide every transition (one rule book);
 * this file only makes their state durable and shared, without two processes ever overwriting
 * each other's change (a second officer's approval must not be lost to a concurrent proposal).
 *
 * Method: optimistic compare-and-set. A change reads the current state (one case: a field of
 * the cases hash; the config store: one JSON document), replays it into a fresh in-memory
 * book, applies the officer's action there, and writes the result with a Lua script that
 * succeeds only if the stored state is still the one read; on a lost race it reads again (at
 * most `casRetriesMax` times). The same script appends the step to a log stream (case steps,
 * config audit), so the trail is written with the state or not at all. Config readers on the
 * hot path (`active()`, read per consumer batch) use a local copy, refreshed after each own
 * change and, with `follow()`, on a pub/sub notice from any process.
 */
import type { Redis } from 'ioredis';
import { assert, limits } from '../../shared/index.js';
import type { Alert } from '../alerts.js';
import { CaseBook, casesMax, type CaseCode, type RiskCase, type Resolution } from './cases.js';
import {
  FraudConfigStore,
  invalidSnapshot,
  type AuditEntry,
  type FraudConfig,
  type FraudConfigSnapshot,
  type StoreCode,
} from './config.js';

/** Attempts of one change under contention before it is reported as an error. */
export const casRetriesMax = 16;

export interface DurableNames {
  /** Hash: case id -> case JSON. */
  cases: string;
  /** Stream of case steps (`step` = JSON of case id and the step). */
  caseLog: string;
  /** Hash with field `state`: the config store's JSON snapshot. */
  config: string;
  /** Stream of config audit entries. */
  configAudit: string;
  /** Pub/sub channel: the config store changed (message: the audit seq). */
  configChannel: string;
}

export function durableNames(prefix: string): DurableNames {
  return {
    cases: `${prefix}risk:cases`,
    caseLog: `${prefix}risk:cases:log`,
    config: `${prefix}risk:fraud-config`,
    configAudit: `${prefix}risk:fraud-config:audit`,
    configChannel: `${prefix}risk:fraud-config:changed`,
  };
}

/**
 * KEYS: hash, log stream. ARGV: field, expected ('' = absent), new value, log MAXLEN, log
 * entry, max fields when creating (0 = no bound), channel ('' = none). 1 written, 0 the state
 * moved meanwhile, -1 full.
 */
const casScript = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current == false then current = '' end
if current ~= ARGV[2] then return 0 end
local bound = tonumber(ARGV[6])
if ARGV[2] == '' and bound > 0 and redis.call('HLEN', KEYS[1]) >= bound then return -1 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', 'step', ARGV[5])
if ARGV[7] ~= '' then redis.call('PUBLISH', ARGV[7], ARGV[5]) end
return 1
`;

interface CasWrite {
  hash: string;
  log: string;
  field: string;
  expected: string | null;
  value: string;
  logEntry: string;
  bound: number;
  channel: string;
}

async function compareAndSet(redis: Redis, write: CasWrite): Promise<number> {
  const reply = await redis.eval(
    casScript,
    2,
    write.hash,
    write.log,
    write.field,
    write.expected ?? '',
    write.value,
    limits.streamMaxLen,
    write.logEntry,
    write.bound,
    write.channel,
  );
  assert(reply === 0 || reply === 1 || reply === -1, 'CAS script answers -1, 0 or 1');
  return reply;
}

const caseStates: ReadonlySet<string> = new Set(['open', 'acknowledged', 'assigned', 'resolved']);

/** A case read back from Redis: written by this code, so a bad shape is a broken invariant. */
function parseCase(text: string): RiskCase {
  const value: unknown = JSON.parse(text);
  assert(typeof value === 'object' && value !== null, 'stored case is an object');
  const c = value as RiskCase;
  assert(typeof c.caseId === 'string' && caseStates.has(c.state), 'stored case has id, state');
  assert(Array.isArray(c.history) && typeof c.alert === 'object', 'stored case has history');
  return c;
}

/** Cases in Redis (hash + step log), every transition decided by CaseBook. */
export class RedisCaseBook {
  readonly #redis: Redis;
  readonly #names: DurableNames;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#names = durableNames(prefix);
  }

  async get(caseId: string): Promise<RiskCase | undefined> {
    const text = await this.#redis.hget(this.#names.cases, caseId);
    return text === null ? undefined : parseCase(text);
  }

  /** Every case (bounded by casesMax), optionally in one state, oldest alert first. */
  async list(state?: RiskCase['state']): Promise<RiskCase[]> {
    const all = Object.values(await this.#redis.hgetall(this.#names.cases)).map(parseCase);
    return all
      .filter((c) => state === undefined || c.state === state)
      .sort((a, b) => a.alert.timeMs - b.alert.timeMs || (a.caseId < b.caseId ? -1 : 1));
  }

  /** Opens a case for an alert; a second call (from any process) changes nothing. */
  open(alert: Alert, timeMs: number): Promise<CaseCode> {
    return this.#change(alert.alertId, (book) => book.open(alert, timeMs));
  }

  acknowledge(caseId: string, officer: string, timeMs: number): Promise<CaseCode> {
    return this.#change(caseId, (book) => book.acknowledge(caseId, officer, timeMs));
  }

  assign(caseId: string, officer: string, assignee: string, timeMs: number): Promise<CaseCode> {
    return this.#change(caseId, (book) => book.assign(caseId, officer, assignee, timeMs));
  }

  resolve(
    caseId: string,
    officer: string,
    resolution: Resolution,
    reason: string,
    timeMs: number,
  ): Promise<CaseCode> {
    return this.#change(caseId, (book) =>
      book.resolve(caseId, officer, resolution, reason, timeMs),
    );
  }

  /** Resolved cases as JSON lines (CaseBook.exportResolutions over the stored cases). */
  async exportResolutions(): Promise<string> {
    const book = new CaseBook();
    book.restore(await this.list('resolved'));
    return book.exportResolutions();
  }

  async #change(caseId: string, action: (book: CaseBook) => CaseCode): Promise<CaseCode> {
    if (typeof caseId !== 'string' || caseId.length === 0 || caseId.length > 256)
      return 'CASE_NOT_FOUND';
    for (let attempt = 0; attempt < casRetriesMax; attempt += 1) {
      const before = await this.#redis.hget(this.#names.cases, caseId);
      const book = new CaseBook();
      if (before !== null) book.restore([parseCase(before)]);
      const code = action(book);
      if (code !== 'OK') return code;
      const after = book.get(caseId);
      assert(after !== undefined, 'a successful action leaves the case in the book');
      const value = JSON.stringify(after);
      // Opening an existing case is the only OK action that changes nothing.
      if (value === before) return 'OK';
      const step = after.history[after.history.length - 1];
      const written = await compareAndSet(this.#redis, {
        hash: this.#names.cases,
        log: this.#names.caseLog,
        field: caseId,
        expected: before,
        value,
        logEntry: JSON.stringify({ caseId, ...step }),
        bound: before === null ? casesMax : 0,
        channel: '',
      });
      if (written === 1) return 'OK';
      if (written === -1) return 'CASES_FULL';
    }
    throw new Error(`case ${caseId} changed concurrently ${casRetriesMax} times in a row`);
  }
}

const stateField = 'state';

function parseSnapshot(text: string): FraudConfigSnapshot {
  const value: unknown = JSON.parse(text);
  const problem = invalidSnapshot(value);
  assert(problem === undefined, `stored fraud config snapshot is valid (${problem ?? ''})`);
  return value as FraudConfigSnapshot;
}

export interface ProposeAnswer {
  code: StoreCode;
  proposalId?: number;
  field?: string;
}

/**
 * The fraud-rule configuration in Redis: maker-checker changes shared by every process.
 * `active()` is synchronous (a local copy) for the consumers; changes are asynchronous.
 */
export class RedisFraudConfigStore {
  readonly #redis: Redis;
  readonly #names: DurableNames;
  #local: FraudConfigStore;
  #stored: string;
  #subscriber: Redis | undefined;

  private constructor(redis: Redis, names: DurableNames, stored: string) {
    this.#redis = redis;
    this.#names = names;
    this.#stored = stored;
    this.#local = FraudConfigStore.restore(parseSnapshot(stored));
  }

  /**
   * Loads the stored store, or creates it with `initial` active (activated by `officer`) if
   * there is none yet; two processes starting at once agree on one.
   */
  static async open(
    redis: Redis,
    prefix: string,
    initial: FraudConfig,
    officer: string,
    nowMs: number,
  ): Promise<RedisFraudConfigStore> {
    const names = durableNames(prefix);
    const found = await redis.hget(names.config, stateField);
    if (found !== null) return new RedisFraudConfigStore(redis, names, found);
    const fresh = new FraudConfigStore(initial, officer, nowMs);
    const value = JSON.stringify(fresh.snapshot());
    const written = await compareAndSet(redis, {
      hash: names.config,
      log: names.configAudit,
      field: stateField,
      expected: null,
      value,
      logEntry: JSON.stringify(fresh.lastAudit()),
      bound: 0,
      channel: names.configChannel,
    });
    const stored = written === 1 ? value : await redis.hget(names.config, stateField);
    assert(stored !== null, 'the config store exists once created');
    return new RedisFraudConfigStore(redis, names, stored);
  }

  active(): FraudConfig {
    return this.#local.active();
  }

  version(version: number): FraudConfig | undefined {
    return this.#local.version(version);
  }

  /** The latest audit entries (at most snapshotAuditMax; the full trail: the audit stream). */
  audit(): readonly AuditEntry[] {
    return this.#local.audit();
  }

  pending(): { proposalId: number; maker: string; config: FraudConfig }[] {
    return this.#local.pending();
  }

  /** Reads the stored state now (e.g. before answering an officer). */
  async refresh(): Promise<void> {
    const stored = await this.#redis.hget(this.#names.config, stateField);
    assert(stored !== null, 'the config store exists once opened');
    this.#adopt(stored);
  }

  /** Refreshes on every change any process makes (a dedicated subscriber connection). */
  async follow(): Promise<void> {
    if (this.#subscriber !== undefined) return;
    const subscriber = this.#redis.duplicate();
    this.#subscriber = subscriber;
    subscriber.on('message', () => {
      this.refresh().catch(() => undefined);
    });
    await subscriber.subscribe(this.#names.configChannel);
    // A change between open() and the subscription would otherwise go unseen.
    await this.refresh();
  }

  async close(): Promise<void> {
    const subscriber = this.#subscriber;
    this.#subscriber = undefined;
    if (subscriber !== undefined) await subscriber.quit().catch(() => subscriber.disconnect());
  }

  async propose(raw: unknown, maker: string, nowMs: number): Promise<ProposeAnswer> {
    let answer: ProposeAnswer = { code: 'OK' };
    await this.#change((store) => {
      answer = store.propose(raw, maker, nowMs);
      return answer.code;
    });
    return answer;
  }

  approve(proposalId: number, checker: string, nowMs: number): Promise<StoreCode> {
    return this.#change((store) => store.approve(proposalId, checker, nowMs));
  }

  reject(proposalId: number, checker: string, nowMs: number): Promise<StoreCode> {
    return this.#change((store) => store.reject(proposalId, checker, nowMs));
  }

  #adopt(stored: string): void {
    if (stored === this.#stored) return;
    this.#local = FraudConfigStore.restore(parseSnapshot(stored));
    this.#stored = stored;
  }

  async #change(action: (store: FraudConfigStore) => StoreCode): Promise<StoreCode> {
    for (let attempt = 0; attempt < casRetriesMax; attempt += 1) {
      await this.refresh();
      const store = FraudConfigStore.restore(parseSnapshot(this.#stored));
      const code = action(store);
      if (code !== 'OK') return code;
      const value = JSON.stringify(store.snapshot());
      const written = await compareAndSet(this.#redis, {
        hash: this.#names.config,
        log: this.#names.configAudit,
        field: stateField,
        expected: this.#stored,
        value,
        logEntry: JSON.stringify(store.lastAudit()),
        bound: 0,
        channel: this.#names.configChannel,
      });
      if (written === 1) {
        this.#adopt(value);
        return 'OK';
      }
    }
    throw new Error(`fraud config changed concurrently ${casRetriesMax} times in a row`);
  }
}
