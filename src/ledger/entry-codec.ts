/**
 * The journal's fixed binary layout and the canonical bytes that are hashed.
 *
 * Goal: a byte layout that is cheap to write on the hot path, cheap to verify in bulk, and has
 * exactly one encoding per entry, so the hash chain proves both order and content.
 *
 * Method: all integers are little-endian.
 *
 *   file   = header, record*
 *   header = 8 bytes magic "P2PLEDG1", u32 version (1), u32 header size (48),
 *            32 zero bytes (the genesis prevHash)                              -> 48 bytes
 *   record = u32 bodyBytes, body, 32-byte hash
 *   body   = u64 seq, u8 kind, i64 amountFen (never negative here), then three strings
 *            id, ref1, ref2, each a u16 length and that many ASCII bytes      -> 23 + id bytes
 *            and, for kinds 6 and up only, u32 argBytes and that many argument bytes, laid
 *            out per kind as in commands.ts (u8/u16 integers, i64 as two u32 halves, strings
 *            as u16 length + ASCII)
 *   hash   = sha256(prevHash || u32 bodyBytes || body)
 *
 * prevHash is the hash of the previous record, or the 32 zero bytes for the first record. Because
 * a record's hash is the last thing before the next record, and the header ends with the genesis
 * zeros, the hashed bytes `prevHash || u32 bodyBytes || body` are always one contiguous slice of
 * the file (and of a write buffer that starts with the previous hash): hashing needs no copy.
 * Each record's check needs only the stored previous hash, so bulk verification could also be
 * split across threads later.
 *
 * u64 and i64 are written as two u32 halves (low first) because every value is a safe integer
 * and a BigInt per entry would cost an allocation. What the strings mean depends on the kind:
 *
 *   kind              id          ref1      ref2        amountFen
 *   1 deposit         transferId  userId    ''          deposited
 *   2 hold            holdId      userId    ''          held
 *   3 heldToEscrow    transferId  holdId    trancheId   moved
 *   4 releaseHold     transferId  holdId    ''          released (may be 0)
 *   5 disburse        transferId  trancheId borrowerId  disbursed
 *   6 withdraw        transferId  userId    ''          withdrawn (available -> custody bank)
 *   7 platformDeposit transferId  ''        ''          paid in (operating bank -> operating)
 *   8 linked          groupId     ''        ''          sum of legs; args: u16 n, n x (debit
 *                                                       key, credit key, i64 amountFen)
 *   9 originate       transferId  trancheId borrowerId  principal; args: the origination
 *  10 repay           transferId  loanId    ''          offered; args: i64 nowMs
 *  11 compensate      transferId  loanId    ''          paid by the reserve; args: i64 nowMs
 *  12 tick            transferId  ''        ''          0; args: i64 nowMs
 */
import crypto from 'node:crypto';
import { assert, limits } from '../shared/index.js';

export const EntryKind = {
  deposit: 1,
  hold: 2,
  heldToEscrow: 3,
  releaseHold: 4,
  disburse: 5,
  withdraw: 6,
  platformDeposit: 7,
  linked: 8,
  originate: 9,
  repay: 10,
  compensate: 11,
  tick: 12,
  /** Part of an open hold back to available; the hold stays open (a reduced lend order). */
  releasePart: 13,
} as const;
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind];

const entryKindMax = 13;
/** Kinds from this one on carry an argument section. */
export const firstKindWithArgs = 6;
const emptyArgs = new Uint8Array(0);

export const hashBytes = 32;
export const lengthBytes = 4;
const magic = 'P2PLEDG1';
const journalVersion = 1;
export const fileHeaderBytes = magic.length + 4 + 4 + hashBytes;

/** seq (8) + kind (1) + amountFen (8) + three u16 string lengths (6). */
export const bodyFixedBytes = 8 + 1 + 8 + 3 * 2;
export const bodyBytesMin = bodyFixedBytes + 1;
export const bodyBytesMax = bodyFixedBytes + 3 * limits.idCharsMax + 4 + limits.journalArgBytesMax;
export const recordBytesMax = lengthBytes + bodyBytesMax + hashBytes;
/** The largest record of the five argument-free kinds, the common case. */
export const simpleRecordBytesMax =
  lengthBytes + bodyFixedBytes + 3 * limits.idCharsMax + hashBytes;

assert(fileHeaderBytes === 48, 'journal file header is 48 bytes');
assert(bodyFixedBytes === 23, 'journal body fixed part is 23 bytes');
assert(simpleRecordBytesMax === 251, 'a simple journal record is at most 251 bytes');
assert(limits.idCharsMax < 0x10000, 'ids fit a u16 length');

const twoPow32 = 0x1_0000_0000;

/** One decoded entry. A single instance is reused while scanning, so nothing is allocated. */
export class EntryFields {
  seq = 0;
  kind: EntryKind = EntryKind.deposit;
  amountFen = 0;
  id = '';
  ref1 = '';
  ref2 = '';
  /** Argument bytes (kinds 6 and up); a view, valid only until the next record is read. */
  args: Uint8Array = emptyArgs;
}

/**
 * sha256 of a slice. `crypto.hash` (Node >= 20.12) is a one-shot call about 1.5x faster than a
 * Hash object; older Node 20 falls back to createHash.
 */
const oneShotHash = (crypto as { hash?: typeof crypto.hash }).hash;
export function sha256(data: Uint8Array): Buffer {
  if (oneShotHash !== undefined) return oneShotHash('sha256', data, 'buffer');
  return crypto.createHash('sha256').update(data).digest();
}

export function writeFileHeader(target: Buffer): void {
  assert(target.length >= fileHeaderBytes, 'header target too small');
  target.write(magic, 0, 'latin1');
  target.writeUInt32LE(journalVersion, 8);
  target.writeUInt32LE(fileHeaderBytes, 12);
  target.fill(0, 16, fileHeaderBytes);
}

/** Returns undefined when `bytes` is a valid header, or the reason it is not. */
export function checkFileHeader(bytes: Buffer): string | undefined {
  const expected = Buffer.alloc(fileHeaderBytes);
  writeFileHeader(expected);
  if (bytes.length < fileHeaderBytes) return 'file header is incomplete';
  if (expected.compare(bytes, 0, fileHeaderBytes) !== 0) return 'not a ledger journal (header)';
  return undefined;
}

/** Whether `bytes` (shorter than a header) could be the start of a header torn by a crash. */
export function isHeaderPrefix(bytes: Buffer): boolean {
  const expected = Buffer.alloc(fileHeaderBytes);
  writeFileHeader(expected);
  return (
    bytes.length < fileHeaderBytes &&
    expected.compare(bytes, 0, bytes.length, 0, bytes.length) === 0
  );
}

export function bodyBytesOf(fields: EntryFields): number {
  const strings = fields.id.length + fields.ref1.length + fields.ref2.length;
  const args = fields.kind >= firstKindWithArgs ? 4 + fields.args.length : 0;
  return bodyFixedBytes + strings + args;
}

/**
 * Encodes one record at `offset`; the 32 bytes before `offset` must hold the previous hash.
 * Returns the offset after the record. The fields were validated by the posting core; the
 * assertions here are the "before append" half of the pair (the scan on open is the other).
 */
export function encodeRecord(target: Buffer, offset: number, fields: EntryFields): number {
  const at = encodeUnhashed(target, offset, fields);
  const hash = sha256(target.subarray(offset - hashBytes, at));
  hash.copy(target, at);
  return at + hashBytes;
}

/**
 * Encodes one record at `offset` leaving its 32-byte hash slot to be filled later, for a whole
 * run of records at once (Sha256Runs.chain). Returns the offset of the hash slot.
 */
export function encodeUnhashed(target: Buffer, offset: number, fields: EntryFields): number {
  assert(offset >= hashBytes, 'a record needs the previous hash before it');
  assert(Number.isSafeInteger(fields.seq) && fields.seq > 0, 'seq is a positive safe integer');
  assert(Number.isSafeInteger(fields.amountFen) && fields.amountFen >= 0, 'amount is >= 0');
  const bodyBytes = bodyBytesOf(fields);
  assert(bodyBytes >= bodyBytesMin && bodyBytes <= bodyBytesMax, 'body size within bounds');
  assert(offset + lengthBytes + bodyBytes + hashBytes <= target.length, 'record fits');
  target.writeUInt32LE(bodyBytes, offset);
  let at = offset + lengthBytes;
  at = writeU64(target, at, fields.seq);
  target[at] = fields.kind;
  at = writeU64(target, at + 1, fields.amountFen);
  at = writeString(target, at, fields.id);
  at = writeString(target, at, fields.ref1);
  at = writeString(target, at, fields.ref2);
  if (fields.kind >= firstKindWithArgs) {
    assert(fields.args.length <= limits.journalArgBytesMax, 'arguments within limit');
    target.writeUInt32LE(fields.args.length, at);
    target.set(fields.args, at + 4);
    at += 4 + fields.args.length;
  } else {
    assert(fields.args.length === 0, 'only kinds 6 and up carry arguments');
  }
  assert(at === offset + lengthBytes + bodyBytes, 'body size matches its encoding');
  return at;
}

/** Byte stores rather than writeUInt32LE: its range checks cost more than the stores here. */
function writeU64(target: Buffer, at: number, value: number): number {
  const low = value % twoPow32;
  const high = Math.floor(value / twoPow32);
  target[at] = low & 0xff;
  target[at + 1] = (low >>> 8) & 0xff;
  target[at + 2] = (low >>> 16) & 0xff;
  target[at + 3] = low >>> 24;
  target[at + 4] = high & 0xff;
  target[at + 5] = (high >>> 8) & 0xff;
  target[at + 6] = (high >>> 16) & 0xff;
  target[at + 7] = high >>> 24;
  return at + 8;
}

/**
 * A u16 length and the id's bytes. A loop rather than `Buffer.write`: ids are at most 64 ASCII
 * characters, and for strings this short the native call costs more than the copy.
 */
function writeString(target: Buffer, at: number, value: string): number {
  const length = value.length;
  assert(length <= limits.idCharsMax, 'id length within limit');
  target[at] = length & 0xff;
  target[at + 1] = length >>> 8;
  const start = at + 2;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0xff) assert(false, 'ids are one byte per character');
    target[start + i] = code;
  }
  return start + length;
}

/**
 * Whether the hash stored after the body at `bodyEnd` equals sha256 of the bytes from
 * `recordStart - 32` (the previous hash) to `bodyEnd`.
 */
export function recordHashMatches(source: Buffer, recordStart: number, bodyEnd: number): boolean {
  const hash = sha256(source.subarray(recordStart - hashBytes, bodyEnd));
  return hash.compare(source, bodyEnd, bodyEnd + hashBytes) === 0;
}

/**
 * Decodes the body starting at `at` with `bodyBytes` bytes into `into`. Returns undefined on
 * success or the reason the body is malformed (the hash was valid, so this is not a torn write).
 */
export function decodeBody(
  source: Buffer,
  at: number,
  bodyBytes: number,
  into: EntryFields,
): string | undefined {
  const end = at + bodyBytes;
  if (bodyBytes < bodyFixedBytes) return 'body is shorter than its fixed part';
  into.seq = readU64(source, at);
  const kind = source[at + 8] ?? 0;
  if (kind < 1 || kind > entryKindMax) return `unknown entry kind ${kind}`;
  into.kind = kind as EntryKind;
  into.amountFen = readU64(source, at + 9);
  // Three strings, decoded without an intermediate array: this runs once per entry on replay.
  const idStart = at + 17;
  const ref1Start = stringEnd(source, idStart, end);
  if (ref1Start < 0) return 'id runs past the end of the body';
  const ref2Start = stringEnd(source, ref1Start, end);
  if (ref2Start < 0) return 'ref1 runs past the end of the body';
  const stringsEnd = stringEnd(source, ref2Start, end);
  if (stringsEnd < 0) return 'ref2 runs past the end of the body';
  let argsEnd = stringsEnd;
  into.args = emptyArgs;
  if (kind >= firstKindWithArgs) {
    if (stringsEnd + 4 > end) return 'argument length runs past the end of the body';
    argsEnd = stringsEnd + 4 + source.readUInt32LE(stringsEnd);
    if (argsEnd > end) return 'arguments run past the end of the body';
    into.args = source.subarray(stringsEnd + 4, argsEnd);
  }
  if (argsEnd !== end) return 'body has trailing bytes';
  // One native call for the three strings (with their length fields), then substrings: a
  // call to Buffer#toString costs more than the few bytes it decodes.
  const text = source.toString('latin1', idStart, stringsEnd);
  into.id = text.substring(2, ref1Start - idStart);
  into.ref1 = text.substring(ref1Start + 2 - idStart, ref2Start - idStart);
  into.ref2 = text.substring(ref2Start + 2 - idStart, stringsEnd - idStart);
  return undefined;
}

/** The offset after the length-prefixed string at `at`, or -1 if it runs past `end`. */
function stringEnd(source: Buffer, at: number, end: number): number {
  if (at + 2 > end) return -1;
  const after = at + 2 + source.readUInt16LE(at);
  return after > end ? -1 : after;
}

/** The caller checked that the 8 bytes are within the body. */
function readU64(source: Buffer, at: number): number {
  return readU32(source, at + 4) * twoPow32 + readU32(source, at);
}

function readU32(source: Buffer, at: number): number {
  const low = (source[at] ?? 0) | ((source[at + 1] ?? 0) << 8) | ((source[at + 2] ?? 0) << 16);
  return low + (source[at + 3] ?? 0) * 0x100_0000;
}
