/**
 * Fraud rules as pure functions of (features, versioned config).
 *
 * Goal: a decision must be reproducible from its inputs alone, so an officer (or a replay) can
 * see why an alert fired, and a config change is visible as a new `id@version`.
 *
 * Method: configs are plain data validated once when loaded (`loadDeviceSharedConfig` returns
 * an error value, never throws); rules read only their arguments: no clock, no randomness, no
 * I/O. The features are computed elsewhere (consumer.ts, from Redis state).
 */
import { assert } from '../shared/index.js';

export type RuleOutcome = 'approve' | 'review' | 'block';

/** `device-shared@1`: too many distinct accounts signing in from one device in a window. */
export interface DeviceSharedConfig {
  readonly id: 'device-shared';
  readonly version: 1;
  /** Sliding window over event time. */
  readonly windowMs: number;
  /** Distinct accounts one device may use within the window; one more asks for review. */
  readonly accountsPerDeviceMax: number;
}

/** Three or more distinct accounts on one device within ten minutes -> review. */
export const defaultDeviceSharedConfig: DeviceSharedConfig = {
  id: 'device-shared',
  version: 1,
  windowMs: 10 * 60 * 1000,
  accountsPerDeviceMax: 2,
};

/** Bounds on config values: wider windows make per-device state and dedupe keys live longer. */
export const deviceSharedBounds = {
  windowMsMin: 1_000,
  windowMsMax: 7 * 24 * 60 * 60 * 1000,
  accountsPerDeviceMaxMin: 1,
  accountsPerDeviceMaxMax: 1_000,
} as const;

export type ConfigLoadResult<T> =
  { ok: true; config: T } | { ok: false; field: string; reason: string };

const deviceSharedKeys: ReadonlySet<string> = new Set([
  'id',
  'version',
  'windowMs',
  'accountsPerDeviceMax',
]);

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

function fail(field: string, reason: string): { ok: false; field: string; reason: string } {
  return { ok: false, field, reason };
}

/**
 * Validates an untrusted config (from a file or an operator), in order: shape, unknown keys,
 * id, version, window, threshold. Unknown keys are errors so a typo is not silently ignored.
 */
export function loadDeviceSharedConfig(raw: unknown): ConfigLoadResult<DeviceSharedConfig> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('', 'config must be an object');
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!deviceSharedKeys.has(key)) return fail(key, 'unknown field');
  }
  if (record['id'] !== 'device-shared') return fail('id', "must be 'device-shared'");
  if (record['version'] !== 1) return fail('version', 'only version 1 is known');
  const { windowMsMin, windowMsMax, accountsPerDeviceMaxMin, accountsPerDeviceMaxMax } =
    deviceSharedBounds;
  const windowMs = record['windowMs'];
  if (!isIntegerIn(windowMs, windowMsMin, windowMsMax)) {
    return fail('windowMs', `must be an integer in [${windowMsMin}, ${windowMsMax}]`);
  }
  const accountsMax = record['accountsPerDeviceMax'];
  if (!isIntegerIn(accountsMax, accountsPerDeviceMaxMin, accountsPerDeviceMaxMax)) {
    const range = `[${accountsPerDeviceMaxMin}, ${accountsPerDeviceMaxMax}]`;
    return fail('accountsPerDeviceMax', `must be an integer in ${range}`);
  }
  const config: DeviceSharedConfig = {
    id: 'device-shared',
    version: 1,
    windowMs,
    accountsPerDeviceMax: accountsMax,
  };
  return { ok: true, config };
}

export function isValidDeviceSharedConfig(config: DeviceSharedConfig): boolean {
  return loadDeviceSharedConfig(config).ok;
}

export interface DeviceSharedFeatures {
  readonly deviceId: string;
  /** Distinct accounts seen on the device within the window, the current one included. */
  readonly distinctAccountsInWindow: number;
  /** A bounded sample of those accounts (oldest first); may be shorter than the count. */
  readonly accountIds: readonly string[];
}

export interface RuleDecision {
  readonly outcome: RuleOutcome;
  readonly ruleId: string;
  readonly ruleVersion: number;
  /** One sentence an officer can read; empty for 'approve'. */
  readonly reason: string;
}

export function evaluateDeviceShared(
  features: DeviceSharedFeatures,
  config: DeviceSharedConfig,
): RuleDecision {
  const count = features.distinctAccountsInWindow;
  assert(Number.isSafeInteger(count), 'account count is an integer');
  assert(count >= 0, 'account count is not negative');
  assert(features.accountIds.length <= count, 'the sample is part of the count');
  assert(config.accountsPerDeviceMax >= 1, 'config was validated at load');
  const base = { ruleId: config.id, ruleVersion: config.version } as const;
  if (count <= config.accountsPerDeviceMax) return { ...base, outcome: 'approve', reason: '' };
  const windowS = Math.round(config.windowMs / 1000);
  const reason =
    `${count} accounts signed in from device ${features.deviceId} within ${windowS} s ` +
    `(at most ${config.accountsPerDeviceMax} expected)`;
  // Version 1 only asks for review: a shared device (family, internet cafe) is suspicious but
  // not proof, so blocking is left to a later rule version combining more features.
  return { ...base, outcome: 'review', reason };
}
