/**
 * validateInternalState(market): a full audit of a market's structures, for tests and replay
 * checks (it walks the whole book, so it is not for the hot path).
 * Method: recompute every derived number (level totals and counts, side counts, the rate
 * bitsets) from the linked lists and compare; check list links, FIFO order by seq, that every
 * resting entry is indexed, and that no two entries rest crossed unless a rule forbids their
 * fill: the same user on both sides (self-funding), an expiry, or an amount rule (either
 * remainder, or the lender's cap headroom, below the minimum ticket). Matching runs only for an
 * aggressor, so a pair that became fillable later through the minimum-ticket waiver (a tranche
 * shrank to a small order's remainder) may rest crossed; the check allows exactly that case.
 */
import { assert, limits } from '../shared/index.js';
import { shareFloorFen, type BookSide, type MarketState } from './book.js';
import { capHeadroomFen } from './matcher.js';
import {
  E_NEXT,
  E_PREV,
  C_SEQ,
  E_CAP_FEN,
  EXPIRY_NONE,
  NONE,
  SIDE_LEND,
  SIDE_TRANCHE,
  type EntryView,
} from './price-level.js';

/** Walks one level's FIFO: links, rates, remainders, priority order, totals and count. */
function validateLevel(market: MarketState, side: BookSide, rate: number): void {
  const pool = side.pool;
  let totalFen = 0;
  let count = 0;
  let previous = NONE;
  let previousPriority = -1;
  for (let slot = side.heads[rate] ?? NONE; slot !== NONE; slot = pool.int(slot, E_NEXT)) {
    const entry = market.view(side.side, slot);
    assert(pool.int(slot, E_PREV) === previous, `level ${rate}: prev link`);
    assert(pool.present(slot), `level ${rate}: linked entry is remembered`);
    assert(entry.resting, `level ${rate}: linked entry is resting`);
    assert(entry.rateBps === rate, `level ${rate}: entry rate`);
    assert(entry.remainingFen > 0, `level ${rate}: resting entry has a remainder`);
    assert(entry.filledFen >= 0, `level ${rate}: filled is not negative`);
    assert(previousPriority < entry.prioritySeq, `level ${rate}: FIFO by priority seq`);
    const found =
      side.side === SIDE_LEND
        ? market.ordersById.get(entry.ownerId, entry.entryId)
        : market.tranchesById.get(entry.entryId);
    assert(found?.slot === slot, `level ${rate}: entry is indexed`);
    totalFen += entry.remainingFen;
    count += 1;
    previous = slot;
    previousPriority = entry.prioritySeq;
    assert(count <= side.count, `level ${rate}: no cycle`);
  }
  assert((side.tails[rate] ?? NONE) === previous, `level ${rate}: tail`);
  assert(side.totals[rate] === totalFen, `level ${rate}: total ${side.totals[rate]}`);
  assert(side.counts[rate] === count, `level ${rate}: count ${side.counts[rate]}`);
}

function validateSide(market: MarketState, side: BookSide): void {
  let count = 0;
  for (let rate = 0; rate <= limits.rateBpsMax; rate += 1) {
    validateLevel(market, side, rate);
    const levelCount = side.counts[rate] ?? 0;
    assert(side.rates.has(rate) === levelCount > 0, `rate bit ${rate} matches its level`);
    assert(rate >= limits.rateBpsMin || levelCount === 0, 'no entry below the minimum rate');
    count += levelCount;
  }
  assert(side.count === count, `side count ${side.count} equals ${count}`);
  const pool = side.pool;
  let resting = 0;
  for (let slot = 0; slot < pool.capacity; slot += 1) {
    if (pool.resting(slot)) {
      assert(pool.present(slot), `resting slot ${slot} is remembered`);
      resting += 1;
    }
  }
  assert(resting === count, 'every resting indexed entry is linked');
}

/** Whether a rule explains why a crossed pair did not fill (see the header). */
function crossAllowed(
  market: MarketState,
  order: EntryView,
  tranche: EntryView,
  nowMs: number | undefined,
): boolean {
  if (tranche.ownerId === order.ownerId) return true;
  const expired =
    nowMs === undefined
      ? order.expiresAtMs !== EXPIRY_NONE || tranche.expiresAtMs !== EXPIRY_NONE
      : order.expiresAtMs <= nowMs || tranche.expiresAtMs <= nowMs;
  if (expired) return true;
  const ticketFen = market.rules.minTicketFen;
  if (order.remainingFen < ticketFen || tranche.remainingFen < ticketFen) return true;
  return capHeadroomFen(market, tranche.slot, order.ownerNo) < ticketFen;
}

function validateNoCross(market: MarketState, nowMs: number | undefined): void {
  const bestTrancheRate = market.tranches.bestRate();
  for (const order of market.ordersById.values()) {
    if (!order.resting || order.rateBps > bestTrancheRate) continue;
    for (const tranche of market.tranchesById.values()) {
      if (!tranche.resting || tranche.rateBps < order.rateBps) continue;
      assert(
        crossAllowed(market, order, tranche, nowMs),
        `order ${order.entryId} crosses ${tranche.entryId}`,
      );
    }
  }
}

/** Frozen accounts have nothing resting; every resting entry with an expiry is indexed. */
function validateRules(market: MarketState): void {
  for (const accountId of market.frozen) {
    const orders = market.ordersById.ofLender(accountId);
    if (orders === undefined) continue;
    for (const entry of orders) assert(!entry.resting, `frozen ${accountId} has no resting order`);
  }
  const indexed = new Set<string>();
  for (const [handle, seq] of market.expiries.items()) indexed.add(`${handle}:${seq}`);
  const check = (entry: EntryView): void => {
    const amountsOk = entry.remainingFen >= 0 && entry.filledFen >= 0 && entry.reducedFen >= 0;
    assert(amountsOk, `entry ${entry.entryId}: remainder, filled and reduced not negative`);
    if (!entry.resting || entry.expiresAtMs === EXPIRY_NONE) return;
    const key = `${entry.slot * 2 + entry.side}:${entry.pool.cold(entry.slot, C_SEQ)}`;
    assert(indexed.has(key), `entry ${entry.entryId} with an expiry is in the expiry index`);
  };
  for (const entry of market.ordersById.values()) check(entry);
  for (const entry of market.tranchesById.values()) {
    check(entry);
    const capFen = market.capActive
      ? shareFloorFen(entry.amountFen, market.rules.lenderShareMaxBps)
      : Number.MAX_SAFE_INTEGER;
    assert(entry.pool.num(entry.slot, E_CAP_FEN) === capFen, `tranche ${entry.entryId}: cap`);
    if (entry.allocations === null) continue;
    let allocatedFen = 0;
    for (const allocation of entry.allocations) allocatedFen += allocation.amountFen;
    assert(allocatedFen === entry.filledFen, `tranche ${entry.entryId}: allocations sum`);
  }
}

/** Audits the market; with `nowMs`, the time of the last command, the expiry check is exact. */
export function validateInternalState(market: MarketState, nowMs?: number): void {
  assert(market.lend.side === SIDE_LEND && market.tranches.side === SIDE_TRANCHE, 'sides');
  validateSide(market, market.lend);
  validateSide(market, market.tranches);
  validateNoCross(market, nowMs);
  validateRules(market);
  assert(market.lastSeq <= market.seqSource.lastSeq, 'market seq within the shard seq');
  assert(market.restingCount <= market.restingOrdersMax, 'book within capacity');
}
