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

/**
 * A batch's effects and its acknowledgement in one round trip: freezes published, alerts
 * stored as alertScript does, then XACK of the batch's entries. Redis stops a script at the
 * first failing call, so the XACK runs only after every effect before it was stored, as the
 * consumer's contract asks; a failure leaves the entries pending, to be handled again
 * (idempotently). KEYS: event stream, alert stream, one dedupe key per alert. ARGV: group,
 * alert MAXLEN, alert channel, publish count, alert count, (channel, message) per publish,
 * (alert id, dedupe ms, encoded alert) per alert, then the entry ids.
 */
const storeAndAckScript = `
local at = 6
for i = 1, tonumber(ARGV[4]) do
  redis.call('PUBLISH', ARGV[at], ARGV[at + 1])
  at = at + 2
end
local emitted = 0
for i = 1, tonumber(ARGV[5]) do
  if redis.call('SET', KEYS[2 + i], ARGV[at], 'NX', 'PX', ARGV[at + 1]) then
    redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', 'alert', ARGV[at + 2])
    redis.call('PUBLISH', ARGV[3], ARGV[at + 2])
    emitted = emitted + 1
  end
  at = at + 3
end
if at <= #ARGV then
  redis.call('XACK', KEYS[1], ARGV[1], unpack(ARGV, at))
end
return emitted
`;

/** Entries a batch acknowledges at most: Lua's unpack takes a few thousand arguments. */
export const storeAndAckIdsMax = 4096;

export interface AckTarget {
  stream: string;
  group: string;
}

/** Stores a batch's publishes and alerts, then acknowledges `ids`; returns alerts emitted. */
export async function storeAndAck(
  redis: Redis,
  target: AlertTarget,
  effects: { alerts: readonly PendingAlert[]; publishes: readonly Publish[] },
  acked: AckTarget,
  ids: readonly string[],
): Promise<number> {
  const { alerts, publishes } = effects;
  assert(ids.length <= storeAndAckIdsMax, 'ids within what one script call unpacks');
  if (alerts.length === 0 && publishes.length === 0 && ids.length === 0) return 0;
  const keys = [acked.stream, target.alertStream, ...alerts.map((a) => a.dedupeKey)];
  const args: (string | number | Buffer)[] = [acked.group, target.maxLen, target.alertChannel];
  args.push(publishes.length, alerts.length);
  for (const { channel, message } of publishes) args.push(channel, message);
  for (const { dedupeMs, alert } of alerts) args.push(alert.alertId, dedupeMs, encodeAlert(alert));
  for (const id of ids) args.push(id);
  const reply = await redis.eval(storeAndAckScript, keys.length, ...keys, ...args);
  assert(typeof reply === 'number' && reply >= 0 && reply <= alerts.length, 'alerts emitted');
  return reply;
}

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
): Promise<number> {
  if (alerts.length === 0) return 0;
  const pipeline = redis.pipeline();
  for (const { dedupeKey, dedupeMs, alert } of alerts) {
    const keys = [dedupeKey, target.alertStream];
    const args = [alert.alertId, dedupeMs, target.maxLen, encodeAlert(alert), target.alertChannel];
    pipeline.eval(alertScript, keys.length, ...keys, ...args);
  }
  const results = await pipeline.exec();
  assert(results !== null && results.length === alerts.length, 'one reply per alert');
  let emitted = 0;
  for (const [error, reply] of results) {
    if (error !== null) throw error;
    assert(reply === 0 || reply === 1, 'alert script returns 0 or 1');
    emitted += reply;
  }
  return emitted;
}
