/**
 * Behaviour events as Avro records, with a registry of versioned writer schemas.
 *
 * Goal: producers and consumers deploy independently, so every encoded event travels with the
 * id of the schema that wrote it, and a consumer decodes any registered writer schema into the
 * one reader shape (`BehaviourEvent`) its code understands.
 *
 * Method: the registry maps a schema id to an avsc Type built from the writer schema. Decoding
 * with the current reader schema's id uses the type directly; an older (or newer) writer goes
 * through an avsc resolver (`reader.createResolver(writer)`), which fills defaulted fields and
 * skips unknown ones. To add v2 with a defaulted field: add its schema under id 2, point
 * `currentEventSchemaId` at it, and extend `BehaviourEvent` and `toBehaviourEvent`.
 * Bad input never throws: it answers `EVENT_SCHEMA_UNKNOWN` or `EVENT_MALFORMED`.
 */
import avro from 'avsc';
import {
  Code,
  assert,
  checkAmountFen,
  isValidId,
  isValidMarketId,
  type ResultCode,
} from '../shared/index.js';

export const eventKinds = [
  'registration',
  'login',
  'login_failed',
  'device_change',
  'profile_change',
  'deposit',
  'withdrawal',
  'lend_order_placed',
  'lend_order_cancelled',
  'loan_application',
  'repayment',
  'repayment_missed',
] as const;

export type EventKind = (typeof eventKinds)[number];

/** The reader shape: what consumer code sees whatever schema wrote the bytes. */
export interface BehaviourEvent {
  eventId: string;
  kind: EventKind;
  /** May be "" when the event has no account (e.g. a failed login for an unknown user). */
  accountId: string;
  deviceId: string;
  ip: string;
  /** Integer fen; 0 when the event carries no amount. */
  amountFen: number;
  /** A market id like `36M:B`, or "" when the event is not about a market. */
  marketId: string;
  timeMs: number;
  /**
   * Schema v2: the bank card (a token, never the number) of a deposit, withdrawal or card
   * change; "" when none. Optional so v1-era callers still compile; encoded as "" when absent.
   */
  cardId?: string;
  /** Schema v2: what a profile_change changed ('phone', 'card', ...); "" otherwise. */
  profileField?: string;
}

export type DecodeEventResult =
  | { code: typeof Code.OK; event: BehaviourEvent }
  | { code: typeof Code.EVENT_SCHEMA_UNKNOWN | typeof Code.EVENT_MALFORMED; event?: undefined };

/** Longest free-text field (account, device, ip); longer values are rejected, not truncated. */
export const eventStringCharsMax = 128;
/**
 * Largest `long` avsc writes or reads without its Long option: 2^53 - 2, one below
 * Number.MAX_SAFE_INTEGER (avsc rejects MAX_SAFE_INTEGER itself as "potential precision loss").
 */
export const avroLongMax = 9_007_199_254_740_990;
/** Largest encoded event accepted by the decoder; a v1 event is far below it. */
export const eventBytesMax = 4096;

const schemaV1 = {
  type: 'record',
  name: 'BehaviourEvent',
  namespace: 'lending.risk',
  doc: 'A user action the risk stream scores. Version 1.',
  fields: [
    { name: 'eventId', type: 'string' },
    {
      name: 'kind',
      type: { type: 'enum', name: 'BehaviourEventKind', symbols: [...eventKinds] },
    },
    { name: 'accountId', type: 'string' },
    { name: 'deviceId', type: 'string' },
    { name: 'ip', type: 'string' },
    { name: 'amountFen', type: 'long' },
    { name: 'marketId', type: 'string' },
    { name: 'timeMs', type: 'long' },
  ],
} as const;

/**
 * Version 2 adds two strings with defaults, so a v2 reader fills them when reading v1 bytes
 * and a v1 reader skips them when reading v2 bytes (avsc resolvers; tested both ways).
 */
const schemaV2 = {
  ...schemaV1,
  doc: 'A user action the risk stream scores. Version 2: bank card and profile field.',
  fields: [
    ...schemaV1.fields,
    { name: 'cardId', type: 'string', default: '' },
    { name: 'profileField', type: 'string', default: '' },
  ],
} as const;

interface SchemaEntry {
  readonly id: number;
  readonly name: string;
  readonly version: number;
  readonly type: avro.Type;
  /** Present when the writer differs from the reader schema. */
  readonly resolver: avro.Resolver | undefined;
}

/** Writer schemas by id. Ids are never reused: bytes on the stream outlive deployments. */
const writerSchemas: ReadonlyMap<number, { version: number; schema: avro.Schema }> = new Map([
  [1, { version: 1, schema: schemaV1 as unknown as avro.Schema }],
  [2, { version: 2, schema: schemaV2 as unknown as avro.Schema }],
]);

/** The writer schema registered under `id` (for tools and evolution tests). */
export function eventSchemaOf(id: number): avro.Schema | undefined {
  return writerSchemas.get(id)?.schema;
}

/** The schema this code writes and reads into. */
export const currentEventSchemaId = 2;

function buildRegistry(): ReadonlyMap<number, SchemaEntry> {
  const reader = writerSchemas.get(currentEventSchemaId);
  assert(reader !== undefined, 'current event schema is registered');
  const readerType = avro.Type.forSchema(reader.schema);
  const registry = new Map<number, SchemaEntry>();
  for (const [id, { version, schema }] of writerSchemas) {
    const type = id === currentEventSchemaId ? readerType : avro.Type.forSchema(schema);
    const resolver = id === currentEventSchemaId ? undefined : readerType.createResolver(type);
    registry.set(id, { id, name: type.name ?? 'anonymous', version, type, resolver });
  }
  return registry;
}

const registry = buildRegistry();
const currentEntry = registry.get(currentEventSchemaId);
assert(currentEntry !== undefined, 'current event schema entry exists');
const readerType = currentEntry.type;

/** Registered schema ids with their full names and versions (for diagnostics and tests). */
export function eventSchemas(): { id: number; name: string; version: number }[] {
  return [...registry.values()].map(({ id, name, version }) => ({ id, name, version }));
}

const kindSet: ReadonlySet<string> = new Set(eventKinds);

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && kindSet.has(value);
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= eventStringCharsMax;
}

/**
 * Validates an event at the boundary, in precedence order: id, kind, free-text fields, market,
 * amount, time. Returns the first failure.
 */
export function validateEvent(event: BehaviourEvent): ResultCode {
  if (!isValidId(event.eventId)) return Code.INVALID_FIELD;
  if (!isEventKind(event.kind)) return Code.INVALID_FIELD;
  if (!isShortString(event.accountId)) return Code.INVALID_FIELD;
  if (!isShortString(event.deviceId)) return Code.INVALID_FIELD;
  if (!isShortString(event.ip)) return Code.INVALID_FIELD;
  if (event.cardId !== undefined && !isShortString(event.cardId)) return Code.INVALID_FIELD;
  if (event.profileField !== undefined && !isShortString(event.profileField)) {
    return Code.INVALID_FIELD;
  }
  if (typeof event.marketId !== 'string') return Code.INVALID_FIELD;
  if (event.marketId !== '' && !isValidMarketId(event.marketId)) return Code.UNKNOWN_MARKET;
  if (event.amountFen !== 0) {
    const amountCode = checkAmountFen(event.amountFen);
    if (amountCode !== Code.OK) return amountCode;
  }
  const { timeMs } = event;
  if (!Number.isSafeInteger(timeMs) || timeMs < 0 || timeMs > avroLongMax) {
    return Code.INVALID_FIELD;
  }
  return Code.OK;
}

/** Encodes with the current schema. The caller validates first: a bad event is a bug here. */
export function encodeEvent(event: BehaviourEvent): Buffer {
  assert(validateEvent(event) === Code.OK, 'encodeEvent needs a validated event');
  // Copy into a fresh plain object so extra properties on the caller's object are not encoded
  // (avsc ignores them, but this keeps the object handed to avsc monomorphic).
  const bytes = readerType.toBuffer(toPlainEvent(event));
  assert(bytes.length <= eventBytesMax, 'a valid event fits the decoder bound');
  return bytes;
}

function toPlainEvent(event: BehaviourEvent): BehaviourEvent {
  return {
    eventId: event.eventId,
    kind: event.kind,
    accountId: event.accountId,
    deviceId: event.deviceId,
    ip: event.ip,
    amountFen: event.amountFen,
    marketId: event.marketId,
    timeMs: event.timeMs,
    cardId: event.cardId ?? '',
    profileField: event.profileField ?? '',
  };
}

/** Reads a decoded avsc record (typed `any` by avsc) into the reader shape, checking types. */
function toBehaviourEvent(value: unknown): BehaviourEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const { eventId, kind, accountId, deviceId, ip, amountFen, marketId, timeMs } = record;
  if (typeof eventId !== 'string' || !isEventKind(kind)) return undefined;
  if (typeof accountId !== 'string' || typeof deviceId !== 'string') return undefined;
  if (typeof ip !== 'string' || typeof marketId !== 'string') return undefined;
  if (typeof amountFen !== 'number' || typeof timeMs !== 'number') return undefined;
  const { cardId, profileField } = record;
  if (typeof cardId !== 'string' || typeof profileField !== 'string') return undefined;
  return {
    eventId,
    kind,
    accountId,
    deviceId,
    ip,
    amountFen,
    marketId,
    timeMs,
    cardId,
    profileField,
  };
}

const malformed = { code: Code.EVENT_MALFORMED } as const;

/** True when avsc's record has every field of the reader shape with the right type. */
function isEventRecord(value: unknown): value is BehaviourEvent {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r['eventId'] === 'string' &&
    isEventKind(r['kind']) &&
    typeof r['accountId'] === 'string' &&
    typeof r['deviceId'] === 'string' &&
    typeof r['ip'] === 'string' &&
    typeof r['marketId'] === 'string' &&
    typeof r['amountFen'] === 'number' &&
    typeof r['timeMs'] === 'number' &&
    typeof r['cardId'] === 'string' &&
    typeof r['profileField'] === 'string'
  );
}

/**
 * The consumer's hot path: decodes the event written with `schemaId` at `bytes[start, end)`
 * without slicing the buffer or copying the record, and returns undefined for anything
 * `decodeEvent` calls malformed or of an unknown schema (same checks, same trust).
 */
export function decodeEventAt(
  schemaId: number,
  bytes: Buffer,
  start: number,
  end: number,
): BehaviourEvent | undefined {
  const entry = registry.get(schemaId);
  if (entry === undefined || end - start > eventBytesMax || end > bytes.length) return undefined;
  let decoded: { value: unknown; offset: number };
  try {
    decoded =
      entry.resolver === undefined
        ? entry.type.decode(bytes, start)
        : readerType.decode(bytes, start, entry.resolver);
  } catch {
    return undefined;
  }
  // offset -1: truncated; beyond `end`: it read into the next event; short of it: trailing data.
  if (decoded.offset !== end) return undefined;
  const { value } = decoded;
  if (!isEventRecord(value) || validateEvent(value) !== Code.OK) return undefined;
  return value;
}

/** Decodes bytes written with `schemaId`. Never throws on bad input. */
export function decodeEvent(schemaId: number, bytes: Uint8Array): DecodeEventResult {
  const entry = Number.isSafeInteger(schemaId) ? registry.get(schemaId) : undefined;
  if (entry === undefined) return { code: Code.EVENT_SCHEMA_UNKNOWN };
  if (!(bytes instanceof Uint8Array) || bytes.length > eventBytesMax) return malformed;
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let value: unknown;
  try {
    // avsc throws on truncated buffers, trailing bytes, bad enum indexes and longs beyond 2^53.
    value =
      entry.resolver === undefined
        ? entry.type.fromBuffer(buffer)
        : readerType.fromBuffer(buffer, entry.resolver);
  } catch {
    return malformed;
  }
  const event = toBehaviourEvent(value);
  // Bytes that decode but break our own rules (bad id, negative time) are malformed too: the
  // consumer must be able to trust a decoded event as much as a published one.
  if (event === undefined || validateEvent(event) !== Code.OK) return malformed;
  return { code: Code.OK, event };
}
