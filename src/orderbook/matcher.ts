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
import { shareFloorFen, type BookSide, type MarketState } from './book.js';
import { SIDE_LEND, type BookEntry } from './price-level.js';
import {
  CLOSE_FILLED,
  EV_FILL,
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

function contraSide(market: MarketState, aggressorSideIsLend: boolean): BookSide {
  return aggressorSideIsLend ? market.tranches : market.lend;
}

/** What one lender may still put into one tranche under the lender cap. */
export function capHeadroomFen(market: MarketState, tranche: BookEntry, lenderNo: number): number {
  if (!market.capActive) return Number.MAX_SAFE_INTEGER;
  const capFen = shareFloorFen(tranche.amountFen, market.rules.lenderShareMaxBps);
  return capFen - tranche.lenderUsedFen(lenderNo);
}

/**
 * The amount one fill between a lender's order (with `orderRemainingFen` left) and a tranche
 * may move, or 0 when the rules allow none.
 */
export function pairAmountFen(
  market: MarketState,
  lenderNo: number,
  orderRemainingFen: number,
  tranche: BookEntry,
): number {
  const trancheRemainingFen = tranche.remainingFen;
  let amountFen = orderRemainingFen < trancheRemainingFen ? orderRemainingFen : trancheRemainingFen;
  if (market.capActive) {
    const headroomFen = capHeadroomFen(market, tranche, lenderNo);
    if (headroomFen < amountFen) amountFen = headroomFen;
  }
  if (amountFen <= 0) return 0;
  // The minimum ticket never blocks the fill that completes a tranche.
  if (amountFen < market.rules.minTicketFen && amountFen !== trancheRemainingFen) return 0;
  return amountFen;
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
  let leftFen = wantedFen;
  let rate = book.bestRate();
  while (rate !== -1 && crosses(true, limitRateBps, rate)) {
    for (let entry = book.level(rate).head; entry !== null; entry = entry.next) {
      if (entry.ownerNo === lenderNo || entry.expiresAtMs <= nowMs) continue;
      leftFen -= pairAmountFen(market, lenderNo, leftFen, entry);
      if (leftFen === 0) return wantedFen;
    }
    rate = book.nextWorseRate(rate);
  }
  return wantedFen - leftFen;
}

/** Fills the aggressor against the book as far as it crosses; appends events. */
export function matchAggressor(
  market: MarketState,
  aggressor: BookEntry,
  seq: number,
  nowMs: number,
  sink: EventSink,
): void {
  assert(!aggressor.resting, 'the aggressor is not in the book yet');
  const aggressorSideIsLend = aggressor.side === SIDE_LEND;
  const book = contraSide(market, aggressorSideIsLend);
  let fillNumber = 0;
  let rate = book.bestRate();
  while (
    rate !== -1 &&
    aggressor.remainingFen > 0 &&
    crosses(aggressorSideIsLend, aggressor.rateBps, rate)
  ) {
    let entry = book.level(rate).head;
    while (entry !== null && aggressor.remainingFen > 0) {
      // Read the successor first: a fully filled entry is unlinked below.
      const next: BookEntry | null = entry.next;
      if (entry.ownerNo !== aggressor.ownerNo && entry.expiresAtMs > nowMs) {
        const order = aggressorSideIsLend ? aggressor : entry;
        const tranche = aggressorSideIsLend ? entry : aggressor;
        const amountFen = pairAmountFen(market, order.ownerNo, order.remainingFen, tranche);
        if (amountFen > 0) {
          fillNumber += 1;
          const ruleCode = ruleOf(amountFen, order, tranche);
          fillAgainst(market, book, aggressor, entry, amountFen, seq, fillNumber);
          const code = aggressorSideIsLend ? ruleCode | RESTING_TRANCHE : ruleCode;
          const index = sink.push(EV_FILL, code, order, tranche);
          sink.set(
            index,
            amountFen,
            entry.rateBps,
            order.remainingFen,
            tranche.remainingFen,
            entry.prioritySeq,
            fillNumber,
          );
          if (entry.remainingFen === 0) closeResting(market, book, entry, sink);
        }
      }
      entry = next;
    }
    rate = book.nextWorseRate(rate);
  }
  assert(aggressor.remainingFen >= 0, 'aggressor not overfilled');
}

/** Which rule set the amount, read before the fill moves it (an index of sink.fillRules). */
function ruleOf(amountFen: number, order: BookEntry, tranche: BookEntry): number {
  if (amountFen === tranche.remainingFen) return 1;
  if (amountFen === order.remainingFen) return 0;
  return 2;
}

/** Moves the amount between the two entries and records it for the cap and for refunds. */
function fillAgainst(
  market: MarketState,
  book: BookSide,
  aggressor: BookEntry,
  resting: BookEntry,
  amountFen: number,
  seq: number,
  fillNumber: number,
): void {
  assert(resting.ownerNo !== aggressor.ownerNo, 'a fill is never self-funding');
  assert(resting.side !== aggressor.side, 'a fill pairs an order with a tranche');
  assert(amountFen <= aggressor.remainingFen, 'fill within the aggressor');
  book.fillResting(resting, amountFen);
  aggressor.filledFen += amountFen;
  const order = aggressor.side === SIDE_LEND ? aggressor : resting;
  const tranche = aggressor.side === SIDE_LEND ? resting : aggressor;
  if (market.capActive) {
    tranche.addLenderUse(order.ownerNo, amountFen);
  }
  // Only tranches with a deadline list their fills (for refunds), so only they build an id.
  tranche.allocations?.push({
    fillId: `${market.marketId}:${seq}:${fillNumber}`,
    lenderId: order.ownerId,
    clientOrderId: order.entryId,
    amountFen,
  });
}

function closeResting(market: MarketState, book: BookSide, entry: BookEntry, sink: EventSink) {
  assert(entry.remainingFen === 0, 'only a fully filled entry closes here');
  book.remove(entry);
  market.retire(entry);
  if (entry.side === SIDE_LEND) {
    const index = sink.push(EV_ORDER_CLOSED, CLOSE_FILLED, entry, null);
    sink.set(index, 0, 0, 0, 0, 0, 0);
  } else {
    const index = sink.push(EV_TRANCHE_FUNDED, FUNDED_FULLY, entry, null);
    sink.set(index, entry.amountFen, 0, 0, 0, 0, 0);
  }
}
