/**
 * The event producer against a real Redis: entry layout (binary Avro in `e`), validation codes,
 * the OVERLOADED bound, approximate trimming, and refusal after close.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { Code } from '../../src/shared/index.js';
import { createEventProducer, decodeEntry } from '../../src/risk-stream/index.js';
import { connect, deletePrefix, makeEvent, quitAll, uniquePrefix } from './helpers.js';

const opened: Redis[] = [];
const prefixes: string[] = [];

afterEach(async () => {
  const cleaner = opened[0];
  if (cleaner !== undefined)
    for (const prefix of prefixes.splice(0)) await deletePrefix(cleaner, prefix);
  await quitAll(opened);
});

function setup(options: { maxLen?: number; queueMax?: number } = {}) {
  const prefix = uniquePrefix();
  prefixes.push(prefix);
  const redis = connect(opened);
  const stream = `${prefix}risk:events`;
  const producer = createEventProducer({ redis, stream, ...options });
  return { redis, stream, producer };
}

describe('createEventProducer', () => {
  it('writes one entry per event: sid as text, e as Avro bytes, in publish order', async () => {
    const { redis, stream, producer } = setup();
    const events = [makeEvent({ accountId: 'a' }), makeEvent({ accountId: 'b' })];
    for (const event of events) expect(producer.publish(event)).toBe(Code.OK);
    await producer.flush();
    const entries = await redis.xrangeBuffer(stream, '-', '+');
    expect(entries).toHaveLength(2);
    entries.forEach(([, fields], index) => {
      expect(fields[0]?.toString()).toBe('sid');
      expect(fields[1]?.toString()).toBe('2');
      expect(fields[2]?.toString()).toBe('e');
      expect(decodeEntry(fields)).toEqual([{ code: Code.OK, event: events[index] }]);
    });
    expect(producer.pending()).toBe(0);
    expect(producer.rejected()).toBe(0);
  });

  it('encodes at publish time: mutating the event afterwards changes nothing', async () => {
    const { redis, stream, producer } = setup();
    const event = makeEvent({ accountId: 'before' });
    producer.publish(event);
    event.accountId = 'after';
    await producer.flush();
    const [[, fields] = ['', []]] = await redis.xrangeBuffer(stream, '-', '+');
    expect(decodeEntry(fields)[0]?.event?.accountId).toBe('before');
  });

  it('answers validation codes and enqueues nothing for invalid events', async () => {
    const { redis, stream, producer } = setup();
    expect(producer.publish(makeEvent({ eventId: '' }))).toBe(Code.INVALID_FIELD);
    expect(producer.publish(makeEvent({ amountFen: -1 }))).toBe(Code.AMOUNT_MUST_BE_POSITIVE);
    expect(producer.publish(makeEvent({ marketId: 'nope' }))).toBe(Code.UNKNOWN_MARKET);
    expect(producer.pending()).toBe(0);
    await producer.flush();
    expect(await redis.exists(stream)).toBe(0);
  });

  it('answers OVERLOADED when its bound is full, and accepts again once drained', async () => {
    const { redis, stream, producer } = setup({ queueMax: 3 });
    // publish is synchronous and the drain waits for the next tick, so the queue fills here.
    const codes = Array.from({ length: 5 }, () => producer.publish(makeEvent()));
    expect(codes).toEqual([Code.OK, Code.OK, Code.OK, Code.OVERLOADED, Code.OVERLOADED]);
    expect(producer.pending()).toBe(3);
    await producer.flush();
    expect(producer.pending()).toBe(0);
    expect(producer.publish(makeEvent())).toBe(Code.OK);
    await producer.flush();
    expect(await redis.xlen(stream)).toBe(4);
  });

  it('trims the stream approximately to maxLen', async () => {
    const { redis, stream, producer } = setup({ maxLen: 10 });
    for (let i = 0; i < 1_000; i += 1) producer.publish(makeEvent());
    await producer.flush();
    const length = await redis.xlen(stream);
    // MAXLEN ~ trims whole radix-tree nodes (100 entries by default), so it may keep a few more.
    expect(length).toBeGreaterThanOrEqual(10);
    expect(length).toBeLessThan(1_000);
  });

  it('refuses events after close, having flushed what it held', async () => {
    const { redis, stream, producer } = setup();
    producer.publish(makeEvent());
    await producer.close();
    expect(await redis.xlen(stream)).toBe(1);
    expect(producer.publish(makeEvent())).toBe(Code.SERVICE_UNAVAILABLE);
  });
});
