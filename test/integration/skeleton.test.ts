/**
 * The walking skeleton, end to end through real sockets, a real Redis and a real ClickHouse:
 * a lender authenticates and subscribes; a borrower lists a tranche in a worker-thread market;
 * the lender's order matches it; the ledger holds and moves the money in a hash-chained journal;
 * the fill lands in ClickHouse; logins flow as Avro through a Redis stream to a risk consumer
 * whose alert reaches a risk officer's socket; and bad input is refused without harm.
 */
import { createClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending, type ServerMessage } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { verifyJournal } from '../../src/ledger/index.js';
import { clickhouseUrl } from '../helpers/services.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';
import { join } from 'node:path';

const v1 = lending.v1;
const market = '36M:B';
let service: RunningService;
const clients: LendingClient[] = [];

function token(userId: string, role: Role): string {
  return issueToken(service.authSecret, {
    userId,
    roles: [role],
    expiresAtMs: Date.now() + 600_000,
  });
}

async function connectAs(
  userId: string,
  role: Role,
  deviceId = `device-${userId}`,
): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl);
  clients.push(client);
  const answer = await client.authenticate(token(userId, role), deviceId);
  expect(answer.authenticated?.userId).toBe(userId);
  return client;
}

function rejectCode(message: ServerMessage): number | undefined {
  return message.reject?.code ?? undefined;
}

beforeAll(async () => {
  service = await startServiceProcess('skeleton');
}, 90_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  const code = await service?.stop();
  expect(code).toBe(0);
});

describe('walking skeleton', () => {
  let lender: LendingClient;
  let officer: LendingClient;

  it('1-4: matches a lend order against a listed tranche and moves the money', async () => {
    const admin = await connectAs('ADM', 'admin');
    const deposit = await admin.request({
      deposit: { transferId: 'dep-1', userId: 'L1', amountFen: 1_000_000 },
    });
    expect(deposit.depositAccepted?.availableFen).toBe(1_000_000);

    officer = await connectAs('R1', 'risk_officer');
    const alertsSub = await officer.request({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } });
    expect(alertsSub.subscribed?.channel).toBe(v1.Channel.CHANNEL_ALERTS);

    lender = await connectAs('L1', 'lender', 'shared-device');
    const [fills, book, movements] = await Promise.all(
      lender.requestMany([
        { subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS } },
        { subscribe: { channel: v1.Channel.CHANNEL_BOOK, marketId: market } },
        { subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } },
      ]),
    );
    expect(movements?.subscribed?.channel).toBe(v1.Channel.CHANNEL_MY_LEDGER);
    expect(fills?.subscribed).toBeTruthy();
    expect(book?.subscribed?.marketId).toBe(market);
    await lender.waitForPush((m) => m.bookUpdate?.marketId === market);

    const borrower = await connectAs('B1', 'borrower');
    const tranches = await borrower.request({
      subscribe: { channel: v1.Channel.CHANNEL_TRANCHES },
    });
    expect(tranches.subscribed?.channel).toBe(v1.Channel.CHANNEL_TRANCHES);
    const listed = await borrower.request({
      listTranche: {
        trancheId: 'T1',
        marketId: market,
        borrowerId: 'B1',
        amountFen: 500_000,
        maxRateBps: 1200,
      },
    });
    expect(listed.trancheListed).toMatchObject({ trancheId: 'T1', marketId: market, filledFen: 0 });
    const listedBook = await lender.waitForPush((m) => (m.bookUpdate?.tranches?.length ?? 0) > 0);
    expect(listedBook.bookUpdate?.tranches?.[0]).toMatchObject({
      rateBps: 1200,
      amountFen: 500_000,
    });

    const placed = await lender.request({
      placeLendOrder: {
        clientOrderId: 'o1',
        marketId: market,
        amountFen: 300_000,
        minRateBps: 1000,
      },
    });
    expect(placed.orderAccepted).toMatchObject({
      clientOrderId: 'o1',
      amountFen: 300_000,
      filledFen: 300_000,
      state: v1.OrderState.ORDER_STATE_FILLED,
    });
    const fill = await lender.waitForPush((m) => m.fill?.clientOrderId === 'o1');
    expect(fill.fill).toMatchObject({ trancheId: 'T1', amountFen: 300_000, rateBps: 1200 });
    expect(fill.fill?.explanation).toMatch(/1200/);
    const after = await lender.waitForPush(
      (m) => m.bookUpdate?.tranches?.[0]?.amountFen === 200_000,
    );
    expect(after.bookUpdate?.marketId).toBe(market);
    const hold = await lender.waitForPush((m) => m.ledgerMovement?.kind === 'hold');
    expect(hold.ledgerMovement).toMatchObject({ amountFen: 300_000, reference: 'o1' });
    const moved = await lender.waitForPush((m) => m.ledgerMovement?.kind === 'fill');
    expect(moved.ledgerMovement).toMatchObject({
      amountFen: 300_000,
      availableFen: 700_000,
      heldFen: 0,
      reference: 'T1',
      seq: Number(hold.ledgerMovement?.seq) + 1,
    });
    const listedUpdate = await borrower.waitForPush((m) => m.trancheUpdate?.state === 1);
    expect(listedUpdate.trancheUpdate).toMatchObject({ trancheId: 'T1', fundedFen: 0 });
    const progress = await borrower.waitForPush((m) => m.trancheUpdate?.state === 2);
    expect(progress.trancheUpdate).toMatchObject({ trancheId: 'T1', fundedFen: 300_000 });

    const resting = await lender.request({
      placeLendOrder: {
        clientOrderId: 'o2',
        marketId: market,
        amountFen: 100_000,
        minRateBps: 1500,
      },
    });
    expect(resting.orderAccepted?.state).toBe(v1.OrderState.ORDER_STATE_RESTING);
    const cancelled = await lender.request({
      cancelLendOrder: { clientOrderId: 'o2', marketId: market },
    });
    expect(cancelled.orderCancelled).toMatchObject({ clientOrderId: 'o2', releasedFen: 100_000 });

    const again = await lender.request({
      placeLendOrder: {
        clientOrderId: 'o1',
        marketId: market,
        amountFen: 300_000,
        minRateBps: 1000,
      },
    });
    expect(again.orderAccepted?.seq).toBe(placed.orderAccepted?.seq);
    const tooMuch = await lender.request({
      placeLendOrder: {
        clientOrderId: 'o3',
        marketId: market,
        amountFen: 900_000,
        minRateBps: 1000,
      },
    });
    expect(tooMuch.reject?.codeName).toBe('INSUFFICIENT_FUNDS');
  });

  it('5: writes the fill to ClickHouse, where a query returns it', async () => {
    const client = createClient({ url: clickhouseUrl() });
    try {
      let rows: { amount_fen: number; rate_bps: number; tranche_id: string }[] = [];
      for (let attempt = 0; attempt < 100 && rows.length === 0; attempt += 1) {
        const result = await client.query({
          query: `SELECT amount_fen, rate_bps, tranche_id FROM ${service.database}.fills FINAL`,
          format: 'JSONEachRow',
          clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
        });
        rows = await result.json();
        if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(rows).toEqual([{ amount_fen: 300_000, rate_bps: 1200, tranche_id: 'T1' }]);
    } finally {
      await client.close();
    }
  });

  it('6: logins from one device across accounts alert a risk officer', async () => {
    await connectAs('L2', 'lender', 'shared-device');
    await connectAs('L3', 'lender', 'shared-device');
    const alert = await officer.waitForPush(
      (m) => m.alert !== undefined && m.alert !== null,
      15_000,
    );
    expect(alert.alert?.ruleId).toMatch(/^device-shared/);
    expect(alert.alert?.features?.['deviceId']).toBe('shared-device');
  });

  it('7: refuses bad input with clear rejects and stays up', async () => {
    const stranger = await LendingClient.connect(service.wsUrl);
    clients.push(stranger);
    const early = await stranger.request({
      placeLendOrder: { clientOrderId: 'x', marketId: market, amountFen: 1, minRateBps: 1000 },
    });
    expect(early.reject?.codeName).toBe('NOT_AUTHENTICATED');

    lender.sendRaw(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
    const garbage = await lender.waitForPush((m) => rejectCode(m) === v1.ErrorCode.MALFORMED_FRAME);
    expect(garbage.requestId).toBe(0);
    lender.sendRaw('a text frame');
    await lender.waitForPush((m) => rejectCode(m) === v1.ErrorCode.MALFORMED_FRAME);

    const answers = await Promise.all(
      lender.requestMany([
        {},
        {
          placeLendOrder: {
            clientOrderId: 'n1',
            marketId: market,
            amountFen: -100,
            minRateBps: 1000,
          },
        },
        {
          placeLendOrder: {
            clientOrderId: 'n2',
            marketId: market,
            amountFen: 2 ** 53 + 2,
            minRateBps: 1000,
          },
        },
        {
          placeLendOrder: {
            clientOrderId: 'n3',
            marketId: market,
            amountFen: 100,
            minRateBps: 9000,
          },
        },
        {
          listTranche: {
            trancheId: 'T9',
            marketId: market,
            borrowerId: 'L1',
            amountFen: 100,
            maxRateBps: 900,
          },
        },
        { subscribe: { channel: v1.Channel.CHANNEL_ALERTS } },
        {
          placeLendOrder: {
            clientOrderId: 'n4',
            marketId: '99M:Q',
            amountFen: 100,
            minRateBps: 900,
          },
        },
      ]),
    );
    expect(answers.map((m) => m.reject?.codeName)).toEqual([
      'UNKNOWN_MESSAGE',
      'AMOUNT_MUST_BE_POSITIVE',
      'AMOUNT_NOT_SAFE_INTEGER',
      'RATE_OUT_OF_RANGE',
      'NOT_AUTHORISED',
      'NOT_AUTHORISED',
      'UNKNOWN_MARKET',
    ]);
    const pong = await lender.request({ ping: { clientTimeMs: 1 } });
    expect(pong.pong?.clientTimeMs).toBe(1);
    const health = await fetch(`${service.httpUrl}/health`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`${service.httpUrl}/metrics`)).text();
    expect(metrics).toMatch(/^gateway_command_latency_seconds_count [1-9]\d*$/m);
    expect(metrics).toMatch(/^gateway_rejects_total\{code="AMOUNT_MUST_BE_POSITIVE"\} 1$/m);
    expect(metrics).toMatch(/^redis_up 1$/m);
  });

  it('4 (journal): the hash chain verifies and the balances match the trades', async () => {
    const code = await service.stop();
    expect(code).toBe(0);
    const report = await verifyJournal(join(service.dataDir, 'ledger'));
    expect(report.ok).toBe(true);
    expect(report.balances.get('user:L1:available')).toBe(700_000);
    expect(report.balances.get('user:L1:held') ?? 0).toBe(0);
    expect(report.balances.get('tranche:T1:escrow')).toBe(300_000);
    let sum = 0;
    for (const balance of report.balances.values()) sum += balance;
    expect(sum).toBe(0);
  });
});
