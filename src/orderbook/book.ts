/**
 * The state of one market: two book sides, the id indexes and the seq source.
 * Method: each side is an array of FIFO levels indexed directly by rate (rates are bounded
 * integers, 1..limits.rateBpsMax) plus a bitset of non-empty rates to find the best level fast.
 * Ids are interned to numbers at the edge (ids.ts); plain arrays indexed by order and tranche
 * number hold every remembered entry: O(1) cancel with no string hashing, and the bounded
 * idempotency table. Nothing here reads the clock or does I/O.
 */
import { assert, isValidMarketId, limits } from '../shared/index.js';
import { PriceLevel, SIDE_LEND, SIDE_TRANCHE, type BookEntry, type Side } from './price-level.js';
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
  readonly levels: PriceLevel[];
  readonly rates: RateSet;
  /** Sum of level counts: resting entries on this side. */
  count = 0;

  constructor(side: Side) {
    this.side = side;
    this.levels = [];
    for (let rate = 0; rate <= limits.rateBpsMax; rate += 1) this.levels.push(new PriceLevel(rate));
    this.rates = new RateSet(limits.rateBpsMax);
  }

  level(rateBps: number): PriceLevel {
    const level = this.levels[rateBps];
    assert(level !== undefined, 'rate has a level');
    return level;
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

  append(entry: BookEntry): void {
    assert(entry.side === this.side, 'entry is on this side');
    const level = this.level(entry.rateBps);
    level.append(entry);
    if (level.count === 1) this.rates.add(entry.rateBps);
    this.count += 1;
  }

  remove(entry: BookEntry): void {
    assert(entry.side === this.side, 'entry is on this side');
    const level = this.level(entry.rateBps);
    level.remove(entry);
    if (level.count === 0) this.rates.delete(entry.rateBps);
    this.count -= 1;
  }

  /** Records a fill against a resting entry without unlinking it. */
  fillResting(entry: BookEntry, amountFen: number): void {
    assert(entry.resting, 'entry is resting');
    assert(amountFen > 0 && amountFen <= entry.remainingFen, 'fill within the remainder');
    entry.filledFen += amountFen;
    this.level(entry.rateBps).totalFen -= amountFen;
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

export class MarketState {
  readonly marketId: string;
  readonly lend = new BookSide(SIDE_LEND);
  readonly tranches = new BookSide(SIDE_TRANCHE);
  /** Account, order and tranche ids as numbers (interned at the edge). */
  readonly ids = new IdTable();
  /** Every remembered order (resting or closed, the idempotency table) by its order number. */
  readonly orderByNo: (BookEntry | undefined)[] = [];
  /** Every remembered tranche by its tranche number. */
  readonly trancheByNo: (BookEntry | undefined)[] = [];
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
  /** Closed orders and tranches, oldest first: the bounded tail of the idempotency table. */
  readonly #closed: BookEntry[] = [];
  #closedHead = 0;

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
   * oldest closed entry is forgotten and its numbers released, so the id tables stay bounded.
   */
  retire(entry: BookEntry): void {
    assert(!entry.resting, 'only a closed entry retires');
    this.#closed.push(entry);
    if (this.#closed.length - this.#closedHead <= this.closedEntriesMax) return;
    const oldest = this.#closed[this.#closedHead];
    assert(oldest !== undefined, 'the closed queue is not empty');
    this.#closedHead += 1;
    this.forget(oldest);
    // Compact now and then so the array does not keep every entry ever closed.
    if (this.#closedHead >= 1024 && this.#closedHead * 2 >= this.#closed.length) {
      this.#closed.splice(0, this.#closedHead);
      this.#closedHead = 0;
    }
  }

  /** Indexes a new entry under its number. */
  index(entry: BookEntry): void {
    const table = entry.side === SIDE_LEND ? this.orderByNo : this.trancheByNo;
    assert(table[entry.entryNo] === undefined, 'an entry number is indexed once');
    while (table.length < entry.entryNo) table.push(undefined);
    table[entry.entryNo] = entry;
  }

  forget(entry: BookEntry): void {
    const table = entry.side === SIDE_LEND ? this.orderByNo : this.trancheByNo;
    assert(table[entry.entryNo] === entry, 'the forgotten entry is indexed');
    table[entry.entryNo] = undefined;
    if (entry.side === SIDE_LEND) this.ids.releaseOrder(entry.entryNo);
    else this.ids.releaseTranche(entry.entryNo);
  }

  /** The remembered closed entries, oldest first (for snapshots and the state hash). */
  closedEntries(): BookEntry[] {
    return this.#closed.slice(this.#closedHead);
  }
}

/** The remembered entries of one table in seq order (canonical for snapshots and hashes). */
function bySeq(table: readonly (BookEntry | undefined)[]): BookEntry[] {
  const entries: BookEntry[] = [];
  for (const entry of table) if (entry !== undefined) entries.push(entry);
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

  get(lenderId: string, clientOrderId: string): BookEntry | undefined {
    const no = this.#market.ids.findOrder(lenderId, clientOrderId);
    return no === undefined ? undefined : this.#market.orderByNo[no];
  }

  /** Every order of one lender, in acceptance (seq) order. */
  ofLender(lenderId: string): BookEntry[] {
    return this.values().filter((entry) => entry.ownerId === lenderId);
  }

  /** Every remembered order in acceptance (seq) order. */
  values(): BookEntry[] {
    return bySeq(this.#market.orderByNo);
  }
}

export class TrancheLookup {
  readonly #market: MarketState;

  constructor(market: MarketState) {
    this.#market = market;
  }

  get(trancheId: string): BookEntry | undefined {
    const no = this.#market.ids.findTranche(trancheId);
    return no === undefined ? undefined : this.#market.trancheByNo[no];
  }

  values(): BookEntry[] {
    return bySeq(this.#market.trancheByNo);
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
    const level = side.level(rate);
    result.push({ rateBps: rate, amountFen: level.totalFen, count: level.count });
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
