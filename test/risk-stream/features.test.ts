/**
 * The Redis side of feature state and alerts, driven directly: running the same effects twice
 * (what a crash between "effects stored" and XACK causes) must change nothing the second time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { defaultDeviceSharedConfig, type Alert } from '../../src/risk-stream/index.js';
import {
  alertDedupeKey,
  deviceKey,
  emitAlerts,
  recordDeviceLogins,
} from '../../src/risk-stream/features.js';
import { connect, deletePrefix, quitAll, uniquePrefix } from './helpers.js';

const t0 = 1_700_000_000_000;
const config = defaultDeviceSharedConfig;
const opened: Redis[] = [];
const prefixes: string[] = [];

afterEach(async () => {
  const redis = opened[0];
  if (redis !== undefined)
    for (const prefix of prefixes.splice(0)) await deletePrefix(redis, prefix);
  await quitAll(opened);
});

function setup(): { redis: Redis; prefix: string } {
  const prefix = uniquePrefix();
  prefixes.push(prefix);
  return { redis: connect(opened), prefix };
}

describe('recordDeviceLogins', () => {
  it('returns the count after each login, in order, within one pipeline', async () => {
    const { redis, prefix } = setup();
    const logins = ['a', 'b', 'a', 'c'].map((accountId, index) => ({
      deviceId: 'd',
      accountId,
      timeMs: t0 + index * 1_000,
    }));
    const features = await recordDeviceLogins(redis, prefix, logins, config);
    expect(features.map((item) => item.distinctAccountsInWindow)).toEqual([1, 2, 2, 3]);
    expect(features[3]?.accountIds).toEqual(['b', 'a', 'c']);
  });

  it('is idempotent: the same login again, or an older one, moves nothing', async () => {
    const { redis, prefix } = setup();
    const login = { deviceId: 'd', accountId: 'a', timeMs: t0 + 5_000 };
    await recordDeviceLogins(redis, prefix, [login], config);
    await recordDeviceLogins(redis, prefix, [login, { ...login, timeMs: t0 }], config);
    expect(await redis.zrange(deviceKey(prefix, 'd'), 0, -1, 'WITHSCORES')).toEqual([
      'a',
      String(t0 + 5_000),
    ]);
    expect(await redis.pttl(deviceKey(prefix, 'd'))).toBeGreaterThan(config.windowMs);
  });

  it('forgets accounts older than the window and bounds the sample', async () => {
    const { redis, prefix } = setup();
    const old = { deviceId: 'd', accountId: 'old', timeMs: t0 };
    const many = Array.from({ length: 20 }, (_, index) => ({
      deviceId: 'd',
      accountId: `n${String(index).padStart(2, '0')}`,
      timeMs: t0 + config.windowMs + 1 + index,
    }));
    const features = await recordDeviceLogins(redis, prefix, [old, ...many], config);
    const last = features[features.length - 1];
    expect(last?.distinctAccountsInWindow).toBe(20);
    expect(last?.accountIds).toHaveLength(16);
    expect(last?.accountIds).not.toContain('old');
  });
});

describe('emitAlerts', () => {
  const alert: Alert = {
    alertId: 'device-shared@1:e-3',
    ruleId: 'device-shared',
    ruleVersion: 1,
    level: 'review',
    accountId: 'c',
    summary: 'three accounts',
    features: { deviceId: 'd' },
    eventIds: ['e-3'],
    timeMs: t0,
  };

  it('emits once per dedupe key, however often it is asked', async () => {
    const { redis, prefix } = setup();
    const target = { alertStream: `${prefix}alerts`, alertChannel: `${prefix}alerts`, maxLen: 100 };
    const pending = { dedupeKey: alertDedupeKey(prefix, 'device-shared', 'd'), dedupeMs: 60_000 };
    expect(await emitAlerts(redis, target, [{ ...pending, alert }])).toBe(1);
    expect(
      await emitAlerts(redis, target, [
        { ...pending, alert },
        { ...pending, alert },
      ]),
    ).toBe(0);
    expect(await redis.xlen(target.alertStream)).toBe(1);
    expect(await redis.get(pending.dedupeKey)).toBe(alert.alertId);
    const ttl = await redis.pttl(pending.dedupeKey);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});
