/**
 * Offline verification of a ledger journal.
 *
 * Goal: an operator (or a test) can prove, from the file alone, that the hash chain is intact and
 * what every balance is, without opening the ledger for writing or changing the file.
 *
 * Method: stream the journal through the same scanner and replay as `openLedger`, into a fresh
 * posting core, then check every invariant. Unlike opening, nothing is repaired: a torn tail is
 * reported (ok: false) with the index of the first entry that is not intact.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { hashBytes } from './entry-codec.js';
import { journalFileName, scanJournal } from './journal.js';
import { PostingCore } from './posting.js';
import { replayEntry } from './replay.js';

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

export async function verifyJournal(dir: string): Promise<JournalVerification> {
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
