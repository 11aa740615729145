/**
 * The lean verification pass (balances folded from the journal's bytes, hashes checked on both
 * cores) gives exactly the posting core's report when it vouches for a journal, and hands every
 * journal it cannot vouch for to the passes that name the first bad entry: a tampered byte, an
 * entry whose amounts do not apply to the balances before it (with a valid hash chain), a
 * repeated transfer id, a torn tail, a kind only the posting core replays.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger, verifyJournal, type JournalVerification } from '../../src/ledger/index.js';
import { verifyLean, type LeanOptions, type LeanOutcome } from '../../src/ledger/verify-lean.js';
import { flipByte, journalPath, recordSpans, seededRandom, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function madeDir(): string {
  const dir = tempDir();
  made.push(dir);
  return dir;
}

/** Every kind the lean pass folds, in many runs' worth of entries, users and tranches. */
async function writeTransfers(groups: number): Promise<string> {
  const dir = madeDir();
  const ledger = await openLedger({ dir, durability: 'none' });
  expect(ledger.platformDeposit('capital', 5_000_000)).toBe(0);
  for (let group = 0; group < groups; group++) {
    const user = `user-${group % 97}`;
    const hold = `hold-${group}`;
    ledger.deposit(`dep-${group}`, user, 1_000 + (group % 13));
    ledger.hold(hold, user, 600);
    ledger.transferHeldToEscrow(`esc-${group}`, hold, `tranche-${group % 31}`, 250);
    if (group % 3 === 0) ledger.releaseHoldPart(`part-${group}`, hold, 100);
    // A hold of a group divisible by 15 is used up before it is released: a release of 0 fen.
    if (group % 5 === 0) ledger.transferHeldToEscrow(`all-${group}`, hold, 'tranche-x', 250);
    ledger.releaseHold(`rel-${group}`, hold);
    if (group % 7 === 0) ledger.withdraw(`wd-${group}`, user, 300);
    if (group % 400 === 399) ledger.disburse(`dis-${group}`, `tranche-${group % 31}`, 'b-1', 2_000);
    if (group % 1_000 === 999) await ledger.flush();
  }
  ledger.platformDeposit('capital-2', 1);
  await ledger.close();
  return dir;
}

async function lean(dir: string, options: LeanOptions = {}): Promise<LeanOutcome> {
  const handle = await fsp.open(journalPath(dir), 'r');
  try {
    return await verifyLean(handle, options);
  } finally {
    await handle.close();
  }
}

/** Balances as an ordered list: the lean pass must list them in the core's order too. */
function exact(report: JournalVerification): object {
  return { ...report, balances: [...report.balances] };
}

/** A copy of `dir` whose journal `change` edits, with every hash after the edit made right. */
function rewritten(dir: string, change: (bytes: Buffer) => number): string {
  const copy = madeDir();
  const bytes = fs.readFileSync(journalPath(dir));
  const changedAt = change(bytes);
  for (const span of recordSpans(journalPath(dir))) {
    if (span.end <= changedAt) continue;
    const hash = crypto
      .createHash('sha256')
      .update(bytes.subarray(span.start - 32, span.hashStart));
    hash.digest().copy(bytes, span.hashStart);
  }
  fs.writeFileSync(journalPath(copy), bytes);
  return copy;
}

/** The offset of the first record whose body holds `text` (ids are unique in the sample). */
function recordWith(dir: string, text: string): { offset: number; index: number } {
  const bytes = fs.readFileSync(journalPath(dir));
  const offset = bytes.indexOf(Buffer.from(text, 'latin1'));
  const index = recordSpans(journalPath(dir)).findIndex((span) => offset < span.end);
  return { offset, index };
}

describe('lean verification', () => {
  let dir = '';

  it('folds every supported kind to the report of the core, in its order', async () => {
    dir = await writeTransfers(9_000);
    const sequential = await verifyJournal(dir, { threads: 0 });
    expect(sequential.ok).toBe(true);
    const small = { runBytes: 64 * 1024 };
    for (const options of [{}, small, { ...small, queuedPerWorker: 0 }, { ...small, threads: 2 }]) {
      const outcome = await lean(dir, options);
      if (typeof outcome !== 'object') throw new Error(`lean pass answered ${outcome}`);
      expect(exact({ ok: true, ...outcome })).toEqual(exact(sequential));
    }
    expect(exact(await verifyJournal(dir))).toEqual(exact(sequential));
  }, 120_000);

  it('hands a tampered entry back, and verification names it', async () => {
    const { offset, index } = recordWith(dir, 'esc-4321');
    for (const queuedPerWorker of [0, 2]) {
      const copy = madeDir();
      fs.copyFileSync(journalPath(dir), journalPath(copy));
      flipByte(journalPath(copy), offset + 2);
      expect(await lean(copy, { runBytes: 64 * 1024, queuedPerWorker })).toBe('unsure');
      const report = await verifyJournal(copy);
      expect(report).toMatchObject({ ok: false, entries: index, firstBadEntry: index });
      expect(report.reason).toMatch(/hash mismatch/);
      expect(exact(report)).toEqual(exact(await verifyJournal(copy, { threads: 0 })));
    }
  }, 60_000);

  it('hands back a release journaled with another amount than the hold had left', async () => {
    const { offset, index } = recordWith(dir, 'rel-5002');
    // The amount follows the u32 length, u64 seq and u8 kind; the hold had 350 fen left.
    const copy = rewritten(dir, (bytes) => {
      bytes.writeUInt32LE(349, offset - 23 + 4 + 8 + 1);
      return offset;
    });
    expect(await lean(copy)).toBe('unsure');
    const report = await verifyJournal(copy);
    expect(report).toMatchObject({ ok: false, entries: index, firstBadEntry: index });
    expect(report.reason).toMatch(/350 fen moved, journaled as 349/);
    expect(exact(report)).toEqual(exact(await verifyJournal(copy, { threads: 0 })));
  }, 60_000);

  it('hands back a hold larger than the available balance, with every hash right', async () => {
    const { offset, index } = recordWith(dir, 'hold-7000');
    const copy = rewritten(dir, (bytes) => {
      bytes.writeUInt32LE(900_000, offset - 23 + 4 + 8 + 1);
      return offset;
    });
    expect(await lean(copy)).toBe('unsure');
    const report = await verifyJournal(copy);
    expect(report).toMatchObject({ ok: false, entries: index, firstBadEntry: index });
    expect(report.reason).toMatch(/INSUFFICIENT_FUNDS/);
    expect(exact(report)).toEqual(exact(await verifyJournal(copy, { threads: 0 })));
  }, 60_000);

  it('hands back a repeated transfer id, found only after the last entry', async () => {
    // dep-8001 becomes dep-1001: same length, and the fold checks transfer ids at the end.
    const { offset, index } = recordWith(dir, 'dep-8001');
    const copy = rewritten(dir, (bytes) => {
      bytes.write('1', offset + 4, 'latin1');
      return offset;
    });
    expect(await lean(copy)).toBe('unsure');
    const report = await verifyJournal(copy);
    expect(report).toMatchObject({ ok: false, entries: index, firstBadEntry: index });
    expect(report.reason).toMatch(/TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS/);
    expect(exact(report)).toEqual(exact(await verifyJournal(copy, { threads: 0 })));
  }, 60_000);

  it('hands back a hold id used again after its hold closed, found only at the end', async () => {
    // hold-7986 (and the fills and releases naming it) becomes hold-1002: same user, same
    // amount, closed long before.
    const { index } = recordWith(dir, 'hold-7986');
    const copy = rewritten(dir, (bytes) => {
      const first = bytes.indexOf('hold-7986', 0, 'latin1');
      for (let at = first; at >= 0; at = bytes.indexOf('hold-7986', at + 1, 'latin1')) {
        bytes.write('1002', at + 5, 'latin1');
      }
      return first;
    });
    expect(await lean(copy)).toBe('unsure');
    const report = await verifyJournal(copy);
    expect(report).toMatchObject({ ok: false, entries: index, firstBadEntry: index });
    expect(report.reason).toMatch(/HOLD_EXISTS/);
    expect(exact(report)).toEqual(exact(await verifyJournal(copy, { threads: 0 })));
  }, 60_000);

  it('hands back a torn tail', async () => {
    const copy = madeDir();
    const bytes = fs.readFileSync(journalPath(dir));
    fs.writeFileSync(journalPath(copy), bytes.subarray(0, bytes.length - 5));
    expect(await lean(copy)).toBe('unsure');
    const report = await verifyJournal(copy);
    expect(report.reason).toMatch(/torn tail/);
    expect(exact(report)).toEqual(exact(await verifyJournal(copy, { threads: 0 })));
  }, 60_000);

  it('leaves linked groups to the posting core, which still verifies in parallel', async () => {
    const linkedDir = madeDir();
    const ledger = await openLedger({ dir: linkedDir, durability: 'none' });
    ledger.deposit('d-1', 'u-1', 5_000);
    const legs = [
      { debitKey: 'user:u-1:available', creditKey: 'user:u-2:available', amountFen: 7 },
    ];
    expect(ledger.transferLinked('g-1', legs)).toBe(0);
    ledger.deposit('d-2', 'u-2', 5_000);
    await ledger.close();
    expect(await lean(linkedDir)).toBe('unsupported');
    const report = await verifyJournal(linkedDir);
    expect(report).toMatchObject({ ok: true, entries: 3 });
    expect(exact(report)).toEqual(exact(await verifyJournal(linkedDir, { threads: 0 })));
  });

  it('agrees with the core on random bytes changed and hashes made right', async () => {
    const small = await writeTransfers(300);
    const spans = recordSpans(journalPath(small));
    const random = seededRandom(Number(process.env.LEDGER_SEED ?? 77));
    let vouched = 0;
    for (let trial = 0; trial < 150; trial++) {
      const span = spans[Math.floor(random() * spans.length)];
      if (span === undefined) throw new Error('span');
      // Anywhere after the length field: seq, kind, amount, string lengths, ids, arguments.
      const offset = span.bodyStart + Math.floor(random() * (span.hashStart - span.bodyStart));
      const xor = 1 << Math.floor(random() * 8);
      const copy = rewritten(small, (bytes) => {
        bytes[offset] = (bytes[offset] ?? 0) ^ xor;
        return offset;
      });
      const sequential = await verifyJournal(copy, { threads: 0 }).catch((error: Error) => error);
      const outcome = await lean(copy, { runBytes: 4_096 });
      if (typeof outcome === 'object') {
        vouched += 1;
        expect(sequential).toMatchObject({ ok: true });
        if (sequential instanceof Error) throw sequential;
        expect(exact({ ok: true, ...outcome })).toEqual(exact(sequential));
      }
      const report = await verifyJournal(copy).catch((error: Error) => error);
      if (report instanceof Error || sequential instanceof Error) {
        expect(String(report)).toBe(String(sequential));
      } else {
        expect(exact(report)).toEqual(exact(sequential));
      }
      fs.rmSync(copy, { recursive: true, force: true });
    }
    // Changed amounts and ids that still apply: the lean pass vouches for some of them.
    expect(vouched).toBeGreaterThan(10);
  }, 120_000);

  it('verifies an empty journal as the posting core does', async () => {
    const emptyDir = madeDir();
    const ledger = await openLedger({ dir: emptyDir, durability: 'none' });
    await ledger.close();
    const outcome = await lean(emptyDir);
    expect(outcome).toEqual({ entries: 0, headHash: '0'.repeat(64), balances: new Map() });
    expect(exact(await verifyJournal(emptyDir))).toEqual(
      exact(await verifyJournal(emptyDir, { threads: 0 })),
    );
  });
});
