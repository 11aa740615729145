/**
 * Walks the whole role matrix over real sockets: every role tries every action and every
 * subscription; what the table in src/gateway/rbac.ts forbids is answered NOT_AUTHORISED and
 * what it allows is never answered NOT_AUTHORISED (it may still fail for other reasons, such as
 * missing funds, which is not the role check's business).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending, type ClientBody } from '../../src/client/index.js';
import { issueToken, isAllowed, roles, type Role } from '../../src/gateway/index.js';
import { actions, type Action } from '../../src/gateway/rbac.js';
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
    {
      action: 'subscribe_my_ledger',
      body: () => ({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } }),
    },
    {
      action: 'subscribe_tranches',
      body: () => ({ subscribe: { channel: v1.Channel.CHANNEL_TRANCHES } }),
    },
    {
      action: 'set_kyc_status',
      body: () => ({ setKycStatus: { userId: 'nobody', status: v1.KycStatus.KYC_VERIFIED } }),
    },
    {
      action: 'review_application',
      body: () => ({ reviewApplication: { applicationId: 'none', approve: false, reason: 'r' } }),
    },
    {
      action: 'reduce_lend_order',
      body: (_user, n) => ({
        reduceLendOrder: { clientOrderId: `r${n}`, marketId: '24M:C', reduceByFen: 1 },
      }),
    },
    {
      action: 'amend_lend_order',
      body: (_user, n) => ({
        amendLendOrder: { clientOrderId: `r${n}`, marketId: '24M:C', minRateBps: 800 },
      }),
    },
    {
      action: 'withdraw',
      body: (_user, n) => ({ withdraw: { transferId: `rw${n}`, amountFen: 1 } }),
    },
    {
      action: 'repay',
      body: (_user, n) => ({ repay: { transferId: `rr${n}`, loanId: 'none', amountFen: 1 } }),
    },
    {
      action: 'freeze_account',
      body: () => ({ freezeAccount: { userId: 'nobody', frozen: false, reason: 'roles test' } }),
    },
    {
      action: 'work_case',
      body: () => ({
        caseAction: { alertId: 'none', action: v1.CaseActionKind.CASE_ACKNOWLEDGE },
      }),
    },
    { action: 'propose_rule_config', body: () => ({ proposeRuleConfig: { configJson: '{}' } }) },
    {
      action: 'decide_rule_config',
      body: () => ({ decideRuleConfig: { proposalId: 999, approve: false } }),
    },
    { action: 'run_backtest', body: () => ({ runBacktest: { configJson: '{}' } }) },
    { action: 'get_holdings', body: () => ({ getHoldings: {} }) },
    { action: 'get_loans', body: () => ({ getLoans: {} }) },
    { action: 'get_any_loans', body: () => ({ getLoans: { userId: 'someone' } }) },
    { action: 'get_ledger_proof', body: () => ({ getLedgerProof: { reference: 'none' } }) },
    { action: 'get_markets', body: () => ({ getMarkets: {} }) },
    { action: 'get_cases', body: () => ({ getCases: {} }) },
    { action: 'get_risk_overview', body: () => ({ getRiskOverview: {} }) },
    { action: 'get_application', body: () => ({ getApplication: { applicationId: 'none' } }) },
    { action: 'get_rule_configs', body: () => ({ getRuleConfigs: {} }) },
    { action: 'update_profile', body: () => ({ updateProfile: { phone: '13800001111' } }) },
  ];

/**
 * Actions every role may take (session upkeep: answered without the role check refusing anyone)
 * or whose body needs a full credit file (apply_for_loan: test/integration/applications.test.ts
 * checks its role); logout is left out because it ends the connection the walk runs on.
 */
const walkedElsewhere: ReadonlySet<Action> = new Set<Action>([
  'ping',
  'refresh_token',
  'logout',
  'apply_for_loan',
]);

beforeAll(async () => {
  service = await startServiceProcess('roles');
}, 90_000);

afterAll(async () => {
  expect(await service?.stop()).toBe(0);
});

describe('role matrix', () => {
  it('walks every action of the table (so a new action cannot go unchecked)', () => {
    const walked = new Set(attempts.map((attempt) => attempt.action));
    const missing = actions.filter((action) => !walked.has(action) && !walkedElsewhere.has(action));
    expect(missing).toEqual([]);
  });

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
