/**
 * A shard: the markets one worker owns, one seq counter for all of them, and the batch step.
 * Method: applyBatch runs every command of a batch in order through the engine, collects the
 * outcomes in the same order (with each fill's explanation rendered: the edge of the core),
 * and snapshots each market the batch changed, so one message answers the whole batch.
 * shardIndexFor gives the stable market -> shard assignment (FNV-1a), computed the same way by
 * the host and by tests.
 */
import { Code, assert, assertSafeInteger, limits } from '../shared/index.js';
import {
  createMarket,
  createSeqSource,
  snapshotBook,
  type MarketRules,
  type MarketState,
  type SeqSource,
} from './book.js';
import { applyCommand } from './engine.js';
import { renderExplanations } from './explain.js';
import type { BookSnapshot, CommandOutcome, MarketCommand } from './types.js';

export interface ShardState {
  readonly markets: Map<string, MarketState>;
  readonly seqSource: SeqSource;
}

export interface ShardOptions {
  restingOrdersPerMarketMax?: number;
  closedEntriesPerMarketMax?: number;
  /** Product rules of every market (defaults: defaultMarketRules). */
  rules?: Partial<MarketRules>;
  /** Per-market product rules, over `rules`. */
  rulesByMarket?: Readonly<Record<string, Partial<MarketRules>>>;
}

export function createShard(marketIds: readonly string[], options: ShardOptions = {}): ShardState {
  const shard: ShardState = {
    markets: new Map<string, MarketState>(),
    seqSource: createSeqSource(),
  };
  addMissingMarkets(shard, marketIds, options);
  assert(shard.markets.size === marketIds.length, 'every market created');
  return shard;
}

/** Creates the listed markets the shard does not have yet (a restore may predate them). */
export function addMissingMarkets(
  shard: ShardState,
  marketIds: readonly string[],
  options: ShardOptions,
): void {
  const restingOrdersMax = options.restingOrdersPerMarketMax ?? limits.restingOrdersPerMarketMax;
  const seen = new Set<string>();
  for (const marketId of marketIds) {
    assert(!seen.has(marketId), `market ${marketId} listed once`);
    seen.add(marketId);
    if (shard.markets.has(marketId)) continue;
    const rules = { ...options.rules, ...options.rulesByMarket?.[marketId] };
    const seqSource = shard.seqSource;
    const closedEntriesMax = options.closedEntriesPerMarketMax ?? limits.closedEntriesPerMarketMax;
    const marketOptions = { seqSource, restingOrdersMax, closedEntriesMax, ...rules };
    shard.markets.set(marketId, createMarket(marketId, marketOptions));
  }
}

export interface BatchResult {
  outcomes: CommandOutcome[];
  books: BookSnapshot[];
}

export function applyBatch(
  shard: ShardState,
  commands: readonly MarketCommand[],
  nowMs: number,
): BatchResult {
  assertSafeInteger(nowMs, 'nowMs');
  const outcomes: CommandOutcome[] = [];
  const touched: MarketState[] = [];
  for (const command of commands) {
    const market = shard.markets.get(command.marketId);
    if (market === undefined) {
      outcomes.push({ ref: command.ref, seq: 0, code: Code.UNKNOWN_MARKET, events: [] });
      continue;
    }
    const lastSeq = market.lastSeq;
    const outcome = applyCommand(market, command, nowMs);
    renderExplanations(outcome, market.rules);
    outcomes.push(outcome);
    // Only markets whose state changed need a new snapshot.
    if (market.lastSeq !== lastSeq && !touched.includes(market)) touched.push(market);
  }
  assert(outcomes.length === commands.length, 'one outcome per command');
  return { outcomes, books: touched.map((market) => snapshotBook(market)) };
}

/** Stable FNV-1a hash of the market id modulo the shard count. */
export function shardIndexFor(marketId: string, shards: number): number {
  assert(Number.isSafeInteger(shards), 'shards is an integer');
  assert(shards >= 1, 'at least one shard');
  let hash = 0x811c9dc5;
  for (let index = 0; index < marketId.length; index += 1) {
    hash ^= marketId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}
