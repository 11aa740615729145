/**
 * The layout of one Redis stream entry carrying behaviour events, shared by producer and
 * consumer so the two cannot drift apart.
 *
 * Layout v1: `sid <schema id as decimal text> e <Avro bytes of one event>`. Field names are
 * short because they are stored in every entry.
 *
 * Packed layout (for throughput; DESIGN.md section 8: one XADD per event caps near 60-90 k/s):
 * `sid <id> n <count> e <count x (4-byte big-endian length, Avro bytes)>`. Each event keeps its
 * own event id, so handling stays idempotent per event; the entry is acknowledged once all of
 * its events' effects are stored, so at-least-once holds per event too. A packed entry whose
 * framing does not add up yields one EVENT_MALFORMED (it is poison as a whole).
 */
import { Code, assert } from '../shared/index.js';
import {
  decodeEvent,
  decodeEventAt,
  type BehaviourEvent,
  type DecodeEventResult,
} from './events.js';

export const entryFieldSchemaId = 'sid';
export const entryFieldEvent = 'e';
export const entryFieldCount = 'n';
/** Events packed into one entry at most (bounded like every batch). */
export const packedEventsMax = 4096;

/** Arguments after `XADD key [MAXLEN ~ n] *` for several encoded events in one entry. */
export function packedEntryFields(
  schemaId: number,
  events: readonly Buffer[],
): [string, string, string, string, string, Buffer] {
  assert(events.length > 0 && events.length <= packedEventsMax, 'pack size within bounds');
  let size = 0;
  for (const bytes of events) size += 4 + bytes.length;
  const packed = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const bytes of events) {
    packed.writeUInt32BE(bytes.length, offset);
    bytes.copy(packed, offset + 4);
    offset += 4 + bytes.length;
  }
  const count = String(events.length);
  return [entryFieldSchemaId, String(schemaId), entryFieldCount, count, entryFieldEvent, packed];
}

const countPattern = /^[1-9][0-9]{0,5}$/;

function unpack(schemaId: number, countText: string, packed: Buffer): DecodeEventResult[] {
  if (!countPattern.test(countText)) return [{ code: Code.EVENT_MALFORMED }];
  const count = Number(countText);
  if (count > packedEventsMax) return [{ code: Code.EVENT_MALFORMED }];
  const results: DecodeEventResult[] = [];
  let offset = 0;
  for (let i = 0; i < count; i += 1) {
    if (offset + 4 > packed.length) return [{ code: Code.EVENT_MALFORMED }];
    const length = packed.readUInt32BE(offset);
    if (offset + 4 + length > packed.length) return [{ code: Code.EVENT_MALFORMED }];
    results.push(decodeEvent(schemaId, packed.subarray(offset + 4, offset + 4 + length)));
    offset += 4 + length;
  }
  return offset === packed.length ? results : [{ code: Code.EVENT_MALFORMED }];
}

/** Arguments after `XADD key [MAXLEN ~ n] *` for one encoded event. */
export function entryFields(schemaId: number, bytes: Buffer): [string, string, string, Buffer] {
  return [entryFieldSchemaId, String(schemaId), entryFieldEvent, bytes];
}

const schemaIdPattern = /^[1-9][0-9]{0,8}$/;

/**
 * Decodes the flat field list of an entry (`[name, value, name, value, ...]`, as Buffers).
 * A missing or unparsable field yields one `EVENT_MALFORMED` result; never throws.
 */
export function decodeEntry(fields: readonly Buffer[]): DecodeEventResult[] {
  let schemaIdText: string | undefined;
  let bytes: Buffer | undefined;
  let countText: string | undefined;
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const name = fields[i]?.toString('latin1');
    const value = fields[i + 1];
    if (name === entryFieldSchemaId) schemaIdText = value?.toString('latin1');
    if (name === entryFieldEvent) bytes = value;
    if (name === entryFieldCount) countText = value?.toString('latin1');
  }
  if (schemaIdText === undefined || bytes === undefined || fields.length % 2 !== 0) {
    return [{ code: Code.EVENT_MALFORMED }];
  }
  if (!schemaIdPattern.test(schemaIdText)) return [{ code: Code.EVENT_SCHEMA_UNKNOWN }];
  if (countText !== undefined) return unpack(Number(schemaIdText), countText, bytes);
  return [decodeEvent(Number(schemaIdText), bytes)];
}

/**
 * The consumer's form of `decodeEntry`: appends the entry's good events to `out` and returns
 * how many were poison (malformed or of an unknown schema), with the same rules, but no result
 * object, buffer slice or record copy per event (together about 5 % of a consumer thread).
 */
export function decodeEntryInto(fields: readonly Buffer[], out: BehaviourEvent[]): number {
  let schemaIdText: string | undefined;
  let bytes: Buffer | undefined;
  let countText: string | undefined;
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const name = fields[i]?.toString('latin1');
    const value = fields[i + 1];
    if (name === entryFieldSchemaId) schemaIdText = value?.toString('latin1');
    if (name === entryFieldEvent) bytes = value;
    if (name === entryFieldCount) countText = value?.toString('latin1');
  }
  if (schemaIdText === undefined || bytes === undefined || fields.length % 2 !== 0) return 1;
  if (!schemaIdPattern.test(schemaIdText)) return 1;
  const schemaId = Number(schemaIdText);
  if (countText === undefined) {
    const event = decodeEventAt(schemaId, bytes, 0, bytes.length);
    if (event === undefined) return 1;
    out.push(event);
    return 0;
  }
  return unpackInto(schemaId, countText, bytes, out);
}

/** Packed events into `out`; a framing error makes the whole entry one poison, as in unpack. */
function unpackInto(schemaId: number, countText: string, packed: Buffer, out: BehaviourEvent[]) {
  if (!countPattern.test(countText)) return 1;
  const count = Number(countText);
  if (count > packedEventsMax) return 1;
  const first = out.length;
  let poisoned = 0;
  let offset = 0;
  let framed = 0;
  for (; framed < count; framed += 1) {
    const length = offset + 4 <= packed.length ? packed.readUInt32BE(offset) : -1;
    if (length < 0 || offset + 4 + length > packed.length) break;
    const event = decodeEventAt(schemaId, packed, offset + 4, offset + 4 + length);
    if (event === undefined) poisoned += 1;
    else out.push(event);
    offset += 4 + length;
  }
  if (framed === count && offset === packed.length) return poisoned;
  out.length = first;
  return 1;
}
