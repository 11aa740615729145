/**
 * Walks the whole role matrix over real sockets: every role tries every action and every
 * subscription; what the table in src/gateway/rbac.ts forbids is answered NOT_AUTHORISED and
 * what it allows is never answered NOT_AUTHORISED (it may still fail for other reasons, such as
 * missing funds, which is not the role check's business).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending, type ClientBody } from '../../src/client/index.js';
import { issueToken, isAllowed, roles, type Role } from '../../src/gateway/index.js';
import type { Action } from '../../src/gateway/rbac.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
let service: RunningService;

const attempts: ReadonlyArray<{ action: Action; body: (userId: string, n: number) => ClientBody }> =
  [
    {
      action: 'place_lend_order',
      body: (_user, n) => ({
        placeLendOrder: {
          clientOrderId: `r${n}`,
          marketId: '24M:C',
          amountFen: 100,
          minRateBps: 900,
        },
      }),
    },
    {
      action: 'cancel_lend_order',
      body: (_user, n) => ({ cancelLendOrder: { clientOrderId: `r${n}`, marketId: '24M:C' } }),
    },
    {
      action: 'list_tranche',
      body: (userId, n) => ({
        listTranche: {
          trancheId: `rt${n}`,
          marketId: '24M:C',
          borrowerId: userId,
          amountFen: 100,
          maxRateBps: 500,
        },
      }),
    },
    {
      action: 'deposit',
      body: (userId, n) => ({ deposit: { transferId: `rd${n}`, userId, amountFen: 100 } }),
    },
    {
      action: 'subscribe_book',
      body: () => ({ subscribe: { channel: v1.Channel.CHANNEL_BOOK, marketId: '24M:C' } }),
    },
    {
      action: 'subscribe_my_orders',
      body: () => ({ subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS } }),
    },
    {
      action: 'subscribe_alerts',
      body: () => ({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } }),
    },
    {
      action: 'subscribe_disclosure',
      body: () => ({ subscribe: { channel: v1.Channel.CHANNEL_DISCLOSURE } }),
    },
  ];

beforeAll(async () => {
  service = await startServiceProcess('roles');
}, 90_000);

afterAll(async () => {
  expect(await service?.stop()).toBe(0);
});

describe('role matrix', () => {
  it.each(roles.map((role) => [role]))('checks every action for %s', async (role: Role) => {
    const userId = `U-${role}`;
    const client = await LendingClient.connect(service.wsUrl);
    const token = issueToken(service.authSecret, {
      userId,
      roles: [role],
      expiresAtMs: Date.now() + 60_000,
    });
    expect((await client.authenticate(token)).authenticated?.roles).toEqual([role]);
    const answers = await Promise.all(
      client.requestMany(attempts.map((attempt, n) => attempt.body(userId, n))),
    );
    attempts.forEach((attempt, index) => {
      const refused = answers[index]?.reject?.codeName === 'NOT_AUTHORISED';
      expect({ role, action: attempt.action, refused }).toEqual({
        role,
        action: attempt.action,
        refused: !isAllowed([role], attempt.action),
      });
    });
    await client.close();
  });

  it('refuses every action before authentication', async () => {
    const client = await LendingClient.connect(service.wsUrl);
    const answers = await Promise.all(client.requestMany(attempts.map((a, n) => a.body('X', n))));
    expect(new Set(answers.map((answer) => answer.reject?.codeName))).toEqual(
      new Set(['NOT_AUTHENTICATED']),
    );
    await client.close();
  });

  it('refuses a borrower listing a loan of someone else', async () => {
    const client = await LendingClient.connect(service.wsUrl);
    const token = issueToken(service.authSecret, {
      userId: 'B-own',
      roles: ['borrower'],
      expiresAtMs: Date.now() + 60_000,
    });
    await client.authenticate(token);
    const answer = await client.request({
      listTranche: {
        trancheId: 'theirs',
        marketId: '24M:C',
        borrowerId: 'B-other',
        amountFen: 100,
        maxRateBps: 500,
      },
    });
    expect(answer.reject?.codeName).toBe('NOT_AUTHORISED');
    await client.close();
  });
});
