/**
 * The consumer's hot path gives the answers of the plain path: `decodeEntryInto` against
 * `decodeEntry` on good and broken entries, `SeenDecisions` against the decisions it was
 * given (and its bound), and the engine's per-account cache of shared entities against an
 * eviction that must drop the entity's history.
 */
import { describe, expect, it } from 'vitest';
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
import { makeEvent } from './helpers.js';

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
