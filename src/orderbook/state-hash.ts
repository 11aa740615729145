/**
 * stateHash(market): sha256 over a canonical text serialisation of the market, so a replayed
 * or restored book can be proven equal to the original.
 * Method: walk both sides best level first and each FIFO head to tail (the exact priority
 * order), then the id indexes in insertion (= seq) order, which is the idempotency table.
 * Fields are written in a fixed order separated by characters ids cannot contain. The rules,
 * the frozen accounts, per-lender cap usage and tranche allocations are state too. The expiry
 * index is not: it is derived (every resting entry with an expiry), and entries that left the
 * book stay in it only until swept, which changes no outcome.
 */
import { createHash, type Hash } from 'node:crypto';
import { assert } from '../shared/index.js';
import type { BookSide, MarketState } from './book.js';
import { E_NEXT, NONE, type EntryView } from './price-level.js';
import { lenderUse } from './snapshot.js';

function entryText(market: MarketState, entry: EntryView): string {
  const use = lenderUse(market, entry);
  const used = use === null ? '-' : use.join(',');
  const allocations =
    entry.allocations === null
      ? '-'
      : entry.allocations
          .map((a) => `${a.fillId}/${a.lenderId}/${a.clientOrderId}/${a.amountFen}`)
          .join(',');
  return (
    `${entry.side}|${entry.ownerId}|${entry.entryId}|${entry.rateBps}|${entry.placedRateBps}|` +
    `${entry.amountFen}|${entry.filledFen}|${entry.reducedFen}|${entry.tif}|${entry.seq}|` +
    `${entry.prioritySeq}|${entry.expiresAtMs}|${entry.acceptedFilledFen}|` +
    `${entry.acceptedState}|${entry.resting ? 1 : 0}|${used}|${allocations}\n`
  );
}

function hashSide(hash: Hash, market: MarketState, side: BookSide): number {
  let count = 0;
  for (let rate = side.bestRate(); rate !== -1; rate = side.nextWorseRate(rate)) {
    const totalFen = side.totals[rate] ?? 0;
    hash.update(`level|${side.side}|${rate}|${totalFen}|${side.counts[rate] ?? 0}\n`);
    const pool = side.pool;
    for (let slot = side.heads[rate] ?? NONE; slot !== NONE; slot = pool.int(slot, E_NEXT)) {
      hash.update(entryText(market, market.view(side.side, slot)));
      count += 1;
    }
  }
  return count;
}

export function stateHash(market: MarketState): string {
  const hash = createHash('sha256');
  hash.update(`market|${market.marketId}|${market.lastSeq}|${JSON.stringify(market.rules)}\n`);
  hash.update(`frozen|${[...market.frozen].join(',')}\n`);
  const restingLend = hashSide(hash, market, market.lend);
  const restingTranches = hashSide(hash, market, market.tranches);
  assert(restingLend === market.lend.count, 'every resting order hashed');
  assert(restingTranches === market.tranches.count, 'every resting tranche hashed');
  hash.update('orders\n');
  for (const entry of market.ordersById.values()) hash.update(entryText(market, entry));
  hash.update('tranches\n');
  for (const entry of market.tranchesById.values()) hash.update(entryText(market, entry));
  hash.update(`closed|${market.closedEntriesMax}\n`);
  for (const entry of market.closedEntries()) {
    hash.update(`${entry.side}|${entry.ownerId}|${entry.entryId}\n`);
  }
  return hash.digest('hex');
}
