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
 */
import { Code, assert, checkAmountFen, isValidId, type ResultCode } from '../shared/index.js';
import {
  bankCustodyKey,
  isFloorless,
  trancheEscrowKey,
  userAvailableKey,
  userHeldKey,
} from './accounts.js';
import { EntryKind } from './entry-codec.js';

/** What a transfer id was first used for; compared field by field on a retry. */
class TransferRecord {
  constructor(
    readonly kind: EntryKind,
    readonly ref1: string,
    readonly ref2: string,
    /** The amount the caller asked for (0 for a release, which asks for none). */
    readonly requestFen: number,
    /** The amount the caller was answered (available after a deposit, released amount...). */
    readonly resultFen: number,
  ) {}
}

class Hold {
  remainingFen: number;
  open = true;
  constructor(
    readonly userId: string,
    readonly amountFen: number,
  ) {
    this.remainingFen = amountFen;
  }
}

export class PostingCore {
  #balances = new Map<string, number>();
  #holds = new Map<string, Hold>();
  #transfers = new Map<string, TransferRecord>();
  /** Whether the last call changed state. */
  applied = false;
  /** The amount the last call answers with (0 when rejected). */
  resultFen = 0;

  balanceFen(accountKey: string): number {
    return this.#balances.get(accountKey) ?? 0;
  }

  /** A copy, so callers cannot change the ledger through it. */
  balances(): Map<string, number> {
    return new Map(this.#balances);
  }

  deposit(transferId: string, userId: string, amountFen: number): ResultCode {
    this.#begin();
    if (!isValidId(transferId) || !isValidId(userId)) return Code.INVALID_FIELD;
    if (checkAmountFen(amountFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    const known = this.#known(transferId, EntryKind.deposit, userId, '', amountFen);
    if (known !== undefined) return known;
    // The custody mirror is the most negative balance; keeping it a safe integer bounds every
    // other balance and every partial sum of balances.
    const custodyFen = this.balanceFen(bankCustodyKey);
    if (custodyFen - amountFen < -Number.MAX_SAFE_INTEGER) return Code.LEDGER_AMOUNT_INVALID;
    const availableKey = userAvailableKey(userId);
    this.#move(bankCustodyKey, availableKey, amountFen);
    this.#record(
      transferId,
      EntryKind.deposit,
      userId,
      '',
      amountFen,
      this.balanceFen(availableKey),
    );
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
    const availableKey = userAvailableKey(userId);
    const availableFen = this.#balances.get(availableKey);
    if (availableFen === undefined) return Code.ACCOUNT_NOT_FOUND;
    if (availableFen < amountFen) return Code.INSUFFICIENT_FUNDS;
    this.#move(availableKey, userHeldKey(userId), amountFen);
    this.#holds.set(holdId, new Hold(userId, amountFen));
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
    this.#move(userHeldKey(hold.userId), trancheEscrowKey(trancheId), amountFen);
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
      this.#move(userHeldKey(hold.userId), userAvailableKey(hold.userId), releasedFen);
    }
    hold.remainingFen = 0;
    hold.open = false;
    this.#record(transferId, EntryKind.releaseHold, holdId, '', 0, releasedFen);
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
    const escrowKey = trancheEscrowKey(trancheId);
    const escrowFen = this.#balances.get(escrowKey);
    if (escrowFen === undefined) return Code.ACCOUNT_NOT_FOUND;
    if (escrowFen < amountFen) return Code.INSUFFICIENT_FUNDS;
    this.#move(escrowKey, userAvailableKey(borrowerId), amountFen);
    this.#record(transferId, kind, trancheId, borrowerId, amountFen, amountFen);
    return Code.OK;
  }

  /**
   * Full check, O(accounts + holds): the sum of balances is zero, every balance is a safe
   * integer at or above its floor, and each user's held balance equals their open holds.
   */
  checkInvariants(): void {
    let sumFen = 0;
    for (const [key, balanceFen] of this.#balances) {
      assert(Number.isSafeInteger(balanceFen), `balance of ${key} is a safe integer`);
      assert(isFloorless(key) || balanceFen >= 0, `balance of ${key} is at or above 0`);
      sumFen += balanceFen;
    }
    assert(sumFen === 0, `sum of balances is ${sumFen}, not 0`);
    const heldByUser = new Map<string, number>();
    for (const hold of this.#holds.values()) {
      assert(hold.remainingFen >= 0 && hold.remainingFen <= hold.amountFen, 'hold in range');
      assert(hold.open || hold.remainingFen === 0, 'a closed hold keeps nothing');
      const before = heldByUser.get(hold.userId) ?? 0;
      heldByUser.set(hold.userId, before + hold.remainingFen);
    }
    for (const [userId, heldFen] of heldByUser) {
      assert(this.balanceFen(userHeldKey(userId)) === heldFen, `held of ${userId} = its holds`);
    }
    for (const [key, balanceFen] of this.#balances) {
      if (!key.startsWith('user:') || !key.endsWith(':held')) continue;
      const userId = key.slice('user:'.length, -':held'.length);
      assert(balanceFen === (heldByUser.get(userId) ?? 0), `held of ${userId} has holds`);
    }
  }

  #begin(): void {
    this.applied = false;
    this.resultFen = 0;
  }

  /** Step 3 of the ladder: undefined when the id is new, else the idempotent answer. */
  #known(
    transferId: string,
    kind: EntryKind,
    ref1: string,
    ref2: string,
    requestFen: number,
  ): ResultCode | undefined {
    const record = this.#transfers.get(transferId);
    if (record === undefined) return undefined;
    const same =
      record.kind === kind &&
      record.ref1 === ref1 &&
      record.ref2 === ref2 &&
      record.requestFen === requestFen;
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
  ): void {
    assert(!this.#transfers.has(transferId), 'a transfer id is recorded once');
    this.#transfers.set(transferId, new TransferRecord(kind, ref1, ref2, requestFen, resultFen));
    this.applied = true;
    this.resultFen = resultFen;
  }

  /** The only place balances change: debit one account, credit another, same amount. */
  #move(debitKey: string, creditKey: string, amountFen: number): void {
    assert(debitKey !== creditKey, 'a transfer moves between two accounts');
    assert(Number.isSafeInteger(amountFen) && amountFen > 0, 'a move has a positive amount');
    const debitFen = this.balanceFen(debitKey) - amountFen;
    const creditFen = this.balanceFen(creditKey) + amountFen;
    // Cheap per-mutation form of the invariants; the ladder above made these unreachable.
    assert(isFloorless(debitKey) || debitFen >= 0, `${debitKey} would go below its floor`);
    assert(Number.isSafeInteger(debitFen), `${debitKey} stays a safe integer`);
    assert(Number.isSafeInteger(creditFen), `${creditKey} stays a safe integer`);
    this.#balances.set(debitKey, debitFen);
    this.#balances.set(creditKey, creditFen);
  }
}
