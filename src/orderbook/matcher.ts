/**
 * The matching loop: an aggressor (a new or amended lend order, or a newly listed tranche) walks
 * the other side of the book from the best rate towards its own limit, in price-time priority.
 * Method: levels are visited best first through the side's rate bitset and each level's FIFO is
 * walked head to tail. A counterparty is skipped (and stays in the book) when it belongs to the
 * aggressor's own user (no self-funding), when it has expired but not yet been swept by a tick,
 * or when the pair allows no fill: the lender cap of the tranche is used up, or the fill would
 * be below the minimum ticket without completing the tranche. pairAmountFen is the one place
 * that sizes a fill, shared by the matcher and the fill-or-kill check so they always agree.
 * Every fill is at the resting entry's rate and names the rule that decided its amount, as codes
 * and numbers in the EventSink; the readable event and sentence are made at the edge.
 */
import { assert } from '../shared/index.js';
import type { BookSide, MarketState } from './book.js';
import {
  C_AMOUNT,
  E_CAP_FEN,
  E_EXPIRES,
  E_REMAINING,
  E_NEXT,
  E_OWNER,
  E_PRIORITY,
  E_RATE,
  FLOATS,
  INTS,
  NONE,
  SIDE_LEND,
  SIDE_TRANCHE,
  type Side,
} from './price-level.js';
import {
  CLOSE_FILLED,
  EV_ORDER_CLOSED,
  EV_TRANCHE_FUNDED,
  FUNDED_FULLY,
  RESTING_TRANCHE,
  type EventSink,
} from './sink.js';

/** Whether a resting level at `restingRateBps` crosses the aggressor's limit. */
function crosses(aggressorSideIsLend: boolean, limitRateBps: number, restingRateBps: number) {
  return aggressorSideIsLend ? restingRateBps >= limitRateBps : restingRateBps <= limitRateBps;
}

/** What one lender may still put into one tranche (a slot) under the lender cap. */
export function capHeadroomFen(market: MarketState, tranche: number, lenderNo: number): number {
  if (!market.capActive) return Number.MAX_SAFE_INTEGER;
  const pool = market.tranches.pool;
  return pool.num(tranche, E_CAP_FEN) - pool.lenderUsedFen(tranche, lenderNo);
}

/**
 * The amount one fill between a lender's order (with `orderRemainingFen` left) and a tranche
 * (with `trancheRemainingFen` left, and `headroomFen` under the lender cap) may move, or 0
 * when the rules allow none.
 */
function sizeFill(
  market: MarketState,
  orderRemainingFen: number,
  trancheRemainingFen: number,
  headroomFen: number,
): number {
  let amountFen = orderRemainingFen < trancheRemainingFen ? orderRemainingFen : trancheRemainingFen;
  if (headroomFen < amountFen) amountFen = headroomFen;
  if (amountFen <= 0) return 0;
  // The minimum ticket never blocks the fill that completes a tranche.
  if (amountFen < market.rules.minTicketFen && amountFen !== trancheRemainingFen) return 0;
  return amountFen;
}

export function pairAmountFen(
  market: MarketState,
  lenderNo: number,
  orderRemainingFen: number,
  tranche: number,
): number {
  const trancheRemainingFen = market.tranches.pool.remaining(tranche);
  const headroomFen = capHeadroomFen(market, tranche, lenderNo);
  return sizeFill(market, orderRemainingFen, trancheRemainingFen, headroomFen);
}

/**
 * How much the book could fill right now for a lend order, counting at most `wantedFen`
 * (the early exit keeps a FOK check cheap when the book is deep). It walks exactly the pairs
 * the matcher would, sizing each with pairAmountFen, without changing anything.
 */
export function fillableFen(
  market: MarketState,
  lenderNo: number,
  limitRateBps: number,
  wantedFen: number,
  nowMs: number,
): number {
  assert(wantedFen > 0, 'wanted amount is positive');
  const book = market.tranches;
  const pool = book.pool;
  let leftFen = wantedFen;
  let rate = book.bestRate();
  while (rate !== -1 && crosses(true, limitRateBps, rate)) {
    for (let slot = book.heads[rate] ?? NONE; slot !== NONE; slot = pool.int(slot, E_NEXT)) {
      if (pool.int(slot, E_OWNER) === lenderNo || pool.num(slot, E_EXPIRES) <= nowMs) continue;
      leftFen -= pairAmountFen(market, lenderNo, leftFen, slot);
      if (leftFen === 0) return wantedFen;
    }
    rate = book.nextWorseRate(rate);
  }
  return wantedFen - leftFen;
}

/**
 * Fills the aggressor (a slot of `side`, not resting) against the other side of the book as
 * far as it crosses; appends events.
 */
export function matchAggressor(
  market: MarketState,
  side: Side,
  aggressor: number,
  seq: number,
  nowMs: number,
  sink: EventSink,
): void {
  const isLend = side === SIDE_LEND;
  const aggressorPool = isLend ? market.lend.pool : market.tranches.pool;
  assert(!aggressorPool.resting(aggressor), 'the aggressor is not in the book yet');
  const book = isLend ? market.tranches : market.lend;
  // No slot is added to either pool while matching, so their arrays stay put.
  const f = book.pool.f;
  const ints = book.pool.i;
  const ownerNo = aggressorPool.int(aggressor, E_OWNER);
  const limitRateBps = aggressorPool.int(aggressor, E_RATE);
  let leftFen = aggressorPool.remaining(aggressor);
  let fillNumber = 0;
  let rate = book.bestRate();
  while (rate !== -1 && leftFen > 0 && crosses(isLend, limitRateBps, rate)) {
    let slot = book.heads[rate] ?? NONE;
    while (slot !== NONE && leftFen > 0) {
      // Read the successor first: a fully filled entry is unlinked below.
      const next = ints[slot * INTS + E_NEXT] ?? NONE;
      if (ints[slot * INTS + E_OWNER] !== ownerNo && (f[slot * FLOATS + E_EXPIRES] ?? 0) > nowMs) {
        const amountFen = fillPair(market, book, aggressor, slot, seq, fillNumber + 1, sink);
        if (amountFen > 0) {
          fillNumber += 1;
          leftFen -= amountFen;
        }
      }
      slot = next;
    }
    rate = book.nextWorseRate(rate);
  }
  assert(leftFen === aggressorPool.remaining(aggressor) && leftFen >= 0, 'aggressor filled');
}

/**
 * One pair: sizes the fill (sizeFill), moves it, records it for the cap and for refunds, emits
 * the fill and closes the resting entry when it is done. Returns the amount (0: no fill).
 */
function fillPair(
  market: MarketState,
  book: BookSide,
  aggressor: number,
  resting: number,
  seq: number,
  fillNumber: number,
  sink: EventSink,
): number {
  const restingIsTranche = book.side === SIDE_TRANCHE;
  const order = restingIsTranche ? aggressor : resting;
  const tranche = restingIsTranche ? resting : aggressor;
  const orders = market.lend.pool;
  const tranches = market.tranches.pool;
  const lenderNo = orders.i[order * INTS + E_OWNER] ?? NONE;
  const orderLeftFen = orders.remaining(order);
  const trancheLeftFen = tranches.remaining(tranche);
  // The lender's cap record in this tranche (NONE: no fill yet, or no cap), found once.
  const cap = market.capActive ? tranches.findCap(tranche, lenderNo) : NONE;
  const headroomFen = market.capActive
    ? (tranches.f[tranche * FLOATS + E_CAP_FEN] ?? 0) -
      (cap === NONE ? 0 : tranches.capUsedFen(cap))
    : Number.MAX_SAFE_INTEGER;
  const amountFen = sizeFill(market, orderLeftFen, trancheLeftFen, headroomFen);
  if (amountFen === 0) return 0;
  // Which rule set the amount, read before the fill moves it (an index of sink.fillRules).
  let code = amountFen === trancheLeftFen ? 1 : amountFen === orderLeftFen ? 0 : 2;
  if (restingIsTranche) code |= RESTING_TRANCHE;
  orders.f[order * FLOATS + E_REMAINING] = orderLeftFen - amountFen;
  tranches.f[tranche * FLOATS + E_REMAINING] = trancheLeftFen - amountFen;
  const restingPool = book.pool;
  const rateBps = restingPool.i[resting * INTS + E_RATE] ?? 0;
  book.totals[rateBps] = (book.totals[rateBps] ?? 0) - amountFen;
  if (cap !== NONE) tranches.addCapFen(cap, amountFen);
  else if (market.capActive) tranches.appendCap(tranche, lenderNo, amountFen);
  // Only tranches with a deadline list their fills (for refunds), so only they build an id.
  if (tranches.hasAllocations(tranche)) {
    addAllocation(market, order, tranche, amountFen, `${seq}:${fillNumber}`);
  }
  const priority = restingPool.f[resting * FLOATS + E_PRIORITY] ?? 0;
  const restingLeftFen = restingIsTranche ? trancheLeftFen - amountFen : orderLeftFen - amountFen;
  sink.pushFill(code, order, tranche, amountFen, rateBps, orderLeftFen - amountFen);
  sink.finishFill(trancheLeftFen - amountFen, priority, fillNumber);
  if (restingLeftFen === 0) closeResting(market, book, resting, sink);
  return amountFen;
}

function addAllocation(
  market: MarketState,
  order: number,
  tranche: number,
  amountFen: number,
  fillNumber: string,
): void {
  const allocations = market.tranches.pool.allocationsOf(tranche);
  assert(allocations !== null, 'the tranche lists its fills');
  allocations.push({
    fillId: `${market.marketId}:${fillNumber}`,
    lenderId: market.ids.accountName(market.lend.pool.int(order, E_OWNER)),
    clientOrderId: market.ids.orderName(order),
    amountFen,
  });
}
function closeResting(market: MarketState, book: BookSide, slot: number, sink: EventSink) {
  book.removeSlot(slot);
  market.retireSlot(book.side, slot);
  if (book.side === SIDE_LEND) sink.pushEntry(EV_ORDER_CLOSED, CLOSE_FILLED, slot, 0);
  else sink.pushEntry(EV_TRANCHE_FUNDED, FUNDED_FULLY, slot, book.pool.cold(slot, C_AMOUNT));
}
