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
import { bankCustodyKey, userAvailableKey, userHeldKey } from './accounts.js';
import {
  ArgWriter,
  writeLegs,
  writeOrigination,
  checkOriginate,
  type LinkedLeg,
  type OriginateRequest,
} from './commands.js';
import {
  loanRows,
  loanStatusOf,
  type LoanStatus,
  type LoanEvent,
  type PeriodRow,
} from './loans.js';
import { dayOfMs } from './schedule.js';
import { reconcile, type Reconciliation } from './reconcile.js';
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
  /**
   * Check the invariants over the accounts and loans each group-commit batch touched before it
   * is written (PostingCore.checkBatch); default true. An AssertionError there stops the
   * process before bad state reaches the disk.
   */
  checkEveryBatch?: boolean;
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
  /** Part of an open hold -> available; the hold stays open with the rest (a reduced order). */
  releaseHoldPart(transferId: string, holdId: string, amountFen: number): ResultCode;
  /**
   * Tranche escrow -> a user's available: to the borrower when a loan originates, or back to a
   * lender when a tranche expires below its minimum funded share (a refund).
   */
  disburse(
    transferId: string,
    trancheId: string,
    borrowerId: string,
    amountFen: number,
  ): ResultCode;
  /** user available -> custody bank. Answers the user's available balance after it. */
  withdraw(
    transferId: string,
    userId: string,
    amountFen: number,
  ): { code: ResultCode; availableFen: number };
  /** Operating bank -> platform:operating (the platform's own capital). */
  platformDeposit(transferId: string, amountFen: number): ResultCode;
  /** Legs between users' available balances and platform accounts: all apply or none. */
  transferLinked(groupId: string, legs: readonly LinkedLeg[]): ResultCode;
  /** Funded tranche -> loan: escrow to the borrower minus the fee, one note per fill. */
  originate(request: OriginateRequest): { code: ResultCode; disbursedFen: number };
  /** The borrower pays up to amountFen on nowMs (due, next instalment, then prepayment). */
  repay(
    transferId: string,
    loanId: string,
    amountFen: number,
    nowMs: number,
  ): { code: ResultCode; paidFen: number };
  /** 代偿: the risk reserve pays note holders of periods overdue past the product's limit. */
  compensate(
    transferId: string,
    loanId: string,
    nowMs: number,
  ): { code: ResultCode; paidFen: number };
  /** Auto-repayment, 代偿, bucket changes and reminders on nowMs; deliver events after flush. */
  tick(transferId: string, nowMs: number): { code: ResultCode; events: LoanEvent[] };
  /** A loan's position on nowMs (read only), or undefined for an unknown loan. */
  loanStatus(loanId: string, nowMs: number): LoanStatus | undefined;
  /** The remaining schedule of a loan, period by period (read only). */
  loanSchedule(loanId: string): PeriodRow[] | undefined;
  /** Compares a custody bank statement (CSV, see reconcile.ts) with the ledger. */
  reconcile(statementCsv: string): Reconciliation;
  /** Credits minus debits; 0 for an account never touched. */
  balanceFen(accountKey: string): number;
  userBalances(userId: string): { availableFen: number; heldFen: number };
  /** Whether a transfer (or hold) id was applied before. */
  hasTransfer(transferId: string): boolean;
  /** Holds still open and what remains of each (read only). */
  openHolds(): { holdId: string; userId: string; remainingFen: number }[];
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

const noArgs = new Uint8Array(0);

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
    // The replay is covered by the full check; start the batch checks from here.
    core.checkBatch();
    const writer = new JournalWriter(handle, durability, scan.entries, scan.headHash);
    // The invariants of the issue, asserted for every batch before it is written.
    if (options.checkEveryBatch !== false) writer.onBatch = () => core.checkBatch();
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
  readonly #args = new ArgWriter();
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

  releaseHoldPart(transferId: string, holdId: string, amountFen: number): ResultCode {
    const refused = this.#admit();
    if (refused !== Code.OK) return refused;
    const code = this.#core.releaseHoldPart(transferId, holdId, amountFen);
    this.#journal(EntryKind.releasePart, transferId, holdId, '', amountFen);
    return code;
  }

  disburse(transferId: string, trancheId: string, borrowerId: string, amountFen: number) {
    const refused = this.#admit();
    if (refused !== Code.OK) return refused;
    const code = this.#core.disburse(transferId, trancheId, borrowerId, amountFen);
    this.#journal(EntryKind.disburse, transferId, trancheId, borrowerId, amountFen);
    return code;
  }

  withdraw(transferId: string, userId: string, amountFen: number) {
    const refused = this.#admit();
    if (refused !== Code.OK) return { code: refused, availableFen: 0 };
    const code = this.#core.withdraw(transferId, userId, amountFen);
    this.#journal(EntryKind.withdraw, transferId, userId, '', amountFen, () => undefined);
    return { code, availableFen: this.#core.resultFen };
  }

  platformDeposit(transferId: string, amountFen: number): ResultCode {
    const refused = this.#admit();
    if (refused !== Code.OK) return refused;
    const code = this.#core.platformDeposit(transferId, amountFen);
    this.#journal(EntryKind.platformDeposit, transferId, '', '', amountFen, () => undefined);
    return code;
  }

  transferLinked(groupId: string, legs: readonly LinkedLeg[]): ResultCode {
    const refused = this.#admit();
    if (refused !== Code.OK) return refused;
    const code = this.#core.transferLinked(groupId, legs);
    if (!this.#core.applied) return code;
    const totalFen = this.#core.resultFen;
    this.#journal(EntryKind.linked, groupId, '', '', totalFen, (w) => writeLegs(w, legs));
    return code;
  }

  originate(request: OriginateRequest) {
    const refused = this.#admit();
    if (refused !== Code.OK) return { code: refused, disbursedFen: 0 };
    const code = this.#core.originate(request);
    const disbursedFen = this.#core.resultFen;
    if (!this.#core.applied) return { code, disbursedFen };
    const checked = checkOriginate(request);
    assert(typeof checked !== 'number', 'an applied origination was valid');

    const principalFen = checked.notes.reduce((sum, note) => sum + note.principalFen, 0);
    const { transferId, trancheId, borrowerId } = checked;
    const write = (w: ArgWriter): void => writeOrigination(w, checked);
    this.#journal(EntryKind.originate, transferId, trancheId, borrowerId, principalFen, write);
    return { code, disbursedFen };
  }

  repay(transferId: string, loanId: string, amountFen: number, nowMs: number) {
    const refused = this.#admit();
    if (refused !== Code.OK) return { code: refused, paidFen: 0 };
    const code = this.#core.repay(transferId, loanId, amountFen, nowMs);
    const paidFen = this.#core.resultFen;
    this.#journal(EntryKind.repay, transferId, loanId, '', amountFen, (w) => w.i64(nowMs));
    return { code, paidFen };
  }

  compensate(transferId: string, loanId: string, nowMs: number) {
    const refused = this.#admit();
    if (refused !== Code.OK) return { code: refused, paidFen: 0 };
    const code = this.#core.compensate(transferId, loanId, nowMs);
    const paidFen = this.#core.resultFen;
    this.#journal(EntryKind.compensate, transferId, loanId, '', paidFen, (w) => w.i64(nowMs));
    return { code, paidFen };
  }

  tick(transferId: string, nowMs: number) {
    const refused = this.#admit();
    if (refused !== Code.OK) return { code: refused, events: [] };
    const result = this.#core.tick(transferId, nowMs);
    this.#journal(EntryKind.tick, transferId, '', '', 0, (w) => w.i64(nowMs));
    return result;
  }

  loanStatus(loanId: string, nowMs: number): LoanStatus | undefined {
    const loan = this.#core.loan(loanId);
    return loan === undefined ? undefined : loanStatusOf(loan, dayOfMs(nowMs));
  }

  loanSchedule(loanId: string): PeriodRow[] | undefined {
    const loan = this.#core.loan(loanId);
    return loan === undefined ? undefined : loanRows(loan);
  }

  reconcile(statementCsv: string): Reconciliation {
    return reconcile(
      statementCsv,
      this.#core.custodyMovements(),
      this.#core.balanceFen(bankCustodyKey),
    );
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

  hasTransfer(transferId: string): boolean {
    return this.#core.hasTransfer(transferId);
  }

  openHolds(): { holdId: string; userId: string; remainingFen: number }[] {
    return [...this.#core.openHolds()];
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

  #journal(
    kind: EntryKind,
    id: string,
    ref1: string,
    ref2: string,
    amountFen: number,
    writeArgs?: (writer: ArgWriter) => void,
  ): void {
    if (!this.#core.applied) return;
    const entry = this.#entry;
    entry.args = noArgs;
    if (writeArgs !== undefined) {
      writeArgs(this.#args.reset());
      entry.args = this.#args.bytes();
    }
    entry.seq = this.#writer.entryCount + 1;
    entry.kind = kind;
    entry.id = id;
    entry.ref1 = ref1;
    entry.ref2 = ref2;
    entry.amountFen = amountFen;
    this.#writer.append(entry);
  }
}
