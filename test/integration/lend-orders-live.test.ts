/**
 * lend_orders fed live once the backend calls LendOrderFacts: an order that rests and is
 * cancelled, and one refused for lack of funds, each one row (FINAL) with its final state.
 */
import { createClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient } from '../../src/client/index.js';
import { serviceUserRef } from '../../src/disclosure/index.js';
import { connectAs } from '../helpers/clients.js';
import { clickhouseUrl } from '../helpers/services.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

let service: RunningService;
const clients: LendingClient[] = [];
const clickhouse = createClient({ url: clickhouseUrl() });

beforeAll(async () => {
  service = await startServiceProcess('lend_orders_live');
}, 90_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  await service.stop();
  await clickhouse.close();
});

describe('lend_orders fed live', () => {
  it('writes the final state of each order once', async () => {
    const admin = await connectAs(service, 'ADM', 'admin', clients);
    const deposit = { transferId: 'lo-d', userId: 'LO1', amountFen: 500_000 };
    expect((await admin.request({ deposit })).depositAccepted).toBeDefined();
    const lender = await connectAs(service, 'LO1', 'lender', clients);
    const order = { marketId: '12M:C', minRateBps: 900 };
    const rested = await lender.request({
      placeLendOrder: { ...order, clientOrderId: 'o1', amountFen: 200_000 },
    });
    expect(rested.orderAccepted).toBeDefined();
    const poor = await lender.request({
      placeLendOrder: { ...order, clientOrderId: 'o2', amountFen: 900_000 },
    });
    expect(poor.reject?.codeName).toBe('INSUFFICIENT_FUNDS');
    const cancel = { clientOrderId: 'o1', marketId: '12M:C' };
    expect((await lender.request({ cancelLendOrder: cancel })).orderCancelled).toBeDefined();
    const sql =
      `SELECT order_id, lender_ref, amount_fen, filled_fen, min_rate_bps, tif, status ` +
      `FROM ${service.database}.lend_orders FINAL ORDER BY order_id`;
    let rows: Record<string, string>[] = [];
    for (let i = 0; i < 100; i += 1) {
      rows = await (await clickhouse.query({ query: sql, format: 'JSONEachRow' })).json();
      if (rows.length === 2 && rows[0]?.['status'] === 'cancelled') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ref = serviceUserRef(service.database)('LO1');
    expect(rows).toEqual([
      {
        order_id: 'o1',
        lender_ref: ref,
        amount_fen: '200000',
        filled_fen: '0',
        min_rate_bps: 900,
        tif: 'GTC',
        status: 'cancelled',
      },
      {
        order_id: 'o2',
        lender_ref: ref,
        amount_fen: '900000',
        filled_fen: '0',
        min_rate_bps: 900,
        tif: 'GTC',
        status: 'rejected',
      },
    ]);
  });
});
