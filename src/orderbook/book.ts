/**
 * The state of one market: two book sides, the id indexes and the seq source.
 * Method: each side is a ladder of FIFO levels indexed directly by rate (rates are bounded
 * integers, 1..limits.rateBpsMax) held in typed arrays (head and tail slot, count, resting sum
 * per rate), plus a bitset of non-empty rates to find the best level fast. Ids are interned to
 * numbers at the edge (ids.ts) and an entry's number is its slot in the side's pool
 * (price-level.ts): O(1) cancel with no string hashing and no object per entry, and the
 * bounded idempotency table. Nothing here reads the clock or does I/O.
 */
import { assert, isValidMarketId, limits } from '../shared/index.js';
import {
  C_AMOUNT,
  E_CAP_FEN,
  E_FLAGS,
  E_NEXT,
  E_OWNER,
  E_PREV,
  E_RATE,
  EntryPool,
  EntryView,
  FLAG_PRESENT,
  FLAG_RESTING,
  INTS,
  NONE,
  SIDE_LEND,
  SIDE_TRANCHE,
  type Side,
} from './price-level.js';
import { ExpiryHeap } from './expiry-heap.js';
import { IdTable } from './ids.js';
import { RateSet } from './rate-set.js';
import type { BookLevel, BookSnapshot } from './types.js';

/** Seq counter shared by every market of one shard: seqs are monotonic per shard. */
export interface SeqSource {
  lastSeq: number;
}

export function createSeqSource(lastSeq = 0): SeqSource {
  assert(Number.isSafeInteger(lastSeq), 'lastSeq is an integer');
  assert(lastSeq >= 0, 'lastSeq is not negative');
  return { lastSeq };
}

export class BookSide {
  readonly side: Side;
  /** Every remembered entry of this side, by its order or tranche number. */
  readonly pool: EntryPool;
  readonly rates: RateSet;
  /** Per rate: the FIFO's first and last slot (NONE when empty), entry count, resting sum. */
  readonly heads: Int32Array;
  readonly tails: Int32Array;
  readonly counts: Int32Array;
  readonly totals: Float64Array;
  /** Sum of level counts: resting entries on this side. */
  count = 0;

  constructor(side: Side) {
    this.side = side;
    this.pool = new EntryPool(side);
    this.heads = new Int32Array(limits.rateBpsMax + 1).fill(NONE);
    this.tails = new Int32Array(limits.rateBpsMax + 1).fill(NONE);
    this.counts = new Int32Array(limits.rateBpsMax + 1);
    this.totals = new Float64Array(limits.rateBpsMax + 1);
    this.rates = new RateSet(limits.rateBpsMax);
  }

  /** Best non-empty rate: lowest for lend orders, highest for tranches; -1 when empty. */
  bestRate(): number {
    return this.side === SIDE_LEND
      ? this.rates.nextFrom(limits.rateBpsMin)
      : this.rates.previousFrom(limits.rateBpsMax);
  }

  /** The next worse non-empty rate after `rateBps`, or -1. */
  nextWorseRate(rateBps: number): number {
    return this.side === SIDE_LEND
      ? this.rates.nextFrom(rateBps + 1)
      : this.rates.previousFrom(rateBps - 1);
  }

  /** Links the entry at the tail of its rate's FIFO. */
  appendSlot(slot: number): void {
    const pool = this.pool;
    const ints = pool.i;
    const at = slot * INTS;
    const flags = ints[at + E_FLAGS] ?? 0;
    assert((flags & (FLAG_PRESENT | FLAG_RESTING)) === FLAG_PRESENT, 'remembered, not resting');
    const rate = ints[at + E_RATE] ?? 0;
    const tail = this.tails[rate] ?? NONE;
    ints[at + E_PREV] = tail;
    ints[at + E_NEXT] = NONE;
    if (tail === NONE) this.heads[rate] = slot;
    else ints[tail * INTS + E_NEXT] = slot;
    this.tails[rate] = slot;
    ints[at + E_FLAGS] = flags | FLAG_RESTING;
    this.totals[rate] = (this.totals[rate] ?? 0) + pool.remaining(slot);
    const count = (this.counts[rate] ?? 0) + 1;
    this.counts[rate] = count;
    if (count === 1) this.rates.add(rate);
    this.count += 1;
  }

  /** Unlinks the entry; the caller has already taken whatever was filled off the total. */
  removeSlot(slot: number): void {
    const pool = this.pool;
    const ints = pool.i;
    const at = slot * INTS;
    const flags = ints[at + E_FLAGS] ?? 0;
    assert((flags & FLAG_RESTING) !== 0, 'entry is resting');
    const rate = ints[at + E_RATE] ?? 0;
    const prev = ints[at + E_PREV] ?? NONE;
    const next = ints[at + E_NEXT] ?? NONE;
    if (prev === NONE) this.heads[rate] = next;
    else ints[prev * INTS + E_NEXT] = next;
    if (next === NONE) this.tails[rate] = prev;
    else ints[next * INTS + E_PREV] = prev;
    ints[at + E_PREV] = NONE;
    ints[at + E_NEXT] = NONE;
    ints[at + E_FLAGS] = flags & ~FLAG_RESTING;
    this.totals[rate] = (this.totals[rate] ?? 0) - pool.remaining(slot);
    const count = (this.counts[rate] ?? 0) - 1;
    assert(count >= 0, 'level is not empty');
    this.counts[rate] = count;
    if (count === 0) this.rates.delete(rate);
    this.count -= 1;
  }

  /** Takes `amountFen` off a resting entry's level total (a reduce). */
  reduceTotal(rateBps: number, amountFen: number): void {
    this.totals[rateBps] = (this.totals[rateBps] ?? 0) - amountFen;
  }

  /** A restore links an indexed view (entries are appended in priority order). */
  append(entry: EntryView): void {
    assert(entry.pool === this.pool, 'entry is indexed on this side');
    this.appendSlot(entry.slot);
  }

  remove(entry: EntryView): void {
    assert(entry.pool === this.pool, 'entry is indexed on this side');
    this.removeSlot(entry.slot);
  }
}

/**
 * The product parameters of a market (P2P rules the matcher enforces itself).
 * Defaults switch the amount rules off (a library should not invent a product), and require a
 * full funding at a deadline (no loan originates partially unless the product allows it):
 * - minTicketFen 1: every fill of at least 1 fen is allowed. A fill that completes a tranche is
 *   always allowed, even below the minimum ticket; a place below it is BELOW_MIN_TICKET.
 * - lenderShareMaxBps 10,000: one lender may fund all of a loan. Below 10,000, one lender's
 *   fills into one tranche never exceed floor(tranche amount x bps / 10,000).
 * - minFundedShareBps 10,000: at its deadline a tranche that is not fully funded is expired and
 *   every allocation refunded; below 10,000, a tranche funded to at least ceil(amount x bps /
 *   10,000) (and above zero) originates at the funded amount instead.
 */
export interface MarketRules {
  minTicketFen: number;
  lenderShareMaxBps: number;
  minFundedShareBps: number;
}

export const defaultMarketRules: Readonly<MarketRules> = {
  minTicketFen: 1,
  lenderShareMaxBps: 10_000,
  minFundedShareBps: 10_000,
};

export interface MarketOptions extends Partial<MarketRules> {
  /** Shared with the other markets of a shard; a market gets its own when omitted. */
  seqSource?: SeqSource;
  /** Resting orders plus tranches before BOOK_FULL; injectable so tests can reach it. */
  restingOrdersMax?: number;
  /** Closed entries remembered for idempotency (limits.closedEntriesPerMarketMax). */
  closedEntriesMax?: number;
}

/** floor(amountFen x bps / 10,000) without leaving the safe-integer range. */
export function shareFloorFen(amountFen: number, bps: number): number {
  const whole = Math.floor(amountFen / 10_000);
  const rest = amountFen - whole * 10_000;
  return whole * bps + Math.floor((rest * bps) / 10_000);
}

/** ceil(amountFen x bps / 10,000) without leaving the safe-integer range. */
export function shareCeilFen(amountFen: number, bps: number): number {
  const whole = Math.floor(amountFen / 10_000);
  const rest = amountFen - whole * 10_000;
  return whole * bps + Math.ceil((rest * bps) / 10_000);
}

/** Handle of an entry in the expiry index and the closed queue: slot and side in one number. */
export function handleOf(side: Side, slot: number): number {
  return slot * 2 + side;
}

export class MarketState {
  readonly marketId: string;
  readonly lend = new BookSide(SIDE_LEND);
  readonly tranches = new BookSide(SIDE_TRANCHE);
  /** Account, order and tranche ids as numbers (interned at the edge). */
  readonly ids = new IdTable();
  readonly ordersById = new OrderLookup(this);
  readonly tranchesById = new TrancheLookup(this);
  readonly seqSource: SeqSource;
  readonly restingOrdersMax: number;
  readonly rules: Readonly<MarketRules>;
  /** Whether the lender cap is on: off, no per-lender totals are kept at all. */
  readonly capActive: boolean;
  /** Accounts that may not trade in this market, in the order they were frozen. */
  readonly frozen = new Set<string>();
  /** The same accounts by number, for the hot path. */
  readonly frozenNos = new Set<number>();
  /** Resting orders with an expiry and tranches with a deadline, earliest first. */
  readonly expiries = new ExpiryHeap();
  /** Seq of the last command that changed this market. */
  lastSeq = 0;
  readonly closedEntriesMax: number;
  /** Closed orders and tranches (handles), oldest first: the idempotency table's bounded tail. */
  #closed = new Int32Array(1024);
  #closedHead = 0;
  #closedTail = 0;

  constructor(marketId: string, options: MarketOptions) {
    this.marketId = marketId;
    this.seqSource = options.seqSource ?? createSeqSource();
    this.restingOrdersMax = options.restingOrdersMax ?? limits.restingOrdersPerMarketMax;
    this.closedEntriesMax = options.closedEntriesMax ?? limits.closedEntriesPerMarketMax;
    this.rules = {
      minTicketFen: options.minTicketFen ?? defaultMarketRules.minTicketFen,
      lenderShareMaxBps: options.lenderShareMaxBps ?? defaultMarketRules.lenderShareMaxBps,
      minFundedShareBps: options.minFundedShareBps ?? defaultMarketRules.minFundedShareBps,
    };
    this.capActive = this.rules.lenderShareMaxBps < 10_000;
  }

  get restingCount(): number {
    return this.lend.count + this.tranches.count;
  }

  accountName(no: number): string {
    return this.ids.accountName(no);
  }

  /**
   * Records that an entry closed (its close event was just emitted); past closedEntriesMax the
   * oldest closed entry is forgotten and its number released, so the tables stay bounded.
   */
  retireSlot(side: Side, slot: number): void {
    assert(!(side === SIDE_LEND ? this.lend : this.tranches).pool.resting(slot), 'closed');
    if (this.#closedTail === this.#closed.length) this.#compactClosed();
    this.#closed[this.#closedTail] = handleOf(side, slot);
    this.#closedTail += 1;
    if (this.#closedTail - this.#closedHead <= this.closedEntriesMax) return;
    const oldest = this.#closed[this.#closedHead] ?? 0;
    this.#closedHead += 1;
    this.forgetSlot(oldest & 1 ? SIDE_TRANCHE : SIDE_LEND, oldest >>> 1);
  }

  retire(entry: EntryView): void {
    assert(entry.pool === this.sideOf(entry.side).pool, 'the retired entry is indexed');
    this.retireSlot(entry.side, entry.slot);
  }

  /** Moves the live part of the closed queue to the front, or doubles it when mostly live. */
  #compactClosed(): void {
    const live = this.#closed.subarray(this.#closedHead, this.#closedTail);
    const closed =
      live.length * 2 > this.#closed.length
        ? new Int32Array(this.#closed.length * 2)
        : this.#closed;
    closed.set(live, 0);
    this.#closed = closed;
    this.#closedHead = 0;
    this.#closedTail = live.length;
  }

  sideOf(side: Side): BookSide {
    return side === SIDE_LEND ? this.lend : this.tranches;
  }

  /** Indexes a detached entry (a restore): copies it into its side's pool under its number. */
  index(entry: EntryView): void {
    const pool = this.sideOf(entry.side).pool;
    assert(!pool.present(entry.entryNo), 'an entry number is indexed once');
    pool.copyFrom(entry.pool, entry.slot, entry.entryNo);
    entry.pool = pool;
    entry.slot = entry.entryNo;
    if (entry.side === SIDE_TRANCHE) this.deriveCap(entry.slot);
  }

  /** Sets a tranche's lender cap in fen from its amount (the matcher reads it per fill). */
  deriveCap(tranche: number): void {
    const pool = this.tranches.pool;
    const capFen = this.capActive
      ? shareFloorFen(pool.cold(tranche, C_AMOUNT), this.rules.lenderShareMaxBps)
      : Number.MAX_SAFE_INTEGER;
    pool.setNum(tranche, E_CAP_FEN, capFen);
  }

  /**
   * Forgets a closed entry: its number goes back to the id table. The slot's fields stay as
   * they are until the edge numbers a new id into it, so the outcome being built still reads
   * them.
   */
  forgetSlot(side: Side, slot: number): void {
    this.sideOf(side).pool.release(slot);
    if (side === SIDE_LEND) this.ids.releaseOrder(slot);
    else this.ids.releaseTranche(slot);
  }

  /** The readable view of an indexed slot. */
  view(side: Side, slot: number): EntryView {
    const pool = this.sideOf(side).pool;
    const ownerId = this.ids.accountName(pool.int(slot, E_OWNER));
    const entryId = side === SIDE_LEND ? this.ids.orderName(slot) : this.ids.trancheName(slot);
    return new EntryView(pool, slot, slot, ownerId, entryId);
  }

  /** The remembered closed entries, oldest first (for snapshots and the state hash). */
  closedEntries(): EntryView[] {
    const entries: EntryView[] = [];
    for (let at = this.#closedHead; at < this.#closedTail; at += 1) {
      const handle = this.#closed[at] ?? 0;
      entries.push(this.view(handle & 1 ? SIDE_TRANCHE : SIDE_LEND, handle >>> 1));
    }
    return entries;
  }
}

/** The remembered entries of one side in seq order (canonical for snapshots and hashes). */
function bySeq(market: MarketState, side: BookSide): EntryView[] {
  const entries: EntryView[] = [];
  const pool = side.pool;
  for (let slot = 0; slot < pool.capacity; slot += 1) {
    if (pool.present(slot)) entries.push(market.view(side.side, slot));
  }
  return entries.sort((a, b) => a.seq - b.seq);
}

/** Orders by (lender id, client order id), for audits, snapshots and tests (not the hot path). */
export class OrderLookup {
  readonly #market: MarketState;

  constructor(market: MarketState) {
    this.#market = market;
  }

  get size(): number {
    return this.values().length;
  }

  get(lenderId: string, clientOrderId: string): EntryView | undefined {
    const no = this.#market.ids.findOrder(lenderId, clientOrderId);
    if (no === undefined || !this.#market.lend.pool.present(no)) return undefined;
    return this.#market.view(SIDE_LEND, no);
  }

  /** Every order of one lender, in acceptance (seq) order. */
  ofLender(lenderId: string): EntryView[] {
    return this.values().filter((entry) => entry.ownerId === lenderId);
  }

  /** Every remembered order in acceptance (seq) order. */
  values(): EntryView[] {
    return bySeq(this.#market, this.#market.lend);
  }
}

export class TrancheLookup {
  readonly #market: MarketState;

  constructor(market: MarketState) {
    this.#market = market;
  }

  get(trancheId: string): EntryView | undefined {
    const no = this.#market.ids.findTranche(trancheId);
    if (no === undefined || !this.#market.tranches.pool.present(no)) return undefined;
    return this.#market.view(SIDE_TRANCHE, no);
  }

  values(): EntryView[] {
    return bySeq(this.#market, this.#market.tranches);
  }
}

export function createMarket(marketId: string, options: MarketOptions = {}): MarketState {
  assert(isValidMarketId(marketId), `market id ${marketId} is valid`);
  const market = new MarketState(marketId, options);
  assert(Number.isSafeInteger(market.restingOrdersMax), 'restingOrdersMax is an integer');
  assert(market.restingOrdersMax > 0, 'restingOrdersMax is positive');
  assert(Number.isSafeInteger(market.closedEntriesMax), 'closedEntriesMax is an integer');
  assert(market.closedEntriesMax >= 0, 'closedEntriesMax is not negative');
  assertRules(market.rules);
  return market;
}

export function assertRules(rules: Readonly<MarketRules>): void {
  const { minTicketFen, lenderShareMaxBps, minFundedShareBps } = rules;
  assert(Number.isSafeInteger(minTicketFen) && minTicketFen >= 1, 'minTicketFen >= 1');
  assert(minTicketFen <= limits.amountFenMax, 'minTicketFen within the amount range');
  assert(Number.isSafeInteger(lenderShareMaxBps), 'lenderShareMaxBps is an integer');
  assert(lenderShareMaxBps >= 1 && lenderShareMaxBps <= 10_000, 'lenderShareMaxBps in 1..10000');
  assert(Number.isSafeInteger(minFundedShareBps), 'minFundedShareBps is an integer');
  assert(minFundedShareBps >= 0 && minFundedShareBps <= 10_000, 'minFundedShareBps in 0..10000');
}

function topLevels(side: BookSide, depth: number): BookLevel[] {
  const result: BookLevel[] = [];
  let rate = side.bestRate();
  while (rate !== -1 && result.length < depth) {
    const amountFen = side.totals[rate] ?? 0;
    result.push({ rateBps: rate, amountFen, count: side.counts[rate] ?? 0 });
    rate = side.nextWorseRate(rate);
  }
  return result;
}

export function snapshotBook(
  market: MarketState,
  depth: number = limits.bookDepthLevels,
): BookSnapshot {
  assert(Number.isSafeInteger(depth), 'depth is an integer');
  assert(depth >= 0, 'depth is not negative');
  return {
    marketId: market.marketId,
    seq: market.lastSeq,
    lend: topLevels(market.lend, depth),
    tranches: topLevels(market.tranches, depth),
  };
}
