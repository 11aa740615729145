/**
 * The fraud and AML rule configuration: its shape, validation at load, and a store that changes
 * it at runtime under maker-checker control with an audit trail.
 *
 * Goal: officers tune thresholds without a deploy, yet no single officer can change what blocks
 * customers, and every decision names the `id@version` that produced it.
 *
 * Method: a config is plain data checked field by field against bounds (`loadFraudConfig`
 * returns the first bad field, never throws). The store holds the active config, proposals,
 * and an append-only audit list; `propose` validates and parks a new version, `approve` by a
 * different officer activates it (the engine reads `active()` per batch, so it takes effect
 * without restart). Time comes in as an argument. Results are closed codes.
 */
import { assert } from '../../shared/index.js';

export const fraudRuleNames = [
  'login_burst',
  'failed_logins',
  'failed_logins_ip',
  'new_device',
  'device_shared',
  'card_shared',
  'ip_shared',
  'profile_change_withdrawal',
  'bid_velocity',
  'round_trip',
  'structuring',
  'large_transaction',
  'unusual_hour',
] as const;
export type FraudRuleName = (typeof fraudRuleNames)[number];
export type RuleAction = 'off' | 'review' | 'block';

export interface FraudConfig {
  readonly id: 'fraud';
  readonly version: number;
  /** Sliding window of the velocity features (logins, failures, sharing, bids). */
  readonly windowMs: number;
  readonly loginsMax: number;
  readonly failedLoginsMax: number;
  readonly failedLoginsPerIpMax: number;
  readonly accountsPerDeviceMax: number;
  readonly accountsPerCardMax: number;
  readonly accountsPerIpMax: number;
  /** A phone or card change this soon before a withdrawal is suspicious. */
  readonly profileChangeBeforeWithdrawalMs: number;
  readonly bidsMax: number;
  /** Deposit then withdrawal within this time, with no lending between. */
  readonly roundTripMs: number;
  /** Share of the deposits withdrawn that counts as a round trip (percent). */
  readonly roundTripPercent: number;
  /** The regulator's reporting threshold (fen) and the band just under it (percent). */
  readonly reportThresholdFen: number;
  readonly structuringBandPercent: number;
  readonly structuringCountMin: number;
  readonly structuringWindowMs: number;
  /** A single transaction at or above this is a large-transaction report. */
  readonly largeTransactionFen: number;
  /** Hour-of-day habits: events needed before judging, and the share under which an hour is odd. */
  readonly unusualHourHistoryMin: number;
  readonly unusualHourPercentMax: number;
  readonly timezoneOffsetMinutes: number;
  /** A customer's risk level falls one step only after this long without a new raise. */
  readonly coolingMs: number;
  readonly actions: Readonly<Record<FraudRuleName, RuleAction>>;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export const defaultFraudConfig: FraudConfig = {
  id: 'fraud',
  version: 1,
  windowMs: 10 * minute,
  loginsMax: 20,
  failedLoginsMax: 5,
  failedLoginsPerIpMax: 20,
  accountsPerDeviceMax: 2,
  accountsPerCardMax: 1,
  accountsPerIpMax: 10,
  profileChangeBeforeWithdrawalMs: day,
  bidsMax: 200,
  roundTripMs: 2 * day,
  roundTripPercent: 80,
  reportThresholdFen: 5_000_000,
  structuringBandPercent: 10,
  structuringCountMin: 3,
  structuringWindowMs: 7 * day,
  largeTransactionFen: 5_000_000,
  unusualHourHistoryMin: 30,
  unusualHourPercentMax: 2,
  timezoneOffsetMinutes: 480,
  coolingMs: 7 * day,
  actions: {
    login_burst: 'review',
    failed_logins: 'review',
    failed_logins_ip: 'review',
    new_device: 'off',
    device_shared: 'review',
    card_shared: 'block',
    ip_shared: 'review',
    profile_change_withdrawal: 'block',
    bid_velocity: 'review',
    round_trip: 'review',
    structuring: 'review',
    large_transaction: 'review',
    unusual_hour: 'off',
  },
};

type NumericField = Exclude<keyof FraudConfig, 'id' | 'version' | 'actions'>;

/** Inclusive bounds of every numeric field. */
export const fraudConfigBounds: Readonly<Record<NumericField, readonly [number, number]>> = {
  windowMs: [1_000, 7 * day],
  loginsMax: [1, 100_000],
  failedLoginsMax: [1, 10_000],
  failedLoginsPerIpMax: [1, 100_000],
  accountsPerDeviceMax: [1, 1_000],
  accountsPerCardMax: [1, 1_000],
  accountsPerIpMax: [1, 100_000],
  profileChangeBeforeWithdrawalMs: [0, 30 * day],
  bidsMax: [1, 1_000_000],
  roundTripMs: [minute, 90 * day],
  roundTripPercent: [1, 100],
  reportThresholdFen: [1, 1_000_000_000_000],
  structuringBandPercent: [1, 50],
  structuringCountMin: [2, 1_000],
  structuringWindowMs: [hour, 90 * day],
  largeTransactionFen: [1, 1_000_000_000_000],
  unusualHourHistoryMin: [1, 100_000],
  unusualHourPercentMax: [0, 100],
  timezoneOffsetMinutes: [-720, 840],
  coolingMs: [0, 365 * day],
};

export type FraudConfigResult =
  { ok: true; config: FraudConfig } | { ok: false; field: string; reason: string };

function fail(field: string, reason: string): FraudConfigResult {
  return { ok: false, field, reason };
}

function checkActions(raw: unknown): FraudConfigResult | Record<FraudRuleName, RuleAction> {
  if (typeof raw !== 'object' || raw === null) return fail('actions', 'must be an object');
  const record = raw as Record<string, unknown>;
  const known: ReadonlySet<string> = new Set(fraudRuleNames);
  for (const key of Object.keys(record)) {
    if (!known.has(key)) return fail(`actions.${key}`, 'unknown rule');
  }
  const actions = {} as Record<FraudRuleName, RuleAction>;
  for (const name of fraudRuleNames) {
    const action = record[name];
    if (action !== 'off' && action !== 'review' && action !== 'block') {
      return fail(`actions.${name}`, "must be 'off', 'review' or 'block'");
    }
    actions[name] = action;
  }
  return actions;
}

/** Validates an untrusted config: shape, unknown keys, id, version, bounds, actions. */
export function loadFraudConfig(raw: unknown): FraudConfigResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('', 'config must be an object');
  }
  const record = raw as Record<string, unknown>;
  const allowed = new Set(['id', 'version', 'actions', ...Object.keys(fraudConfigBounds)]);
  for (const key of Object.keys(record)) if (!allowed.has(key)) return fail(key, 'unknown field');
  if (record['id'] !== 'fraud') return fail('id', "must be 'fraud'");
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return fail('version', 'must be a positive integer');
  }
  const numbers: Record<string, number> = {};
  for (const [field, [min, max]] of Object.entries(fraudConfigBounds)) {
    const value = record[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      return fail(field, `must be an integer in [${min}, ${max}]`);
    }
    numbers[field] = value;
  }
  const actions = checkActions(record['actions']);
  if ('ok' in actions) return actions;
  const config = { id: 'fraud', version, ...numbers, actions } as unknown as FraudConfig;
  return { ok: true, config };
}

export function configTag(config: FraudConfig): string {
  return `${config.id}@${config.version}`;
}

export type AuditAction = 'activated' | 'proposed' | 'approved' | 'rejected';

export interface AuditEntry {
  readonly seq: number;
  readonly action: AuditAction;
  readonly proposalId: number;
  readonly version: number;
  readonly officer: string;
  readonly timeMs: number;
  /** Fields whose value differs from the config active when the entry was written. */
  readonly changed: readonly string[];
}

export type StoreCode =
  | 'OK'
  | 'CONFIG_INVALID'
  | 'PROPOSAL_NOT_FOUND'
  | 'PROPOSAL_NOT_PENDING'
  | 'SAME_OFFICER'
  | 'STALE_PROPOSAL';

export interface Proposal {
  id: number;
  config: FraudConfig;
  maker: string;
  basedOn: number;
  state: 'pending' | 'approved' | 'rejected';
}

function changedFields(before: FraudConfig, after: FraudConfig): string[] {
  const fields: string[] = [];
  for (const key of Object.keys(fraudConfigBounds) as NumericField[]) {
    if (before[key] !== after[key]) fields.push(key);
  }
  for (const name of fraudRuleNames) {
    if (before.actions[name] !== after.actions[name]) fields.push(`actions.${name}`);
  }
  return fields;
}

/** The store as plain data (JSON-safe), for persistence (fraud/durable.ts). */
export interface FraudConfigSnapshot {
  active: FraudConfig;
  history: FraudConfig[];
  proposals: Proposal[];
  audit: AuditEntry[];
  nextProposal: number;
}

/** Audit entries a snapshot keeps (the full trail also goes to an audit stream). */
export const snapshotAuditMax = 1_000;

function isProposal(value: unknown): value is Proposal {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(p['id']) &&
    typeof p['maker'] === 'string' &&
    Number.isSafeInteger(p['basedOn']) &&
    (p['state'] === 'pending' || p['state'] === 'approved' || p['state'] === 'rejected') &&
    loadFraudConfig(p['config']).ok
  );
}

/** Checks a snapshot read back from storage; the first problem found, or undefined. */
export function invalidSnapshot(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'snapshot';
  const s = value as Record<string, unknown>;
  if (!loadFraudConfig(s['active']).ok) return 'active';
  const history = s['history'];
  if (!Array.isArray(history) || !history.every((c: unknown) => loadFraudConfig(c).ok))
    return 'history';
  const proposals = s['proposals'];
  if (!Array.isArray(proposals) || !proposals.every(isProposal)) return 'proposals';
  if (!Array.isArray(s['audit'])) return 'audit';
  if (!Number.isSafeInteger(s['nextProposal'])) return 'nextProposal';
  return undefined;
}

/** Active config + maker-checker proposals + audit trail. One instance per service. */
export class FraudConfigStore {
  #active: FraudConfig;
  readonly #history: FraudConfig[] = [];
  readonly #proposals = new Map<number, Proposal>();
  readonly #audit: AuditEntry[] = [];
  #nextProposal = 1;

  constructor(initial: FraudConfig, officer: string, nowMs: number) {
    assert(loadFraudConfig(initial).ok, 'initial config was validated');
    this.#active = initial;
    this.#history.push(initial);
    this.#record('activated', 0, initial.version, officer, nowMs, []);
  }

  active(): FraudConfig {
    return this.#active;
  }

  snapshot(): FraudConfigSnapshot {
    return {
      active: this.#active,
      history: [...this.#history],
      proposals: [...this.#proposals.values()].map((p) => ({ ...p })),
      audit: this.#audit.slice(-snapshotAuditMax),
      nextProposal: this.#nextProposal,
    };
  }

  /** A store from a snapshot checked with `invalidSnapshot` (asserted again here). */
  static restore(snapshot: FraudConfigSnapshot): FraudConfigStore {
    assert(invalidSnapshot(snapshot) === undefined, 'snapshot was checked');
    const store = new FraudConfigStore(snapshot.active, 'system', 0);
    store.#active = snapshot.active;
    store.#history.splice(0, store.#history.length, ...snapshot.history);
    for (const proposal of snapshot.proposals) store.#proposals.set(proposal.id, { ...proposal });
    store.#audit.splice(0, store.#audit.length, ...snapshot.audit);
    store.#nextProposal = snapshot.nextProposal;
    return store;
  }

  /** The latest audit entry (what the last successful change did). */
  lastAudit(): AuditEntry | undefined {
    return this.#audit[this.#audit.length - 1];
  }

  /** Any version ever active (decisions name one; backtests replay against one). */
  version(version: number): FraudConfig | undefined {
    return this.#history.find((config) => config.version === version);
  }

  audit(): readonly AuditEntry[] {
    return this.#audit;
  }

  /** Validates `raw` (its version is assigned here) and parks it for a second officer. */
  propose(
    raw: unknown,
    maker: string,
    nowMs: number,
  ): { code: StoreCode; proposalId?: number; field?: string } {
    const base = typeof raw === 'object' && raw !== null ? raw : {};
    const version = this.#active.version + 1;
    const loaded = loadFraudConfig({ ...base, id: 'fraud', version });
    if (!loaded.ok) return { code: 'CONFIG_INVALID', field: loaded.field };
    const id = this.#nextProposal;
    this.#nextProposal += 1;
    const proposal: Proposal = {
      id,
      config: loaded.config,
      maker,
      basedOn: this.#active.version,
      state: 'pending',
    };
    this.#proposals.set(id, proposal);
    this.#record('proposed', id, version, maker, nowMs, changedFields(this.#active, loaded.config));
    return { code: 'OK', proposalId: id };
  }

  pending(): { proposalId: number; maker: string; config: FraudConfig }[] {
    return [...this.#proposals.values()]
      .filter((p) => p.state === 'pending')
      .map((p) => ({ proposalId: p.id, maker: p.maker, config: p.config }));
  }

  approve(proposalId: number, checker: string, nowMs: number): StoreCode {
    const proposal = this.#proposals.get(proposalId);
    if (proposal === undefined) return 'PROPOSAL_NOT_FOUND';
    if (proposal.state !== 'pending') return 'PROPOSAL_NOT_PENDING';
    if (proposal.maker === checker) return 'SAME_OFFICER';
    // Approving a proposal written against an older version would silently undo the newer one.
    if (proposal.basedOn !== this.#active.version) return 'STALE_PROPOSAL';
    const changed = changedFields(this.#active, proposal.config);
    proposal.state = 'approved';
    this.#active = proposal.config;
    this.#history.push(proposal.config);
    this.#record('approved', proposalId, proposal.config.version, checker, nowMs, changed);
    return 'OK';
  }

  reject(proposalId: number, checker: string, nowMs: number): StoreCode {
    const proposal = this.#proposals.get(proposalId);
    if (proposal === undefined) return 'PROPOSAL_NOT_FOUND';
    if (proposal.state !== 'pending') return 'PROPOSAL_NOT_PENDING';
    proposal.state = 'rejected';
    this.#record('rejected', proposalId, proposal.config.version, checker, nowMs, []);
    return 'OK';
  }

  #record(
    action: AuditAction,
    proposalId: number,
    version: number,
    officer: string,
    timeMs: number,
    changed: readonly string[],
  ): void {
    // From the last entry, not the length: a restored snapshot keeps only the latest entries.
    const seq = (this.#audit[this.#audit.length - 1]?.seq ?? 0) + 1;
    this.#audit.push({ seq, action, proposalId, version, officer, timeMs, changed });
  }
}
