/**
 * The Avro event codec and the stream entry layout: round trips (table and property based) and
 * every way decoding can fail, which must answer a code and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Code } from '../../src/shared/index.js';
import {
  avroLongMax,
  currentEventSchemaId,
  decodeEntry,
  decodeEvent,
  encodeEvent,
  entryFields,
  eventKinds,
  eventSchemas,
  validateEvent,
  type BehaviourEvent,
} from '../../src/risk-stream/index.js';
import { makeEvent } from './helpers.js';

/** Appends an Avro long (zig-zag varint) to `bytes`, to build hand-made bad payloads. */
function avroLong(value: bigint): number[] {
  let n = value >= 0n ? value << 1n : (-value << 1n) - 1n;
  const out: number[] = [];
  while (n >= 0x80n) {
    out.push(Number((n & 0x7fn) | 0x80n));
    n >>= 7n;
  }
  out.push(Number(n));
  return out;
}

function avroString(text: string): number[] {
  const bytes = [...Buffer.from(text, 'utf8')];
  return [...avroLong(BigInt(bytes.length)), ...bytes];
}

/** A v1 record built by hand so single fields can be made invalid. */
function handMade(kindIndex: bigint, amountFen: bigint, timeMs: bigint, eventId = 'e-1'): Buffer {
  return Buffer.from([
    ...avroString(eventId),
    ...avroLong(kindIndex),
    ...avroString('a'),
    ...avroString('d'),
    ...avroString(''),
    ...avroLong(amountFen),
    ...avroString(''),
    ...avroLong(timeMs),
  ]);
}

describe('schema registry', () => {
  it('registers lending.risk.BehaviourEvent v1 and v2 and writes with v2', () => {
    expect(currentEventSchemaId).toBe(2);
    expect(eventSchemas()).toEqual([
      { id: 1, name: 'lending.risk.BehaviourEvent', version: 1 },
      { id: 2, name: 'lending.risk.BehaviourEvent', version: 2 },
    ]);
  });
});

describe('encodeEvent / decodeEvent', () => {
  it.each(eventKinds.map((kind) => [kind]))('round-trips a %s event', (kind) => {
    const event = makeEvent({ kind, amountFen: 12_345, marketId: '36M:B', ip: '' });
    expect(decodeEvent(currentEventSchemaId, encodeEvent(event))).toEqual({ code: Code.OK, event });
  });

  it('round-trips edge values: empty optional strings, zero and maximal amounts and times', () => {
    const events: BehaviourEvent[] = [
      makeEvent({ accountId: '', deviceId: '', ip: '', amountFen: 0, timeMs: 0 }),
      makeEvent({ amountFen: 1_000_000_000_000, timeMs: avroLongMax }),
      makeEvent({ accountId: '账户-甲', deviceId: 'x'.repeat(128) }),
    ];
    for (const event of events) {
      expect(decodeEvent(currentEventSchemaId, encodeEvent(event))).toEqual({
        code: Code.OK,
        event,
      });
    }
  });

  it('round-trips any valid event (property)', () => {
    const text = fc.string({ maxLength: 128 });
    const arbitraryEvent = fc.record({
      eventId: fc.stringMatching(/^[\x21-\x7e]{1,64}$/),
      kind: fc.constantFrom(...eventKinds),
      accountId: text,
      deviceId: text,
      ip: text,
      amountFen: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000_000_000 })),
      marketId: fc.constantFrom('', '12M:A', '36M:G'),
      timeMs: fc.integer({ min: 0, max: avroLongMax }),
      cardId: text,
      profileField: fc.constantFrom('', 'phone', 'card'),
    });
    fc.assert(
      fc.property(arbitraryEvent, (event) => {
        expect(validateEvent(event)).toBe(Code.OK);
        expect(decodeEvent(currentEventSchemaId, encodeEvent(event))).toEqual({
          code: Code.OK,
          event,
        });
      }),
    );
  });

  it('copies: the decoded event is a plain object', () => {
    const decoded = decodeEvent(currentEventSchemaId, encodeEvent(makeEvent()));
    expect(Object.getPrototypeOf(decoded.event)).toBe(Object.prototype);
  });
});

describe('decodeEvent failures', () => {
  const good = encodeEvent(makeEvent());

  it.each([[0], [3], [-1], [1.5], [Number.NaN], [2 ** 53]])(
    'schema id %s -> EVENT_SCHEMA_UNKNOWN',
    (schemaId) => {
      expect(decodeEvent(schemaId, good)).toEqual({ code: Code.EVENT_SCHEMA_UNKNOWN });
    },
  );

  const malformedCases: [string, Buffer][] = [
    ['empty', Buffer.alloc(0)],
    ['truncated', good.subarray(0, good.length - 1)],
    ['trailing byte', Buffer.concat([good, Buffer.from([0])])],
    ['random bytes', Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])],
    ['string length beyond the buffer', Buffer.from([...avroLong(1000n), 0x41])],
    ['negative string length', Buffer.from([...avroLong(-3n), 0x41])],
    ['enum index out of range', handMade(12n, 0n, 1n)],
    ['negative enum index', handMade(-1n, 0n, 1n)],
    ['long beyond 2^53', handMade(1n, 0n, 2n ** 60n)],
    ['long of 2^53 - 1 (avsc calls it unsafe)', handMade(1n, 0n, 2n ** 53n - 1n)],
    ['negative amount', handMade(1n, -5n, 1n)],
    ['amount above the limit', handMade(1n, 1_000_000_000_001n, 1n)],
    ['negative time', handMade(1n, 0n, -1n)],
    ['empty event id', handMade(1n, 0n, 1n, '')],
    ['event id with a space', handMade(1n, 0n, 1n, 'a b')],
    ['larger than eventBytesMax', Buffer.alloc(5000, 0x02)],
  ];

  it.each(malformedCases)('%s -> EVENT_MALFORMED', (_name, bytes) => {
    expect(decodeEvent(1, bytes)).toEqual({ code: Code.EVENT_MALFORMED });
  });

  it('a hand-made valid record decodes (the bad cases above differ only in one field)', () => {
    expect(decodeEvent(1, handMade(1n, 0n, 1n)).code).toBe(Code.OK);
  });

  it('non-buffer input -> EVENT_MALFORMED', () => {
    // @ts-expect-error: a string where bytes belong, as an untyped caller might pass
    expect(decodeEvent(1, 'not bytes')).toEqual({ code: Code.EVENT_MALFORMED });
  });

  it('never throws on random bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer(), (bytes, schemaId) => {
        const result = decodeEvent(schemaId, bytes);
        expect([Code.OK, Code.EVENT_MALFORMED, Code.EVENT_SCHEMA_UNKNOWN]).toContain(result.code);
      }),
    );
  });
});

describe('validateEvent', () => {
  const cases: [string, Partial<BehaviourEvent>, number][] = [
    ['valid', {}, Code.OK],
    ['empty event id', { eventId: '' }, Code.INVALID_FIELD],
    ['event id too long', { eventId: 'x'.repeat(65) }, Code.INVALID_FIELD],
    // @ts-expect-error: unknown kind at runtime
    ['unknown kind', { kind: 'teleport' }, Code.INVALID_FIELD],
    ['device id too long', { deviceId: 'd'.repeat(129) }, Code.INVALID_FIELD],
    // @ts-expect-error: a number where a string belongs
    ['ip not a string', { ip: 7 }, Code.INVALID_FIELD],
    ['bad market', { marketId: '36M:Z' }, Code.UNKNOWN_MARKET],
    ['fractional amount', { amountFen: 1.5 }, Code.AMOUNT_NOT_SAFE_INTEGER],
    ['negative amount', { amountFen: -1 }, Code.AMOUNT_MUST_BE_POSITIVE],
    ['fractional time', { timeMs: 1.5 }, Code.INVALID_FIELD],
    ['negative time', { timeMs: -1 }, Code.INVALID_FIELD],
    // avsc cannot write 2^53 - 1 as a long, so validation stops one below it.
    ['time beyond avsc longs', { timeMs: Number.MAX_SAFE_INTEGER }, Code.INVALID_FIELD],
  ];
  it.each(cases)('%s', (_name, overrides, code) => {
    expect(validateEvent(makeEvent(overrides))).toBe(code);
  });
});

describe('stream entry layout', () => {
  const bytes = encodeEvent(makeEvent());
  const asBuffers = (fields: (string | Buffer)[]): Buffer[] =>
    fields.map((field) => (typeof field === 'string' ? Buffer.from(field) : field));

  it('decodes what entryFields wrote', () => {
    const results = decodeEntry(asBuffers(entryFields(currentEventSchemaId, bytes)));
    expect(results).toHaveLength(1);
    expect(results[0]?.code).toBe(Code.OK);
  });

  it('accepts fields in any order and ignores unknown ones (room for later layouts)', () => {
    const fields = asBuffers(['x', 'y', 'e', bytes, 'sid', '2']);
    expect(decodeEntry(fields)[0]?.code).toBe(Code.OK);
  });

  it.each<[string, (string | Buffer)[], number]>([
    ['no sid', ['e', bytes], Code.EVENT_MALFORMED],
    ['no e', ['sid', '1'], Code.EVENT_MALFORMED],
    ['odd field count', ['sid', '1', 'e', bytes, 'x'], Code.EVENT_MALFORMED],
    ['sid not a number', ['sid', 'one', 'e', bytes], Code.EVENT_SCHEMA_UNKNOWN],
    ['sid with a sign', ['sid', '+1', 'e', bytes], Code.EVENT_SCHEMA_UNKNOWN],
    ['unknown sid', ['sid', '7', 'e', bytes], Code.EVENT_SCHEMA_UNKNOWN],
    ['garbage bytes', ['sid', '1', 'e', 'garbage'], Code.EVENT_MALFORMED],
  ])('%s', (_name, fields, code) => {
    expect(decodeEntry(asBuffers(fields))).toEqual([{ code }]);
  });
});
