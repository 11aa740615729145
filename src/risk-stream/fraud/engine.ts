/**
 * The fraud and AML engine: sliding-window features per account, device, IP and bank card,
 * rules as pure functions of (features, config), per-event outcomes, customer risk levels and
 * AML report records.
 *
 * Goal: one deterministic transition `engine.apply(event, config) -> decision`, so live scoring,
 * backtests and tests give identical answers for identical input; and at-least-once delivery
 * cannot double-count (a redelivered event id returns its first decision and changes nothing).
 *
 * Method: state is bounded maps of bounded arrays (oldest evicted first), trimmed to each
 * window on use; event time (not wall time) drives every window, so replays reproduce. Features
 * are computed from state before the event is folded in where that matters (a "new" device is
 * new before this login adds it). Each rule reads only (features, config) and answers a hit or
 * nothing; the config decides whether a hit reviews or blocks. The customer level rises at once
 * to the worst outcome's level and falls one step per `coolingMs` without a new raise.
 * No clock, randomness, I/O or logging here.
 */
import { assert } from '../../shared/index.js';
import type { BehaviourEvent } from '../events.js';
import { configTag, type FraudConfig, type FraudRuleName, type RuleAction } from './config.js';
import { SeenDecisions } from './seen.js';

export type Outcome = 'approve' | 'review' | 'block';
export type RiskLevel = 'low' | 'medium' | 'high';

export interface Features {
  loginsInWindow: number;
  failedLoginsInWindow: number;
  failedLoginsFromIp: number;
  newDevice: number;
  accountsOnDevice: number;
  accountsOnCard: number;
  accountsOnIp: number;
  msSinceProfileChange: number;
  bidsInWindow: number;
  roundTripPercent: number;
  nearThresholdCount: number;
  amountFen: number;
  hourSharePercent: number;
  eventsSeen: number;
}

export interface RuleHit {
  readonly rule: FraudRuleName;
  readonly action: Exclude<RuleAction, 'off'>;
  readonly reason: string;
}

export interface AmlReport {
  readonly reportId: string;
  /** LTR: large-transaction report; STR: suspicious-transaction report. */
  readonly type: 'LTR' | 'STR';
  readonly accountId: string;
  readonly eventId: string;
  readonly kind: string;
  readonly amountFen: number;
  readonly rule: string;
  readonly config: string;
  readonly timeMs: number;
}

export interface FraudDecision {
  readonly eventId: string;
  readonly accountId: string;
  readonly kind: BehaviourEvent['kind'];
  /** The event's device and IP, for the analytics row of the decision ('' when none). */
  readonly deviceId: string;
  readonly ip: string;
  readonly outcome: Outcome;
  readonly level: RiskLevel;
  readonly previousLevel: RiskLevel;
  readonly hits: readonly RuleHit[];
  readonly features: Readonly<Features>;
  /** `fraud@<version>` of the config that decided. */
  readonly config: string;
  readonly reports: readonly AmlReport[];
  readonly timeMs: number;
}

/** Bounds: entities tracked per map, and entries kept per window. */
export const engineBounds = { entitiesMax: 200_000, windowEntriesMax: 256, seenMax: 131_072 };

interface AccountState {
  /**
   * The account id, kept once: decisions and shared entities hold this string, not each
   * event's own copy, so the copies die young instead of being kept for 131,072 events.
   */
  readonly id: string;
  /** The shared entities of this account's latest event (see sharedEntity). */
  device: SharedEntity | undefined;
  ip: SharedEntity | undefined;
  card: SharedEntity | undefined;
  logins: number[];
  failed: number[];
  /** Devices seen logging in; created at the first login (most events are not logins). */
  devices: Set<string> | undefined;
  bids: number[];
  deposits: [number, number][];
  withdrawals: [number, number][];
  lastLendMs: number;
  lastProfileChangeMs: number;
  nearThreshold: number[];
  /** Events per local hour. A plain array: a 24-slot typed array would get an off-heap store. */
  hours: number[];
  events: number;
  level: RiskLevel;
  levelSinceMs: number;
}

const levelRank: Readonly<Record<RiskLevel, number>> = { low: 0, medium: 1, high: 2 };
const levels: readonly RiskLevel[] = ['low', 'medium', 'high'];
const outcomeLevel: Readonly<Record<Outcome, RiskLevel>> = {
  approve: 'low',
  review: 'medium',
  block: 'high',
};
const moneyKinds: ReadonlySet<string> = new Set([
  'deposit',
  'withdrawal',
  'lend_order_placed',
  'repayment',
]);

/** Appends keeping the array within bound and within the window. */
function pushWindow(times: number[], timeMs: number, windowMs: number): number {
  times.push(timeMs);
  while (times.length > 0 && (times[0] ?? 0) <= timeMs - windowMs) times.shift();
  if (times.length > engineBounds.windowEntriesMax) times.shift();
  return times.length;
}

function countSince(times: readonly number[], sinceMs: number): number {
  let count = 0;
  for (const time of times) if (time > sinceMs) count += 1;
  return count;
}

/**
 * Accounts seen on one shared entity (device, card, IP) with their latest times, insertion
 * order. Parallel arrays, not a Map per entity: most entities have one or two accounts, and a
 * linear scan of a short array is much cheaper than a Map's allocation and iteration.
 */
interface SharedEntity {
  readonly key: string;
  /** False once evicted from its map: an account holding it must look the key up again. */
  live: boolean;
  accounts: string[];
  lastMs: number[];
}

/**
 * The entity of `key`, created if new. `cached` is the one this account used last time: an
 * account nearly always comes from the same device and IP, and comparing the key saves a
 * lookup in a map of tens of thousands (these lookups were a tenth of a consumer thread's time
 * in a profile of the benchmark).
 */
function sharedEntity(
  map: Map<string, SharedEntity>,
  key: string,
  cached: SharedEntity | undefined,
): SharedEntity {
  if (cached !== undefined && cached.live && cached.key === key) return cached;
  let entity = map.get(key);
  if (entity === undefined) {
    entity = { key, live: true, accounts: [], lastMs: [] };
    map.set(key, entity);
    if (map.size > engineBounds.entitiesMax) {
      const oldest = map.keys().next().value ?? key;
      const evicted = map.get(oldest);
      if (evicted !== undefined) evicted.live = false;
      map.delete(oldest);
    }
  }
  assert(entity.key === key, 'entity found by its key');
  return entity;
}

/** Distinct accounts on a shared entity within the window, this event's account included. */
function touchShared(entity: SharedEntity, account: string, timeMs: number, windowMs: number) {
  const { accounts, lastMs } = entity;
  const sinceMs = timeMs - windowMs;
  let found = false;
  let kept = 0;
  for (let i = 0; i < accounts.length; i += 1) {
    const member = accounts[i] ?? '';
    let last = lastMs[i] ?? -Infinity;
    if (member === account) {
      found = true;
      last = Math.max(last, timeMs);
    }
    if (last <= sinceMs) continue;
    accounts[kept] = member;
    lastMs[kept] = last;
    kept += 1;
  }
  // Setting length is not free even when unchanged, and nearly always nothing expired.
  if (kept !== accounts.length) {
    accounts.length = kept;
    lastMs.length = kept;
  }
  if (!found) {
    accounts.push(account);
    lastMs.push(timeMs);
  }
  const count = accounts.length;
  if (count > engineBounds.windowEntriesMax) {
    accounts.shift();
    lastMs.shift();
  }
  return count;
}

function newAccount(id: string): AccountState {
  return {
    id,
    device: undefined,
    ip: undefined,
    card: undefined,
    logins: [],
    failed: [],
    devices: undefined,
    bids: [],
    deposits: [],
    withdrawals: [],
    lastLendMs: -Infinity,
    lastProfileChangeMs: -Infinity,
    nearThreshold: [],
    hours: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    events: 0,
    level: 'low',
    levelSinceMs: 0,
  };
}

function emptyFeatures(amountFen: number, eventsSeen: number): Features {
  return {
    loginsInWindow: 0,
    failedLoginsInWindow: 0,
    failedLoginsFromIp: 0,
    newDevice: 0,
    accountsOnDevice: 0,
    accountsOnCard: 0,
    accountsOnIp: 0,
    msSinceProfileChange: -1,
    bidsInWindow: 0,
    roundTripPercent: 0,
    nearThresholdCount: 0,
    amountFen,
    hourSharePercent: -1,
    eventsSeen,
  };
}

function localHour(timeMs: number, config: FraudConfig): number {
  const shifted = timeMs + config.timezoneOffsetMinutes * 60_000;
  return Math.floor((((shifted % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
}

function sumSince(items: readonly [number, number][], sinceMs: number): number {
  let sum = 0;
  for (const [time, amount] of items) if (time > sinceMs) sum += amount;
  return sum;
}

type Rule = (f: Features, kind: BehaviourEvent['kind'], c: FraudConfig) => string | undefined;

/** Every rule: a pure function of (features, event kind, config) -> reason or nothing. */
export const fraudRules: Readonly<Record<FraudRuleName, Rule>> = {
  login_burst: (f, kind, c) =>
    kind === 'login' && f.loginsInWindow > c.loginsMax
      ? `${f.loginsInWindow} logins in ${c.windowMs / 1000} s (max ${c.loginsMax})`
      : undefined,
  failed_logins: (f, kind, c) =>
    kind === 'login_failed' && f.failedLoginsInWindow > c.failedLoginsMax
      ? `${f.failedLoginsInWindow} failed logins in ${c.windowMs / 1000} s`
      : undefined,
  failed_logins_ip: (f, kind, c) =>
    kind === 'login_failed' && f.failedLoginsFromIp > c.failedLoginsPerIpMax
      ? `${f.failedLoginsFromIp} failed logins from one IP in ${c.windowMs / 1000} s`
      : undefined,
  new_device: (f, kind) =>
    kind === 'login' && f.newDevice === 1 ? 'login from a new device' : undefined,
  device_shared: (f, _kind, c) =>
    f.accountsOnDevice > c.accountsPerDeviceMax
      ? `${f.accountsOnDevice} accounts on one device`
      : undefined,
  card_shared: (f, _kind, c) =>
    f.accountsOnCard > c.accountsPerCardMax
      ? `${f.accountsOnCard} accounts on one bank card`
      : undefined,
  ip_shared: (f, _kind, c) =>
    f.accountsOnIp > c.accountsPerIpMax ? `${f.accountsOnIp} accounts from one IP` : undefined,
  profile_change_withdrawal: (f, kind, c) =>
    kind === 'withdrawal' &&
    f.msSinceProfileChange >= 0 &&
    f.msSinceProfileChange <= c.profileChangeBeforeWithdrawalMs
      ? `withdrawal ${Math.round(f.msSinceProfileChange / 60_000)} min after a phone or card change`
      : undefined,
  bid_velocity: (f, kind, c) =>
    kind === 'lend_order_placed' && f.bidsInWindow > c.bidsMax
      ? `${f.bidsInWindow} bids in the window`
      : undefined,
  round_trip: (f, kind, c) =>
    kind === 'withdrawal' && f.roundTripPercent >= c.roundTripPercent
      ? `${f.roundTripPercent}% of recent deposits withdrawn without lending`
      : undefined,
  structuring: (f, _kind, c) =>
    f.nearThresholdCount >= c.structuringCountMin
      ? `${f.nearThresholdCount} transactions just under the reporting threshold`
      : undefined,
  large_transaction: (f, kind, c) =>
    moneyKinds.has(kind) && f.amountFen >= c.largeTransactionFen
      ? `single transaction of ${f.amountFen} fen`
      : undefined,
  unusual_hour: (f, _kind, c) =>
    f.eventsSeen >= c.unusualHourHistoryMin &&
    f.hourSharePercent >= 0 &&
    f.hourSharePercent < c.unusualHourPercentMax
      ? `activity at an hour the account uses ${f.hourSharePercent}% of the time`
      : undefined,
};

/** The rules as a list, built once: evaluation runs for every event. */
const ruleList = Object.entries(fraudRules) as [FraudRuleName, Rule][];

/** Shared by every decision without hits (nearly all): frozen so none can add to it. */
const noHits: readonly RuleHit[] = Object.freeze([]);
/** Shared by every decision without reports (most of them); frozen so none can add to it. */
const noReports: readonly AmlReport[] = Object.freeze([]);

/** Evaluates every enabled rule; pure. */
export function evaluateFraudRules(
  features: Features,
  kind: BehaviourEvent['kind'],
  config: FraudConfig,
): readonly RuleHit[] {
  let hits: RuleHit[] | undefined;
  for (const [rule, check] of ruleList) {
    const action = config.actions[rule];
    if (action === 'off') continue;
    const reason = check(features, kind, config);
    if (reason === undefined) continue;
    hits ??= [];
    hits.push({ rule, action, reason });
  }
  return hits ?? noHits;
}

/** New level: up at once to the outcome's level, else down one step per cooling period. */
export function nextLevel(
  current: RiskLevel,
  sinceMs: number,
  outcome: Outcome,
  nowMs: number,
  coolingMs: number,
): { level: RiskLevel; sinceMs: number } {
  const target = outcomeLevel[outcome];
  if (levelRank[target] >= levelRank[current] && target !== 'low')
    return { level: target, sinceMs: nowMs };
  if (current === 'low' || nowMs - sinceMs < coolingMs) return { level: current, sinceMs };
  const steps = Math.floor((nowMs - sinceMs) / Math.max(coolingMs, 1));
  const rank = Math.max(levelRank[target], levelRank[current] - steps);
  const level = levels[rank] ?? 'low';
  // Landing on the level this event asks for restarts its cooling from now.
  const refreshed = rank === levelRank[target] && target !== 'low';
  return { level, sinceMs: refreshed ? nowMs : sinceMs + (levelRank[current] - rank) * coolingMs };
}

const severity: Readonly<Record<Outcome, number>> = { approve: 0, review: 1, block: 2 };

export class FraudEngine {
  readonly #accounts = new Map<string, AccountState>();
  readonly #devices = new Map<string, SharedEntity>();
  readonly #cards = new Map<string, SharedEntity>();
  readonly #ips = new Map<string, SharedEntity>();
  readonly #ipFailures = new Map<string, number[]>();
  /** First decision per event id: a redelivery answers it again and changes nothing. */
  readonly #seen = new SeenDecisions(engineBounds.seenMax, { hits: noHits, reports: noReports });
  #tagOf: FraudConfig | undefined;
  #tagText = '';

  /** True when `eventId` was already decided (a redelivery). */
  seen(eventId: string): boolean {
    return this.#seen.has(eventId);
  }

  /** Risk level of an account now (after any cooling that has elapsed by `nowMs`). */
  level(accountId: string, nowMs: number, config: FraudConfig): RiskLevel {
    const state = this.#accounts.get(accountId);
    if (state === undefined) return 'low';
    return nextLevel(state.level, state.levelSinceMs, 'approve', nowMs, config.coolingMs).level;
  }

  /** How many known accounts are at each risk level now (risk officers' overview). */
  levelCounts(nowMs: number, config: FraudConfig): Record<RiskLevel, number> {
    const counts: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0 };
    for (const state of this.#accounts.values()) {
      const { level } = nextLevel(
        state.level,
        state.levelSinceMs,
        'approve',
        nowMs,
        config.coolingMs,
      );
      counts[level] += 1;
    }
    return counts;
  }

  /**
   * Decides one event. `mark`, when given, is called after the features and after the rules,
   * so the caller can time the stages with its own clock (the engine has none).
   */
  apply(
    event: BehaviourEvent,
    config: FraudConfig,
    mark?: (stage: 'features' | 'rules') => void,
  ): FraudDecision {
    const seen = this.#seen.get(event.eventId);
    if (seen !== undefined) return seen;
    const state = this.#account(event.accountId);
    const features = this.#features(event, state, config);
    mark?.('features');
    const hits = evaluateFraudRules(features, event.kind, config);
    mark?.('rules');
    let outcome: Outcome = 'approve';
    for (const hit of hits) if (severity[hit.action] > severity[outcome]) outcome = hit.action;
    const previousLevel = this.#moveLevel(state, outcome, event.timeMs, config);
    const tag = this.#tag(config);
    const decision: FraudDecision = {
      eventId: event.eventId,
      accountId: state.id,
      kind: event.kind,
      deviceId: event.deviceId,
      ip: event.ip,
      outcome,
      level: state.level,
      previousLevel,
      hits,
      features,
      config: tag,
      reports: hits.length === 0 ? noReports : amlReports(event, hits, tag),
      timeMs: event.timeMs,
    };
    this.#seen.add(decision);
    return decision;
  }

  /** Applies `outcome` to the account's level; returns the level it had before this event. */
  #moveLevel(state: AccountState, outcome: Outcome, timeMs: number, config: FraudConfig) {
    // A low account approved again stays low: nextLevel would allocate twice to say so.
    if (state.level === 'low' && outcome === 'approve') return state.level;
    const { level, levelSinceMs } = state;
    const previous = nextLevel(level, levelSinceMs, 'approve', timeMs, config.coolingMs).level;
    const next = nextLevel(level, levelSinceMs, outcome, timeMs, config.coolingMs);
    state.level = next.level;
    state.levelSinceMs = next.sinceMs;
    return previous;
  }

  /** The config's tag, built once per config object rather than once per event. */
  #tag(config: FraudConfig): string {
    if (this.#tagOf !== config) {
      this.#tagOf = config;
      this.#tagText = configTag(config);
    }
    return this.#tagText;
  }

  #account(accountId: string): AccountState {
    let state = this.#accounts.get(accountId);
    if (state === undefined) {
      state = newAccount(accountId);
      this.#accounts.set(accountId, state);
      if (this.#accounts.size > engineBounds.entitiesMax) {
        this.#accounts.delete(this.#accounts.keys().next().value ?? accountId);
      }
    }
    return state;
  }

  #features(event: BehaviourEvent, state: AccountState, config: FraudConfig): Features {
    const t = event.timeMs;
    const f = emptyFeatures(event.amountFen, state.events);
    const hour = localHour(t, config);
    if (state.events > 0)
      f.hourSharePercent = Math.floor((100 * (state.hours[hour] ?? 0)) / state.events);
    state.hours[hour] = (state.hours[hour] ?? 0) + 1;
    state.events += 1;
    f.accountsOnDevice = this.#shared(this.#devices, event.deviceId, state, 'device', t, config);
    f.accountsOnIp = this.#shared(this.#ips, event.ip, state, 'ip', t, config);
    f.accountsOnCard = this.#shared(this.#cards, event.cardId ?? '', state, 'card', t, config);
    if (state.lastProfileChangeMs > -Infinity)
      f.msSinceProfileChange = t - state.lastProfileChangeMs;
    this.#byKind(event, state, config, f);
    return f;
  }

  /** Accounts on the account's `slot` entity (keyed `key`) in the window; 0 without a key. */
  #shared(
    map: Map<string, SharedEntity>,
    key: string,
    state: AccountState,
    slot: 'device' | 'ip' | 'card',
    timeMs: number,
    config: FraudConfig,
  ): number {
    if (key === '' || state.id === '') return 0;
    const entity = sharedEntity(map, key, state[slot]);
    state[slot] = entity;
    return touchShared(entity, state.id, timeMs, config.windowMs);
  }

  #byKind(event: BehaviourEvent, state: AccountState, config: FraudConfig, f: Features): void {
    const t = event.timeMs;
    switch (event.kind) {
      case 'login': {
        f.loginsInWindow = pushWindow(state.logins, t, config.windowMs);
        const devices = state.devices ?? new Set<string>();
        state.devices = devices;
        f.newDevice =
          event.deviceId !== '' && !devices.has(event.deviceId) && devices.size > 0 ? 1 : 0;
        if (event.deviceId !== '' && devices.size < engineBounds.windowEntriesMax)
          devices.add(event.deviceId);
        break;
      }
      case 'login_failed': {
        f.failedLoginsInWindow = pushWindow(state.failed, t, config.windowMs);
        let ipTimes = this.#ipFailures.get(event.ip);
        if (ipTimes === undefined) {
          ipTimes = [];
          this.#ipFailures.set(event.ip, ipTimes);
          if (this.#ipFailures.size > engineBounds.entitiesMax)
            this.#ipFailures.delete(this.#ipFailures.keys().next().value ?? '');
        }
        f.failedLoginsFromIp = pushWindow(ipTimes, t, config.windowMs);
        break;
      }
      case 'device_change':
      case 'profile_change':
        state.lastProfileChangeMs = Math.max(state.lastProfileChangeMs, t);
        break;
      case 'lend_order_placed':
        f.bidsInWindow = pushWindow(state.bids, t, config.windowMs);
        state.lastLendMs = Math.max(state.lastLendMs, t);
        break;
      case 'deposit':
      case 'withdrawal':
        this.#money(event, state, config, f);
        break;
      default:
        break;
    }
  }

  #money(event: BehaviourEvent, state: AccountState, config: FraudConfig, f: Features): void {
    const t = event.timeMs;
    const list = event.kind === 'deposit' ? state.deposits : state.withdrawals;
    list.push([t, event.amountFen]);
    if (list.length > engineBounds.windowEntriesMax) list.shift();
    const low = Math.floor(
      (config.reportThresholdFen * (100 - config.structuringBandPercent)) / 100,
    );
    if (event.amountFen >= low && event.amountFen < config.reportThresholdFen) {
      f.nearThresholdCount = pushWindow(state.nearThreshold, t, config.structuringWindowMs);
    }
    if (event.kind !== 'withdrawal') return;
    // Round trip: deposits since the last lending (within the window) largely withdrawn again.
    const since = Math.max(t - config.roundTripMs, state.lastLendMs);
    const deposited = sumSince(state.deposits, since);
    const withdrawn = sumSince(state.withdrawals, since);
    if (deposited > 0)
      f.roundTripPercent = Math.min(100, Math.floor((100 * withdrawn) / deposited));
  }
}

function amlReports(event: BehaviourEvent, hits: readonly RuleHit[], tag: string): AmlReport[] {
  const reports: AmlReport[] = [];
  const base = {
    accountId: event.accountId,
    eventId: event.eventId,
    kind: event.kind,
    amountFen: event.amountFen,
    config: tag,
    timeMs: event.timeMs,
  };
  for (const hit of hits) {
    if (hit.rule === 'large_transaction')
      reports.push({ ...base, reportId: `LTR:${event.eventId}`, type: 'LTR', rule: hit.rule });
    if (hit.rule === 'structuring' || hit.rule === 'round_trip') {
      reports.push({
        ...base,
        reportId: `STR:${hit.rule}:${event.eventId}`,
        type: 'STR',
        rule: hit.rule,
      });
    }
  }
  assert(reports.length <= hits.length, 'at most one report per hit');
  return reports;
}

const reportColumns = [
  'reportId',
  'type',
  'accountId',
  'eventId',
  'kind',
  'amountFen',
  'rule',
  'config',
  'timeMs',
] as const;

/** AML reports as CSV for an officer's export (values are ids and numbers: no quoting needed). */
export function amlReportsCsv(reports: readonly AmlReport[]): string {
  const lines = [reportColumns.join(',')];
  for (const report of reports)
    lines.push(
      reportColumns.map((column) => String(report[column]).replace(/[,\n]/g, ' ')).join(','),
    );
  return `${lines.join('\n')}\n`;
}
