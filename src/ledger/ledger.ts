/**
 * The ledger: the posting core in memory, every change appended to the journal.
 *
 * Goal: answer each call synchronously from memory, and let callers decide when to wait for
 * durability (one `flush()` for a whole batch of calls), without ever losing an entry whose flush
 * resolved.
 *
 * Method: a call first passes admission (the journal has not failed; fewer than
 * `limits.journalPendingEntriesMax` entries await durability, else OVERLOADED with nothing
 * applied), then the posting core's validation ladder (see posting.ts). If the core changed
 * state, the change is appended to the journal as one entry. Opening replays the journal through
 * the same core methods, cuts off a torn tail, refuses a corrupt journal, and checks every
 * invariant before the first call.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Code, assert, limits, type ResultCode } from '../shared/index.js';
import { userAvailableKey, userHeldKey } from './accounts.js';
import { EntryFields, EntryKind, fileHeaderBytes, writeFileHeader } from './entry-codec.js';
import {
  JournalWriter,
  journalFileName,
  scanJournal,
  type Durability,
  type ScanReport,
} from './journal.js';
import { PostingCore } from './posting.js';
import { replayEntry } from './replay.js';

export interface LedgerOptions {
  dir: string;
  /** 'fsync': group commit, one fdatasync per batch; 'none': write() only (tests, benchmarks). */
  durability: Durability;
}

export interface Ledger {
  /** bank:custody -> user available. Answers the user's available balance after the deposit. */
  deposit(
    transferId: string,
    userId: string,
    amountFen: number,
  ): { code: ResultCode; availableFen: number };
  /** available -> held, checked atomically; a repeated hold answers HOLD_EXISTS. */
  hold(holdId: string, userId: string, amountFen: number): ResultCode;
  /** The hold's user's held -> tranche escrow, within what remains of the hold. */
  transferHeldToEscrow(
    transferId: string,
    holdId: string,
    trancheId: string,
    amountFen: number,
  ): ResultCode;
  /** Whatever remains of the hold -> available; the hold is closed. */
  releaseHold(transferId: string, holdId: string): { code: ResultCode; releasedFen: number };
  /** Tranche escrow -> borrower available. */
  disburse(
    transferId: string,
    trancheId: string,
    borrowerId: string,
    amountFen: number,
  ): ResultCode;
  /** Credits minus debits; 0 for an account never touched. */
  balanceFen(accountKey: string): number;
  userBalances(userId: string): { availableFen: number; heldFen: number };
  /** Resolves when every entry applied before the call is durable (per durability mode). */
  flush(): Promise<void>;
  /** Hex sha256 of the last entry; 64 zeros for an empty journal. */
  headHash(): string;
  entryCount(): number;
  /** Full invariant check, O(accounts + holds); throws an AssertionError on a violation. */
  checkInvariants(): void;
  /** Flushes, then closes the file. */
  close(): Promise<void>;
}

export async function openLedger(options: LedgerOptions): Promise<Ledger> {
  const { dir, durability } = options;
  assert(durability === 'fsync' || durability === 'none', 'durability is fsync or none');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, journalFileName);
  // 'a+': O_APPEND so every write lands at the end, readable for the replay, truncatable.
  const handle = await fs.open(file, 'a+');
  try {
    const core = new PostingCore();
    const scan = await scanJournal(handle, (entry) => replayEntry(core, entry));
    const { problem } = scan;
    if (problem !== undefined && !problem.torn) {
      throw new Error(
        `ledger journal ${file} is corrupt at entry ${problem.entryIndex} ` +
          `(byte ${problem.offset}): ${problem.reason}`,
      );
    }
    await repairTail(handle, scan, durability, dir);
    core.checkInvariants();
    const writer = new JournalWriter(handle, durability, scan.entries, scan.headHash);
    return new JournaledLedger(core, writer);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Cuts a torn tail off and writes the file header if the file has none yet. */
async function repairTail(
  handle: fs.FileHandle,
  scan: ScanReport,
  durability: Durability,
  dir: string,
): Promise<void> {
  if (scan.goodBytes < scan.fileBytes) await handle.truncate(scan.goodBytes);
  const created = scan.goodBytes < fileHeaderBytes;
  if (created) {
    assert(scan.goodBytes === 0, 'a file without a header has no good bytes');
    const header = Buffer.alloc(fileHeaderBytes);
    writeFileHeader(header);
    await handle.write(header, 0, header.length, null);
  }
  if (durability !== 'fsync') return;
  if (created || scan.goodBytes < scan.fileBytes) await handle.datasync();
  // A new file's directory entry must be durable too, or a crash could lose the whole file.
  if (created) await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

class JournaledLedger implements Ledger {
  readonly #core: PostingCore;
  readonly #writer: JournalWriter;
  /** Reused for every append: the encoder copies it into the journal buffer at once. */
  readonly #entry = new EntryFields();
  #closing: Promise<void> | undefined;

  constructor(core: PostingCore, writer: JournalWriter) {
    this.#core = core;
    this.#writer = writer;
  }

  deposit(transferId: string, userId: string, amountFen: number) {
    const refused = this.#admit();
    if (refused !== Code.OK) return { code: refused, availableFen: 0 };
    const code = this.#core.deposit(transferId, userId, amountFen);
    this.#journal(EntryKind.deposit, transferId, userId, '', amountFen);
    return { code, availableFen: this.#core.resultFen };
  }

  hold(holdId: string, userId: string, amountFen: number): ResultCode {
    const refused = this.#admit();
    if (refused !== Code.OK) return refused;
    const code = this.#core.hold(holdId, userId, amountFen);
    this.#journal(EntryKind.hold, holdId, userId, '', amountFen);
    return code;
  }

  transferHeldToEscrow(
    transferId: string,
    holdId: string,
    trancheId: string,
    amountFen: number,
  ): ResultCode {
    const refused = this.#admit();
    if (refused !== Code.OK) return refused;
    const code = this.#core.transferHeldToEscrow(transferId, holdId, trancheId, amountFen);
    this.#journal(EntryKind.heldToEscrow, transferId, holdId, trancheId, amountFen);
    return code;
  }

  releaseHold(transferId: string, holdId: string) {
    const refused = this.#admit();
    if (refused !== Code.OK) return { code: refused, releasedFen: 0 };
    const code = this.#core.releaseHold(transferId, holdId);
    // The journal records the amount released, so replay can check it releases the same.
    this.#journal(EntryKind.releaseHold, transferId, holdId, '', this.#core.resultFen);
    return { code, releasedFen: this.#core.resultFen };
  }

  disburse(transferId: string, trancheId: string, borrowerId: string, amountFen: number) {
    const refused = this.#admit();
    if (refused !== Code.OK) return refused;
    const code = this.#core.disburse(transferId, trancheId, borrowerId, amountFen);
    this.#journal(EntryKind.disburse, transferId, trancheId, borrowerId, amountFen);
    return code;
  }

  balanceFen(accountKey: string): number {
    return this.#core.balanceFen(accountKey);
  }

  userBalances(userId: string): { availableFen: number; heldFen: number } {
    return {
      availableFen: this.#core.balanceFen(userAvailableKey(userId)),
      heldFen: this.#core.balanceFen(userHeldKey(userId)),
    };
  }

  flush(): Promise<void> {
    return this.#writer.flush();
  }

  headHash(): string {
    return this.#writer.headHash();
  }

  entryCount(): number {
    return this.#writer.entryCount;
  }

  checkInvariants(): void {
    this.#core.checkInvariants();
  }

  close(): Promise<void> {
    this.#closing ??= this.#writer.close();
    return this.#closing;
  }

  /** Admission comes before validation: an overloaded ledger applies nothing at all. */
  #admit(): ResultCode {
    assert(this.#closing === undefined, 'ledger used after close');
    if (this.#writer.failed) return Code.SERVICE_UNAVAILABLE;
    if (this.#writer.pendingEntries >= limits.journalPendingEntriesMax) return Code.OVERLOADED;
    return Code.OK;
  }

  #journal(kind: EntryKind, id: string, ref1: string, ref2: string, amountFen: number): void {
    if (!this.#core.applied) return;
    const entry = this.#entry;
    entry.seq = this.#writer.entryCount + 1;
    entry.kind = kind;
    entry.id = id;
    entry.ref1 = ref1;
    entry.ref2 = ref2;
    entry.amountFen = amountFen;
    this.#writer.append(entry);
  }
}
