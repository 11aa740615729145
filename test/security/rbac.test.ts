/**
 * Role escalation over every protocol message: for each action of the permissions table
 * (src/gateway/rbac.ts), every role that may not use it sends it to the real service and gets
 * NOT_AUTHORISED, with no effect (the lender's balance is unchanged). The matrix is derived
 * from the table: a new action without a body here fails the test instead of going untested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import { issueToken, permissions, roles, type Role } from '../../src/gateway/index.js';
import { Code } from '../../src/shared/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

type Body = Parameters<LendingClient['request']>[0];
type Action = keyof typeof permissions;
const Channel = lending.v1.Channel;

/** One well-formed body per action, so the only reason to refuse it is the role. */
const bodies: Readonly<Record<Action, Body>> = {
  place_lend_order: {
    placeLendOrder: { clientOrderId: 'x1', marketId: '36M:B', amountFen: 1000, minRateBps: 900 },
  },
  cancel_lend_order: { cancelLendOrder: { clientOrderId: 'x1', marketId: '36M:B' } },
  list_tranche: {
    listTranche: {
      trancheId: 'tx1',
      marketId: '36M:B',
      borrowerId: 'someone-else',
      amountFen: 10_000,
      maxRateBps: 1200,
    },
  },
  deposit: { deposit: { transferId: 'dx1', userId: 'VICTIM', amountFen: 5_000 } },
  subscribe_book: { subscribe: { channel: Channel.CHANNEL_BOOK, marketId: '36M:B' } },
  subscribe_my_orders: { subscribe: { channel: Channel.CHANNEL_MY_ORDERS } },
  subscribe_alerts: { subscribe: { channel: Channel.CHANNEL_ALERTS } },
  subscribe_disclosure: { subscribe: { channel: Channel.CHANNEL_DISCLOSURE } },
  subscribe_my_ledger: { subscribe: { channel: Channel.CHANNEL_MY_LEDGER } },
  subscribe_tranches: { subscribe: { channel: Channel.CHANNEL_TRANCHES } },
  ping: { ping: {} },
  refresh_token: { refreshToken: {} },
  logout: { logout: {} },
  set_kyc_status: { setKycStatus: { userId: 'VICTIM', status: 2 } },
  apply_for_loan: {
    applyForLoan: {
      applicationId: 'ax1',
      amountFen: 100_000,
      termMonths: 12,
      ageYears: 30,
      occupation: 'x',
      annualIncomeFen: 10_000_000,
      credit: {
        creditPolicy: 1,
        purpose: 'all_other',
        intRate: 0.11,
        installment: 300,
        logAnnualInc: 11,
        dti: 10,
        fico: 720,
        daysWithCrLine: 4000,
        revolBal: 5000,
        revolUtil: 30,
        inqLast6mths: 1,
        delinq2yrs: 0,
        pubRec: 0,
      },
    },
  },
  review_application: {
    reviewApplication: { applicationId: 'ax1', approve: true, reason: 'x' },
  },
  reduce_lend_order: {
    reduceLendOrder: { clientOrderId: 'x1', marketId: '36M:B', reduceByFen: 100 },
  },
  amend_lend_order: {
    amendLendOrder: { clientOrderId: 'x1', marketId: '36M:B', minRateBps: 1000 },
  },
  withdraw: { withdraw: { transferId: 'wx1', amountFen: 100 } },
  repay: { repay: { transferId: 'rx1', loanId: 'lx1', amountFen: 100 } },
  freeze_account: { freezeAccount: { userId: 'VICTIM', frozen: true, reason: 'x' } },
  work_case: { caseAction: { alertId: 'al1', action: 1 } },
  propose_rule_config: { proposeRuleConfig: { configJson: '{}', note: 'x' } },
  decide_rule_config: { decideRuleConfig: { proposalId: 1, approve: true } },
  run_backtest: { runBacktest: { configJson: '{}' } },
  get_holdings: { getHoldings: {} },
  get_loans: { getLoans: {} },
  get_any_loans: { getLoans: { userId: 'VICTIM' } },
  get_ledger_proof: { getLedgerProof: { reference: 'dx0' } },
  get_markets: { getMarkets: {} },
  get_cases: { getCases: {} },
  get_risk_overview: { getRiskOverview: {} },
  get_application: { getApplication: { applicationId: 'ax1' } },
  get_rule_configs: { getRuleConfigs: {} },
  update_profile: { updateProfile: { phone: '13800001111' } },
};

let service: RunningService;
const clients = new Map<Role, LendingClient>();

function token(userId: string, role: Role): string {
  const expiresAtMs = Date.now() + 600_000;
  return issueToken(service.authSecret, { userId, roles: [role], expiresAtMs });
}

async function client(role: Role): Promise<LendingClient> {
  let found = clients.get(role);
  if (found === undefined) {
    found = await LendingClient.connect(service.wsUrl);
    await found.authenticate(token(`U-${role}`, role), 'sec-device');
    clients.set(role, found);
  }
  return found;
}

beforeAll(async () => {
  service = await startServiceProcess('sec-rbac', { LOG_LEVEL: 'info' });
  const admin = await client('admin');
  const answer = await admin.request({
    deposit: { transferId: 'dx0', userId: 'VICTIM', amountFen: 50_000 },
  });
  expect(answer.depositAccepted?.availableFen).toBe(50_000);
}, 120_000);

afterAll(async () => {
  for (const c of clients.values()) await c.close().catch(() => undefined);
  await service?.stop();
});

const forbidden: [Action, Role][] = [];
for (const action of Object.keys(permissions) as Action[]) {
  for (const role of roles) {
    if (!permissions[action].includes(role)) forbidden.push([action, role]);
  }
}

describe('role escalation over every protocol message', () => {
  it('has a body for every action of the permissions table', () => {
    expect(Object.keys(bodies).sort()).toEqual(Object.keys(permissions).sort());
    expect(forbidden.length).toBeGreaterThan(20);
  });

  it.each(forbidden)('%s by %s is NOT_AUTHORISED', async (action, role) => {
    const c = await client(role);
    const answer = await c.request(bodies[action]);
    expect(answer.reject?.code, JSON.stringify(answer)).toBe(Code.NOT_AUTHORISED);
  });

  it('nothing was done: the victim account kept its balance', async () => {
    const admin = await client('admin');
    const again = await admin.request({
      deposit: { transferId: 'dx0', userId: 'VICTIM', amountFen: 50_000 },
    });
    // An idempotent resend of the first deposit answers the balance: unchanged by the attacks.
    expect(again.depositAccepted?.availableFen).toBe(50_000);
  });

  it('refusals are logged without tokens in clear', () => {
    const log = service.output();
    for (const role of roles) {
      const sample = token(`U-${role}`, role).split('.')[2] ?? '';
      expect(log).not.toContain(sample.slice(0, 20));
    }
  });
});
