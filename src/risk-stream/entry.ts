/**
 * The layout of one Redis stream entry carrying behaviour events, shared by producer and
 * consumer so the two cannot drift apart.
 *
 * Layout v1: `sid <schema id as decimal text> e <Avro bytes of one event>`. Field names are
 * short because they are stored in every entry. The decoder returns a list of results so a later
 * layout that packs many events into one entry (for throughput; see DESIGN.md section 8) only
 * adds a field (e.g. `n <count>` with length-prefixed events in `e`) without changing callers.
 */
import { Code } from '../shared/index.js';
import { decodeEvent, type DecodeEventResult } from './events.js';

export const entryFieldSchemaId = 'sid';
export const entryFieldEvent = 'e';

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
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const name = fields[i]?.toString('latin1');
    const value = fields[i + 1];
    if (name === entryFieldSchemaId) schemaIdText = value?.toString('latin1');
    if (name === entryFieldEvent) bytes = value;
  }
  if (schemaIdText === undefined || bytes === undefined || fields.length % 2 !== 0) {
    return [{ code: Code.EVENT_MALFORMED }];
  }
  if (!schemaIdPattern.test(schemaIdText)) return [{ code: Code.EVENT_SCHEMA_UNKNOWN }];
  return [decodeEvent(Number(schemaIdText), bytes)];
}
