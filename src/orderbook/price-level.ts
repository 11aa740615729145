/**
 * Resting entries and the FIFO queue of one rate level.
 * Method: one monomorphic class for both lend orders and tranches (V8 keeps one hidden class on
 * the hot path), linked into an intrusive doubly linked list per level so that append, removal
 * of the head and cancel from the middle are all O(1) with no allocation. An entry outlives its
 * time in the book: after it closes it stays in the market's id index as the idempotency record
 * that answers a retried command with the original outcome.
 *
 * Mutable fields and why: `rateBps` and `prioritySeq` change on an amend (the order loses its
 * place), `reducedFen` grows on a reduce (the order keeps its place); the placed values stay in
 * `placedRateBps` and `amountFen` so a retried place is still compared with the original.
 */
import { assert } from '../shared/index.js';
import type { OrderState, TimeInForce } from './types.js';

export const SIDE_LEND = 0;
export const SIDE_TRANCHE = 1;
export type Side = typeof SIDE_LEND | typeof SIDE_TRANCHE;

/** "No expiry": the largest safe integer keeps the field a small number on every entry. */
export const EXPIRY_NONE = Number.MAX_SAFE_INTEGER;

/** One fill into a tranche, kept only for tranches with a deadline (refunds if it expires). */
export interface Allocation {
  fillId: string;
  lenderId: string;
  clientOrderId: string;
  amountFen: number;
}

export class BookEntry {
  /** The owner's account number in the market's id table (integer compares on the hot path). */
  readonly ownerNo: number;
  /** The order's or tranche's number in the id table: its slot in the market's index. */
  readonly entryNo: number;
  /** Lender id for a lend order, borrower id for a tranche. */
  readonly ownerId: string;
  /** Client order id for a lend order, tranche id for a tranche. */
  readonly entryId: string;
  /** Minimum rate of a lend order, maximum rate of a tranche; an amend changes it. */
  rateBps: number;
  /** The rate the creating command asked for (compared on a retried place). */
  readonly placedRateBps: number;
  readonly amountFen: number;
  /** Taken off the order by reduce commands; part of neither the filled nor the resting sum. */
  reducedFen = 0;
  /** Expiry of an order, deadline of a tranche, in ms; EXPIRY_NONE when it has none. */
  readonly expiresAtMs: number;
  /** Tranches are always 'GTC': they rest until funded. */
  readonly tif: TimeInForce;
  readonly side: Side;
  /** Seq of the command that created the entry: time priority and the idempotent answer. */
  readonly seq: number;
  /** Time priority inside a level: the seq of the place, or of the last amend. */
  prioritySeq: number;
  filledFen = 0;
  /**
   * Per lender filled total, for the lender-cap rule; tranches only, when a cap applies. Flat
   * pairs (lender number, filled fen) in first-fill order: a tranche has few lenders, so a scan
   * of one small integer array beats a Map allocated per tranche.
   */
  lenderFilledFen: number[] | null = null;
  /** Every fill into this tranche, for refunds at an expired deadline; null when no deadline. */
  allocations: Allocation[] | null = null;
  /** Filled amount and state when the creating command finished, replayed on a retry. */
  acceptedFilledFen = 0;
  acceptedState: OrderState = 'resting';
  resting = false;
  prev: BookEntry | null = null;
  next: BookEntry | null = null;

  constructor(
    side: Side,
    ownerNo: number,
    ownerId: string,
    entryNo: number,
    entryId: string,
    rateBps: number,
    amountFen: number,
    tif: TimeInForce,
    seq: number,
    expiresAtMs: number = EXPIRY_NONE,
  ) {
    this.side = side;
    this.ownerNo = ownerNo;
    this.entryNo = entryNo;
    this.ownerId = ownerId;
    this.entryId = entryId;
    this.rateBps = rateBps;
    this.placedRateBps = rateBps;
    this.amountFen = amountFen;
    this.tif = tif;
    this.seq = seq;
    this.prioritySeq = seq;
    this.expiresAtMs = expiresAtMs;
  }

  /** What the lender has put into this tranche so far. */
  lenderUsedFen(lenderNo: number): number {
    const pairs = this.lenderFilledFen;
    if (pairs === null) return 0;
    for (let index = 0; index < pairs.length; index += 2) {
      if (pairs[index] === lenderNo) return pairs[index + 1] ?? 0;
    }
    return 0;
  }

  addLenderUse(lenderNo: number, amountFen: number): void {
    assert(amountFen > 0, 'a fill moves something');
    const pairs = (this.lenderFilledFen ??= []);
    for (let index = 0; index < pairs.length; index += 2) {
      if (pairs[index] === lenderNo) {
        pairs[index + 1] = (pairs[index + 1] ?? 0) + amountFen;
        return;
      }
    }
    pairs.push(lenderNo, amountFen);
  }

  get remainingFen(): number {
    return this.amountFen - this.filledFen - this.reducedFen;
  }
}

export class PriceLevel {
  readonly rateBps: number;
  head: BookEntry | null = null;
  tail: BookEntry | null = null;
  totalFen = 0;
  count = 0;

  constructor(rateBps: number) {
    this.rateBps = rateBps;
  }

  append(entry: BookEntry): void {
    assert(!entry.resting, 'entry is not already resting');
    assert(entry.rateBps === this.rateBps, 'entry belongs to this level');
    entry.prev = this.tail;
    entry.next = null;
    if (this.tail === null) this.head = entry;
    else this.tail.next = entry;
    this.tail = entry;
    entry.resting = true;
    this.totalFen += entry.remainingFen;
    this.count += 1;
  }

  /** Unlinks the entry; the caller has already reduced totalFen by whatever was filled. */
  remove(entry: BookEntry): void {
    assert(entry.resting, 'entry is resting');
    assert(this.count > 0, 'level is not empty');
    if (entry.prev === null) this.head = entry.next;
    else entry.prev.next = entry.next;
    if (entry.next === null) this.tail = entry.prev;
    else entry.next.prev = entry.prev;
    entry.prev = null;
    entry.next = null;
    entry.resting = false;
    this.totalFen -= entry.remainingFen;
    this.count -= 1;
  }
}
