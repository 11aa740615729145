/**
 * The order tables (fills, lend_orders, tranches) rebuilt from the orderbook journals.
 *
 * - Seeded batches (every command kind, product rules on) are journaled by a DurableShard that
 *   snapshots every 7 batches and is killed and reopened half-way: the backfill replays the
 *   archived and live segments from segment 0 and must give the row sets an in-memory run of
 *   the same batches gave, at the end and at a cut-off part-way.
 * - A hand-computed market: the exact rows of two tranches (one funded, one expired at its
 *   deadline) and two lend orders, as the backend writes them; each passes the insert checks.
 * - A shard whose segments before a snapshot were deleted is named, and gives no rows.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  OrderFactBuilder,
  readOrderFacts,
  serviceUserRef,
  toFactRecord,
  validateFill,
  type OrderFacts,
} from '../../src/disclosure/index.js';
import { DurableShard } from '../../src/orderbook/durable-shard.js';
import { applyBatch, createShard, type MarketCommand } from '../../src/orderbook/index.js';
import { archiveDirName } from '../../src/orderbook/journal.js';
import { Code } from '../../src/shared/index.js';
import {
  replayInit,
  replayMarkets,
  seededBatches,
  type Batch,
} from '../orderbook/replay-fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'disclosure-order-backfill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
function freshDataDir(): string {
  dirs += 1;
  return join(root, `data-${dirs}`);
}

const ref = serviceUserRef('order_backfill_test');
type Rows = Pick<OrderFacts, 'fills' | 'lend_orders' | 'tranches'>;

/** Rows in a canonical order, so two runs compare as sets. */
function canonical(rows: Rows): Record<keyof Rows, string[]> {
  const sorted = (list: readonly object[]): string[] => list.map((r) => JSON.stringify(r)).sort();
  return {
    fills: sorted(rows.fills),
    lend_orders: sorted(rows.lend_orders),
    tranches: sorted(rows.tranches),
  };
}

function shardOptions(init: ReturnType<typeof replayInit>) {
  return {
    restingOrdersPerMarketMax: init.restingOrdersPerMarketMax,
    closedEntriesPerMarketMax: init.closedEntriesPerMarketMax,
    rules: init.rules,
  };
}

/** What the service wrote live: the same batches in memory, settled batch by batch. */
function liveRows(init: ReturnType<typeof replayInit>, batches: readonly Batch[]): Rows {
  const shard = createShard(replayMarkets, shardOptions(init));
  const builder = new OrderFactBuilder(ref);
  for (const batch of batches) {
    const { outcomes } = applyBatch(shard, batch.commands, batch.nowMs);
    builder.batch(batch.commands, outcomes, batch.nowMs);
  }
  return builder.facts();
}

/** Journals the batches with a snapshot every 7, killed (not closed) and reopened half-way. */
function journal(init: ReturnType<typeof replayInit>, batches: readonly Batch[]): void {
  const half = Math.floor(batches.length / 2);
  const first = DurableShard.open(init);
  for (const batch of batches.slice(0, half)) {
    first.apply(batch);
    first.afterBatch();
  }
  const second = DurableShard.open(init);
  for (const batch of batches.slice(half)) {
    second.apply(batch);
    second.afterBatch();
  }
  second.close();
}

function expectInsertable(rows: Rows): void {
  expect(rows.fills.filter((row) => validateFill(row) !== Code.OK)).toEqual([]);
  const bad = [
    ...rows.lend_orders.filter((row) => typeof toFactRecord('lend_orders', row) === 'number'),
    ...rows.tranches.filter((row) => typeof toFactRecord('tranches', row) === 'number'),
  ];
  expect(bad).toEqual([]);
}

describe('order tables from the order journals', () => {
  for (const seed of [41, 42, 43]) {
    it(`seed ${seed}: across snapshots and a restart, the rows of an in-memory run`, async () => {
      const dataDir = freshDataDir();
      const init = replayInit(join(dataDir, 'orderbook'), seed, 7);
      const batches = seededBatches(seed, 60, 25);
      journal(init, batches);
      const archived = readdirSync(join(dataDir, 'orderbook', archiveDirName));
      expect(archived.length, 'segments archived by several snapshots').toBeGreaterThan(2);
      const options = { ref, markets: replayMarkets, shards: 1, shardOptions: shardOptions(init) };
      const rebuilt = await readOrderFacts(dataDir, options);
      expect(rebuilt.incomplete).toEqual([]);
      expect(rebuilt.records).toBe(batches.length);
      const live = liveRows(init, batches);
      expect(live.fills.length, 'the batches made fills').toBeGreaterThan(10);
      expect(live.lend_orders.length).toBeGreaterThan(10);
      expect(live.tranches.length).toBeGreaterThan(2);
      expect(canonical(rebuilt)).toEqual(canonical(live));
      // The generator's bad input (never past the service's checks) makes invalid rejected rows.
      expect(rebuilt.fills.filter((row) => validateFill(row) !== Code.OK)).toEqual([]);
      const cut = 37;
      const untilMs = batches[cut - 1]?.nowMs ?? 0;
      const early = await readOrderFacts(dataDir, { ...options, untilMs });
      expect(early.records).toBe(cut);
      expect(canonical(early)).toEqual(canonical(liveRows(init, batches.slice(0, cut))));
    });
  }

  it('writes the rows the backend writes for a funded and an expired tranche', async () => {
    const dataDir = freshDataDir();
    const t1 = 1_767_225_600_000;
    const t2 = t1 + 5_000;
    const t3 = t2 + 5_000;
    const market = '36M:B';
    const place = (ref: number, lenderId: string, id: string, amountFen: number, rate: number) =>
      ({
        kind: 'place',
        ref,
        lenderId,
        clientOrderId: id,
        marketId: market,
        amountFen,
        minRateBps: rate,
        tif: 'GTC',
      }) as const;
    const list = (ref: number, trancheId: string, amountFen: number, deadlineMs: number) =>
      ({
        kind: 'list',
        ref,
        trancheId,
        marketId: market,
        borrowerId: 'B1',
        amountFen,
        maxRateBps: trancheId === 'T1' ? 1_500 : 1_300,
        deadlineMs,
      }) as const;
    const batches: { nowMs: number; commands: MarketCommand[] }[] = [
      {
        nowMs: t1,
        commands: [list(1, 'T1', 100_000, t1 + 60_000), place(2, 'L1', 'O1', 50_000, 1_000)],
      },
      {
        nowMs: t2,
        commands: [place(3, 'L2', 'O2', 80_000, 1_200), list(4, 'T2', 200_000, t2 + 1_000)],
      },
      { nowMs: t3, commands: [{ kind: 'tick', ref: -1, marketId: market }] },
    ];
    const init = { ...replayInit(join(dataDir, 'orderbook'), 1), markets: [market], rules: {} };
    const shard = DurableShard.open(init);
    batches.forEach((batch, index) => shard.apply({ batchId: index + 1, ...batch }));
    shard.close();
    const facts = await readOrderFacts(dataDir, { ref, markets: [market], shards: 1 });
    expectInsertable(facts);
    const fills = facts.fills.map((f) => [
      f.trancheId,
      f.lenderRef,
      f.amountFen,
      f.rateBps,
      f.timeMs,
    ]);
    expect(fills).toEqual([
      ['T1', ref('L1'), 50_000, 1_500, t1],
      ['T1', ref('L2'), 50_000, 1_500, t2],
      ['T2', ref('L2'), 30_000, 1_200, t2],
    ]);
    expect(facts.fills.every((f) => f.borrowerRef === ref('B1') && f.explanation !== '')).toBe(
      true,
    );
    const tranche = { loan_id: '', market_id: market, listed_ms: 0, deadline_ms: 0 };
    expect(facts.tranches).toEqual([
      {
        ...tranche,
        tranche_id: 'T1',
        loan_id: 'T1',
        amount_fen: 100_000,
        funded_fen: 100_000,
        max_rate_bps: 1_500,
        status: 'funded',
        listed_ms: t1,
        deadline_ms: t1 + 60_000,
        closed_ms: t2,
      },
      {
        ...tranche,
        tranche_id: 'T2',
        loan_id: 'T2',
        amount_fen: 200_000,
        funded_fen: 30_000,
        max_rate_bps: 1_300,
        status: 'expired',
        listed_ms: t2,
        deadline_ms: t2 + 1_000,
        closed_ms: t3,
      },
    ]);
    const order = { market_id: market, tif: 'GTC', status: 'filled' };
    expect(facts.lend_orders).toEqual([
      {
        ...order,
        order_id: 'O1',
        lender_ref: ref('L1'),
        amount_fen: 50_000,
        filled_fen: 50_000,
        min_rate_bps: 1_000,
        placed_ms: t1,
        closed_ms: t1,
      },
      {
        ...order,
        order_id: 'O2',
        lender_ref: ref('L2'),
        amount_fen: 80_000,
        filled_fen: 80_000,
        min_rate_bps: 1_200,
        placed_ms: t2,
        closed_ms: t2,
      },
    ]);
  });

  it('names a shard whose history a snapshot deleted, and replays none of it', async () => {
    const dataDir = freshDataDir();
    const init = replayInit(join(dataDir, 'orderbook'), 44, 7);
    const batches = seededBatches(44, 20, 10);
    journal(init, batches);
    rmSync(join(dataDir, 'orderbook', archiveDirName, 'shard-0.0000000000.journal'));
    const options = { ref, markets: replayMarkets, shards: 1, shardOptions: shardOptions(init) };
    const facts = await readOrderFacts(dataDir, options);
    expect(facts.incomplete).toEqual([{ shardIndex: 0, firstSegment: 1 }]);
    expect([facts.records, facts.fills.length, facts.lend_orders.length]).toEqual([0, 0, 0]);
  });
});
