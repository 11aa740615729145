/**
 * Partitioned event streams against a real Redis: every event of one account lands in one
 * partition (so one consumer holds that account's windows), in publish order, and a risk stream
 * with several partitions decides every event exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { Code, systemClock } from '../../src/shared/index.js';
import {
  createEventProducer,
  createRiskStream,
  decodeEntry,
  defaultFraudConfig,
  FraudEngine,
  partitionOf,
  partitionStream,
  type FraudDecision,
} from '../../src/risk-stream/index.js';
import {
  connect,
  deletePrefix,
  makeEvent,
  quitAll,
  redisUrl,
  uniquePrefix,
  waitFor,
} from './helpers.js';

const opened: Redis[] = [];
const prefixes: string[] = [];

afterEach(async () => {
  const cleaner = opened[0];
  if (cleaner !== undefined)
    for (const prefix of prefixes.splice(0)) await deletePrefix(cleaner, prefix);
  await quitAll(opened);
});

describe('partitionOf', () => {
  it('is stable, within range, and spreads accounts over every partition', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i += 1) {
      const partition = partitionOf(`acct-${i}`, 4);
      expect(partition).toBe(partitionOf(`acct-${i}`, 4));
      expect(partition).toBeGreaterThanOrEqual(0);
      expect(partition).toBeLessThan(4);
      seen.add(partition);
    }
    expect(seen.size).toBe(4);
    expect(partitionOf('anything', 1)).toBe(0);
    expect(partitionStream('s', 1, 0)).toBe('s');
    expect(partitionStream('s', 3, 2)).toBe('s:p2');
  });
});

describe('partitioned producer', () => {
  it("puts all of an account's events in its partition, in publish order", async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const redis = connect(opened);
    const stream = `${prefix}risk:events`;
    const producer = createEventProducer({ redis, stream, partitions: 3, packMax: 8 });
    const events = Array.from({ length: 60 }, (_, i) =>
      makeEvent({ accountId: `acct-${i % 6}`, timeMs: 1_700_000_000_000 + i }),
    );
    for (const event of events) expect(producer.publish(event)).toBe(Code.OK);
    await producer.flush();
    for (let partition = 0; partition < 3; partition += 1) {
      const entries = await redis.xrangeBuffer(partitionStream(stream, 3, partition), '-', '+');
      const read = entries.flatMap(([, fields]) => decodeEntry(fields).map((r) => r.event));
      const expected = events.filter((event) => partitionOf(event.accountId, 3) === partition);
      expect(read).toEqual(expected);
    }
    expect(await redis.exists(stream)).toBe(0);
  });
});

describe('createRiskStream with partitions', () => {
  it('decides every event once, each partition in its own consumer', async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    connect(opened);
    const decisions: FraudDecision[] = [];
    const engine = new FraudEngine();
    const risk = createRiskStream({
      redisUrl,
      prefix,
      consumers: 2,
      partitions: 2,
      packMax: 16,
      clock: systemClock,
      deviceRule: false,
      fraud: {
        engine,
        config: () => defaultFraudConfig,
        onDecision: (decision) => decisions.push(decision),
      },
    });
    await risk.start();
    const events = Array.from({ length: 200 }, (_, i) =>
      makeEvent({ accountId: `acct-${i % 10}`, timeMs: 1_700_000_000_000 + i * 10 }),
    );
    for (const event of events) expect(risk.producer.publish(event)).toBe(Code.OK);
    await waitFor('all decided', () => decisions.length >= events.length, 10_000);
    await risk.stop();
    expect(new Set(decisions.map((d) => d.eventId)).size).toBe(events.length);
    // One consumer per partition, each deciding exactly its partition's share of the events.
    const perConsumer = risk.metrics().map((m) => m.decisions.approve + m.decisions.review);
    const blocks = risk.metrics().map((m) => m.decisions.block);
    const expected = [0, 1].map(
      (p) => events.filter((event) => partitionOf(event.accountId, 2) === p).length,
    );
    expect(perConsumer.map((n, i) => n + (blocks[i] ?? 0))).toEqual(expected);
    expect(risk.processed()).toBe(events.length);
  });
});
