/**
 * A strict wire-type check that runs before decoding. Generated protobufjs decoders trust the
 * wire type of a known field: a client that sends `amount_fen` as a fixed64 double gets its bytes
 * read as a varint, and a wrong but plausible amount could slip through. This pass walks the
 * frame against the schema (from the JSON descriptor generated beside the code) and refuses any
 * known field whose wire type does not match; unknown fields are skipped, as proto3 requires.
 */
import protobuf from 'protobufjs/minimal.js';
import descriptor from '../gen/proto/lending.json' with { type: 'json' };

interface FieldRule {
  wireType: number;
  /** Packed encoding (wire type 2) is also valid for repeated numeric fields. */
  packable: boolean;
  message: MessageRule | undefined;
}
type MessageRule = Map<number, FieldRule>;

interface JsonField {
  id: number;
  type: string;
  rule?: string;
  keyType?: string;
}
interface JsonNode {
  fields?: Record<string, JsonField>;
  values?: Record<string, number>;
  nested?: Record<string, JsonNode>;
}

const scalarWireTypes: Readonly<Record<string, number>> = {
  int32: 0,
  int64: 0,
  uint32: 0,
  uint64: 0,
  sint32: 0,
  sint64: 0,
  bool: 0,
  fixed64: 1,
  sfixed64: 1,
  double: 1,
  string: 2,
  bytes: 2,
  fixed32: 5,
  sfixed32: 5,
  float: 5,
};

function v1Types(): Record<string, JsonNode> {
  const root = descriptor as JsonNode;
  const nested = root.nested?.['lending']?.nested?.['v1']?.nested;
  if (nested === undefined) throw new Error('lending.json has no lending.v1 package');
  return nested;
}

function buildRule(
  name: string,
  types: Record<string, JsonNode>,
  cache: Map<string, MessageRule>,
): MessageRule {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const rule: MessageRule = new Map();
  cache.set(name, rule);
  const fields = types[name]?.fields ?? {};
  for (const field of Object.values(fields)) rule.set(field.id, fieldRule(field, types, cache));
  return rule;
}

function fieldRule(
  field: JsonField,
  types: Record<string, JsonNode>,
  cache: Map<string, MessageRule>,
): FieldRule {
  if (field.keyType !== undefined) {
    const entry: MessageRule = new Map([
      [1, { wireType: scalarWireTypes[field.keyType] ?? 2, packable: false, message: undefined }],
      [2, { wireType: scalarWireTypes[field.type] ?? 2, packable: false, message: undefined }],
    ]);
    return { wireType: 2, packable: false, message: entry };
  }
  const scalar = scalarWireTypes[field.type];
  const repeated = field.rule === 'repeated';
  if (scalar !== undefined)
    return { wireType: scalar, packable: repeated && scalar !== 2, message: undefined };
  const target = types[field.type];
  if (target?.values !== undefined) return { wireType: 0, packable: repeated, message: undefined };
  return { wireType: 2, packable: false, message: buildRule(field.type, types, cache) };
}

const clientFrameRule = buildRule('ClientFrame', v1Types(), new Map());
const nestingMax = 16;

/** True when every known field in the frame has the wire type its schema declares. */
export function wireTypesValid(bytes: Uint8Array): boolean {
  try {
    return checkMessage(protobuf.Reader.create(bytes), bytes.length, clientFrameRule, 0);
  } catch {
    return false;
  }
}

function checkMessage(
  reader: protobuf.Reader,
  end: number,
  rule: MessageRule,
  depth: number,
): boolean {
  if (depth > nestingMax) return false;
  while (reader.pos < end) {
    const tag = reader.uint32();
    const fieldNumber = tag >>> 3;
    const wireType = tag & 7;
    const field = rule.get(fieldNumber);
    if (field === undefined) {
      reader.skipType(wireType);
      continue;
    }
    if (field.message !== undefined && wireType === 2) {
      const length = reader.uint32();
      const innerEnd = reader.pos + length;
      if (innerEnd > end) return false;
      if (!checkMessage(reader, innerEnd, field.message, depth + 1)) return false;
      continue;
    }
    if (wireType !== field.wireType && !(field.packable && wireType === 2)) return false;
    reader.skipType(wireType);
  }
  return reader.pos === end;
}
