/**
 * The id tables of one market: account, order and tranche ids interned to small integers at the
 * edge, so the core compares and indexes numbers and never hashes a string on the hot path.
 * Method: accounts (lenders and borrowers share one table, so self-funding is one integer
 * compare) keep their number for the life of the market (bounded by the users who trade in
 * it). An order is numbered per (lender, client order id) and a tranche per tranche id; the core
 * indexes its entries by those numbers in plain arrays. When the market forgets a closed entry
 * (the bounded idempotency window) or a place is rejected before anything rests, the edge
 * releases the number and its strings, and the number is reused: the tables stay bounded by
 * what the market remembers. The canonical name strings live here and are shared by every entry.
 */
import { assert, isValidId } from '../shared/index.js';

/** A valid id the table has not seen (a cancel of an unknown order, say). */
export const ID_UNKNOWN = -1;
/** An id that fails isValidId: the core answers INVALID_ORDER_ID at its rung of the ladder. */
export const ID_INVALID = -2;

/**
 * Dense numbers with a free list: released numbers are handed out again. A released number
 * keeps its name until it is taken again, so an outcome being built for the command that
 * released it (an entry forgotten as it closed) still reads the name.
 */
class Numbering {
  readonly names: string[] = [];
  readonly #taken: boolean[] = [];
  readonly #free: number[] = [];

  take(name: string): number {
    const reused = this.#free.pop();
    if (reused !== undefined) {
      assert(this.#taken[reused] === false, 'a free number is not taken');
      this.names[reused] = name;
      this.#taken[reused] = true;
      return reused;
    }
    this.names.push(name);
    this.#taken.push(true);
    return this.names.length - 1;
  }

  taken(no: number): boolean {
    return this.#taken[no] === true;
  }

  release(no: number): void {
    assert(this.#taken[no] === true, 'a released number was taken');
    this.#taken[no] = false;
    this.#free.push(no);
  }
}

export class IdTable {
  readonly #accounts = new Map<string, number>();
  readonly accountNames: string[] = [];
  /** Orders by lender number, then client order id. */
  readonly #orders: Map<string, number>[] = [];
  readonly #orderNumbers = new Numbering();
  /** The lender number of every taken order number. */
  readonly orderLender: number[] = [];
  readonly #tranches = new Map<string, number>();
  readonly #trancheNumbers = new Numbering();

  /** The account's number (every valid account id gets one), or ID_INVALID. */
  account(accountId: string): number {
    const known = this.#accounts.get(accountId);
    if (known !== undefined) return known;
    if (!isValidId(accountId)) return ID_INVALID;
    const no = this.accountNames.length;
    this.#accounts.set(accountId, no);
    this.accountNames.push(accountId);
    this.#orders.push(new Map<string, number>());
    return no;
  }

  accountName(no: number): string {
    const name = this.accountNames[no];
    assert(name !== undefined, 'account number is taken');
    return name;
  }

  /** The order's number; `create` numbers an order not seen yet, else ID_UNKNOWN for it. */
  order(lenderNo: number, clientOrderId: string, create: boolean): number {
    if (lenderNo < 0) return lenderNo;
    const orders = this.#orders[lenderNo];
    assert(orders !== undefined, 'lender number is taken');
    const known = orders.get(clientOrderId);
    if (known !== undefined) return known;
    if (!isValidId(clientOrderId)) return ID_INVALID;
    if (!create) return ID_UNKNOWN;
    const no = this.#orderNumbers.take(clientOrderId);
    orders.set(clientOrderId, no);
    this.orderLender[no] = lenderNo;
    return no;
  }

  orderName(no: number): string {
    const name = this.#orderNumbers.names[no];
    assert(name !== undefined, 'order number is taken');
    return name;
  }

  /** Whether the order number is taken (not released since it was numbered). */
  orderTaken(no: number): boolean {
    return this.#orderNumbers.taken(no);
  }

  releaseOrder(no: number): void {
    const lenderNo = this.orderLender[no] ?? -1;
    const orders = this.#orders[lenderNo];
    assert(orders !== undefined, 'a released order has a lender');
    assert(orders.delete(this.orderName(no)), 'a released order is numbered');
    this.#orderNumbers.release(no);
  }

  /** The tranche's number; `create` numbers a tranche not seen yet, else ID_UNKNOWN for it. */
  tranche(trancheId: string, create: boolean): number {
    const known = this.#tranches.get(trancheId);
    if (known !== undefined) return known;
    if (!isValidId(trancheId)) return ID_INVALID;
    if (!create) return ID_UNKNOWN;
    const no = this.#trancheNumbers.take(trancheId);
    this.#tranches.set(trancheId, no);
    return no;
  }

  trancheName(no: number): string {
    const name = this.#trancheNumbers.names[no];
    assert(name !== undefined, 'tranche number is taken');
    return name;
  }

  trancheTaken(no: number): boolean {
    return this.#trancheNumbers.taken(no);
  }

  releaseTranche(no: number): void {
    assert(this.#tranches.delete(this.trancheName(no)), 'a released tranche is numbered');
    this.#trancheNumbers.release(no);
  }

  /** The order's number when it has one (lookup only, for snapshots and audits). */
  findOrder(lenderId: string, clientOrderId: string): number | undefined {
    const lenderNo = this.#accounts.get(lenderId);
    if (lenderNo === undefined) return undefined;
    return this.#orders[lenderNo]?.get(clientOrderId);
  }

  findTranche(trancheId: string): number | undefined {
    return this.#tranches.get(trancheId);
  }
}
