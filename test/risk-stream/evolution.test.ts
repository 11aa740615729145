/**
 * Schema evolution: v2 adds `cardId` and `profileField` with defaults. Bytes written by a v1
 * producer decode in the v2 consumer with the defaults filled in; bytes written by the v2
 * producer decode in a v1 consumer (simulated with avsc's resolver, as an old deployment would
 * read them), which skips the new fields.
 */
import avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { Code } from '../../src/shared/index.js';
import {
  currentEventSchemaId,
  decodeEntry,
  decodeEvent,
  encodeEvent,
  entryFields,
  eventSchemaOf,
} from '../../src/risk-stream/index.js';
import { makeEvent } from './helpers.js';

function typeOf(id: number): avro.Type {
  const schema = eventSchemaOf(id);
  if (schema === undefined) throw new Error(`schema ${id} missing`);
  return avro.Type.forSchema(schema);
}

describe('schema evolution v1 <-> v2', () => {
  const v1 = typeOf(1);
  const v2 = typeOf(2);

  it('an old (v1) producer is read by the new consumer with defaults', () => {
    const {
      cardId: _card,
      profileField: _field,
      ...old
    } = makeEvent({ kind: 'deposit', amountFen: 100 });
    const bytes = v1.toBuffer(old);
    expect(decodeEvent(1, bytes)).toEqual({
      code: Code.OK,
      event: { ...old, cardId: '', profileField: '' },
    });
    expect(decodeEntry(entryFields(1, bytes).map((f) => Buffer.from(f)))[0]?.code).toBe(Code.OK);
  });

  it('a new (v2) producer is read by an old (v1) consumer, which skips the new fields', () => {
    const event = makeEvent({ kind: 'profile_change', cardId: 'card-9', profileField: 'card' });
    const bytes = encodeEvent(event);
    expect(currentEventSchemaId).toBe(2);
    const oldReader = v1.createResolver(v2);
    const read = v1.fromBuffer(bytes, oldReader) as Record<string, unknown>;
    const { cardId: _card, profileField: _field, ...v1Fields } = event;
    expect(read).toEqual(v1Fields);
    expect(decodeEvent(2, bytes)).toEqual({ code: Code.OK, event });
  });

  it('v1 bytes read as v2 without the resolver are malformed, not misread', () => {
    const { cardId: _card, profileField: _field, ...old } = makeEvent();
    const bytes = v1.toBuffer(old);
    expect(decodeEvent(2, bytes).code).toBe(Code.EVENT_MALFORMED);
  });
});
