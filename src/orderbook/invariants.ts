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
import type { BookSide, MarketState } from './book.js';
import { capHeadroomFen } from './matcher.js';
import { EXPIRY_NONE, type BookEntry, type PriceLevel } from './price-level.js';

function validateLevel(level: PriceLevel, index: EntryIndex): void {
  let totalFen = 0;
  let count = 0;
  let previous: BookEntry | null = null;
  for (let entry = level.head; entry !== null; entry = entry.next) {
    assert(entry.prev === previous, `level ${level.rateBps}: prev link`);
    assert(entry.resting, `level ${level.rateBps}: linked entry is resting`);
    assert(entry.rateBps === level.rateBps, `level ${level.rateBps}: entry rate`);
    assert(entry.remainingFen > 0, `level ${level.rateBps}: resting entry has a remainder`);
    assert(entry.filledFen >= 0, `level ${level.rateBps}: filled is not negative`);
    assert(
      previous === null || previous.prioritySeq < entry.prioritySeq,
      `level ${level.rateBps}: FIFO by priority seq`,
    );
    assert(index.find(entry) === entry, `level ${level.rateBps}: entry is indexed`);
    totalFen += entry.remainingFen;
    count += 1;
    previous = entry;
  }
  assert(level.tail === previous, `level ${level.rateBps}: tail`);
  assert(level.totalFen === totalFen, `level ${level.rateBps}: total ${level.totalFen}`);
  assert(level.count === count, `level ${level.rateBps}: count ${level.count}`);
}

/** How to look an entry up by its ids, and every entry ever indexed on one side. */
interface EntryIndex {
  find(entry: BookEntry): BookEntry | undefined;
  all(): Iterable<BookEntry>;
}

function validateSide(side: BookSide, index: EntryIndex): void {
  let count = 0;
  for (let rate = 0; rate <= limits.rateBpsMax; rate += 1) {
    const level = side.level(rate);
    validateLevel(level, index);
    assert(side.rates.has(rate) === level.count > 0, `rate bit ${rate} matches its level`);
    assert(rate >= limits.rateBpsMin || level.count === 0, 'no entry below the minimum rate');
    count += level.count;
  }
  assert(side.count === count, `side count ${side.count} equals ${count}`);
  let resting = 0;
  for (const entry of index.all()) if (entry.resting) resting += 1;
  assert(resting === count, 'every resting indexed entry is linked');
}

/** Whether a rule explains why a crossed pair did not fill (see the header). */
function crossAllowed(
  market: MarketState,
  order: BookEntry,
  tranche: BookEntry,
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
  return capHeadroomFen(market, tranche, order.ownerNo) < ticketFen;
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
  const indexed = new Set(market.expiries.entries());
  const check = (entry: BookEntry): void => {
    if (!entry.resting || entry.expiresAtMs === EXPIRY_NONE) return;
    assert(indexed.has(entry), `entry ${entry.entryId} with an expiry is in the expiry index`);
  };
  for (const entry of market.ordersById.values()) check(entry);
  for (const entry of market.tranchesById.values()) {
    check(entry);
    if (entry.allocations === null) continue;
    let allocatedFen = 0;
    for (const allocation of entry.allocations) allocatedFen += allocation.amountFen;
    assert(allocatedFen === entry.filledFen, `tranche ${entry.entryId}: allocations sum`);
  }
}

/** Audits the market; with `nowMs`, the time of the last command, the expiry check is exact. */
export function validateInternalState(market: MarketState, nowMs?: number): void {
  validateSide(market.lend, {
    find: (entry) => market.ordersById.get(entry.ownerId, entry.entryId),
    all: () => market.ordersById.values(),
  });
  validateSide(market.tranches, {
    find: (entry) => market.tranchesById.get(entry.entryId),
    all: () => market.tranchesById.values(),
  });
  validateNoCross(market, nowMs);
  validateRules(market);
  assert(market.lastSeq <= market.seqSource.lastSeq, 'market seq within the shard seq');
  assert(market.restingCount <= market.restingOrdersMax, 'book within capacity');
}
