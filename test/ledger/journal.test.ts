/**
 * The journal on disk: reopening replays to the same state and head hash, torn tails are cut
 * off and the ledger keeps working, corruption in the middle is named by entry index, and the
 * binary codec round-trips and is sensitive to every byte.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openLedger, verifyJournal, type Ledger } from '../../src/ledger/index.js';
import {
  EntryFields,
  EntryKind,
  decodeBody,
  encodeRecord,
  fileHeaderBytes,
  recordHashMatches,
  writeFileHeader,
} from '../../src/ledger/entry-codec.js';
import { Code, limits } from '../../src/shared/index.js';
import {
  flipByte,
  headerBytes,
  type RecordSpan,
  journalPath,
  recordSpans,
  seededRandom,
  tempDir,
} from './helpers.js';

/** Ten entries of every kind, flushed and closed. */
async function writeSample(dir: string): Promise<{ hash: string; alice: number; bob: number }> {
  const ledger = await openLedger({ dir, durability: 'fsync' });
  applySample(ledger);
  await ledger.flush();
  const state = {
    hash: ledger.headHash(),
    alice: ledger.userBalances('alice').availableFen,
    bob: ledger.userBalances('bob').availableFen,
  };
  expect(ledger.entryCount()).toBe(10);
  await ledger.close();
  return state;
}

function applySample(ledger: Ledger): void {
  expect(ledger.deposit('d1', 'alice', 10_000).code).toBe(Code.OK);
  expect(ledger.deposit('d2', 'bob', 500).code).toBe(Code.OK);
  expect(ledger.hold('h1', 'alice', 4_000)).toBe(Code.OK);
  expect(ledger.hold('h2', 'bob', 300)).toBe(Code.OK);
  expect(ledger.transferHeldToEscrow('e1', 'h1', 'T1', 2_500)).toBe(Code.OK);
  expect(ledger.transferHeldToEscrow('e2', 'h2', 'T1', 300)).toBe(Code.OK);
  expect(ledger.releaseHold('r1', 'h1').releasedFen).toBe(1_500);
  expect(ledger.releaseHold('r2', 'h2').releasedFen).toBe(0);
  expect(ledger.disburse('x1', 'T1', 'carol', 2_000)).toBe(Code.OK);
  expect(ledger.deposit('d3', 'alice', 7).code).toBe(Code.OK);
}

describe('journal reopen and verify', () => {
  it('replays to the same balances and head hash', async () => {
    const dir = tempDir();
    const before = await writeSample(dir);
    const ledger = await openLedger({ dir, durability: 'fsync' });
    expect(ledger.entryCount()).toBe(10);
    expect(ledger.headHash()).toBe(before.hash);
    expect(ledger.userBalances('alice')).toEqual({ availableFen: before.alice, heldFen: 0 });
    expect(ledger.balanceFen('tranche:T1:escrow')).toBe(800);
    expect(ledger.userBalances('carol').availableFen).toBe(2_000);
    // Idempotency survives the restart: the same ids answer the original results.
    expect(ledger.deposit('d1', 'alice', 10_000)).toEqual({ code: Code.OK, availableFen: 10_000 });
    expect(ledger.releaseHold('r1', 'h1')).toEqual({ code: Code.OK, releasedFen: 1_500 });
    expect(ledger.hold('h1', 'alice', 4_000)).toBe(Code.HOLD_EXISTS);
    expect(ledger.entryCount()).toBe(10);
    await ledger.close();
    const report = await verifyJournal(dir);
    expect(report).toMatchObject({ ok: true, entries: 10, headHash: before.hash });
    expect(report.balances.get('bank:custody')).toBe(-10_507);
    expect(report.balances.get('user:bob:available')).toBe(before.bob);
  });

  it('continues the chain after a reopen', async () => {
    const dir = tempDir();
    await writeSample(dir);
    const ledger = await openLedger({ dir, durability: 'fsync' });
    expect(ledger.deposit('d4', 'dave', 1).code).toBe(Code.OK);
    const hash = ledger.headHash();
    await ledger.close();
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, entries: 11, headHash: hash });
  });

  it('makes every flushed entry reach the file', async () => {
    const dir = tempDir();
    const ledger = await openLedger({ dir, durability: 'fsync' });
    for (let index = 0; index < 1_000; index++) ledger.deposit(`d${index}`, 'alice', 1);
    await ledger.flush();
    expect(recordSpans(journalPath(dir))).toHaveLength(1_000);
    await ledger.close();
  });

  it('chains across batches when one run fills several segments', async () => {
    const dir = tempDir();
    const ledger = await openLedger({ dir, durability: 'fsync' });
    const entries = 2 * limits.journalBatchEntriesMax + 17;
    for (let index = 0; index < entries; index++) ledger.deposit(`d${index}`, `u${index % 9}`, 3);
    await ledger.flush();
    const hash = ledger.headHash();
    await ledger.close();
    expect(await verifyJournal(dir)).toMatchObject({ ok: true, entries, headHash: hash });
    const reopened = await openLedger({ dir, durability: 'none' });
    expect(reopened.headHash()).toBe(hash);
    expect(reopened.balanceFen('bank:custody')).toBe(-3 * entries);
    await reopened.close();
  });

  it('reports a missing journal as not ok', async () => {
    const report = await verifyJournal(tempDir());
    expect(report.ok).toBe(false);
    expect(report.reason).toMatch(/no journal/);
  });
});

describe('torn tails', () => {
  const cuts: [string, (file: string) => void][] = [
    ['cut 5 bytes into the hash', (file) => truncateBy(file, 5)],
    ['cut inside the body', (file) => truncateBy(file, 40)],
    ['cut to 2 bytes of the length', (file) => cutLastRecordTo(file, 2)],
    ['a flipped byte in the last hash', (file) => flipByte(file, fileSize(file) - 1)],
    ['a flipped byte in the last body', (file) => flipByte(file, lastSpan(file).bodyStart + 3)],
  ];

  it.each(cuts)('recovers from %s, dropping only the last entry', async (_what, damage) => {
    const dir = tempDir();
    await writeSample(dir);
    const spans = recordSpans(journalPath(dir));
    damage(journalPath(dir));
    expect((await verifyJournal(dir)).firstBadEntry).toBe(9);
    const ledger = await openLedger({ dir, durability: 'fsync' });
    expect(ledger.entryCount()).toBe(9);
    expect(fileSize(journalPath(dir))).toBe(spans[8]?.end);
    expect(ledger.userBalances('alice').availableFen).toBe(7_500);
    await expectStillWorks(ledger, dir, 10);
  });

  it('cuts off appended garbage and keeps every entry', async () => {
    const dir = tempDir();
    const before = await writeSample(dir);
    const random = seededRandom(7);
    const garbage = Buffer.from(Array.from({ length: 37 }, () => Math.floor(random() * 256)));
    fs.appendFileSync(journalPath(dir), garbage);
    const report = await verifyJournal(dir);
    expect(report).toMatchObject({ ok: false, entries: 10, firstBadEntry: 10 });
    expect(report.reason).toMatch(/torn tail/);
    const ledger = await openLedger({ dir, durability: 'fsync' });
    expect(ledger.headHash()).toBe(before.hash);
    await expectStillWorks(ledger, dir, 11);
  });

  it('cuts off a zero-filled tail (an extended file whose data never landed)', async () => {
    const dir = tempDir();
    await writeSample(dir);
    fs.appendFileSync(journalPath(dir), Buffer.alloc(4096));
    const ledger = await openLedger({ dir, durability: 'fsync' });
    await expectStillWorks(ledger, dir, 11);
  });

  it('rewrites a header torn at creation', async () => {
    const dir = tempDir();
    const header = Buffer.alloc(fileHeaderBytes);
    writeFileHeader(header);
    fs.writeFileSync(journalPath(dir), header.subarray(0, 11));
    const ledger = await openLedger({ dir, durability: 'fsync' });
    expect(ledger.entryCount()).toBe(0);
    await expectStillWorks(ledger, dir, 1);
  });
});

describe('corruption', () => {
  it('names the entry whose body was changed, and refuses to open', async () => {
    const dir = tempDir();
    await writeSample(dir);
    const spans = recordSpans(journalPath(dir));
    flipByte(journalPath(dir), (spans[3]?.bodyStart ?? 0) + 20);
    const report = await verifyJournal(dir);
    expect(report).toMatchObject({ ok: false, entries: 3, firstBadEntry: 3 });
    expect(report.reason).toMatch(/corrupt.*hash mismatch/);
    expect(report.balances.get('user:alice:held')).toBe(4_000);
    await expect(openLedger({ dir, durability: 'fsync' })).rejects.toThrow(/corrupt at entry 3/);
  });

  it('names the entry whose stored hash was changed', async () => {
    const dir = tempDir();
    await writeSample(dir);
    const spans = recordSpans(journalPath(dir));
    flipByte(journalPath(dir), (spans[6]?.hashStart ?? 0) + 31);
    expect((await verifyJournal(dir)).firstBadEntry).toBe(6);
    await expect(openLedger({ dir, durability: 'none' })).rejects.toThrow(/entry 6/);
  });

  it('refuses a file that is not a journal', async () => {
    const dir = tempDir();
    fs.writeFileSync(journalPath(dir), 'hello, this is not a ledger journal at all, no sir');
    expect((await verifyJournal(dir)).reason).toMatch(/not a ledger journal/);
    await expect(openLedger({ dir, durability: 'none' })).rejects.toThrow(/not a ledger/);
  });

  it('refuses a well-chained entry that does not apply (an overdraft)', async () => {
    const dir = tempDir();
    const entries: [number, string, string, string, number][] = [
      [EntryKind.deposit, 'd1', 'alice', '', 100],
      [EntryKind.hold, 'h1', 'alice', '', 101],
    ];
    fs.writeFileSync(journalPath(dir), craftJournal(entries));
    const report = await verifyJournal(dir);
    expect(report).toMatchObject({ ok: false, entries: 1, firstBadEntry: 1 });
    expect(report.reason).toMatch(/INSUFFICIENT_FUNDS/);
    await expect(openLedger({ dir, durability: 'none' })).rejects.toThrow(/entry 1/);
  });

  it('refuses a release journaled with another amount than it releases', async () => {
    const dir = tempDir();
    const entries: [number, string, string, string, number][] = [
      [EntryKind.deposit, 'd1', 'alice', '', 100],
      [EntryKind.hold, 'h1', 'alice', '', 60],
      [EntryKind.releaseHold, 'r1', 'h1', '', 59],
    ];
    fs.writeFileSync(journalPath(dir), craftJournal(entries));
    expect((await verifyJournal(dir)).reason).toMatch(/60 fen moved, journaled as 59/);
  });
});

describe('entry codec', () => {
  const id = fc.string({ unit: fc.constantFrom(...printable()), minLength: 1, maxLength: 64 });
  const ref = fc.string({ unit: fc.constantFrom(...printable()), maxLength: 64 });
  const fields = fc.record({
    seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    kind: fc.integer({ min: 1, max: 12 }),
    amountFen: fc.oneof(
      fc.constantFrom(0, 1, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER),
      fc.nat(),
    ),
    id,
    ref1: ref,
    ref2: ref,
    args: fc.uint8Array({ maxLength: 80 }),
  });

  it('matches the layout the test helpers assume', () => {
    expect(fileHeaderBytes).toBe(headerBytes);
  });

  it('round-trips every entry and detects any changed byte', () => {
    fc.assert(
      fc.property(fields, fc.nat(), (value, flip) => {
        const buffer = Buffer.alloc(400);
        // Only kinds 6 and up carry arguments.
        if (value.kind < 6) value.args = new Uint8Array(0);
        const entry = Object.assign(new EntryFields(), value);
        const end = encodeRecord(buffer, 32, entry);
        const bodyBytes = buffer.readUInt32LE(32);
        expect(end).toBe(32 + 4 + bodyBytes + 32);
        expect(recordHashMatches(buffer, 32, end - 32)).toBe(true);
        const decoded = new EntryFields();
        expect(decodeBody(buffer, 36, bodyBytes, decoded)).toBeUndefined();
        const { args, ...rest } = decoded;
        expect({ ...rest, args: Uint8Array.from(args) }).toEqual(value);
        // Any changed byte, the previous hash included, breaks the record's hash.
        const at = flip % end;
        buffer[at] = (buffer[at] ?? 0) ^ 0x01;
        expect(recordHashMatches(buffer, 32, end - 32)).toBe(false);
      }),
    );
  });
});

function printable(): string[] {
  return Array.from({ length: 0x7e - 0x21 + 1 }, (_, index) => String.fromCharCode(0x21 + index));
}

/** A validly chained journal of arbitrary entries, as a bug or an attacker could write one. */
function craftJournal(entries: [number, string, string, string, number][]): Buffer {
  const buffer = Buffer.alloc(fileHeaderBytes + entries.length * 251);
  writeFileHeader(buffer);
  let offset = fileHeaderBytes;
  entries.forEach(([kind, id, ref1, ref2, amountFen], index) => {
    const entry = Object.assign(new EntryFields(), { seq: index + 1, id, ref1, ref2, amountFen });
    entry.kind = kind as EntryFields['kind'];
    offset = encodeRecord(buffer, offset, entry);
  });
  return buffer.subarray(0, offset);
}

async function expectStillWorks(ledger: Ledger, dir: string, entries: number): Promise<void> {
  expect(ledger.deposit('after', 'zoe', 42).code).toBe(Code.OK);
  ledger.checkInvariants();
  const hash = ledger.headHash();
  await ledger.close();
  expect(await verifyJournal(dir)).toMatchObject({ ok: true, entries, headHash: hash });
}

function fileSize(file: string): number {
  return fs.statSync(file).size;
}

function lastSpan(file: string): RecordSpan {
  const span = recordSpans(file).at(-1);
  if (span === undefined) throw new Error('no records');
  return span;
}

function truncateBy(file: string, bytes: number): void {
  fs.truncateSync(file, fileSize(file) - bytes);
}

function cutLastRecordTo(file: string, bytes: number): void {
  fs.truncateSync(file, lastSpan(file).start + bytes);
}
