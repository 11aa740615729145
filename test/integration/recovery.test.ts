/**
 * Sequenced channels over real sockets and a real Redis: a lender's fills and order updates are
 * numbered; a client that reconnects with its last seq gets every message it missed from the
 * durable channel log, with no gap and no duplicate, even across a restart of the service; a
 * client further behind than the log keeps is told to resynchronise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending, type ServerMessage } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { LenderSession } from '../../src/client/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';

const v1 = lending.v1;
const market = '24M:D';
let service: RunningService;
const open: LendingClient[] = [];

async function connectAs(userId: string, role: Role): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl);
  open.push(client);
  const token = issueToken(service.authSecret, {
    userId,
    roles: [role],
    expiresAtMs: Date.now() + 120_000,
  });
  expect((await client.authenticate(token)).authenticated?.userId).toBe(userId);
  return client;
}

function seqOf(message: ServerMessage): number {
  return Number(message.fill?.seq ?? message.orderUpdate?.seq ?? 0);
}

function collect(client: LendingClient): ServerMessage[] {
  const seen: ServerMessage[] = [];
  client.onPush((message) => {
    if (seqOf(message) > 0) seen.push(message);
  });
  return seen;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !check(); i += 1) await new Promise((r) => setTimeout(r, 25));
  expect(check(), what).toBe(true);
}

/** The borrower lists a tranche that fills `count` of the lender's resting orders. */
async function fillOrders(
  borrower: LendingClient,
  trancheId: string,
  count: number,
): Promise<void> {
  const answer = await borrower.request({
    listTranche: {
      trancheId,
      marketId: market,
      borrowerId: 'RB',
      amountFen: count * 1_000,
      maxRateBps: 1500,
    },
  });
  expect(answer.trancheListed?.filledFen).toBe(count * 1_000);
}

beforeAll(async () => {
  service = await startServiceProcess('recovery', { CHANNEL_LOG_ENTRIES: '40' });
  const admin = await connectAs('ADM', 'admin');
  await admin.request({ deposit: { transferId: 'rec-dep', userId: 'RL', amountFen: 10_000_000 } });
}, 90_000);

afterAll(async () => {
  for (const client of open) await client.close().catch(() => undefined);
  expect(await service?.stop()).toBe(0);
});

describe('sequenced channel recovery', () => {
  it('replays what a reconnecting lender missed, without gaps or duplicates', async () => {
    const lender = await connectAs('RL', 'lender');
    const first = collect(lender);
    const subscribed = await lender.request({
      subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS },
    });
    expect(subscribed.subscribed).toMatchObject({ seq: 0, reset: false });
    const orders = Array.from({ length: 12 }, (_, i) => ({
      placeLendOrder: {
        clientOrderId: `ro${i}`,
        marketId: market,
        amountFen: 1_000,
        minRateBps: 1000 + i,
      },
    }));
    await Promise.all(lender.requestMany(orders));
    const borrower = await connectAs('RB', 'borrower');
    await fillOrders(borrower, 'RT1', 3);
    // Each fill of a whole order is a fill plus an order update: 6 messages.
    await until(() => first.length === 6, 'six messages before the disconnect');
    expect(first.map(seqOf)).toEqual([1, 2, 3, 4, 5, 6]);
    await lender.close();

    await fillOrders(borrower, 'RT2', 4);
    const again = await connectAs('RL', 'lender');
    const second = collect(again);
    const resumed = await again.request({
      subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS, fromSeq: 6 },
    });
    expect(resumed.subscribed).toMatchObject({ seq: 14, reset: false });
    await fillOrders(borrower, 'RT3', 1);
    await until(() => second.length === 10, 'the backlog and the live messages');
    expect(second.map(seqOf)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(second.filter((m) => m.fill).map((m) => m.fill?.trancheId)).toEqual([
      'RT2',
      'RT2',
      'RT2',
      'RT2',
      'RT3',
    ]);
  });

  it('recovers from the durable log after the service restarts', async () => {
    await service.stop();
    service = await startServiceProcess('recovery', {
      CHANNEL_LOG_ENTRIES: '40',
      DATA_DIR: service.dataDir,
      REDIS_PREFIX: service.redisPrefix,
      CLICKHOUSE_DATABASE: service.database,
      AUTH_SECRET: service.authSecret.toString(),
    });
    const lender = await connectAs('RL', 'lender');
    const seen = collect(lender);
    const resumed = await lender.request({
      subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS, fromSeq: 12 },
    });
    expect(resumed.subscribed).toMatchObject({ seq: 16, reset: false });
    await until(() => seen.length === 4, 'the four messages after seq 12');
    expect(seen.map(seqOf)).toEqual([13, 14, 15, 16]);
  });

  it('tells a client further behind than the log keeps to resynchronise', async () => {
    const admin = await connectAs('ADM', 'admin');
    await admin.request({
      deposit: { transferId: 'rec-dep-2', userId: 'RL2', amountFen: 10_000_000 },
    });
    const lender = await connectAs('RL2', 'lender');
    const live = collect(lender);
    await lender.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS } });
    const orders = Array.from({ length: 50 }, (_, i) => ({
      placeLendOrder: {
        clientOrderId: `rx${i}`,
        marketId: '36M:G',
        amountFen: 1_000,
        minRateBps: 900,
      },
    }));
    await Promise.all(lender.requestMany(orders));
    const cancels = orders.map((order) => ({
      cancelLendOrder: { clientOrderId: order.placeLendOrder.clientOrderId, marketId: '36M:G' },
    }));
    await Promise.all(lender.requestMany(cancels));
    await until(() => live.length === 50, 'fifty order updates, live');
    const late = await connectAs('RL2', 'lender');
    const answer = await late.request({
      subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS, fromSeq: 1 },
    });
    expect({ ...answer.subscribed }).toMatchObject({ seq: 50, reset: true });
  });

  it('lets the SDK session reconnect by itself and resume without gaps', async () => {
    const port = Number(new URL(service.wsUrl).port);
    const proxy = await startTcpProxy('127.0.0.1', port);
    const seen: number[] = [];
    const session = new LenderSession({
      url: `ws://127.0.0.1:${proxy.port}/v1/ws`,
      token: () =>
        issueToken(service.authSecret, {
          userId: 'RL',
          roles: ['lender'],
          expiresAtMs: Date.now() + 60_000,
        }),
      backoffMsMin: 20,
      onPush: (message) => {
        const seq = seqOf(message);
        if (seq > 0) seen.push(seq);
      },
    });
    await session.ready();
    const start = session.lastSeq;
    const borrower = await connectAs('RB', 'borrower');
    await session.request({
      placeLendOrder: { clientOrderId: 'rs1', marketId: market, amountFen: 1_000, minRateBps: 900 },
    });
    await session.request({
      placeLendOrder: { clientOrderId: 'rs2', marketId: market, amountFen: 1_000, minRateBps: 900 },
    });
    await fillOrders(borrower, 'RT5', 1);
    await until(() => seen.length === 2, 'the first fill and update');
    proxy.cut();
    await fillOrders(borrower, 'RT6', 1);
    proxy.restore();
    await until(() => seen.length === 4, 'the missed fill and update after the reconnection');
    expect(seen).toEqual([start + 1, start + 2, start + 3, start + 4]);
    await session.stop();
    await proxy.close();
  });
});
