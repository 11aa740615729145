/**
 * Verification of a journal large enough to span several scan windows, hash hand-overs to the
 * worker threads and writer segments: the parallel pass and the plain sequential pass agree on
 * every intact and every damaged file, name exactly the first bad entry, and the hashes the
 * writer computed in WebAssembly are the sha256 node:crypto computes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger, verifyJournal, type JournalVerification } from '../../src/ledger/index.js';
import { flipByte, journalPath, recordSpans, type RecordSpan, tempDir } from './helpers.js';

/** Directories made here, removed after the tests (each holds up to 10 MB). */
const made: string[] = [];

function madeDir(): string {
  const dir = tempDir();
  made.push(dir);
  return dir;
}

/** About 10 MB: more than two 4 MB scan windows and many 8,192-entry segments. */
const groups = 30_000;

interface Sample {
  dir: string;
  file: string;
  bytes: Buffer;
  spans: RecordSpan[];
  headHash: string;
}

async function writeBigJournal(): Promise<Sample> {
  const dir = madeDir();
  const ledger = await openLedger({ dir, durability: 'none' });
  for (let group = 0; group < groups; group++) {
    const user = `user-${group % 777}`;
    ledger.deposit(`dep-${group}`, user, 1_000 + group);
    ledger.hold(`hold-${group}`, user, 600);
    ledger.transferHeldToEscrow(`esc-${group}`, `hold-${group}`, `tranche-${group % 91}`, 250);
    ledger.releaseHold(`rel-${group}`, `hold-${group}`);
    if (group % 2_000 === 1_999) await ledger.flush();
  }
  const headHash = ledger.headHash();
  await ledger.close();
  const file = journalPath(dir);
  return { dir, file, bytes: fs.readFileSync(file), spans: recordSpans(file), headHash };
}

/** A copy of the sample's directory with one byte flipped. */
function damaged(sample: Sample, offset: number): string {
  const dir = madeDir();
  fs.copyFileSync(sample.file, journalPath(dir));
  flipByte(journalPath(dir), offset);
  return dir;
}

function indexAt(spans: readonly RecordSpan[], offset: number): number {
  return spans.findIndex((span) => offset < span.end);
}

function comparable(report: JournalVerification): object {
  return { ...report, balances: [...report.balances].sort() };
}

describe('verification of a large journal', () => {
  let sample: Sample;
  beforeAll(async () => {
    sample = await writeBigJournal();
  }, 120_000);
  afterAll(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores the sha256 node:crypto computes for each sampled record', () => {
    const { bytes, spans } = sample;
    expect(spans.length).toBe(4 * groups);
    expect(bytes.length).toBeGreaterThan(2 * 4 * 1024 * 1024);
    for (let index = 0; index < spans.length; index += 997) {
      const span = spans[index];
      if (span === undefined) throw new Error('span');
      const hash = crypto
        .createHash('sha256')
        .update(bytes.subarray(span.start - 32, span.hashStart))
        .digest();
      expect(hash.equals(bytes.subarray(span.hashStart, span.end))).toBe(true);
    }
    const last = spans[spans.length - 1];
    expect(bytes.toString('hex', last?.hashStart, last?.end)).toBe(sample.headHash);
  });

  it('gives the same report in parallel and sequentially for the intact file', async () => {
    const parallel = await verifyJournal(sample.dir, { threads: 2 });
    expect(parallel).toMatchObject({ ok: true, entries: 4 * groups, headHash: sample.headHash });
    const sequential = await verifyJournal(sample.dir, { threads: 0 });
    expect(comparable(parallel)).toEqual(comparable(sequential));
    expect(parallel.balances.get('bank:custody')).toBe(
      -groups * 1_000 - (groups * (groups - 1)) / 2,
    );
  }, 60_000);

  const middle = (s: Sample): number =>
    (s.spans[Math.floor(s.spans.length / 2)]?.bodyStart ?? 0) + 9;
  const cases: [string, (s: Sample) => number][] = [
    ['a body byte in the middle', middle],
    ['a stored hash byte', (s) => (s.spans[100_001]?.hashStart ?? 0) + 17],
    ['a length field', (s) => s.spans[77_777]?.start ?? 0],
    ['a byte at the end of the first scan window', () => 4 * 1024 * 1024 + 5],
    ['a byte just after the first window refill', () => 4 * 1024 * 1024 - 40_000],
    ['the very first record', (s) => (s.spans[0]?.bodyStart ?? 0) + 1],
    ['the last hash byte of the file', (s) => s.bytes.length - 1],
  ];
  for (const [what, offsetOf] of cases) {
    it(`names the first bad entry exactly: ${what}`, async () => {
      const offset = offsetOf(sample);
      const firstBad = indexAt(sample.spans, offset);
      expect(firstBad).toBeGreaterThanOrEqual(0);
      const dir = damaged(sample, offset);
      const parallel = await verifyJournal(dir, { threads: 2 });
      expect(parallel).toMatchObject({ ok: false, entries: firstBad, firstBadEntry: firstBad });
      const before = sample.spans[firstBad - 1];
      const expectedHead =
        before === undefined
          ? '0'.repeat(64)
          : sample.bytes.toString('hex', before.hashStart, before.end);
      expect(parallel.headHash).toBe(expectedHead);
      const sequential = await verifyJournal(dir, { threads: 0 });
      expect(comparable(parallel)).toEqual(comparable(sequential));
    }, 60_000);
  }

  it('refuses to open a damaged large journal, naming the entry', async () => {
    const offset = middle(sample);
    const dir = damaged(sample, offset);
    const entry = indexAt(sample.spans, offset);
    await expect(openLedger({ dir, durability: 'none' })).rejects.toThrow(
      new RegExp(`corrupt at entry ${entry} `),
    );
  }, 60_000);

  it('reports a torn tail of the large journal in parallel as sequentially', async () => {
    const dir = madeDir();
    const cut = (sample.spans[sample.spans.length - 3]?.start ?? 0) + 30;
    fs.writeFileSync(journalPath(dir), sample.bytes.subarray(0, cut));
    const parallel = await verifyJournal(dir, { threads: 1 });
    const torn = sample.spans.length - 3;
    expect(parallel).toMatchObject({ ok: false, entries: torn, firstBadEntry: torn });
    expect(parallel.reason).toMatch(/torn tail/);
    expect(comparable(parallel)).toEqual(comparable(await verifyJournal(dir, { threads: 0 })));
    // Opening cuts the torn record off and keeps every entry before it.
    const ledger = await openLedger({ dir, durability: 'none' });
    expect(ledger.entryCount()).toBe(torn);
    await ledger.close();
  }, 60_000);
});
