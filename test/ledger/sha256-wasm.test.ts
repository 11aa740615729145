/**
 * The generated SHA-256 module against node:crypto: every message length across the padding
 * boundaries, random contents, and the record walks the writer (chain) and the verifier (check)
 * use, including where check stops when a byte is changed.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EntryFields, EntryKind, encodeRecord } from '../../src/ledger/entry-codec.js';
import { Sha256Runs } from '../../src/ledger/sha256-wasm.js';
import { seededRandom } from './helpers.js';

function nodeSha256(data: Uint8Array): Buffer {
  return crypto.createHash('sha256').update(data).digest();
}

/** `count` records encoded with node:crypto hashes after a random previous hash. */
function sampleRun(count: number, seed: number): { bytes: Buffer; ends: number[] } {
  const random = seededRandom(seed);
  const bytes = Buffer.alloc(32 + count * 400);
  crypto.randomFillSync(bytes, 0, 32);
  const entry = new EntryFields();
  const ends: number[] = [];
  let at = 32;
  for (let index = 0; index < count; index++) {
    entry.seq = index + 1;
    entry.kind = EntryKind.heldToEscrow;
    entry.amountFen = Math.floor(random() * 1e12);
    entry.id = 't'.repeat(1 + Math.floor(random() * 64));
    entry.ref1 = `h${index}`;
    entry.ref2 = 'x'.repeat(Math.floor(random() * 64));
    at = encodeRecord(bytes, at, entry);
    ends.push(at);
  }
  return { bytes: bytes.subarray(0, at), ends };
}

describe('sha256 module', () => {
  const runs = new Sha256Runs();

  it('matches node:crypto for every length from 0 to 300 bytes', () => {
    for (let length = 0; length <= 300; length++) {
      const data = crypto.randomBytes(length);
      expect(runs.digest(data).toString('hex')).toBe(nodeSha256(data).toString('hex'));
    }
  });

  it('matches the FIPS 180-4 example and a long message', () => {
    const abc = runs.digest(Buffer.from('abc')).toString('hex');
    expect(abc).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const long = crypto.randomBytes(3 * 1024 * 1024 + 7);
    expect(runs.digest(long).equals(nodeSha256(long))).toBe(true);
  });

  it('fills the hash slots of a run exactly as encodeRecord does', () => {
    const { bytes, ends } = sampleRun(500, 1);
    const blanked = Buffer.from(bytes);
    for (const end of ends) blanked.fill(0, end - 32, end);
    expect(runs.chain(blanked, 32, blanked.length)).toBe(500);
    expect(blanked.equals(bytes)).toBe(true);
  });

  it('checks a run and stops at the first record with a changed byte', () => {
    const { bytes, ends } = sampleRun(300, 2);
    expect(runs.check(bytes, 32, bytes.length)).toEqual({ records: 300, endAt: bytes.length });
    const random = seededRandom(3);
    for (let trial = 0; trial < 50; trial++) {
      const changed = Buffer.from(bytes);
      const offset = 36 + Math.floor(random() * (bytes.length - 36));
      changed[offset] = (changed[offset] ?? 0) ^ (1 + Math.floor(random() * 255));
      // The record holding the byte (length, body or stored hash) is the first that fails; a
      // changed length field may instead make it run past the end, which stops there too.
      const firstBad = ends.findIndex((end) => offset < end);
      const result = runs.check(changed, 32, changed.length);
      expect(result.records).toBe(firstBad);
      expect(result.endAt).toBe(firstBad === 0 ? 32 : ends[firstBad - 1]);
    }
  });

  it('stops before a record cut off at the end of the range', () => {
    const { bytes, ends } = sampleRun(10, 4);
    const cut = (ends[8] ?? 0) + 20;
    expect(runs.check(bytes, 32, cut)).toEqual({ records: 9, endAt: ends[8] });
  });

  // check hashes two-block records four at a time (one per SIMD lane) and longer ones alone.
  it('checks every size of a last group of lanes, and a change in any lane', () => {
    for (let count = 1; count <= 9; count++) {
      const { bytes, ends } = sampleRun(count, 10 + count);
      expect(runs.check(bytes, 32, bytes.length)).toEqual({ records: count, endAt: bytes.length });
      for (let bad = 0; bad < count; bad++) {
        const changed = Buffer.from(bytes);
        const hashAt = (ends[bad] ?? 0) - 1;
        changed[hashAt] = (changed[hashAt] ?? 0) ^ 1;
        const endAt = bad === 0 ? 32 : ends[bad - 1];
        expect(runs.check(changed, 32, changed.length)).toEqual({ records: bad, endAt });
      }
    }
  });

  it('checks records of every body size from the smallest to three blocks', () => {
    const bytes = Buffer.alloc(32 + 200 * 400);
    const entry = new EntryFields();
    let at = 32;
    for (let index = 0; index < 200; index++) {
      entry.seq = index + 1;
      entry.kind = EntryKind.deposit;
      entry.amountFen = index;
      entry.id = 'i'.repeat(1 + (index % 64));
      entry.ref1 = 'u'.repeat(Math.floor(index / 64));
      at = encodeRecord(bytes, at, entry);
    }
    expect(runs.check(bytes, 32, at)).toEqual({ records: 200, endAt: at });
  });

  it('checks runs of only two-block records, as the plain transfers make', () => {
    const bytes = Buffer.alloc(32 + 1_000 * 120);
    const entry = new EntryFields();
    let at = 32;
    for (let index = 0; index < 1_000; index++) {
      entry.seq = index + 1;
      entry.kind = EntryKind.deposit;
      entry.amountFen = 1 + index;
      entry.id = `dep-${index}`;
      entry.ref1 = `user-${index % 7}`;
      at = encodeRecord(bytes, at, entry);
    }
    const run = bytes.subarray(0, at);
    expect(runs.check(run, 32, at)).toEqual({ records: 1_000, endAt: at });
    const changed = Buffer.from(run);
    changed[at - 40] = (changed[at - 40] ?? 0) ^ 0x10;
    expect(runs.check(changed, 32, at).records).toBe(999);
  });
});
