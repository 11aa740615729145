/**
 * device-shared@1 as tables: features -> outcome, and config -> load error. The rule is pure,
 * so these tests need no Redis and no clock.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultDeviceSharedConfig,
  deviceSharedBounds,
  evaluateDeviceShared,
  loadDeviceSharedConfig,
  type DeviceSharedConfig,
  type RuleOutcome,
} from '../../src/risk-stream/index.js';

function features(count: number, sampleSize = count): Parameters<typeof evaluateDeviceShared>[0] {
  const accountIds = Array.from({ length: sampleSize }, (_, index) => `acct-${index}`);
  return { deviceId: 'device-1', distinctAccountsInWindow: count, accountIds };
}

describe('evaluateDeviceShared', () => {
  const strict: DeviceSharedConfig = { ...defaultDeviceSharedConfig, accountsPerDeviceMax: 1 };
  const table: [number, DeviceSharedConfig, RuleOutcome][] = [
    [0, defaultDeviceSharedConfig, 'approve'],
    [1, defaultDeviceSharedConfig, 'approve'],
    [2, defaultDeviceSharedConfig, 'approve'],
    [3, defaultDeviceSharedConfig, 'review'],
    [4, defaultDeviceSharedConfig, 'review'],
    [1_000, defaultDeviceSharedConfig, 'review'],
    [1, strict, 'approve'],
    [2, strict, 'review'],
  ];

  it.each(table)('%i accounts (max %o) -> %s', (count, config, outcome) => {
    const decision = evaluateDeviceShared(features(count, Math.min(count, 16)), config);
    expect(decision.outcome).toBe(outcome);
    expect(decision.ruleId).toBe('device-shared');
    expect(decision.ruleVersion).toBe(1);
    expect(decision.reason === '').toBe(outcome === 'approve');
  });

  it('explains a review in one sentence naming the device and the numbers', () => {
    const decision = evaluateDeviceShared(features(3), defaultDeviceSharedConfig);
    expect(decision.reason).toBe(
      '3 accounts signed in from device device-1 within 600 s (at most 2 expected)',
    );
  });

  it('is deterministic: the same inputs give the same decision', () => {
    const first = evaluateDeviceShared(features(5), defaultDeviceSharedConfig);
    expect(evaluateDeviceShared(features(5), defaultDeviceSharedConfig)).toEqual(first);
  });

  it('asserts on impossible features (programmer error, not input)', () => {
    expect(() => evaluateDeviceShared(features(-1, 0), defaultDeviceSharedConfig)).toThrow();
    expect(() => evaluateDeviceShared(features(1, 2), defaultDeviceSharedConfig)).toThrow();
  });
});

describe('loadDeviceSharedConfig', () => {
  it('accepts the default (10 minutes, at most 2 accounts per device)', () => {
    expect(defaultDeviceSharedConfig).toEqual({
      id: 'device-shared',
      version: 1,
      windowMs: 600_000,
      accountsPerDeviceMax: 2,
    });
    expect(loadDeviceSharedConfig({ ...defaultDeviceSharedConfig })).toEqual({
      ok: true,
      config: defaultDeviceSharedConfig,
    });
  });

  it('accepts the bounds themselves', () => {
    const { windowMsMin, windowMsMax, accountsPerDeviceMaxMin, accountsPerDeviceMaxMax } =
      deviceSharedBounds;
    const low = { ...defaultDeviceSharedConfig, windowMs: windowMsMin };
    const high = { ...defaultDeviceSharedConfig, windowMs: windowMsMax };
    expect(
      loadDeviceSharedConfig({ ...low, accountsPerDeviceMax: accountsPerDeviceMaxMin }).ok,
    ).toBe(true);
    expect(
      loadDeviceSharedConfig({ ...high, accountsPerDeviceMax: accountsPerDeviceMaxMax }).ok,
    ).toBe(true);
  });

  const base: Record<string, unknown> = { ...defaultDeviceSharedConfig };
  const failures: [string, unknown, string][] = [
    ['null', null, ''],
    ['an array', [], ''],
    ['a string', 'device-shared@1', ''],
    ['an unknown key', { ...base, windowMinutes: 10 }, 'windowMinutes'],
    ['a wrong id', { ...base, id: 'device-sharing' }, 'id'],
    ['a missing id', { ...base, id: undefined }, 'id'],
    ['an unknown version', { ...base, version: 2 }, 'version'],
    ['a version as text', { ...base, version: '1' }, 'version'],
    ['a missing window', { ...base, windowMs: undefined }, 'windowMs'],
    ['a zero window', { ...base, windowMs: 0 }, 'windowMs'],
    ['a negative window', { ...base, windowMs: -600_000 }, 'windowMs'],
    ['a fractional window', { ...base, windowMs: 1_000.5 }, 'windowMs'],
    ['a window as text', { ...base, windowMs: '600000' }, 'windowMs'],
    ['a window above the bound', { ...base, windowMs: 8 * 24 * 3_600_000 }, 'windowMs'],
    ['an infinite window', { ...base, windowMs: Number.POSITIVE_INFINITY }, 'windowMs'],
    ['zero accounts', { ...base, accountsPerDeviceMax: 0 }, 'accountsPerDeviceMax'],
    ['NaN accounts', { ...base, accountsPerDeviceMax: Number.NaN }, 'accountsPerDeviceMax'],
    ['2.5 accounts', { ...base, accountsPerDeviceMax: 2.5 }, 'accountsPerDeviceMax'],
    ['too many accounts', { ...base, accountsPerDeviceMax: 1_001 }, 'accountsPerDeviceMax'],
  ];

  it.each(failures)('rejects %s (field %j)', (_name, raw, field) => {
    const result = loadDeviceSharedConfig(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.reason.length).toBeGreaterThan(0);
    }
  });
});
