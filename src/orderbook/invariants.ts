/**
 * validateInternalState(market): a full audit of a market's structures, for tests and replay
 * checks (it walks the whole book, so it is not for the hot path).
 * Method: recompute every derived number (level totals and counts, side counts, the rate
 * bitsets) from the linked lists and compare; check list links, FIFO order by seq, that every
 * resting entry is indexed, and that no two different users' entries cross (only a skipped
 * self-funding pair may rest crossed).
 */
import { assert, limits } from '../shared/index.js';
import type { BookSide, MarketState } from './book.js';
import type { BookEntry, PriceLevel } from './price-level.js';

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
    assert(previous === null || previous.seq < entry.seq, `level ${level.rateBps}: FIFO by seq`);
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

/** Only entries of the same user (a skipped self-funding pair) may rest crossed. */
function validateNoCross(market: MarketState): void {
  const bestTrancheRate = market.tranches.bestRate();
  for (const order of market.ordersById.values()) {
    if (!order.resting || order.rateBps > bestTrancheRate) continue;
    for (const tranche of market.tranchesById.values()) {
      if (!tranche.resting || tranche.rateBps < order.rateBps) continue;
      assert(
        tranche.ownerId === order.ownerId,
        `order ${order.entryId} crosses ${tranche.entryId}`,
      );
    }
  }
}

export function validateInternalState(market: MarketState): void {
  validateSide(market.lend, {
    find: (entry) => market.ordersById.get(entry.ownerId, entry.entryId),
    all: () => market.ordersById.values(),
  });
  validateSide(market.tranches, {
    find: (entry) => market.tranchesById.get(entry.entryId),
    all: () => market.tranchesById.values(),
  });
  validateNoCross(market);
  assert(market.lastSeq <= market.seqSource.lastSeq, 'market seq within the shard seq');
  assert(market.restingCount <= market.restingOrdersMax, 'book within capacity');
}
