/**
 * The entries of one book side (lend orders, or tranches) as a struct-of-arrays pool.
 * Method: an entry is a slot number, the same number the id table gave its order or tranche.
 * What matching reads and writes (remainder, filled, expiry, priority, cap, owner, rate, links,
 * flags, first cap record) sits in one 64-byte line per slot, read through a Float64Array and
 * an Int32Array over the same buffer; the rest (amount, reduced, seq, accepted fill, placed
 * rate) is in cold arrays. So a visit to a resting entry costs one cache line, placing,
 * matching and closing allocate nothing, and a million resting orders are a few typed arrays
 * the garbage collector never walks. A slot holds its entry from acceptance until the market
 * forgets it (the bounded idempotency window): after it closes it stays as the record that
 * answers a retried command. Per-lender cap totals of tranches are linked records (16 bytes
 * each, one buffer) with a free list.
 *
 * Mutable fields and why: the rate and the priority seq change on an amend (the order loses its
 * place), the reduced amount grows on a reduce (the order keeps its place); the placed rate and
 * the amount stay, so a retried place is still compared with the original. The remainder is
 * kept as a field (amount - filled - reduced) because matching reads it on every visit.
 *
 * BookEntry is the readable view of one slot, for snapshots, the state hash, audits and tests
 * (never the hot path); `new BookEntry(...)` makes a detached entry in a one-slot pool of its
 * own, which MarketState.index() copies into the market's pool and binds.
 */
import { assert } from '../shared/index.js';
import type { OrderState, TimeInForce } from './types.js';

export const SIDE_LEND = 0;
export const SIDE_TRANCHE = 1;
export type Side = typeof SIDE_LEND | typeof SIDE_TRANCHE;

/** "No expiry": the largest safe integer compares after every real time. */
export const EXPIRY_NONE = Number.MAX_SAFE_INTEGER;
/** No slot: the end of a list, an empty level. */
export const NONE = -1;

/** One fill into a tranche, kept only for tranches with a deadline (refunds if it expires). */
export interface Allocation {
  fillId: string;
  lenderId: string;
  clientOrderId: string;
  amountFen: number;
}

/** Doubles per slot in the hot line (amounts exceed 32 bits; times and seqs too). */
export const FLOATS = 8;
/**
 * amount - filled - reduced: what is left to fill or to release. The filled amount is not
 * stored: it is amount - remaining - reduced, so a fill writes one number per side.
 */
export const E_REMAINING = 0;
/** Expiry of an order, deadline of a tranche, in ms; EXPIRY_NONE when it has none. */
export const E_EXPIRES = 1;
/** Time priority inside a level: the seq of the place, or of the last amend. */
export const E_PRIORITY = 2;
/** A tranche's lender cap in fen (derived from the market's rules when it is indexed). */
export const E_CAP_FEN = 3;

/** 32-bit integers per slot in the hot line; the first eight overlay the four doubles. */
export const INTS = 16;
/** The owner's account number (lender or borrower): self-funding is one integer compare. */
export const E_OWNER = 8;
/** Minimum rate of a lend order, maximum rate of a tranche; an amend changes it. */
export const E_RATE = 9;
/** FIFO links inside the entry's level. */
export const E_PREV = 10;
export const E_NEXT = 11;
/** FLAG_* bits, the time in force and the accepted state. */
export const E_FLAGS = 12;
/** Newest per-lender cap record of a tranche (a list newest first), or NONE. */
export const E_CAP_HEAD = 13;
/** The rate the creating command asked for (compared on a retried place). */
const E_PLACED_RATE = 14;

/** Cold doubles per slot (read on a retry, a reduce, a close, a snapshot). */
export const COLD = 4;
export const C_AMOUNT = 0;
/** Taken off the order by reduce commands; part of neither the filled nor the resting sum. */
export const C_REDUCED = 1;
/** Seq of the command that created the entry: its identity and the idempotent answer. */
export const C_SEQ = 2;
/** Filled amount when the creating command finished, replayed on a retry. */
export const C_ACCEPTED_FILLED = 3;

export const FLAG_PRESENT = 1;
export const FLAG_RESTING = 2;
const TIF_SHIFT = 2;
const STATE_SHIFT = 4;
export const FLAG_ALLOCATIONS = 64;

/** Time in force codes, the same numbers as the command record's. */
export const tifByCode: readonly TimeInForce[] = ['GTC', 'IOC', 'FOK'];
export const STATE_RESTING = 0;
export const STATE_FILLED = 1;
export const STATE_CANCELLED = 2;
export const stateByCode: readonly OrderState[] = ['resting', 'filled', 'cancelled'];

function tifCodeOf(tif: TimeInForce): number {
  const code = tifByCode.indexOf(tif);
  assert(code >= 0, 'time in force is known');
  return code;
}

export class EntryPool {
  readonly side: Side;
  capacity: number;
  /** The hot lines, as doubles and as integers (one buffer). */
  f: Float64Array;
  i: Int32Array;
  /** The cold fields. */
  c: Float64Array;
  /**
   * Refund records of tranches with a deadline, by slot; FLAG_ALLOCATIONS marks the slots that
   * have them, so a fill into any other tranche skips the lookup.
   */
  readonly allocations = new Map<number, Allocation[]>();
  /** Cap records: fen at capF[cap * 2], lender and next record at capI[cap * 4 + 2 and 3]. */
  capF: Float64Array;
  capI: Int32Array;
  #capFree = NONE;
  #capUsed = 0;

  constructor(side: Side, capacity = 1024) {
    this.side = side;
    this.capacity = capacity;
    const hot = new ArrayBuffer(capacity * FLOATS * 8);
    this.f = new Float64Array(hot);
    this.i = new Int32Array(hot);
    this.c = new Float64Array(capacity * COLD);
    const caps = new ArrayBuffer(16 * 16);
    this.capF = new Float64Array(caps);
    this.capI = new Int32Array(caps);
  }

  /** Cap records the store holds before it grows. */
  get capRecords(): number {
    return this.capF.length / 2;
  }

  /** Writes a new entry into `slot`: nothing filled, not resting, no cap records. */
  init(
    slot: number,
    ownerNo: number,
    rateBps: number,
    amountFen: number,
    tifCode: number,
    seq: number,
    expiresAtMs: number,
  ): void {
    if (slot >= this.capacity) this.#grow(slot + 1);
    const f = this.f;
    const at = slot * FLOATS;
    f[at + E_REMAINING] = amountFen;
    f[at + E_EXPIRES] = expiresAtMs;
    f[at + E_PRIORITY] = seq;
    f[at + E_CAP_FEN] = Number.MAX_SAFE_INTEGER;
    const i = this.i;
    const it = slot * INTS;
    i[it + E_OWNER] = ownerNo;
    i[it + E_RATE] = rateBps;
    i[it + E_PREV] = NONE;
    i[it + E_NEXT] = NONE;
    if (((i[it + E_FLAGS] ?? 0) & FLAG_ALLOCATIONS) !== 0) this.allocations.delete(slot);
    i[it + E_FLAGS] = FLAG_PRESENT | (tifCode << TIF_SHIFT);
    i[it + E_CAP_HEAD] = NONE;
    i[it + E_PLACED_RATE] = rateBps;
    const c = this.c;
    const ct = slot * COLD;
    c[ct + C_AMOUNT] = amountFen;
    c[ct + C_REDUCED] = 0;
    c[ct + C_SEQ] = seq;
    c[ct + C_ACCEPTED_FILLED] = 0;
  }

  /** Room for slots below `slots` (the edge reserves a slot when it numbers a new id). */
  reserve(slots: number): void {
    if (slots > this.capacity) this.#grow(slots);
  }

  hasAllocations(slot: number): boolean {
    return ((this.i[slot * INTS + E_FLAGS] ?? 0) & FLAG_ALLOCATIONS) !== 0;
  }

  /** The fills of a tranche with a deadline (for refunds), or null. */
  allocationsOf(slot: number): Allocation[] | null {
    if (!this.hasAllocations(slot)) return null;
    return this.allocations.get(slot) ?? null;
  }

  setAllocations(slot: number, allocations: Allocation[] | null): void {
    const at = slot * INTS + E_FLAGS;
    const flags = this.i[at] ?? 0;
    if (allocations === null) {
      this.allocations.delete(slot);
      this.i[at] = flags & ~FLAG_ALLOCATIONS;
    } else {
      this.allocations.set(slot, allocations);
      this.i[at] = flags | FLAG_ALLOCATIONS;
    }
  }

  present(slot: number): boolean {
    return slot < this.capacity && ((this.i[slot * INTS + E_FLAGS] ?? 0) & FLAG_PRESENT) !== 0;
  }

  resting(slot: number): boolean {
    return ((this.i[slot * INTS + E_FLAGS] ?? 0) & FLAG_RESTING) !== 0;
  }

  setResting(slot: number, resting: boolean): void {
    const at = slot * INTS + E_FLAGS;
    const flags = this.i[at] ?? 0;
    this.i[at] = resting ? flags | FLAG_RESTING : flags & ~FLAG_RESTING;
  }

  tifCode(slot: number): number {
    return ((this.i[slot * INTS + E_FLAGS] ?? 0) >>> TIF_SHIFT) & 3;
  }

  stateCode(slot: number): number {
    return ((this.i[slot * INTS + E_FLAGS] ?? 0) >>> STATE_SHIFT) & 3;
  }

  setState(slot: number, state: number): void {
    const at = slot * INTS + E_FLAGS;
    this.i[at] = ((this.i[at] ?? 0) & ~(3 << STATE_SHIFT)) | (state << STATE_SHIFT);
  }

  /** A hot double (E_REMAINING .. E_CAP_FEN). */
  num(slot: number, field: number): number {
    return this.f[slot * FLOATS + field] ?? 0;
  }

  setNum(slot: number, field: number, value: number): void {
    this.f[slot * FLOATS + field] = value;
  }

  /** A hot integer (E_OWNER .. E_CAP_HEAD). */
  int(slot: number, field: number): number {
    return this.i[slot * INTS + field] ?? 0;
  }

  setInt(slot: number, field: number, value: number): void {
    this.i[slot * INTS + field] = value;
  }

  /** A cold double (C_AMOUNT .. C_ACCEPTED_FILLED). */
  cold(slot: number, field: number): number {
    return this.c[slot * COLD + field] ?? 0;
  }

  setCold(slot: number, field: number, value: number): void {
    this.c[slot * COLD + field] = value;
  }

  placedRate(slot: number): number {
    return this.i[slot * INTS + E_PLACED_RATE] ?? 0;
  }

  remaining(slot: number): number {
    return this.f[slot * FLOATS + E_REMAINING] ?? 0;
  }

  /** What has been filled: amount - remaining - reduced. */
  filled(slot: number): number {
    const amountFen = this.c[slot * COLD + C_AMOUNT] ?? 0;
    return (
      amountFen -
      (this.f[slot * FLOATS + E_REMAINING] ?? 0) -
      (this.c[slot * COLD + C_REDUCED] ?? 0)
    );
  }

  /** Sets the filled and reduced amounts (a restore), keeping the remainder consistent. */
  setAmounts(slot: number, filledFen: number, reducedFen: number): void {
    this.c[slot * COLD + C_REDUCED] = reducedFen;
    const amountFen = this.c[slot * COLD + C_AMOUNT] ?? 0;
    this.f[slot * FLOATS + E_REMAINING] = amountFen - filledFen - reducedFen;
  }

  /** Takes `amountFen` off a resting order's remainder by a reduce. */
  reduce(slot: number, amountFen: number): void {
    this.c[slot * COLD + C_REDUCED] = (this.c[slot * COLD + C_REDUCED] ?? 0) + amountFen;
    this.f[slot * FLOATS + E_REMAINING] = (this.f[slot * FLOATS + E_REMAINING] ?? 0) - amountFen;
  }

  /** The slot no longer holds a remembered entry; its fields stay readable until reused. */
  release(slot: number): void {
    assert(this.present(slot), 'a released slot holds an entry');
    const at = slot * INTS;
    this.i[at + E_FLAGS] = (this.i[at + E_FLAGS] ?? 0) & ~FLAG_PRESENT;
    this.#freeCaps(slot);
  }

  /** The lender's cap record in this tranche, or NONE before its first fill. */
  findCap(slot: number, lenderNo: number): number {
    const capI = this.capI;
    let cap = this.i[slot * INTS + E_CAP_HEAD] ?? NONE;
    while (cap !== NONE && capI[cap * 4 + 2] !== lenderNo) cap = capI[cap * 4 + 3] ?? NONE;
    return cap;
  }

  /** What the lender has put into this tranche so far. */
  lenderUsedFen(slot: number, lenderNo: number): number {
    const cap = this.findCap(slot, lenderNo);
    return cap === NONE ? 0 : (this.capF[cap * 2] ?? 0);
  }

  /** The fen of a cap record (findCap). */
  capUsedFen(cap: number): number {
    return this.capF[cap * 2] ?? 0;
  }

  addCapFen(cap: number, amountFen: number): void {
    this.capF[cap * 2] = (this.capF[cap * 2] ?? 0) + amountFen;
  }

  addLenderUse(slot: number, lenderNo: number, amountFen: number): void {
    assert(amountFen > 0, 'a fill moves something');
    const found = this.findCap(slot, lenderNo);
    if (found !== NONE) this.addCapFen(found, amountFen);
    else this.appendCap(slot, lenderNo, amountFen);
  }

  /**
   * A new cap record for a lender who has none in the tranche yet. It goes in front (no tail
   * to keep), so the list runs newest first; lenderPairs gives it back in first-fill order.
   */
  appendCap(slot: number, lenderNo: number, amountFen: number): void {
    const cap = this.#takeCap();
    this.capF[cap * 2] = amountFen;
    this.capI[cap * 4 + 2] = lenderNo;
    this.capI[cap * 4 + 3] = this.i[slot * INTS + E_CAP_HEAD] ?? NONE;
    this.i[slot * INTS + E_CAP_HEAD] = cap;
  }

  /** The cap totals as flat (lender number, fen) pairs in first-fill order, or null. */
  lenderPairs(slot: number): number[] | null {
    let cap = this.i[slot * INTS + E_CAP_HEAD] ?? NONE;
    if (cap === NONE) return null;
    const pairs: number[] = [];
    for (; cap !== NONE; cap = this.capI[cap * 4 + 3] ?? NONE) {
      pairs.unshift(this.capI[cap * 4 + 2] ?? 0, this.capF[cap * 2] ?? 0);
    }
    return pairs;
  }

  /** Copies the entry in `from`'s slot into this pool's `slot` (a restore binding a view). */
  copyFrom(from: EntryPool, fromSlot: number, slot: number): void {
    if (slot >= this.capacity) this.#grow(slot + 1);
    this.f.set(from.f.subarray(fromSlot * FLOATS, fromSlot * FLOATS + FLOATS), slot * FLOATS);
    this.c.set(from.c.subarray(fromSlot * COLD, fromSlot * COLD + COLD), slot * COLD);
    this.setInt(slot, E_CAP_HEAD, NONE);
    this.setInt(slot, E_FLAGS, this.int(slot, E_FLAGS) & ~FLAG_ALLOCATIONS);
    const pairs = from.lenderPairs(fromSlot) ?? [];
    for (let index = 0; index < pairs.length; index += 2) {
      this.addLenderUse(slot, pairs[index] ?? 0, pairs[index + 1] ?? 0);
    }
    this.setAllocations(slot, from.allocationsOf(fromSlot));
  }

  #takeCap(): number {
    const free = this.#capFree;
    if (free !== NONE) {
      this.#capFree = this.capI[free * 4 + 3] ?? NONE;
      return free;
    }
    if (this.#capUsed === this.capRecords) this.#growCaps();
    this.#capUsed += 1;
    return this.#capUsed - 1;
  }

  #freeCaps(slot: number): void {
    const head = this.i[slot * INTS + E_CAP_HEAD] ?? NONE;
    if (head === NONE) return;
    let tail = head;
    for (
      let next = this.capI[tail * 4 + 3] ?? NONE;
      next !== NONE;
      next = this.capI[tail * 4 + 3] ?? NONE
    ) {
      tail = next;
    }
    this.capI[tail * 4 + 3] = this.#capFree;
    this.#capFree = head;
    this.i[slot * INTS + E_CAP_HEAD] = NONE;
  }

  #grow(slots: number): void {
    const capacity = Math.max(this.capacity * 2, slots);
    const hot = new ArrayBuffer(capacity * FLOATS * 8);
    const f = new Float64Array(hot);
    f.set(this.f);
    this.f = f;
    this.i = new Int32Array(hot);
    const c = new Float64Array(capacity * COLD);
    c.set(this.c);
    this.c = c;
    this.capacity = capacity;
  }

  #growCaps(): void {
    const caps = new ArrayBuffer(this.capF.byteLength * 2);
    const capF = new Float64Array(caps);
    capF.set(this.capF);
    this.capF = capF;
    this.capI = new Int32Array(caps);
  }
}

/**
 * The readable view of one slot. `pool` and `slot` move when a detached entry is indexed;
 * a view is valid while its entry is remembered (a forgotten slot is reused).
 */
export class EntryView {
  pool: EntryPool;
  slot: number;
  /** The order's or tranche's number in the id table: its slot once indexed. */
  readonly entryNo: number;
  /** Lender id for a lend order, borrower id for a tranche. */
  readonly ownerId: string;
  /** Client order id for a lend order, tranche id for a tranche. */
  readonly entryId: string;

  constructor(pool: EntryPool, slot: number, entryNo: number, ownerId: string, entryId: string) {
    this.pool = pool;
    this.slot = slot;
    this.entryNo = entryNo;
    this.ownerId = ownerId;
    this.entryId = entryId;
  }

  get side(): Side {
    return this.pool.side;
  }
  get ownerNo(): number {
    return this.pool.int(this.slot, E_OWNER);
  }
  get rateBps(): number {
    return this.pool.int(this.slot, E_RATE);
  }
  set rateBps(value: number) {
    this.pool.setInt(this.slot, E_RATE, value);
  }
  get placedRateBps(): number {
    return this.pool.placedRate(this.slot);
  }
  get amountFen(): number {
    return this.pool.cold(this.slot, C_AMOUNT);
  }
  get filledFen(): number {
    return this.pool.filled(this.slot);
  }
  set filledFen(value: number) {
    this.pool.setAmounts(this.slot, value, this.reducedFen);
  }
  get reducedFen(): number {
    return this.pool.cold(this.slot, C_REDUCED);
  }
  set reducedFen(value: number) {
    this.pool.setAmounts(this.slot, this.filledFen, value);
  }
  get remainingFen(): number {
    return this.pool.remaining(this.slot);
  }
  get expiresAtMs(): number {
    return this.pool.num(this.slot, E_EXPIRES);
  }
  get tif(): TimeInForce {
    return tifByCode[this.pool.tifCode(this.slot)] ?? 'GTC';
  }
  get seq(): number {
    return this.pool.cold(this.slot, C_SEQ);
  }
  get prioritySeq(): number {
    return this.pool.num(this.slot, E_PRIORITY);
  }
  set prioritySeq(value: number) {
    this.pool.setNum(this.slot, E_PRIORITY, value);
  }
  get acceptedFilledFen(): number {
    return this.pool.cold(this.slot, C_ACCEPTED_FILLED);
  }
  set acceptedFilledFen(value: number) {
    this.pool.setCold(this.slot, C_ACCEPTED_FILLED, value);
  }
  get acceptedState(): OrderState {
    return stateByCode[this.pool.stateCode(this.slot)] ?? 'resting';
  }
  set acceptedState(value: OrderState) {
    this.pool.setState(this.slot, stateByCode.indexOf(value));
  }
  get resting(): boolean {
    return this.pool.resting(this.slot);
  }
  /** Per lender filled total (lender-cap rule) as flat (lender number, fen) pairs, or null. */
  get lenderFilledFen(): number[] | null {
    return this.pool.lenderPairs(this.slot);
  }
  get allocations(): Allocation[] | null {
    return this.pool.allocationsOf(this.slot);
  }
  set allocations(value: Allocation[] | null) {
    this.pool.setAllocations(this.slot, value);
  }

  lenderUsedFen(lenderNo: number): number {
    return this.pool.lenderUsedFen(this.slot, lenderNo);
  }

  addLenderUse(lenderNo: number, amountFen: number): void {
    this.pool.addLenderUse(this.slot, lenderNo, amountFen);
  }
}

/** A detached entry (a restore builds these), indexed into a market by MarketState.index(). */
export class BookEntry extends EntryView {
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
    super(new EntryPool(side, 1), 0, entryNo, ownerId, entryId);
    this.pool.init(0, ownerNo, rateBps, amountFen, tifCodeOf(tif), seq, expiresAtMs);
  }
}
