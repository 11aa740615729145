/**
 * Shared fixtures of the replay tests and their SIGKILL child process: the durable-shard
 * settings for a seed and the seeded batches (every command kind, product rules on).
 */
import type { MarketCommand } from '../../src/orderbook/index.js';
import type { DurableShardInit } from '../../src/orderbook/durable-shard.js';
import { Generator, marketId } from './generator.js';

export const replayMarkets = [marketId, '12M:A'];

export function replayInit(
  dir: string,
  seed: number,
  snapshotEveryBatches = 1_000,
): DurableShardInit {
  const rules = new Generator(seed).rules;
  return {
    shardIndex: 0,
    markets: replayMarkets,
    restingOrdersPerMarketMax: 100_000,
    // Seed 13 forgets closed entries early, so snapshots carry a full idempotency window.
    closedEntriesPerMarketMax: seed === 13 ? 10 : 1_000_000,
    rules,
    rulesByMarket: {},
    journalDir: dir,
    snapshotEveryBatches,
    epoch: 1,
    resendBatchIds: [],
  };
}

export interface Batch {
  batchId: number;
  nowMs: number;
  commands: MarketCommand[];
}

export function seededBatches(seed: number, count: number, size: number): Batch[] {
  const generator = new Generator(seed);
  const result: Batch[] = [];
  for (let batchId = 1; batchId <= count; batchId += 1) {
    const nowMs = 1_700_000_000_000 + batchId * 100;
    const commands: MarketCommand[] = [];
    for (let index = 0; index < size; index += 1) commands.push(generator.next(nowMs));
    result.push({ batchId, nowMs, commands });
  }
  return result;
}
