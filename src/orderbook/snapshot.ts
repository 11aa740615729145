/**
 * Snapshots of a shard as plain data: every market's rules, frozen accounts, seq and every
 * entry ever accepted (the idempotency table included), so a worker can be rebuilt from the
 * latest snapshot plus the journal written after it.
 * Method: entries are written in seq order with
 * every mutable field; restore re-creates them, re-links the resting ones level by level in
 * priority-seq order (the FIFO order the book had) and re-indexes those with an expiry. The
 * result has the same state hash as the original. Plain data, so JSON is its file format.
 */
import { assert } from '../shared/index.js';
import { createMarket, createSeqSource, type MarketRules, type MarketState } from './book.js';
import { BookEntry, EXPIRY_NONE, SIDE_LEND, SIDE_TRANCHE, type Allocation } from './price-level.js';
import type { ShardState } from './shard.js';
import type { OrderState, TimeInForce } from './types.js';

export const snapshotVersion = 1;

export interface EntryData {
  side: number;
  ownerId: string;
  entryId: string;
  rateBps: number;
  placedRateBps: number;
  amountFen: number;
  filledFen: number;
  reducedFen: number;
  tif: TimeInForce;
  seq: number;
  prioritySeq: number;
  expiresAtMs: number;
  acceptedFilledFen: number;
  acceptedState: OrderState;
  resting: boolean;
  lenderFilledFen: [string, number][] | null;
  allocations: Allocation[] | null;
}

export interface MarketData {
  marketId: string;
  lastSeq: number;
  restingOrdersMax: number;
  closedEntriesMax: number;
  /** The remembered closed entries, oldest first, as (side, owner id, entry id). */
  closed: [number, string, string][];
  rules: MarketRules;
  frozen: string[];
  orders: EntryData[];
  tranches: EntryData[];
}

export interface ShardData {
  version: typeof snapshotVersion;
  lastSeq: number;
  markets: MarketData[];
}

/** The lender-cap totals as (lender id, fen) pairs, in first-fill order. */
export function lenderUse(market: MarketState, entry: BookEntry): [string, number][] | null {
  const pairs = entry.lenderFilledFen;
  if (pairs === null) return null;
  const named: [string, number][] = [];
  for (let index = 0; index < pairs.length; index += 2) {
    named.push([market.ids.accountName(pairs[index] ?? -1), pairs[index + 1] ?? 0]);
  }
  return named;
}

function entryData(market: MarketState, entry: BookEntry): EntryData {
  return {
    side: entry.side,
    ownerId: entry.ownerId,
    entryId: entry.entryId,
    rateBps: entry.rateBps,
    placedRateBps: entry.placedRateBps,
    amountFen: entry.amountFen,
    filledFen: entry.filledFen,
    reducedFen: entry.reducedFen,
    tif: entry.tif,
    seq: entry.seq,
    prioritySeq: entry.prioritySeq,
    expiresAtMs: entry.expiresAtMs,
    acceptedFilledFen: entry.acceptedFilledFen,
    acceptedState: entry.acceptedState,
    resting: entry.resting,
    lenderFilledFen: lenderUse(market, entry),
    allocations: entry.allocations === null ? null : entry.allocations.map((a) => ({ ...a })),
  };
}

export function marketData(market: MarketState): MarketData {
  return {
    marketId: market.marketId,
    lastSeq: market.lastSeq,
    restingOrdersMax: market.restingOrdersMax,
    closedEntriesMax: market.closedEntriesMax,
    closed: market
      .closedEntries()
      .map((entry): [number, string, string] => [entry.side, entry.ownerId, entry.entryId]),
    rules: { ...market.rules },
    frozen: [...market.frozen],
    orders: market.ordersById.values().map((entry) => entryData(market, entry)),
    tranches: market.tranchesById.values().map((entry) => entryData(market, entry)),
  };
}

export function shardData(shard: ShardState): ShardData {
  return {
    version: snapshotVersion,
    lastSeq: shard.seqSource.lastSeq,
    markets: [...shard.markets.values()].map(marketData),
  };
}

function restoreEntry(market: MarketState, data: EntryData): BookEntry {
  assert(data.side === SIDE_LEND || data.side === SIDE_TRANCHE, 'entry side');
  const ids = market.ids;
  const ownerNo = ids.account(data.ownerId);
  assert(ownerNo >= 0, 'a snapshot holds valid ids');
  const entryNo =
    data.side === SIDE_LEND
      ? ids.order(ownerNo, data.entryId, true)
      : ids.tranche(data.entryId, true);
  assert(entryNo >= 0, 'a snapshot holds valid ids');
  const entry = new BookEntry(
    data.side,
    ownerNo,
    ids.accountName(ownerNo),
    entryNo,
    data.entryId,
    data.placedRateBps,
    data.amountFen,
    data.tif,
    data.seq,
    data.expiresAtMs,
  );
  entry.rateBps = data.rateBps;
  entry.filledFen = data.filledFen;
  entry.reducedFen = data.reducedFen;
  entry.prioritySeq = data.prioritySeq;
  entry.acceptedFilledFen = data.acceptedFilledFen;
  entry.acceptedState = data.acceptedState;
  for (const [lenderId, usedFen] of data.lenderFilledFen ?? []) {
    entry.addLenderUse(ids.account(lenderId), usedFen);
  }
  entry.allocations = data.allocations === null ? null : data.allocations.map((a) => ({ ...a }));
  return entry;
}

/** Rebuilds one market into `market` (fresh, same id and options) from its data. */
export function restoreMarket(market: MarketState, data: MarketData): void {
  assert(market.marketId === data.marketId, 'snapshot is of this market');
  assert(market.lastSeq === 0 && market.ordersById.size === 0, 'restore into a fresh market');
  const resting: BookEntry[] = [];
  for (const item of [...data.orders, ...data.tranches]) {
    const entry = restoreEntry(market, item);
    market.index(entry);
    if (item.resting) resting.push(entry);
  }
  // Appending in priority order rebuilds every level's FIFO exactly.
  resting.sort((a, b) => a.prioritySeq - b.prioritySeq);
  for (const entry of resting) {
    (entry.side === SIDE_LEND ? market.lend : market.tranches).append(entry);
    if (entry.expiresAtMs !== EXPIRY_NONE) market.expiries.push(entry);
  }
  for (const accountId of data.frozen) {
    const accountNo = market.ids.account(accountId);
    assert(accountNo >= 0, 'a frozen account id is valid');
    market.frozen.add(accountId);
    market.frozenNos.add(accountNo);
  }
  for (const [side, ownerId, entryId] of data.closed) {
    const entry =
      side === SIDE_LEND
        ? market.ordersById.get(ownerId, entryId)
        : market.tranchesById.get(entryId);
    assert(entry !== undefined, `closed entry ${entryId} is in the snapshot`);
    market.retire(entry);
  }
  market.lastSeq = data.lastSeq;
}

/** A shard rebuilt from its data; the markets keep the rules and bounds they were saved with. */
export function restoreShard(data: ShardData): ShardState {
  assert(data.version === snapshotVersion, 'snapshot version');
  const seqSource = createSeqSource(data.lastSeq);
  const markets = new Map<string, MarketState>();
  for (const item of data.markets) {
    const market = createMarket(item.marketId, {
      seqSource,
      restingOrdersMax: item.restingOrdersMax,
      closedEntriesMax: item.closedEntriesMax,
      ...item.rules,
    });
    restoreMarket(market, item);
    markets.set(item.marketId, market);
  }
  return { markets, seqSource };
}
