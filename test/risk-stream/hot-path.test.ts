/**
 * The consumer's hot path gives the answers of the plain path: `decodeEntryInto` against
 * `decodeEntry` on good and broken entries, `SeenDecisions` against the decisions it was
 * given (and its bound), the engine's per-account cache of shared entities against an
 * eviction that must drop the entity's history, and `storeAndAck` (effects and XACK in one
 * script) acknowledging only once every effect is stored (real Redis).
 */
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { Code } from '../../src/shared/index.js';
import {
  currentEventSchemaId,
  decodeEntry,
  decodeEntryInto,
  defaultFraudConfig,
  encodeEvent,
  engineBounds,
  entryFields,
  FraudEngine,
  packedEntryFields,
  SeenDecisions,
  type BehaviourEvent,
  type FraudDecision,
} from '../../src/risk-stream/index.js';
import { storeAndAck } from '../../src/risk-stream/features.js';
import { ensureGroup, readGroup } from '../../src/risk-stream/stream-io.js';
import { connect, deletePrefix, makeEvent, quitAll, uniquePrefix } from './helpers.js';

function asBuffers(fields: readonly (string | Buffer)[]): Buffer[] {
  return fields.map((field) => (Buffer.isBuffer(field) ? field : Buffer.from(field, 'latin1')));
}

function packed(events: readonly Buffer[], count = events.length): Buffer[] {
  const fields = asBuffers(packedEntryFields(currentEventSchemaId, events));
  fields[3] = Buffer.from(String(count), 'latin1');
  return fields;
}

const events = [1, 2, 3].map((i) => makeEvent({ eventId: `e-${i}`, accountId: `a-${i}` }));
const encoded = events.map(encodeEvent);
const withPacked = (packedBytes: Buffer): Buffer[] => {
  const fields = packed(encoded);
  fields[5] = packedBytes;
  return fields;
};
const whole = Buffer.concat(packed(encoded).slice(5));
const badId = encodeEvent(makeEvent({ eventId: 'e-4' }));
// The id's first character (after its length byte) made a space: decodes, fails validation.
badId[1] = 0x20;

const entries: [string, Buffer[]][] = [
  ['one event, plain layout', asBuffers(entryFields(currentEventSchemaId, encoded[0] ?? badId))],
  ['packed', packed(encoded)],
  ['packed, one event invalid', packed([...encoded, badId])],
  ['count larger than the events, framing exact', packed(encoded, 4)],
  ['count smaller than the events', packed(encoded, 2)],
  ['trailing bytes', withPacked(Buffer.concat([whole, Buffer.from([1])]))],
  ['truncated', withPacked(whole.subarray(0, whole.length - 3))],
  ['length past the end', withPacked(Buffer.from([0, 0, 0, 9, 1]))],
  ['unknown schema', asBuffers(['sid', '99', 'e', encoded[0] ?? badId])],
  ['bad schema id', asBuffers(['sid', 'x1', 'e', encoded[0] ?? badId])],
  ['missing event field', asBuffers(['sid', '2'])],
  ['odd field list', asBuffers(['sid', '2', 'e', encoded[0] ?? badId, 'n'])],
];

describe('decodeEntryInto', () => {
  it.each(entries)('%s: same events and poison as decodeEntry', (_name, fields) => {
    const plain = decodeEntry(fields);
    const expected: BehaviourEvent[] = [];
    for (const result of plain) if (result.code === Code.OK) expected.push(result.event);
    const out: BehaviourEvent[] = [makeEvent({ eventId: 'already-there' })];
    const poisoned = decodeEntryInto(fields, out);
    expect(poisoned).toBe(plain.length - expected.length);
    expect(out.slice(1).map((event) => ({ ...event }))).toEqual(expected);
    expect(out[0]?.eventId).toBe('already-there');
  });
});

describe('SeenDecisions', () => {
  const engine = new FraudEngine();
  const decided = Array.from({ length: 6 }, (_, i) =>
    engine.apply(
      makeEvent({
        eventId: `s-${i}`,
        kind: 'deposit',
        amountFen: i === 2 ? 6_000_000 : 100 + i,
        timeMs: 1_700_000_000_000 + i,
      }),
      defaultFraudConfig,
    ),
  );
  const empty = { hits: [], reports: [] };

  it('gives back every decision it holds, hits and reports included', () => {
    const seen = new SeenDecisions(8, empty);
    for (const decision of decided) seen.add(decision);
    expect(decided.some((decision) => decision.reports.length > 0)).toBe(true);
    for (const decision of decided) expect(seen.get(decision.eventId)).toEqual(decision);
    expect(seen.get('never')).toBeUndefined();
    // The event's device and IP travel with the decision (the risk_events row needs them).
    expect(seen.get('s-0')).toMatchObject({ deviceId: 'device-1', ip: '203.0.113.7' });
  });

  it('forgets the oldest first, at its capacity', () => {
    const seen = new SeenDecisions(4, empty);
    for (const decision of decided) seen.add(decision);
    expect(seen.size).toBe(4);
    const kept = decided.map((decision) => seen.has(decision.eventId));
    expect(kept).toEqual([false, false, true, true, true, true]);
    const third = decided[2] as FraudDecision;
    expect(seen.get(third.eventId)).toEqual(third);
  });
});

describe('shared entities cached per account', () => {
  it('an evicted device starts over, as a fresh lookup would', () => {
    const saved = engineBounds.entitiesMax;
    engineBounds.entitiesMax = 2;
    try {
      const engine = new FraudEngine();
      let t = 1_700_000_000_000;
      const on = (accountId: string, deviceId: string): number =>
        engine.apply(
          makeEvent({ accountId, deviceId, ip: '', timeMs: (t += 1) }),
          defaultFraudConfig,
        ).features.accountsOnDevice;
      expect(on('a', 'd1')).toBe(1);
      expect(on('x', 'd1')).toBe(2);
      on('b', 'd2');
      on('c', 'd3'); // d1, the oldest device, is evicted here
      expect(on('a', 'd1')).toBe(1);
      expect(on('x', 'd1')).toBe(2);
    } finally {
      engineBounds.entitiesMax = saved;
    }
  });
});

describe('storeAndAck', () => {
  const opened: Redis[] = [];
  const prefixes: string[] = [];
  afterEach(async () => {
    const redis = opened[0];
    if (redis !== undefined)
      for (const prefix of prefixes.splice(0)) await deletePrefix(redis, prefix);
    await quitAll(opened);
  });

  async function pendingBatch(redis: Redis, prefix: string) {
    const target = { stream: `${prefix}events`, group: 'g', consumer: 'c' };
    await ensureGroup(redis, target.stream, target.group);
    for (let i = 0; i < 3; i += 1) await redis.xadd(target.stream, '*', 'n', String(i));
    const entries = await readGroup(redis, target, '>', 10, 0);
    return { target, ids: entries.map((entry) => entry.id) };
  }

  const alert = (prefix: string) => ({
    dedupeKey: `${prefix}alert:k`,
    dedupeMs: 60_000,
    alert: {
      alertId: 'fraud@1:e-1',
      ruleId: 'large_transaction',
      ruleVersion: 1,
      level: 'block' as const,
      accountId: 'a-1',
      summary: 'large',
      features: {},
      eventIds: ['e-1'],
      timeMs: 1_700_000_000_000,
    },
  });

  it('stores the effects, then acknowledges; an alert is emitted once', async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const redis = connect(opened);
    const { target, ids } = await pendingBatch(redis, prefix);
    const alerts = { alertStream: `${prefix}alerts`, alertChannel: `${prefix}ch`, maxLen: 100 };
    const publishes = [{ channel: `${prefix}freeze`, message: '{}' }];
    const effects = { alerts: [alert(prefix)], publishes };
    expect(await storeAndAck(redis, alerts, effects, target, ids)).toBe(1);
    expect(await redis.xlen(alerts.alertStream)).toBe(1);
    expect(await redis.xpending(target.stream, target.group)).toEqual([0, null, null, null]);
    expect(await storeAndAck(redis, alerts, effects, target, ids)).toBe(0);
  });

  it('acknowledges nothing when an effect fails', async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const redis = connect(opened);
    const { target, ids } = await pendingBatch(redis, prefix);
    // The alert stream's key holds a string: XADD fails inside the script, before the XACK.
    const alerts = { alertStream: `${prefix}alerts`, alertChannel: `${prefix}ch`, maxLen: 100 };
    await redis.set(alerts.alertStream, 'not a stream');
    const effects = { alerts: [alert(prefix)], publishes: [] };
    await expect(storeAndAck(redis, alerts, effects, target, ids)).rejects.toThrow(/WRONGTYPE/);
    const pending = await redis.xpending(target.stream, target.group);
    expect(pending[0]).toBe(3);
  });
});
