/**
 * Offline verification of a ledger journal.
 *
 * Goal: an operator (or a test) can prove, from the file alone, that the hash chain is intact and
 * what every balance is, without opening the ledger for writing or changing the file.
 *
 * Method: stream the journal through the same scanner and replay as `openLedger`, into a fresh
 * posting core, then check every invariant. Unlike opening, nothing is repaired: a torn tail is
 * reported (ok: false) with the index of the first entry that is not intact.
 *
 * Speed: by default a journal of plain transfers is verified by the lean pass (verify-lean.ts):
 * balances folded straight from the bytes, hashes checked on both cores. A journal with loans or
 * linked groups, which only the posting core can replay, takes the parallel pass instead: the
 * record hashes are checked in worker threads (hash-pool.ts) while this thread decodes and
 * replays. Only if a pass finds any problem (a bad hash, an entry that does not apply, a torn
 * tail) is the journal scanned again the plain sequential way, which names the first bad entry
 * and gives the balances up to it exactly. `threads: 0` runs only the sequential pass.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { hashBytes } from './entry-codec.js';
import { journalFileName, scanJournal, type ScanReport } from './journal.js';
import { bankCustodyKey } from './accounts.js';
import { HashPool } from './hash-pool.js';
import { reconcile, type Reconciliation } from './reconcile.js';
import { PostingCore } from './posting.js';
import { replayEntry } from './replay.js';
import { verifyLean } from './verify-lean.js';

export interface JournalVerification {
  ok: boolean;
  /** Entries that verified and applied (all of them when ok). */
  entries: number;
  /** Hex hash of the last good entry. */
  headHash: string;
  /** Index (0-based) of the first entry that is torn, fails its hash or does not apply. */
  firstBadEntry?: number;
  reason?: string;
  /** Balances after the good entries. */
  balances: Map<string, number>;
}

export interface VerifyOptions {
  /** Hash-checking worker threads; 0 checks hashes inline. Default: cores - 1, 1 to 4. */
  threads?: number;
}

export async function verifyJournal(
  dir: string,
  options: VerifyOptions = {},
): Promise<JournalVerification> {
  const file = path.join(dir, journalFileName);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if (!isMissingFile(error)) throw error;
    const headHash = '0'.repeat(2 * hashBytes);
    const reason = `no journal at ${file}`;
    return { ok: false, entries: 0, headHash, firstBadEntry: 0, reason, balances: new Map() };
  }
  try {
    if (options.threads !== 0) {
      const lean = await verifyLean(handle, { threads: options.threads });
      if (typeof lean === 'object') return { ok: true, ...lean };
      const fast =
        lean === 'unsupported' ? await verifyParallel(handle, options.threads) : undefined;
      if (fast !== undefined) return fast;
    }
    const core = new PostingCore();
    const scan = await scanJournal(handle, (entry) => replayEntry(core, entry));
    core.checkInvariants();
    const found = {
      entries: scan.entries,
      headHash: scan.headHash.toString('hex'),
      balances: core.balances(),
    };
    const { problem } = scan;
    if (problem === undefined) return { ok: true, ...found };
    const what = problem.torn ? 'torn tail' : 'corrupt';
    const reason = `${what} at byte ${problem.offset}: ${problem.reason}`;
    return { ok: false, ...found, firstBadEntry: problem.entryIndex, reason };
  } finally {
    await handle.close();
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The fast pass: undefined when anything is wrong, so the sequential pass can say what. */
async function verifyParallel(
  handle: fs.FileHandle,
  threads: number | undefined,
): Promise<JournalVerification | undefined> {
  const pool = new HashPool(threads);
  const core = new PostingCore();
  let scan: ScanReport;
  try {
    scan = await scanJournal(
      handle,
      (entry) => replayEntry(core, entry),
      (bytes, firstIndex) => pool.check(bytes.buffer as ArrayBuffer, 0, bytes.length, firstIndex),
    );
  } finally {
    // Always release the workers, or they would keep the process alive.
    await pool.release();
  }
  const hashes = await pool.finish();
  if (scan.problem !== undefined || hashes.firstBad >= 0 || hashes.checked !== scan.entries) {
    return undefined;
  }
  core.checkInvariants();
  const headHash = scan.headHash.toString('hex');
  return { ok: true, entries: scan.entries, headHash, balances: core.balances() };
}

/**
 * Offline reconciliation (for the CLI): replays the journal in `dir` and compares the custody
 * bank statement `statementCsv` (format in reconcile.ts) with it. Undefined when the journal
 * does not verify, since differences against a broken journal mean nothing.
 */
export async function reconcileJournal(
  dir: string,
  statementCsv: string,
): Promise<Reconciliation | undefined> {
  const handle = await fs.open(path.join(dir, journalFileName), 'r');
  try {
    const core = new PostingCore();
    const scan = await scanJournal(handle, (entry) => replayEntry(core, entry));
    if (scan.problem !== undefined) return undefined;
    const custodyFen = core.balanceFen(bankCustodyKey);
    return reconcile(statementCsv, core.custodyMovements(), custodyFen);
  } finally {
    await handle.close();
  }
}
