/**
 * The matching loop: an aggressor (a new lend order or a newly listed tranche) walks the other
 * side of the book from the best rate towards its own limit, in price-time priority.
 * Method: levels are visited best first through the side's rate bitset and each level's FIFO is
 * walked head to tail. A counterparty owned by the aggressor's own user (self-funding) is skipped
 * and stays in the book. Every fill is at the resting entry's rate and explains itself.
 * No closures and no per-fill objects other than the events themselves.
 */
import { assert } from '../shared/index.js';
import type { BookSide, MarketState } from './book.js';
import { SIDE_LEND, type BookEntry } from './price-level.js';
import type { FillEvent, MarketEvent } from './types.js';

/** Whether a resting level at `restingRateBps` crosses the aggressor's limit. */
function crosses(aggressorSideIsLend: boolean, limitRateBps: number, restingRateBps: number) {
  return aggressorSideIsLend ? restingRateBps >= limitRateBps : restingRateBps <= limitRateBps;
}

function contraSide(market: MarketState, aggressorSideIsLend: boolean): BookSide {
  return aggressorSideIsLend ? market.tranches : market.lend;
}

/**
 * How much the book could fill right now for an aggressor, counting at most `wantedFen`
 * (the early exit keeps a FOK check cheap when the book is deep).
 */
export function fillableFen(
  market: MarketState,
  aggressorSideIsLend: boolean,
  ownerId: string,
  limitRateBps: number,
  wantedFen: number,
): number {
  assert(wantedFen > 0, 'wanted amount is positive');
  const book = contraSide(market, aggressorSideIsLend);
  let totalFen = 0;
  let rate = book.bestRate();
  while (rate !== -1 && crosses(aggressorSideIsLend, limitRateBps, rate)) {
    for (let entry = book.level(rate).head; entry !== null; entry = entry.next) {
      if (entry.ownerId !== ownerId) totalFen += entry.remainingFen;
      if (totalFen >= wantedFen) return totalFen;
    }
    rate = book.nextWorseRate(rate);
  }
  assert(totalFen < wantedFen, 'early exit taken when enough');
  return totalFen;
}

/** Fills the aggressor against the book as far as it crosses; appends events. */
export function matchAggressor(
  market: MarketState,
  aggressor: BookEntry,
  seq: number,
  nowMs: number,
  events: MarketEvent[],
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
      if (entry.ownerId !== aggressor.ownerId) {
        fillNumber += 1;
        const amountFen = fillAgainst(book, aggressor, entry);
        events.push(fillEvent(market, aggressor, entry, amountFen, nowMs, seq, fillNumber));
        if (entry.remainingFen === 0) closeResting(market, book, entry, events);
      }
      entry = next;
    }
    rate = book.nextWorseRate(rate);
  }
  assert(aggressor.filledFen <= aggressor.amountFen, 'aggressor not overfilled');
}

/** Moves the crossing amount between the two entries and returns it. */
function fillAgainst(book: BookSide, aggressor: BookEntry, resting: BookEntry): number {
  assert(resting.ownerId !== aggressor.ownerId, 'a fill is never self-funding');
  assert(resting.side !== aggressor.side, 'a fill pairs an order with a tranche');
  const amountFen = Math.min(aggressor.remainingFen, resting.remainingFen);
  book.fillResting(resting, amountFen);
  aggressor.filledFen += amountFen;
  return amountFen;
}

function fillEvent(
  market: MarketState,
  aggressor: BookEntry,
  resting: BookEntry,
  amountFen: number,
  nowMs: number,
  seq: number,
  fillNumber: number,
): FillEvent {
  const order = aggressor.side === SIDE_LEND ? aggressor : resting;
  const tranche = aggressor.side === SIDE_LEND ? resting : aggressor;
  return {
    type: 'fill',
    fillId: `${market.marketId}:${seq}:${fillNumber}`,
    marketId: market.marketId,
    trancheId: tranche.entryId,
    borrowerId: tranche.ownerId,
    lenderId: order.ownerId,
    clientOrderId: order.entryId,
    amountFen,
    rateBps: resting.rateBps,
    orderRemainingFen: order.remainingFen,
    trancheRemainingFen: tranche.remainingFen,
    timeMs: nowMs,
    explanation: explainFill(amountFen, resting, order, tranche),
  };
}

/** One sentence a lender can read: why this amount, at this rate, against this counterparty. */
export function explainFill(
  amountFen: number,
  resting: BookEntry,
  order: BookEntry,
  tranche: BookEntry,
): string {
  const restingIsOrder = resting === order;
  const whose = restingIsOrder ? "the resting order's rate" : "the resting tranche's rate";
  const verb = restingIsOrder ? 'placed' : 'listed';
  const orderPart =
    order.remainingFen === 0
      ? 'order now fully filled'
      : `order has ${order.remainingFen} fen left`;
  const tranchePart =
    tranche.remainingFen === 0
      ? 'tranche now fully funded'
      : `tranche needs ${tranche.remainingFen} fen more`;
  return (
    `filled ${amountFen} fen at ${resting.rateBps} bps, ${whose} (price-time priority: ` +
    `best rate ${resting.rateBps} bps, ${verb} at seq ${resting.seq}); ${orderPart}; ${tranchePart}`
  );
}

function closeResting(
  market: MarketState,
  book: BookSide,
  entry: BookEntry,
  events: MarketEvent[],
): void {
  assert(entry.remainingFen === 0, 'only a fully filled entry closes here');
  book.remove(entry);
  if (entry.side === SIDE_LEND) {
    events.push({
      type: 'order_closed',
      marketId: market.marketId,
      lenderId: entry.ownerId,
      clientOrderId: entry.entryId,
      releasedFen: 0,
      reason: 'filled',
    });
  } else {
    events.push({
      type: 'tranche_funded',
      marketId: market.marketId,
      trancheId: entry.entryId,
      borrowerId: entry.ownerId,
      amountFen: entry.amountFen,
    });
  }
}
