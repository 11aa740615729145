/**
 * Unit tests of the pieces under the engine: the rate bitset at word boundaries, the batch step
 * of a shard (one seq counter across markets, snapshots of changed markets only) and the stable
 * market -> shard hash.
 */
import { describe, expect, it } from 'vitest';
import { applyBatch, createShard, shardIndexFor } from '../../src/orderbook/index.js';
import { RateSet } from '../../src/orderbook/rate-set.js';
import { Code } from '../../src/shared/index.js';
import { list, place } from './helpers.js';

describe('RateSet', () => {
  it('finds the next and previous members across word boundaries', () => {
    const set = new RateSet(3_600);
    expect(set.nextFrom(0)).toBe(-1);
    expect(set.previousFrom(3_600)).toBe(-1);
    for (const rate of [1, 31, 32, 63, 64, 3_600]) set.add(rate);
    expect([0, 2, 32, 33, 64, 65].map((from) => set.nextFrom(from))).toEqual([
      1, 31, 32, 63, 64, 3_600,
    ]);
    expect([3_600, 3_599, 64, 63, 31, 0].map((from) => set.previousFrom(from))).toEqual([
      3_600, 64, 64, 63, 31, -1,
    ]);
    set.delete(31);
    expect(set.nextFrom(2)).toBe(32);
    expect(set.previousFrom(31)).toBe(1);
    expect(set.nextFrom(3_601)).toBe(-1);
    expect(set.previousFrom(-1)).toBe(-1);
  });

  it.each([31, 200, 1_100, 3_600])('agrees with a sorted array, rateMax %i', (rateMax) => {
    const set = new RateSet(rateMax);
    const members = new Set<number>();
    let seed = 7;
    for (let step = 0; step < 3_000; step += 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      // Mostly a narrow band so words empty and refill; sometimes anywhere.
      const rate = step % 5 === 0 ? seed % (rateMax + 1) : (seed % 70) + (rateMax >>> 1) - 35;
      const bounded = Math.min(Math.max(rate, 0), rateMax);
      if (members.has(bounded)) {
        members.delete(bounded);
        set.delete(bounded);
      } else {
        members.add(bounded);
        set.add(bounded);
      }
      const sorted = [...members].sort((a, b) => a - b);
      const from = ((seed >>> 8) % (rateMax + 3)) - 1;
      expect(set.nextFrom(from)).toBe(sorted.find((member) => member >= from) ?? -1);
      expect(set.previousFrom(from)).toBe(sorted.findLast((member) => member <= from) ?? -1);
    }
  });
});

describe('shard batches', () => {
  it('sequences one counter across markets and snapshots the changed markets only', () => {
    const shard = createShard(['36M:B', '12M:A', '6M:C']);
    const result = applyBatch(
      shard,
      [
        { ...place('L1', 'a', 100, 900), ref: 11 },
        { ...list('T1', 'B1', 50, 800), marketId: '12M:A', ref: 12 },
        { ...place('L1', 'b', 0, 900), marketId: '6M:C', ref: 13 },
        { ...place('L1', 'c', 100, 900), marketId: '24M:A', ref: 14 },
        { ...list('T2', 'B1', 40, 950), ref: 15 },
      ],
      1_000,
    );
    expect(result.outcomes.map((outcome) => [outcome.ref, outcome.seq, outcome.code])).toEqual([
      [11, 1, Code.OK],
      [12, 2, Code.OK],
      [13, 0, Code.AMOUNT_MUST_BE_POSITIVE],
      [14, 0, Code.UNKNOWN_MARKET],
      [15, 3, Code.OK],
    ]);
    expect(result.books).toEqual([
      {
        marketId: '36M:B',
        seq: 3,
        lend: [{ rateBps: 900, amountFen: 60, count: 1 }],
        tranches: [],
      },
      {
        marketId: '12M:A',
        seq: 2,
        lend: [],
        tranches: [{ rateBps: 800, amountFen: 50, count: 1 }],
      },
    ]);
  });

  it('assigns markets to shards by a stable hash', () => {
    expect(shardIndexFor('36M:B', 1)).toBe(0);
    const spread = new Set(
      ['3M:A', '6M:B', '12M:C', '24M:D', '36M:E', '36M:F'].map((id) => shardIndexFor(id, 4)),
    );
    expect(spread.size).toBeGreaterThan(1);
    expect(shardIndexFor('36M:B', 4)).toBe(shardIndexFor('36M:B', 4));
  });
});
