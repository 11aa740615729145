/**
 * The real service (two matching shards) lends, is restarted on the same data, lends more and
 * stops; `disclosure backfill` then rebuilds its order tables from the order journals into a
 * fresh database. The fills (FINAL, every column) equal the ones the service wrote live; so do
 * the tranches and lend orders, but for their times (the service's clock at submit or
 * settlement, the backfill's the batch's stamp between the two), the order the service
 * refused before the engine (no journal has it), and the orders the service forgot at its
 * restart (it wrote no row for their later fills; the rebuild has them filled).
 */
import { rmSync } from 'node:fs';
import { createClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient } from '../../src/client/index.js';
import { disclosureCommand } from '../../src/disclosure/index.js';
import { connectAs } from '../helpers/clients.js';
import { clickhouseUrl, uniquePrefix } from '../helpers/services.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

let service: RunningService;
const clients: LendingClient[] = [];
const clickhouse = createClient({ url: clickhouseUrl() });
const rebuilt = uniquePrefix('order_backfill_rebuilt');
const env = { SHARDS: '2' };

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const result = await clickhouse.query({ query: sql, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300 && !(await check()); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function closeClients(): Promise<void> {
  for (const client of clients.splice(0)) await client.close().catch(() => undefined);
}

beforeAll(async () => {
  service = await startServiceProcess('order_backfill_live', env);
}, 90_000);

afterAll(async () => {
  await closeClients();
  await service.stop();
  await clickhouse.command({ query: `DROP DATABASE IF EXISTS ${rebuilt}` });
  await clickhouse.command({ query: `DROP DATABASE IF EXISTS ${service.database}` });
  await clickhouse.close();
  rmSync(service.dataDir, { recursive: true, force: true });
});

async function place(client: LendingClient, id: string, market: string, fen: number, bps: number) {
  const order = { clientOrderId: id, marketId: market, amountFen: fen, minRateBps: bps };
  return client.request({ placeLendOrder: order });
}

async function list(id: string, market: string, fen: number, bps: number, deadlineMs = 0) {
  const borrower = await connectAs(service, `B-${id}`, 'borrower', clients);
  const listing = { trancheId: id, marketId: market, borrowerId: `B-${id}`, amountFen: fen };
  return borrower.request({ listTranche: { ...listing, maxRateBps: bps, deadlineMs } });
}

/** First run: two orders fund T1 (a loan), one is reduced, one refused for lack of funds. */
async function firstRun(): Promise<void> {
  const admin = await connectAs(service, 'ADM', 'admin', clients);
  for (const [userId, amountFen] of [
    ['L1', 500_000],
    ['L2', 500_000],
    ['L3', 100_000],
  ] as const) {
    const deposit = { transferId: `d-${userId}`, userId, amountFen };
    expect((await admin.request({ deposit })).depositAccepted).toBeDefined();
  }
  const l1 = await connectAs(service, 'L1', 'lender', clients);
  const l2 = await connectAs(service, 'L2', 'lender', clients);
  const l3 = await connectAs(service, 'L3', 'lender', clients);
  expect((await place(l1, 'o1', '12M:A', 200_000, 1_000)).orderAccepted).toBeDefined();
  expect((await place(l2, 'o2', '12M:A', 300_000, 1_100)).orderAccepted).toBeDefined();
  expect((await place(l1, 'o3', '24M:C', 100_000, 900)).orderAccepted).toBeDefined();
  expect((await list('T1', '12M:A', 250_000, 1_200)).trancheListed?.filledFen).toBe(250_000);
  const reduce = { clientOrderId: 'o2', marketId: '12M:A', reduceByFen: 50_000 };
  expect((await l2.request({ reduceLendOrder: reduce })).orderReduced).toBeDefined();
  expect((await place(l3, 'o4', '12M:A', 200_000, 1_000)).reject?.codeName).toBe(
    'INSUFFICIENT_FUNDS',
  );
}

/** After a restart: T2 funds, T3 expires at its deadline, o5 is cancelled. */
async function secondRun(): Promise<void> {
  const l1 = await connectAs(service, 'L1', 'lender', clients);
  expect((await list('T2', '24M:C', 100_000, 1_000)).trancheListed?.filledFen).toBe(100_000);
  const listed = await list('T3', '12M:A', 400_000, 1_200, Date.now() + 1_500);
  expect(listed.trancheListed?.filledFen).toBe(200_000);
  expect((await place(l1, 'o5', '36M:B', 50_000, 1_500)).orderAccepted).toBeDefined();
  const cancel = { clientOrderId: 'o5', marketId: '36M:B' };
  expect((await l1.request({ cancelLendOrder: cancel })).orderCancelled).toBeDefined();
  const expired = `SELECT 1 FROM ${service.database}.tranches FINAL WHERE status = 'expired'`;
  await until(async () => (await rows(expired)).length === 1);
}

const fillColumns =
  'fill_id, seq, market_id, tranche_id, borrower_ref, lender_ref, amount_fen, rate_bps, ' +
  'time, time_ms, explanation';
const trancheColumns =
  'tranche_id, loan_id, market_id, amount_fen, funded_fen, max_rate_bps, status, deadline_ms';
const orderColumns =
  'order_id, lender_ref, market_id, amount_fen, filled_fen, min_rate_bps, tif, status';

describe('disclosure backfill of the order tables from a real service', () => {
  it('rebuilds the fills the service wrote, and its tranches and lend orders', async () => {
    await firstRun();
    await closeClients();
    expect(await service.stop()).toBe(0);
    const same = { DATA_DIR: service.dataDir, CLICKHOUSE_DATABASE: service.database };
    const again = { REDIS_PREFIX: service.redisPrefix, AUTH_SECRET: service.authSecret.toString() };
    service = await startServiceProcess('order_backfill_live', { ...env, ...same, ...again });
    await secondRun();
    await closeClients();
    expect(await service.stop()).toBe(0);

    const output: string[] = [];
    const errors: string[] = [];
    const context = {
      clickhouseUrl: clickhouseUrl(),
      database: service.database,
      dataDir: service.dataDir,
      shards: 2,
      out: (text: string) => output.push(text),
      err: (text: string) => errors.push(text),
    };
    const args = ['backfill', '--database', rebuilt];
    expect(await disclosureCommand(args, context), errors.join('')).toBe(0);
    expect(JSON.parse(output.join('')) as unknown).toMatchObject({
      ordersRebuilt: true,
      figuresMatchJournals: true,
      rows: { fills: 4, tranches: 3, lend_orders: 4 },
    });
    const live = service.database;
    const select = (db: string, columns: string, table: string, order: string) =>
      rows(`SELECT ${columns} FROM ${db}.${table} FINAL ORDER BY ${order}`);
    const liveFills = await select(live, fillColumns, 'fills', 'market_id, fill_id');
    expect(liveFills).toHaveLength(4);
    expect(await select(rebuilt, fillColumns, 'fills', 'market_id, fill_id')).toEqual(liveFills);
    const liveTranches = await select(live, trancheColumns, 'tranches', 'tranche_id');
    expect(liveTranches.map((t) => t['status'])).toEqual(['funded', 'funded', 'expired']);
    expect(await select(rebuilt, trancheColumns, 'tranches', 'tranche_id')).toEqual(liveTranches);
    const liveOrders = await select(live, orderColumns, 'lend_orders', 'order_id');
    // The service forgets at a restart the orders placed before it (LendOrderFacts is in
    // memory): o2 and o3, filled after the restart, stay open in its table; the rebuild has it.
    expect(liveOrders.map((o) => [o['order_id'], o['status'], o['filled_fen']])).toEqual([
      ['o1', 'filled', '200000'],
      ['o2', 'open', '50000'],
      ['o3', 'open', '0'],
      ['o4', 'rejected', '0'],
      ['o5', 'cancelled', '0'],
    ]);
    const filled = new Map([
      ['o2', '250000'],
      ['o3', '100000'],
    ]);
    const engineOrders = liveOrders
      .filter((o) => o['order_id'] !== 'o4')
      .map((o) => {
        const filledFen = filled.get(String(o['order_id']));
        return filledFen === undefined ? o : { ...o, filled_fen: filledFen, status: 'filled' };
      });
    expect(await select(rebuilt, orderColumns, 'lend_orders', 'order_id')).toEqual(engineOrders);
    await expectTimesBetween(live);

    // With fewer shards than the service ran, the order tables are left alone: exit 1, said why.
    errors.splice(0);
    expect(await disclosureCommand(args, { ...context, shards: 1 })).toBe(1);
    expect(errors.join('')).toMatch(/SHARDS=1, but there is a journal of shard 1.*not rebuilt/);
    expect(await select(rebuilt, fillColumns, 'fills', 'market_id, fill_id')).toEqual(liveFills);
  }, 240_000);
});

/**
 * The service stamps a place before its batch and a listing or close after it (a listing
 * replayed after the restart: at the restart), the backfill at the batch: placed_ms can only
 * be later in the rebuild, listed_ms and closed_ms earlier. Each pair says whether it is not.
 */
async function expectTimesBetween(live: string): Promise<void> {
  const pairs = (table: string, key: string, columns: string) =>
    rows(
      `SELECT l.${key} AS key, ${columns} FROM ${live}.${table} AS l FINAL ` +
        `INNER JOIN (SELECT * FROM ${rebuilt}.${table} FINAL) AS r USING (${key}) ORDER BY key`,
    );
  const orders = await pairs(
    'lend_orders',
    'order_id',
    'l.placed_ms > r.placed_ms AS early, l.closed_ms != 0 AND l.closed_ms < r.closed_ms AS late',
  );
  expect(orders.map((o) => [o['key'], o['early'], o['late']])).toEqual([
    ['o1', 0, 0],
    ['o2', 0, 0],
    ['o3', 0, 0],
    ['o5', 0, 0],
  ]);
  const tranches = await pairs(
    'tranches',
    'tranche_id',
    'l.listed_ms < r.listed_ms AS early, l.closed_ms < r.closed_ms AS late',
  );
  expect(tranches.map((t) => [t['key'], t['early'], t['late']])).toEqual([
    ['T1', 0, 0],
    ['T2', 0, 0],
    ['T3', 0, 0],
  ]);
}
