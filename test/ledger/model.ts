/**
 * A tiny reference ledger: obviously correct, slow, and written without the production code, so
 * that the property test compares two independent readings of the same rules.
 *
 * Rules it encodes: balances are credits minus debits; ids are 1-64 printable ASCII characters;
 * amounts are integers in 1..1e12; the ladder is ids, amount, idempotency, existence, funds;
 * transfer ids and hold ids are separate namespaces; rejections change nothing.
 */
const OK = 0;
const INVALID_FIELD = 1010;
const INSUFFICIENT_FUNDS = 3001;
const ACCOUNT_NOT_FOUND = 3002;
const DIFFERENT_FIELDS = 3003;
const HOLD_NOT_FOUND = 3004;
const HOLD_EXCEEDED = 3005;
const AMOUNT_INVALID = 3006;
const HOLD_EXISTS = 3007;

interface ModelHold {
  userId: string;
  amountFen: number;
  remainingFen: number;
  open: boolean;
}

export interface ModelAnswer {
  code: number;
  /** The amount the call answers with: available after deposit, released, else 0. */
  fen: number;
}

function validId(id: unknown): boolean {
  if (typeof id !== 'string' || id.length < 1 || id.length > 64) return false;
  for (const char of id) {
    const code = char.charCodeAt(0);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}

function validAmount(amountFen: unknown): boolean {
  return Number.isInteger(amountFen) && (amountFen as number) >= 1 && (amountFen as number) <= 1e12;
}

export class ModelLedger {
  readonly balances = new Map<string, number>();
  readonly holds = new Map<string, ModelHold>();
  /** transferId -> fields as text, and the answer first given. */
  readonly transfers = new Map<string, { fields: string; fen: number }>();

  balance(key: string): number {
    return this.balances.get(key) ?? 0;
  }

  deposit(transferId: string, userId: string, amountFen: number): ModelAnswer {
    if (!validId(transferId) || !validId(userId)) return { code: INVALID_FIELD, fen: 0 };
    if (!validAmount(amountFen)) return { code: AMOUNT_INVALID, fen: 0 };
    const again = this.#again(transferId, `deposit ${userId} ${amountFen}`);
    if (again) return again;
    if (this.balance('bank:custody') - amountFen < -Number.MAX_SAFE_INTEGER) {
      return { code: AMOUNT_INVALID, fen: 0 };
    }
    this.#move('bank:custody', `user:${userId}:available`, amountFen);
    const fen = this.balance(`user:${userId}:available`);
    this.transfers.set(transferId, { fields: `deposit ${userId} ${amountFen}`, fen });
    return { code: OK, fen };
  }

  hold(holdId: string, userId: string, amountFen: number): ModelAnswer {
    if (!validId(holdId) || !validId(userId)) return { code: INVALID_FIELD, fen: 0 };
    if (!validAmount(amountFen)) return { code: AMOUNT_INVALID, fen: 0 };
    const existing = this.holds.get(holdId);
    if (existing) {
      const same = existing.userId === userId && existing.amountFen === amountFen;
      return { code: same ? HOLD_EXISTS : DIFFERENT_FIELDS, fen: 0 };
    }
    const available = this.balances.get(`user:${userId}:available`);
    if (available === undefined) return { code: ACCOUNT_NOT_FOUND, fen: 0 };
    if (available < amountFen) return { code: INSUFFICIENT_FUNDS, fen: 0 };
    this.#move(`user:${userId}:available`, `user:${userId}:held`, amountFen);
    this.holds.set(holdId, { userId, amountFen, remainingFen: amountFen, open: true });
    return { code: OK, fen: 0 };
  }

  toEscrow(transferId: string, holdId: string, trancheId: string, amountFen: number): ModelAnswer {
    if (![transferId, holdId, trancheId].every(validId)) return { code: INVALID_FIELD, fen: 0 };
    if (!validAmount(amountFen)) return { code: AMOUNT_INVALID, fen: 0 };
    const fields = `escrow ${holdId} ${trancheId} ${amountFen}`;
    const again = this.#again(transferId, fields);
    if (again) return { code: again.code, fen: 0 };
    const hold = this.holds.get(holdId);
    if (!hold || !hold.open) return { code: HOLD_NOT_FOUND, fen: 0 };
    if (amountFen > hold.remainingFen) return { code: HOLD_EXCEEDED, fen: 0 };
    this.#move(`user:${hold.userId}:held`, `tranche:${trancheId}:escrow`, amountFen);
    hold.remainingFen -= amountFen;
    this.transfers.set(transferId, { fields, fen: 0 });
    return { code: OK, fen: 0 };
  }

  release(transferId: string, holdId: string): ModelAnswer {
    if (!validId(transferId) || !validId(holdId)) return { code: INVALID_FIELD, fen: 0 };
    const again = this.#again(transferId, `release ${holdId}`);
    if (again) return again;
    const hold = this.holds.get(holdId);
    if (!hold || !hold.open) return { code: HOLD_NOT_FOUND, fen: 0 };
    const fen = hold.remainingFen;
    if (fen > 0) this.#move(`user:${hold.userId}:held`, `user:${hold.userId}:available`, fen);
    hold.remainingFen = 0;
    hold.open = false;
    this.transfers.set(transferId, { fields: `release ${holdId}`, fen });
    return { code: OK, fen };
  }

  disburse(transferId: string, trancheId: string, borrowerId: string, amountFen: number) {
    if (![transferId, trancheId, borrowerId].every(validId)) return { code: INVALID_FIELD, fen: 0 };
    if (!validAmount(amountFen)) return { code: AMOUNT_INVALID, fen: 0 };
    const fields = `disburse ${trancheId} ${borrowerId} ${amountFen}`;
    const again = this.#again(transferId, fields);
    if (again) return { code: again.code, fen: 0 };
    const escrow = this.balances.get(`tranche:${trancheId}:escrow`);
    if (escrow === undefined) return { code: ACCOUNT_NOT_FOUND, fen: 0 };
    if (escrow < amountFen) return { code: INSUFFICIENT_FUNDS, fen: 0 };
    this.#move(`tranche:${trancheId}:escrow`, `user:${borrowerId}:available`, amountFen);
    this.transfers.set(transferId, { fields, fen: 0 });
    return { code: OK, fen: 0 };
  }

  withdraw(transferId: string, userId: string, amountFen: number): ModelAnswer {
    if (!validId(transferId) || !validId(userId)) return { code: INVALID_FIELD, fen: 0 };
    if (!validAmount(amountFen)) return { code: AMOUNT_INVALID, fen: 0 };
    const again = this.#again(transferId, `withdraw ${userId} ${amountFen}`);
    if (again) return again;
    const available = this.balances.get(`user:${userId}:available`);
    if (available === undefined) return { code: ACCOUNT_NOT_FOUND, fen: 0 };
    if (available < amountFen) return { code: INSUFFICIENT_FUNDS, fen: 0 };
    this.#move(`user:${userId}:available`, 'bank:custody', amountFen);
    const fen = this.balance(`user:${userId}:available`);
    this.transfers.set(transferId, { fields: `withdraw ${userId} ${amountFen}`, fen });
    return { code: OK, fen };
  }

  sum(): number {
    let total = 0;
    for (const value of this.balances.values()) total += value;
    return total;
  }

  #again(transferId: string, fields: string): ModelAnswer | undefined {
    const known = this.transfers.get(transferId);
    if (!known) return undefined;
    return known.fields === fields
      ? { code: OK, fen: known.fen }
      : { code: DIFFERENT_FIELDS, fen: 0 };
  }

  #move(debit: string, credit: string, amountFen: number): void {
    this.balances.set(debit, this.balance(debit) - amountFen);
    this.balances.set(credit, this.balance(credit) + amountFen);
  }
}
