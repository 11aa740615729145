/**
 * State shared by two gateways through one Redis: per-user rate limits (commands past the limit
 * are answered RATE_LIMITED, nothing crashes, and what one gateway admitted counts on the
 * other), presence on the alerts channel, and the per-lender cap on open orders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, type ClientBody } from '../../src/client/index.js';
import { issueToken } from '../../src/gateway/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

let first: RunningService;
let second: RunningService;
const limits = {
  RATE_LIMIT_USER_PER_SECOND: '20',
  RATE_LIMIT_IP_PER_SECOND: '0',
  MAX_OPEN_ORDERS_PER_USER: '3',
};

beforeAll(async () => {
  first = await startServiceProcess('ratelimit', limits);
  second = await startServiceProcess('ratelimit', {
    ...limits,
    REDIS_PREFIX: first.redisPrefix,
    AUTH_SECRET: first.authSecret.toString(),
  });
}, 90_000);

afterAll(async () => {
  expect(await first?.stop()).toBe(0);
  expect(await second?.stop()).toBe(0);
});

async function pingBurst(client: LendingClient, count: number): Promise<string[]> {
  const pings: ClientBody[] = Array.from({ length: count }, (_, i) => ({
    ping: { clientTimeMs: i },
  }));
  const answers = await Promise.all(client.requestMany(pings));
  return answers.map((answer) => (answer.pong ? 'ok' : (answer.reject?.codeName ?? '?')));
}

async function connect(service: RunningService, userId: string): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl);
  const token = issueToken(first.authSecret, {
    userId,
    roles: ['lender'],
    expiresAtMs: Date.now() + 60_000,
  });
  expect((await client.authenticate(token)).authenticated?.userId).toBe(userId);
  return client;
}

describe('shared rate limits', () => {
  it('answers RATE_LIMITED past the burst and keeps the connection', async () => {
    const client = await connect(first, 'RATE1');
    const answers = await pingBurst(client, 100);
    expect(answers.slice(0, 20)).toEqual(Array(20).fill('ok'));
    expect(answers.filter((a) => a === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(50);
    expect(new Set(answers)).toEqual(new Set(['ok', 'RATE_LIMITED']));
    await client.close();
  });

  it('counts what one gateway admitted on the other', async () => {
    const onFirst = await connect(first, 'RATE2');
    const onSecond = await connect(second, 'RATE2');
    expect(await pingBurst(onFirst, 40)).toEqual(Array(40).fill('ok'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    // Alone, the second gateway's bucket would be full (40) and this burst would just empty it.
    expect(await pingBurst(onSecond, 40)).toEqual(Array(40).fill('ok'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = await pingBurst(onSecond, 5);
    expect(after).toEqual(Array(5).fill('RATE_LIMITED'));
    await onFirst.close();
    await onSecond.close();
  });

  it('refuses a lender past the open-order cap until an order closes', async () => {
    const admin = await LendingClient.connect(first.wsUrl);
    await admin.authenticate(
      issueToken(first.authSecret, {
        userId: 'A',
        roles: ['admin'],
        expiresAtMs: Date.now() + 60_000,
      }),
    );
    await admin.request({
      deposit: { transferId: 'cap-dep', userId: 'CAP', amountFen: 1_000_000 },
    });
    const lender = await connect(first, 'CAP');
    const place = (id: string): ClientBody => ({
      placeLendOrder: { clientOrderId: id, marketId: '12M:G', amountFen: 100, minRateBps: 3000 },
    });
    const answers = await Promise.all(lender.requestMany(['c1', 'c2', 'c3'].map(place)));
    expect(answers.every((answer) => answer.orderAccepted)).toBe(true);
    expect((await lender.request(place('c4'))).reject?.codeName).toBe('TOO_MANY_OPEN_ORDERS');
    await lender.request({ cancelLendOrder: { clientOrderId: 'c1', marketId: '12M:G' } });
    expect((await lender.request(place('c5'))).orderAccepted?.clientOrderId).toBe('c5');
    await lender.close();
    await admin.close();
  });

  it('shows risk officers who else watches the alerts, across gateways', async () => {
    const officer = async (service: RunningService, userId: string): Promise<LendingClient> => {
      const client = await LendingClient.connect(service.wsUrl);
      const token = issueToken(first.authSecret, {
        userId,
        roles: ['risk_officer'],
        expiresAtMs: Date.now() + 60_000,
      });
      await client.authenticate(token);
      await client.request({ subscribe: { channel: 3 } });
      return client;
    };
    const watchers = (client: LendingClient, expected: string[]) =>
      client.waitForPush(
        (m) => JSON.stringify(m.presence?.userIds ?? null) === JSON.stringify(expected),
      );
    const alice = await officer(first, 'OFFICER-A');
    await watchers(alice, ['OFFICER-A']);
    const bob = await officer(second, 'OFFICER-B');
    await watchers(alice, ['OFFICER-A', 'OFFICER-B']);
    await watchers(bob, ['OFFICER-A', 'OFFICER-B']);
    await bob.close();
    await watchers(alice, ['OFFICER-A']);
    await alice.close();
  });
});
