/**
 * The ledger's deterministic core: validation ladder, idempotency, holds and double-entry moves.
 *
 * Goal: one synchronous code path that both live calls and journal replay go through, so the
 * state rebuilt from the journal is the state the calls produced, and a journal entry that does
 * not apply cleanly is detected as corruption.
 *
 * Method: balances follow the convention in accounts.ts (credits minus debits; sum always zero).
 * Every call runs the same ladder of early returns, in this order:
 *   1. ids: each id passes isValidId, else INVALID_FIELD;
 *   2. amount: checkAmountFen, else LEDGER_AMOUNT_INVALID;
 *   3. idempotency: a known transfer id (or hold id) with the same fields answers the original
 *      result with no effect (OK, or HOLD_EXISTS for holds); with other fields,
 *      TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS;
 *   4. existence: the hold (open) or source account must exist: HOLD_NOT_FOUND, ACCOUNT_NOT_FOUND;
 *   5. funds: INSUFFICIENT_FUNDS, HOLD_EXCEEDED (and, for deposits, the custody total must stay a
 *      safe integer: LEDGER_AMOUNT_INVALID until a dedicated code exists).
 * Only then is state changed. After a call, `applied` says whether it changed state (and so must
 * be journaled) and `resultFen` holds the amount the caller gets back. Rejections change nothing
 * and are not journaled. Transfer ids and hold ids are separate namespaces. No I/O, no clock.
 *
 * Linked groups (linked transfers, origination, repayment, 代偿) are checked in full before the
 * first move, so a group either applies every move or none. Segregation (资金存管) is enforced
 * in the one place balances change: a move from a user account into a platform account must be
 * a fee or a recovery the product defines, and the public linked-transfer call may only move
 * between users' available balances and platform accounts, never from a user to the platform.
 * Loan logic lives in loans.ts; this class owns the balances it moves.
 */
import {
  AssertionError,
  Code,
  assert,
  checkAmountFen,
  isValidId,
  type ResultCode,
} from '../shared/index.js';
import {
  type AccountClass,
  accountClass,
  bankCustodyKey,
  bankOf,
  bankOperatingKey,
  isFloorless,
  platformFeeIncomeKey,
  platformOperatingKey,
  platformRiskReserveKey,
  trancheEscrowKey,
  userAvailableKey,
  userHeldKey,
} from './accounts.js';
import {
  checkOriginate,
  isValidTimeMs,
  linkedLegsMax,
  originationFingerprint,
  type LinkedLeg,
  type OriginateRequest,
} from './commands.js';
import { EntryKind } from './entry-codec.js';
import {
  LoanState,
  allocatePayment,
  compensate,
  compensationFen,
  newNotes,
  overdueBucket,
  type LoanEvent,
  type Purpose,
} from './loans.js';
import { dayOfMs } from './schedule.js';
import { bpsOfFen } from './split.js';

/**
 * What a transfer id was first used for; compared field by field on a retry. Records and holds
 * are object literals, not class instances: they live as long as the ledger, and V8 learns to
 * allocate a literal's objects directly in the old generation (allocation-site pretenuring)
 * instead of copying each one out of the young generation (a million-entry run: about 25
 * young-generation collections instead of 31).
 */
interface TransferRecord {
  readonly kind: EntryKind;
  readonly ref1: string;
  readonly ref2: string;
  /** The amount the caller asked for (0 for a release, which asks for none). */
  readonly requestFen: number;
  /** The amount the caller was answered (available after a deposit, released amount...). */
  readonly resultFen: number;
  /** Further fields of a linked group, an origination or a dated call, as canonical text. */
  readonly detail: string;
  /** Net money into the custody bank (negative: out), for reconciliation. */
  readonly custodyFen: number;
}

/**
 * One account. Balances live in these objects, found once per call through a map keyed by the
 * account key (or, on the hot paths, by user or tranche id), so a transfer does not build key
 * strings or look them up twice. An account "exists" once money has moved through it.
 */
class Account {
  fen = 0;
  touched = false;
  /** The batch in which it last moved, and its balance before that batch (see checkBatch). */
  batchMark = 0;
  batchStartFen = 0;
  /** Set for user and escrow accounts, so the batch check finds what else to compare. */
  user: UserAccounts | undefined;
  tranche: TrancheState | undefined;
  readonly floorless: boolean;
  readonly kind: AccountClass;
  constructor(readonly key: string) {
    this.floorless = isFloorless(key);
    this.kind = accountClass(key);
  }
}

/** A user's two accounts and the running total of their open holds. */
class UserAccounts {
  heldOpenFen = 0;
  constructor(
    readonly available: Account,
    readonly held: Account,
  ) {}
}

/** Money that reached a tranche's escrow and what left it: escrow = fills - out. */
class TrancheState {
  constructor(readonly escrow: Account) {}
  fillsFen = 0;
  outFen = 0;
  originated = false;
  readonly byLender = new Map<string, number>();
}

interface Hold {
  readonly userId: string;
  readonly user: UserAccounts;
  readonly amountFen: number;
  remainingFen: number;
  open: boolean;
}

export class PostingCore {
  #accounts = new Map<string, Account>();
  #users = new Map<string, UserAccounts>();
  readonly #custodyAccount = this.#newAccount(bankCustodyKey);
  #holds = new Map<string, Hold>();
  #transfers = new Map<string, TransferRecord>();
  #tranches = new Map<string, TrancheState>();
  #loans = new Map<string, LoanState>();
  #noteIds = new Set<string>();
  /** Transfer ids that moved money in or out of the custody bank, in order (reconciliation). */
  #custodyIds: string[] = [];
  /** Whether the current call moved custody money, and the net amount into custody. */
  #callMovedCustody = false;
  #callCustodyFen = 0;
  #batch = 1;
  #dirty: Account[] = [];
  #dirtyLoans = new Set<LoanState>();
  /** Whether the last call changed state. */
  applied = false;
  /** The amount the last call answers with (0 when rejected). */
  resultFen = 0;

  balanceFen(accountKey: string): number {
    return this.#accounts.get(accountKey)?.fen ?? 0;
  }

  /** A copy of every account money moved through, so callers cannot change the ledger. */
  balances(): Map<string, number> {
    const copy = new Map<string, number>();
    for (const account of this.#accounts.values()) {
      if (account.touched) copy.set(account.key, account.fen);
    }
    return copy;
  }

  deposit(transferId: string, userId: string, amountFen: number): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(userId)) return Code.INVALID_FIELD;
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const known = this.#known(transferId, EntryKind.deposit, userId, '', amountFen);
    if (known !== undefined) return known;
    // The custody mirror is the most negative balance; keeping it a safe integer bounds every
    // other balance and every partial sum of balances.
    const custodyFen = this.#custodyAccount.fen;
    if (custodyFen - amountFen < -Number.MAX_SAFE_INTEGER) return Code.LEDGER_AMOUNT_INVALID;
    const { available } = this.#userOf(userId);
    this.#moveAccounts(this.#custodyAccount, available, amountFen, 'transfer');
    this.#record(transferId, EntryKind.deposit, userId, '', amountFen, available.fen);
    return Code.OK;
  }

  hold(holdId: string, userId: string, amountFen: number): ResultCode {
    this.#begin();
    if (!isValidId(holdId) || !isValidId(userId)) return Code.INVALID_FIELD;
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const existing = this.#holds.get(holdId);
    if (existing !== undefined) {
      const same = existing.userId === userId && existing.amountFen === amountFen;
      return same ? Code.HOLD_EXISTS : Code.TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS;
    }
    const user = this.#users.get(userId);
    if (user === undefined || !user.available.touched) return Code.ACCOUNT_NOT_FOUND;
    if (user.available.fen < amountFen) return Code.INSUFFICIENT_FUNDS;
    this.#moveAccounts(user.available, user.held, amountFen, 'transfer');
    user.heldOpenFen += amountFen;
    const hold: Hold = { userId, user, amountFen, remainingFen: amountFen, open: true };
    this.#holds.set(holdId, hold);
    this.applied = true;
    this.resultFen = amountFen;
    return Code.OK;
  }

  transferHeldToEscrow(
    transferId: string,
    holdId: string,
    trancheId: string,
    amountFen: number,
  ): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(holdId) || !isValidId(trancheId)) {
      return Code.INVALID_FIELD;
    }
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const kind = EntryKind.heldToEscrow;
    const known = this.#known(transferId, kind, holdId, trancheId, amountFen);
    if (known !== undefined) return known;
    const hold = this.#holds.get(holdId);
    if (hold === undefined || !hold.open) return Code.HOLD_NOT_FOUND;
    if (amountFen > hold.remainingFen) return Code.HOLD_EXCEEDED;
    const tranche = this.#trancheOf(trancheId);
    this.#moveAccounts(hold.user.held, tranche.escrow, amountFen, 'transfer');
    tranche.fillsFen += amountFen;
    tranche.byLender.set(hold.userId, (tranche.byLender.get(hold.userId) ?? 0) + amountFen);
    hold.user.heldOpenFen -= amountFen;
    hold.remainingFen -= amountFen;
    assert(hold.remainingFen >= 0, 'hold remainder stays >= 0');
    this.#record(transferId, kind, holdId, trancheId, amountFen, amountFen);
    return Code.OK;
  }

  /** Moves what remains of an open hold back to available and closes the hold. */
  releaseHold(transferId: string, holdId: string): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(holdId)) return Code.INVALID_FIELD;
    const known = this.#known(transferId, EntryKind.releaseHold, holdId, '', 0);
    if (known !== undefined) return known;
    const hold = this.#holds.get(holdId);
    if (hold === undefined || !hold.open) return Code.HOLD_NOT_FOUND;
    const releasedFen = hold.remainingFen;
    // A fully used hold still closes; there is no zero-amount posting to make.
    if (releasedFen > 0) {
      this.#moveAccounts(hold.user.held, hold.user.available, releasedFen, 'transfer');
      hold.user.heldOpenFen -= releasedFen;
    }
    hold.remainingFen = 0;
    hold.open = false;
    this.#record(transferId, EntryKind.releaseHold, holdId, '', 0, releasedFen);
    return Code.OK;
  }

  /** Returns `amountFen` of an open hold to available; the hold stays open with the rest. */
  releaseHoldPart(transferId: string, holdId: string, amountFen: number): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(holdId)) return Code.INVALID_FIELD;
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const known = this.#known(transferId, EntryKind.releasePart, holdId, '', amountFen);
    if (known !== undefined) return known;
    const hold = this.#holds.get(holdId);
    if (hold === undefined || !hold.open) return Code.HOLD_NOT_FOUND;
    if (amountFen > hold.remainingFen) return Code.HOLD_EXCEEDED;
    this.#moveAccounts(hold.user.held, hold.user.available, amountFen, 'transfer');
    hold.user.heldOpenFen -= amountFen;
    hold.remainingFen -= amountFen;
    this.#record(transferId, EntryKind.releasePart, holdId, '', amountFen, amountFen);
    return Code.OK;
  }

  disburse(
    transferId: string,
    trancheId: string,
    borrowerId: string,
    amountFen: number,
  ): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(trancheId) || !isValidId(borrowerId)) {
      return Code.INVALID_FIELD;
    }
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const kind = EntryKind.disburse;
    const known = this.#known(transferId, kind, trancheId, borrowerId, amountFen);
    if (known !== undefined) return known;
    const tranche = this.#tranches.get(trancheId);
    if (tranche === undefined || !tranche.escrow.touched) return Code.ACCOUNT_NOT_FOUND;
    if (tranche.escrow.fen < amountFen) return Code.INSUFFICIENT_FUNDS;
    this.#moveAccounts(tranche.escrow, this.#userOf(borrowerId).available, amountFen, 'transfer');
    tranche.outFen += amountFen;
    this.#record(transferId, kind, trancheId, borrowerId, amountFen, amountFen);
    return Code.OK;
  }

  /** user available -> bank:custody: money leaves the custody bank to the user's bank card. */
  withdraw(transferId: string, userId: string, amountFen: number): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(userId)) return Code.INVALID_FIELD;
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const known = this.#known(transferId, EntryKind.withdraw, userId, '', amountFen);
    if (known !== undefined) return known;
    const user = this.#users.get(userId);
    if (user === undefined || !user.available.touched) return Code.ACCOUNT_NOT_FOUND;
    if (user.available.fen < amountFen) return Code.INSUFFICIENT_FUNDS;
    this.#moveAccounts(user.available, this.#custodyAccount, amountFen, 'transfer');
    const afterFen = user.available.fen;
    this.#record(transferId, EntryKind.withdraw, userId, '', amountFen, afterFen);
    return Code.OK;
  }

  /** bank:operating -> platform:operating: the platform pays its own capital in. */
  platformDeposit(transferId: string, amountFen: number): ResultCode {
    this.#begin();
    if (!isValidId(transferId)) return Code.INVALID_FIELD;
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const known = this.#known(transferId, EntryKind.platformDeposit, '', '', amountFen);
    if (known !== undefined) return known;
    if (this.balanceFen(bankOperatingKey) - amountFen < -Number.MAX_SAFE_INTEGER) {
      return Code.LEDGER_AMOUNT_INVALID;
    }
    this.#move(bankOperatingKey, platformOperatingKey, amountFen);
    const afterFen = this.balanceFen(platformOperatingKey);
    this.#record(transferId, EntryKind.platformDeposit, '', '', amountFen, afterFen);
    return Code.OK;
  }

  /**
   * A linked group: every leg applies or none does. Legs run in order; a leg between banks
   * (custody <-> operating) gets its mirror leg. Allowed accounts: users' available balances
   * and platform accounts; user -> platform is LEDGER_FLOW_FORBIDDEN (fees come only from the
   * product flows). Answers the total moved.
   */
  transferLinked(groupId: string, legs: readonly LinkedLeg[]): ResultCode {
    this.#begin();
    if (!isValidId(groupId)) return Code.INVALID_FIELD;
    if (!Array.isArray(legs) || legs.length === 0 || legs.length > linkedLegsMax) {
      return Code.INVALID_FIELD;
    }
    let totalFen = 0;
    for (const leg of legs) {
      const code = checkLeg(leg);
      if (code !== Code.OK) return code;
      totalFen += leg.amountFen;
    }
    if (!Number.isSafeInteger(totalFen)) return Code.LEDGER_AMOUNT_INVALID;
    const detail = legs.map((l) => `${l.debitKey}>${l.creditKey}=${l.amountFen}`).join(';');
    const known = this.#known(groupId, EntryKind.linked, '', '', totalFen, detail);
    if (known !== undefined) return known;
    const moves = legs.flatMap((leg) => withMirror(leg));
    const projected = new Map<string, number>();
    for (const move of moves) {
      const debitFen =
        projected.get(move.debitKey) ??
        (isFloorless(move.debitKey)
          ? this.balanceFen(move.debitKey)
          : this.#existing(move.debitKey));
      if (debitFen === undefined) return Code.ACCOUNT_NOT_FOUND;
      const afterFen = debitFen - move.amountFen;
      if (!isFloorless(move.debitKey) && afterFen < 0) return Code.INSUFFICIENT_FUNDS;
      if (afterFen < -Number.MAX_SAFE_INTEGER) return Code.LEDGER_AMOUNT_INVALID;
      projected.set(move.debitKey, afterFen);
      const creditFen = projected.get(move.creditKey) ?? this.balanceFen(move.creditKey);
      projected.set(move.creditKey, creditFen + move.amountFen);
    }
    for (const move of moves) this.#move(move.debitKey, move.creditKey, move.amountFen);
    this.#record(groupId, EntryKind.linked, '', '', totalFen, totalFen, detail);
    return Code.OK;
  }

  /**
   * A funded tranche becomes a loan: its escrow goes to the borrower minus the origination fee
   * (to platform fee income), and each note becomes the lender's principal receivable against
   * the borrower's principal payable. Answers the amount the borrower received.
   */
  originate(request: OriginateRequest): ResultCode {
    this.#begin();
    const checked = checkOriginate(request);
    if (typeof checked === 'number') return checked;
    const { transferId, trancheId, borrowerId, notes } = checked;
    let principalFen = 0;
    for (const note of notes) principalFen += note.principalFen;
    if (checkAmountFen(principalFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const detail = originationFingerprint(checked);
    const known = this.#known(
      transferId,
      EntryKind.originate,
      trancheId,
      borrowerId,
      principalFen,
      detail,
    );
    if (known !== undefined) return known;
    const refused = this.#checkFunded(trancheId, notes);
    if (refused !== Code.OK) return refused;
    const feeFen = bpsOfFen(principalFen, checked.feeBps);
    const escrowKey = trancheEscrowKey(trancheId);
    this.#move(escrowKey, userAvailableKey(borrowerId), principalFen - feeFen);
    if (feeFen > 0) this.#move(escrowKey, platformFeeIncomeKey, feeFen, 'fee');
    const tranche = this.#trancheOf(trancheId);
    tranche.outFen += principalFen;
    tranche.originated = true;
    const loan = new LoanState(
      trancheId,
      borrowerId,
      checked.kind,
      checked.terms,
      dayOfMs(checked.nowMs),
      newNotes(checked.kind, checked.termMonths, notes),
    );
    for (const note of loan.notes) {
      this.#noteIds.add(note.noteId);
      const fen = note.principalDue.reduce((a, b) => a + b, 0);
      this.#move(loan.principalKey, note.principalKey, fen);
    }
    this.#loans.set(trancheId, loan);
    this.#dirtyLoans.add(loan);
    const kind = EntryKind.originate;
    this.#record(
      transferId,
      kind,
      trancheId,
      borrowerId,
      principalFen,
      principalFen - feeFen,
      detail,
    );
    return Code.OK;
  }

  /** Escrow must hold exactly the notes, lender by lender when the fills are known. */
  #checkFunded(
    trancheId: string,
    notes: readonly { noteId: string; lenderId: string; principalFen: number }[],
  ): ResultCode {
    if (this.#loans.has(trancheId)) return Code.LOAN_EXISTS;
    if (notes.some((note) => this.#noteIds.has(note.noteId))) return Code.LOAN_TERMS_INVALID;
    const escrowFen = this.#existing(trancheEscrowKey(trancheId));
    if (escrowFen === undefined) return Code.ACCOUNT_NOT_FOUND;
    const byLender = new Map<string, number>();
    let principalFen = 0;
    for (const note of notes) {
      principalFen += note.principalFen;
      byLender.set(note.lenderId, (byLender.get(note.lenderId) ?? 0) + note.principalFen);
    }
    if (escrowFen < principalFen) return Code.INSUFFICIENT_FUNDS;
    if (escrowFen > principalFen) return Code.LOAN_TERMS_INVALID;
    const tranche = this.#trancheOf(trancheId);
    // Only when nothing left the escrow do the fills still say who funded what.
    if (tranche.outFen === 0) {
      for (const [lenderId, fen] of byLender) {
        if (tranche.byLender.get(lenderId) !== fen) return Code.LOAN_TERMS_INVALID;
      }
    }
    return Code.OK;
  }

  /**
   * The borrower pays up to `amountFen` on `nowMs`: everything due, then the next instalment,
   * then principal ahead of schedule (see loans.ts). Answers the amount taken, which is less
   * than offered when the loan needs less. One linked group: borrower -> repayment clearing ->
   * note holders, fees, the reserve.
   */
  repay(transferId: string, loanId: string, amountFen: number, nowMs: number): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(loanId)) return Code.INVALID_FIELD;
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    if (!isValidTimeMs(nowMs)) return Code.INVALID_FIELD;
    const detail = String(nowMs);
    const known = this.#known(transferId, EntryKind.repay, loanId, '', amountFen, detail);
    if (known !== undefined) return known;
    const loan = this.#loans.get(loanId);
    if (loan === undefined) return Code.LOAN_NOT_FOUND;
    const day = Math.max(dayOfMs(nowMs), loan.lastDay);
    const takenFen = Math.min(amountFen, loan.owedFen(day, true));
    if (takenFen === 0) return Code.LOAN_SETTLED;
    const availableFen = this.#existing(loan.borrowerKey);
    if (availableFen === undefined) return Code.ACCOUNT_NOT_FOUND;
    if (availableFen < takenFen) return Code.INSUFFICIENT_FUNDS;
    this.#pay(loan, takenFen, day, true);
    this.#record(transferId, EntryKind.repay, loanId, '', amountFen, takenFen, detail);
    return Code.OK;
  }

  #pay(loan: LoanState, amountFen: number, day: number, includeNext: boolean): void {
    this.#move(loan.borrowerKey, loan.repaymentKey, amountFen);
    allocatePayment(loan, amountFen, day, includeNext, this.#mover);
    this.#dirtyLoans.add(loan);
    assert(this.balanceFen(loan.repaymentKey) === 0, 'a repayment is allocated in full');
  }

  /** 代偿: the risk reserve pays the note holders of every period overdue long enough. */
  compensate(transferId: string, loanId: string, nowMs: number): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(loanId)) return Code.INVALID_FIELD;
    if (!isValidTimeMs(nowMs)) return Code.INVALID_FIELD;
    const detail = String(nowMs);
    const known = this.#known(transferId, EntryKind.compensate, loanId, '', 0, detail);
    if (known !== undefined) return known;
    const loan = this.#loans.get(loanId);
    if (loan === undefined) return Code.LOAN_NOT_FOUND;
    const day = Math.max(dayOfMs(nowMs), loan.lastDay);
    const dueFen = compensationFen(loan, day);
    if (dueFen === 0) return Code.NOTHING_TO_COMPENSATE;
    if (this.balanceFen(platformRiskReserveKey) < dueFen) return Code.INSUFFICIENT_FUNDS;
    const paidFen = compensate(loan, day, this.#mover);
    this.#dirtyLoans.add(loan);
    assert(paidFen === dueFen, 'the reserve pays what was due');
    this.#record(transferId, EntryKind.compensate, loanId, '', 0, paidFen, detail);
    return Code.OK;
  }

  /**
   * The daily (or more frequent) pass over live loans on `nowMs`: automatic repayment of what
   * is due when the borrower's account holds enough, 代偿 where the product guarantees it and
   * the reserve can pay, overdue bucket changes, and reminders before due dates. Answers the
   * events; the call changes state (and is journaled) only when there is at least one.
   */
  tick(transferId: string, nowMs: number): { code: ResultCode; events: LoanEvent[] } {
    this.#begin();
    if (!isValidId(transferId) || !isValidTimeMs(nowMs))
      return { code: Code.INVALID_FIELD, events: [] };
    const known = this.#known(transferId, EntryKind.tick, '', '', 0, String(nowMs));
    if (known !== undefined) return { code: known, events: [] };
    const events: LoanEvent[] = [];
    for (const loan of this.#loans.values()) {
      if (!loan.settled()) this.#tickLoan(loan, Math.max(dayOfMs(nowMs), loan.lastDay), events);
    }
    if (events.length > 0) {
      this.#record(transferId, EntryKind.tick, '', '', 0, events.length, String(nowMs));
    }
    return { code: Code.OK, events };
  }

  #tickLoan(loan: LoanState, day: number, events: LoanEvent[]): void {
    const { loanId, borrowerId } = loan;
    const dueFen = loan.owedFen(day, false);
    if (dueFen > 0 && this.balanceFen(loan.borrowerKey) >= dueFen) {
      this.#pay(loan, dueFen, day, false);
      events.push({ type: 'auto_repaid', loanId, borrowerId, amountFen: dueFen });
    }
    const reserveFen = compensationFen(loan, day);
    if (reserveFen > 0 && this.balanceFen(platformRiskReserveKey) >= reserveFen) {
      compensate(loan, day, this.#mover);
      this.#dirtyLoans.add(loan);
      events.push({ type: 'compensated', loanId, amountFen: reserveFen });
    }
    const daysPastDue = loan.daysPastDue(day);
    const bucket = overdueBucket(daysPastDue);
    if (bucket !== loan.bucket) {
      loan.bucket = bucket;
      events.push({ type: 'overdue', loanId, borrowerId, daysPastDue, bucket });
    }
    const next = loan.dueEnd(day);
    const nextDay = loan.dueDay[next];
    const days = loan.terms.reminderDays;
    if (nextDay === undefined || days === 0 || loan.reminded[next] === true) return;
    if (nextDay - day > days) return;
    const nextFen = loan.periodDue(next, 'principal') + loan.periodDue(next, 'interest');
    if (nextFen === 0) return;
    loan.reminded[next] = true;
    events.push({
      type: 'reminder',
      loanId,
      borrowerId,
      period: next + 1,
      dueDay: nextDay,
      dueFen: nextFen,
    });
  }

  /** Whether a transfer or hold id is known (applied before): a replay skips side effects. */
  hasTransfer(transferId: string): boolean {
    return this.#transfers.has(transferId) || this.#holds.has(transferId);
  }

  /** Holds still open, with what remains of each, in creation order. */
  *openHolds(): IterableIterator<{ holdId: string; userId: string; remainingFen: number }> {
    for (const [holdId, hold] of this.#holds) {
      if (hold.open) yield { holdId, userId: hold.userId, remainingFen: hold.remainingFen };
    }
  }

  loan(loanId: string): LoanState | undefined {
    return this.#loans.get(loanId);
  }

  /** Net money into the custody bank per transfer id (negative: out of it), in booking order. */
  custodyMovements(): ReadonlyMap<string, number> {
    const movements = new Map<string, number>();
    for (const transferId of this.#custodyIds) {
      movements.set(transferId, this.#transfers.get(transferId)?.custodyFen ?? 0);
    }
    return movements;
  }

  readonly #mover = {
    move: (debitKey: string, creditKey: string, amountFen: number, purpose: Purpose): void =>
      this.#move(debitKey, creditKey, amountFen, purpose),
  };

  #trancheOf(trancheId: string): TrancheState {
    let tranche = this.#tranches.get(trancheId);
    if (tranche === undefined) {
      tranche = new TrancheState(this.#account(trancheEscrowKey(trancheId)));
      tranche.escrow.tranche = tranche;
      this.#tranches.set(trancheId, tranche);
    }
    return tranche;
  }

  #account(key: string): Account {
    const account = this.#accounts.get(key);
    if (account !== undefined) return account;
    // A user's accounts are always made in pairs, so the hot paths can find them by user id.
    if (key.startsWith('user:')) this.#userOf(key.slice('user:'.length, key.lastIndexOf(':')));
    return this.#accounts.get(key) ?? this.#newAccount(key);
  }

  #newAccount(key: string): Account {
    assert(!this.#accounts.has(key), 'an account is made once');
    const account = new Account(key);
    this.#accounts.set(key, account);
    return account;
  }

  /** The balance of an account money has moved through, else undefined. */
  #existing(key: string): number | undefined {
    const account = this.#accounts.get(key);
    return account?.touched === true ? account.fen : undefined;
  }

  #userOf(userId: string): UserAccounts {
    let user = this.#users.get(userId);
    if (user === undefined) {
      const available = this.#newAccount(userAvailableKey(userId));
      user = new UserAccounts(available, this.#newAccount(userHeldKey(userId)));
      user.available.user = user;
      user.held.user = user;
      this.#users.set(userId, user);
    }
    return user;
  }

  /**
   * Full check, O(accounts + users + tranches + notes, + holds when `recountHolds`): the sum of
   * balances is zero; every balance is a safe integer within its floor (payables at or below
   * zero); each user's held balance equals the running total of their open holds (and, when
   * recounting, the sum over the holds themselves); each tranche's escrow equals its fills minus
   * what left it (zero once originated); each loan's memo accounts net to zero and each note's
   * principal receivable is what its schedule still owes it; no repayment account keeps money.
   * Opening, verification and tests run it; each journal batch runs the cheaper checkBatch.
   */
  checkInvariants(recountHolds = true): void {
    let sumFen = 0;
    for (const account of this.#accounts.values()) {
      const { key, fen } = account;
      if (!Number.isSafeInteger(fen)) fail(`balance of ${key} is a safe integer`);
      if (!account.floorless && fen < 0) fail(`balance of ${key} is at or above 0`);
      if (account.kind === 'payable' && fen > 0) fail(`payable ${key} is <= 0`);
      sumFen += fen;
    }
    if (sumFen !== 0) fail(`sum of balances is ${sumFen}, not 0`);
    for (const [userId, user] of this.#users) {
      if (user.held.fen !== user.heldOpenFen) fail(`held of ${userId} = its open holds`);
    }
    if (recountHolds) this.#recountHolds();
    for (const [trancheId, tranche] of this.#tranches) {
      const escrowFen = tranche.escrow.fen;
      if (escrowFen !== tranche.fillsFen - tranche.outFen) {
        fail(`escrow of ${trancheId} = fills`);
      }
      if (tranche.originated && escrowFen !== 0) {
        fail(`originated ${trancheId} keeps no escrow`);
      }
    }
    for (const loan of this.#loans.values()) this.#checkLoan(loan);
  }

  #recountHolds(): void {
    const heldByUser = new Map<string, number>();
    for (const hold of this.#holds.values()) {
      assert(hold.remainingFen >= 0 && hold.remainingFen <= hold.amountFen, 'hold in range');
      assert(hold.open || hold.remainingFen === 0, 'a closed hold keeps nothing');
      const before = heldByUser.get(hold.userId) ?? 0;
      heldByUser.set(hold.userId, before + hold.remainingFen);
    }
    for (const [userId, user] of this.#users) {
      const heldFen = heldByUser.get(userId) ?? 0;
      if (user.held.fen !== heldFen) fail(`held of ${userId} = the sum of its holds`);
    }
  }

  #checkLoan(loan: LoanState): void {
    const { loanId } = loan;
    let memoFen = this.balanceFen(loan.principalKey) + this.balanceFen(loan.interestKey);
    memoFen += this.balanceFen(loan.claimKey);
    for (const note of loan.notes) {
      const principalFen = this.balanceFen(note.principalKey);
      memoFen += principalFen + this.balanceFen(note.interestKey);
      let owedFen = 0;
      for (let k = 0; k < loan.periods; k++) {
        if (loan.compensated[k] !== true) owedFen += note.principalDue[k] ?? 0;
      }
      if (principalFen !== owedFen) fail(`note ${note.noteId} receivable = its schedule`);
    }
    if (memoFen !== 0) fail(`memo accounts of loan ${loanId} net to zero`);
    if (this.balanceFen(loan.repaymentKey) !== 0) {
      fail(`repayment account of ${loanId} is empty`);
    }
  }

  #begin(): void {
    this.applied = false;
    this.resultFen = 0;
    assert(!this.#callMovedCustody, 'a call that moved custody money was recorded');
  }

  /** Step 3 of the ladder: undefined when the id is new, else the idempotent answer. */
  #known(
    transferId: string,
    kind: EntryKind,
    ref1: string,
    ref2: string,
    requestFen: number,
    detail = '',
  ): ResultCode | undefined {
    const record = this.#transfers.get(transferId);
    if (record === undefined) return undefined;
    const same =
      record.kind === kind &&
      record.ref1 === ref1 &&
      record.ref2 === ref2 &&
      record.requestFen === requestFen &&
      record.detail === detail;
    if (!same) return Code.TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS;
    this.resultFen = record.resultFen;
    return Code.OK;
  }

  #record(
    transferId: string,
    kind: EntryKind,
    ref1: string,
    ref2: string,
    requestFen: number,
    resultFen: number,
    detail = '',
  ): void {
    const custodyFen = this.#callCustodyFen;
    const record: TransferRecord = {
      kind,
      ref1,
      ref2,
      requestFen,
      resultFen,
      detail,
      custodyFen,
    };
    assert(!this.#transfers.has(transferId), 'a transfer id is recorded once');
    this.#transfers.set(transferId, record);
    if (this.#callMovedCustody) this.#custodyIds.push(transferId);
    this.#callMovedCustody = false;
    this.#callCustodyFen = 0;
    this.applied = true;
    this.resultFen = resultFen;
  }

  #markDirty(account: Account): void {
    account.batchMark = this.#batch;
    account.batchStartFen = account.fen;
    this.#dirty.push(account);
  }

  /**
   * The invariants over what changed since the last call, O(accounts and loans touched): the
   * changes sum to zero; each touched account is a safe integer within its floor; a touched
   * user's held balance equals their open holds; a touched escrow equals the tranche's fills
   * minus what left it; each touched loan's memo accounts net to zero and its notes' receivables
   * equal their schedules. The ledger runs it for every journal batch before writing it.
   */
  checkBatch(): void {
    let changeFen = 0;
    for (const account of this.#dirty) {
      const { key, fen } = account;
      changeFen += fen - account.batchStartFen;
      if (!Number.isSafeInteger(fen)) fail(`balance of ${key} is a safe integer`);
      if (!account.floorless && fen < 0) fail(`balance of ${key} is at or above 0`);
      if (account.kind === 'payable' && fen > 0) fail(`payable ${key} is <= 0`);
      const { user, tranche } = account;
      if (user !== undefined && user.held.fen !== user.heldOpenFen) fail(`held of ${key} = holds`);
      if (tranche !== undefined) {
        if (fen !== tranche.fillsFen - tranche.outFen) fail(`escrow ${key} = fills - out`);
        if (tranche.originated && fen !== 0) fail(`originated ${key} keeps no escrow`);
      }
    }
    if (changeFen !== 0) fail(`the batch changed the sum of balances by ${changeFen}`);
    for (const loan of this.#dirtyLoans) this.#checkLoan(loan);
    this.#dirty.length = 0;
    this.#dirtyLoans.clear();
    this.#batch += 1;
  }

  #move(debitKey: string, creditKey: string, amountFen: number, purpose: Purpose = 'transfer') {
    this.#moveAccounts(this.#account(debitKey), this.#account(creditKey), amountFen, purpose);
  }

  /** The only place balances change: debit one account, credit another, same amount. */
  #moveAccounts(debit: Account, credit: Account, amountFen: number, purpose: Purpose): void {
    assert(debit !== credit, 'a transfer moves between two accounts');
    assert(Number.isSafeInteger(amountFen) && amountFen > 0, 'a move has a positive amount');
    if (purpose === 'transfer' && credit.kind === 'platform') {
      assert(debit.kind !== 'user', 'user funds reach the platform only as fees');
    }
    const custody = this.#custodyAccount;
    if (debit === custody || credit === custody) {
      this.#callMovedCustody = true;
      this.#callCustodyFen += debit === custody ? amountFen : -amountFen;
    }
    if (debit.batchMark !== this.#batch) this.#markDirty(debit);
    if (credit.batchMark !== this.#batch) this.#markDirty(credit);
    const debitFen = debit.fen - amountFen;
    const creditFen = credit.fen + amountFen;
    // Cheap per-mutation form of the invariants; the ladder above made these unreachable.
    if (!debit.floorless && debitFen < 0) fail(`${debit.key} would go below its floor`);
    if (!Number.isSafeInteger(debitFen)) fail(`${debit.key} stays a safe integer`);
    if (!Number.isSafeInteger(creditFen)) fail(`${credit.key} stays a safe integer`);
    debit.fen = debitFen;
    credit.fen = creditFen;
    debit.touched = true;
    credit.touched = true;
  }
}

/**
 * A failed invariant, for checks that run on every move or batch: unlike `assert(cond, msg)`,
 * `if (!cond) fail(msg)` builds the message only when it is needed.
 */
function fail(message: string): never {
  throw new AssertionError(message);
}

const platformKeys: ReadonlySet<string> = new Set([
  platformFeeIncomeKey,
  platformOperatingKey,
  platformRiskReserveKey,
]);

/** Accounts a linked group may name: users' available balances and platform accounts. */
function linkable(key: unknown): key is string {
  if (typeof key !== 'string') return false;
  if (platformKeys.has(key)) return true;
  if (!key.startsWith('user:') || !key.endsWith(':available')) return false;
  return isValidId(key.slice('user:'.length, -':available'.length));
}

function checkLeg(leg: LinkedLeg): ResultCode {
  if (typeof leg !== 'object' || leg === null) return Code.INVALID_FIELD;
  if (!linkable(leg.debitKey) || !linkable(leg.creditKey)) return Code.LEDGER_FLOW_FORBIDDEN;
  if (leg.debitKey === leg.creditKey) return Code.INVALID_FIELD;
  if (checkAmountFen(leg.amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
  const fromUser = accountClass(leg.debitKey) === 'user';
  if (fromUser && accountClass(leg.creditKey) === 'platform') return Code.LEDGER_FLOW_FORBIDDEN;
  return Code.OK;
}

/** The leg, and the banks' mirror leg when the money changes bank. */
function withMirror(leg: LinkedLeg): LinkedLeg[] {
  const from = bankOf(leg.debitKey);
  const to = bankOf(leg.creditKey);
  assert(from !== undefined && to !== undefined, 'linked legs move real money');
  if (from === to) return [leg];
  return [leg, { debitKey: to, creditKey: from, amountFen: leg.amountFen }];
}
