/**
 * Feature state and alert emission in Redis, shared by every consumer of the group.
 *
 * Goal: any consumer may receive any event, so sliding-window state cannot live in process
 * memory; and handling must be idempotent because delivery is at least once.
 *
 * Method: per device, a sorted set of account ids scored by their latest login time. One Lua
 * script per login does ZADD GT (a redelivered or older event never moves a score back),
 * trims scores below the window, reads the count and a bounded sample, and refreshes a TTL, all
 * atomically. Scripts (EVAL) rather than MULTI because many of them pipeline into one round
 * trip per batch and each still runs atomically. Alerts use a second script: `SET NX PX`
 * dedupe key, XADD to the alert stream and PUBLISH happen together or not at all, so a crash
 * between them cannot leave a dedupe key that suppresses an alert that was never sent.
 */
import type { Redis } from 'ioredis';
import { assert } from '../shared/index.js';
import type { Alert } from './alerts.js';
import { encodeAlert } from './alerts.js';
import type { DeviceSharedConfig, DeviceSharedFeatures } from './rules.js';

/** Account ids returned with a device's count; the count itself is exact. */
export const deviceAccountsSampleMax = 16;

const deviceLoginScript = `
redis.call('ZADD', KEYS[1], 'GT', ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
local count = redis.call('ZCARD', KEYS[1])
local sample = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[4]) - 1)
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return {count, sample}
`;

const alertScript = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*', 'alert', ARGV[4])
  redis.call('PUBLISH', ARGV[5], ARGV[4])
  return 1
end
return 0
`;

export interface DeviceLogin {
  deviceId: string;
  accountId: string;
  timeMs: number;
}

export function deviceKey(keyPrefix: string, deviceId: string): string {
  return `${keyPrefix}device:${deviceId}`;
}

export function alertDedupeKey(keyPrefix: string, ruleId: string, deviceId: string): string {
  return `${keyPrefix}alert:${ruleId}:${deviceId}`;
}

function parseDeviceReply(deviceId: string, reply: unknown): DeviceSharedFeatures {
  assert(Array.isArray(reply) && reply.length === 2, 'device script returns [count, sample]');
  const [count, sample] = reply as unknown[];
  assert(typeof count === 'number' && Number.isSafeInteger(count), 'count is an integer');
  assert(Array.isArray(sample), 'sample is an array');
  const accountIds = sample.map((item: unknown) => {
    assert(typeof item === 'string', 'account id is a string');
    return item;
  });
  return { deviceId, distinctAccountsInWindow: count, accountIds };
}

/** Records logins in order (one pipeline) and returns each login's features after it. */
export async function recordDeviceLogins(
  redis: Redis,
  keyPrefix: string,
  logins: readonly DeviceLogin[],
  config: DeviceSharedConfig,
): Promise<DeviceSharedFeatures[]> {
  if (logins.length === 0) return [];
  const pipeline = redis.pipeline();
  // Twice the window: a device key outlives its newest member by a full window even when
  // events arrive a little late relative to Redis's own clock.
  const ttlMs = 2 * config.windowMs;
  for (const login of logins) {
    const windowStartMs = login.timeMs - config.windowMs;
    const args = [login.accountId, login.timeMs, windowStartMs, deviceAccountsSampleMax, ttlMs];
    pipeline.eval(deviceLoginScript, 1, deviceKey(keyPrefix, login.deviceId), ...args);
  }
  const results = await pipeline.exec();
  assert(results !== null && results.length === logins.length, 'one reply per login');
  return results.map(([error, reply], index) => {
    if (error !== null) throw error;
    const login = logins[index];
    assert(login !== undefined, 'reply index within logins');
    return parseDeviceReply(login.deviceId, reply);
  });
}

export interface AlertTarget {
  alertStream: string;
  alertChannel: string;
  maxLen: number;
}

/** A pub/sub message stored with a batch's alerts (freezes, for the gateway and matcher). */
export interface Publish {
  channel: string;
  message: string;
}

export interface PendingAlert {
  dedupeKey: string;
  dedupeMs: number;
  alert: Alert;
}

/** Emits each alert unless its dedupe key exists; returns how many were emitted. */
export async function emitAlerts(
  redis: Redis,
  target: AlertTarget,
  alerts: readonly PendingAlert[],
  publishes: readonly Publish[] = [],
): Promise<number> {
  if (alerts.length === 0 && publishes.length === 0) return 0;
  // One round trip for every effect of a batch: the consumer acknowledges only after it.
  const pipeline = redis.pipeline();
  for (const { channel, message } of publishes) pipeline.publish(channel, message);
  for (const { dedupeKey, dedupeMs, alert } of alerts) {
    const keys = [dedupeKey, target.alertStream];
    const args = [alert.alertId, dedupeMs, target.maxLen, encodeAlert(alert), target.alertChannel];
    pipeline.eval(alertScript, keys.length, ...keys, ...args);
  }
  const results = await pipeline.exec();
  assert(results !== null, 'pipeline answered');
  assert(results.length === publishes.length + alerts.length, 'one reply per command');
  let emitted = 0;
  results.forEach(([error, reply], index) => {
    if (error !== null) throw error;
    if (index < publishes.length) return;
    assert(reply === 0 || reply === 1, 'alert script returns 0 or 1');
    emitted += reply;
  });
  return emitted;
}
