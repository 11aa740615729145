/**
 * Shared helpers for risk-stream tests: the Redis URL, a unique key prefix per test (so files
 * run in parallel against one Redis), event builders, and polling for asynchronous effects.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { BehaviourEvent } from '../../src/risk-stream/index.js';

export const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:16399';

export function uniquePrefix(): string {
  return `test:${randomUUID()}:`;
}

/** A connection that the test must quit; collected by `quitAll`. */
export function connect(opened: Redis[]): Redis {
  const redis = new Redis(redisUrl);
  opened.push(redis);
  return redis;
}

export async function quitAll(opened: Redis[]): Promise<void> {
  await Promise.all(opened.splice(0).map((redis) => redis.quit()));
}

/** Deletes every key under `prefix` so the shared Redis does not fill up across runs. */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
}

export function makeEvent(overrides: Partial<BehaviourEvent> = {}): BehaviourEvent {
  return {
    eventId: randomUUID(),
    kind: 'login',
    accountId: 'acct-1',
    deviceId: 'device-1',
    ip: '203.0.113.7',
    amountFen: 0,
    marketId: '',
    timeMs: 1_700_000_000_000,
    cardId: '',
    profileField: '',
    ...overrides,
  };
}

export function login(accountId: string, deviceId: string, timeMs: number): BehaviourEvent {
  return makeEvent({ accountId, deviceId, timeMs });
}

/** Polls `condition` until it holds or `timeoutMs` passes (then fails with `what`). */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
