/**
 * The protocol after the first order, through the real service: amend and reduce an open order,
 * expiry, withdrawals, a loan repaid with the note holder told what reached them, holdings and
 * loan views, an inclusion proof a lender checks with sha256 alone, a tranche that misses its
 * deadline (every fill refunded), officer freezes, and the risk officers' desk (maker-checker,
 * backtest, cases, overview). Every answer is checked against the ledger's own numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending, type ServerMessage } from '../../src/client/index.js';
import type { Role } from '../../src/gateway/index.js';
import { checkProof } from '../../src/ledger/index.js';
import { defaultFraudConfig } from '../../src/risk-stream/index.js';
import { createClient } from '@clickhouse/client';
import { connectAs } from '../helpers/clients.js';
import { clickhouseUrl } from '../helpers/services.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
const market = '12M:B';

let service: RunningService;
const clients: LendingClient[] = [];

function connect(userId: string, role: Role): Promise<LendingClient> {
  return connectAs(service, userId, role, clients);
}

function codeOf(message: ServerMessage): string | undefined {
  return message.reject?.codeName ?? undefined;
}

async function fund(userId: string, amountFen: number, transferId: string): Promise<void> {
  const admin = await connect(`ADM-${transferId}`, 'admin');
  const answer = await admin.request({ deposit: { transferId, userId, amountFen } });
  expect(answer.depositAccepted?.transferId).toBe(transferId);
}

beforeAll(async () => {
  service = await startServiceProcess('lifecycle');
}, 120_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await service.stop();
});

describe('order lifecycle', () => {
  it('reduces an order (part released) and amends it (loses priority, may fill)', async () => {
    await fund('LA', 500_000, 'la-d');
    const lender = await connect('LA', 'lender');
    await lender.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } });
    const placed = await lender.request({
      placeLendOrder: {
        clientOrderId: 'a1',
        marketId: market,
        amountFen: 200_000,
        minRateBps: 1300,
      },
    });
    expect(placed.orderAccepted?.state).toBe(v1.OrderState.ORDER_STATE_RESTING);
    const reduced = await lender.request({
      reduceLendOrder: { clientOrderId: 'a1', marketId: market, reduceByFen: 50_000 },
    });
    expect(reduced.orderReduced).toMatchObject({ releasedFen: 50_000, remainingFen: 150_000 });
    const released = await lender.waitForPush(
      (m) => m.ledgerMovement?.kind === 'release' && m.ledgerMovement.reference === 'a1',
    );
    // 500,000 deposited, 200,000 held, 50,000 of it back.
    expect(released.ledgerMovement).toMatchObject({ availableFen: 350_000, heldFen: 150_000 });
    const tooMuch = await lender.request({
      reduceLendOrder: { clientOrderId: 'nope', marketId: market, reduceByFen: 1 },
    });
    expect(codeOf(tooMuch)).toBe('ORDER_NOT_FOUND');

    const borrower = await connect('BA', 'borrower');
    await borrower.request({
      listTranche: {
        trancheId: 'TA',
        marketId: market,
        borrowerId: 'BA',
        amountFen: 100_000,
        maxRateBps: 1200,
      },
    });
    const amended = await lender.request({
      amendLendOrder: { clientOrderId: 'a1', marketId: market, minRateBps: 1100 },
    });
    // Amending to 11% crosses the 12% tranche at once: the order fills 100,000 at 12%.
    expect(amended.orderAmended).toMatchObject({ minRateBps: 1100, remainingFen: 50_000 });
    const badRate = await lender.request({
      amendLendOrder: { clientOrderId: 'a1', marketId: market, minRateBps: 99_999 },
    });
    expect(codeOf(badRate)).toBe('RATE_OUT_OF_RANGE');
  });

  it('expires an order at its expiry time and releases its hold', async () => {
    await fund('LE', 100_000, 'le-d');
    const lender = await connect('LE', 'lender');
    await lender.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS } });
    const past = await lender.request({
      placeLendOrder: {
        clientOrderId: 'e0',
        marketId: market,
        amountFen: 10_000,
        minRateBps: 1500,
        expiresAtMs: Date.now() - 1_000,
      },
    });
    expect(codeOf(past)).toBe('EXPIRY_NOT_IN_FUTURE');
    const placed = await lender.request({
      placeLendOrder: {
        clientOrderId: 'e1',
        marketId: market,
        amountFen: 40_000,
        minRateBps: 1500,
        expiresAtMs: Date.now() + 1_500,
      },
    });
    expect(placed.orderAccepted?.state).toBe(v1.OrderState.ORDER_STATE_RESTING);
    const expired = await lender.waitForPush((m) => m.orderUpdate?.reason === 'expired', 10_000);
    expect(expired.orderUpdate).toMatchObject({ clientOrderId: 'e1', releasedFen: 40_000 });
  });

  it('refunds every fill of a tranche that misses its deadline', async () => {
    await fund('LD', 100_000, 'ld-d');
    const lender = await connect('LD', 'lender');
    await lender.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } });
    const borrower = await connect('BD', 'borrower');
    await borrower.request({ subscribe: { channel: v1.Channel.CHANNEL_TRANCHES } });
    const listed = await borrower.request({
      listTranche: {
        trancheId: 'TD',
        marketId: '24M:C',
        borrowerId: 'BD',
        amountFen: 500_000,
        maxRateBps: 1500,
        deadlineMs: Date.now() + 1_500,
      },
    });
    expect(listed.trancheListed?.filledFen).toBe(0);
    await lender.request({
      placeLendOrder: {
        clientOrderId: 'd1',
        marketId: '24M:C',
        amountFen: 60_000,
        minRateBps: 1400,
      },
    });
    // A subscriber arriving now gets the open tranche first, with its market seq.
    const watcher = await connect('WD', 'lender');
    const first = watcher.waitForPush((m) => m.trancheUpdate?.trancheId === 'TD', 5_000);
    await watcher.request({ subscribe: { channel: v1.Channel.CHANNEL_TRANCHES } });
    const snapshot = (await first).trancheUpdate;
    expect(snapshot).toMatchObject({ trancheId: 'TD', amountFen: 500_000 });
    expect(Number(snapshot?.seq)).toBeGreaterThan(0);
    const update = await borrower.waitForPush(
      (m) => m.trancheUpdate?.state === v1.TrancheState.TRANCHE_STATE_EXPIRED,
      10_000,
    );
    expect(update.trancheUpdate).toMatchObject({ trancheId: 'TD', fundedFen: 60_000 });
    expect(Number(update.trancheUpdate?.deadlineMs)).toBeGreaterThan(0);
    const refund = await lender.waitForPush((m) => m.ledgerMovement?.kind === 'refund');
    expect(refund.ledgerMovement).toMatchObject({ amountFen: 60_000, availableFen: 100_000 });
    // Analytics see the tranche's last state: expired at 60,000 of 500,000.
    const clickhouse = createClient({ url: clickhouseUrl() });
    const sql =
      `SELECT status, funded_fen, closed_ms > listed_ms AS closed FROM ${service.database}` +
      `.tranches FINAL WHERE tranche_id = 'TD'`;
    let rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 100 && rows[0]?.['status'] !== 'expired'; i += 1) {
      rows = await (await clickhouse.query({ query: sql, format: 'JSONEachRow' })).json();
      if (rows[0]?.['status'] !== 'expired') await new Promise((r) => setTimeout(r, 100));
    }
    await clickhouse.close();
    expect(rows[0]).toMatchObject({ status: 'expired', closed: 1 });
    expect(Number(rows[0]?.['funded_fen'])).toBe(60_000);
  });
});

describe('money after the market', () => {
  it('withdraws, repays a loan, shows holdings and loans, and proves a ledger entry', async () => {
    await fund('LM', 1_000_000, 'lm-d');
    const lender = await connect('LM', 'lender');
    await lender.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } });
    const withdrawn = await lender.request({
      withdraw: { transferId: 'lm-w', amountFen: 100_000 },
    });
    expect(withdrawn.withdrawalAccepted).toMatchObject({ availableFen: 900_000 });
    const overdraw = await lender.request({
      withdraw: { transferId: 'lm-w2', amountFen: 10_000_000 },
    });
    expect(codeOf(overdraw)).toBe('INSUFFICIENT_FUNDS');

    const borrower = await connect('BM', 'borrower');
    await borrower.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } });
    await borrower.request({
      listTranche: {
        trancheId: 'TM',
        marketId: '36M:A',
        borrowerId: 'BM',
        amountFen: 240_000,
        maxRateBps: 1200,
      },
    });
    await lender.request({
      placeLendOrder: {
        clientOrderId: 'm1',
        marketId: '36M:A',
        amountFen: 240_000,
        minRateBps: 1000,
      },
    });
    await borrower.waitForPush((m) => m.ledgerMovement?.kind === 'disbursement');
    const loans = await borrower.request({ getLoans: {} });
    const loan = loans.loans?.loans?.find((l) => l.loanId === 'TM');
    expect(loan).toMatchObject({ principalFen: 240_000, outstandingPrincipalFen: 240_000 });
    expect(loan?.schedule?.length).toBe(36);
    const principalSum = (loan?.schedule ?? []).reduce((sum, p) => sum + Number(p.principalFen), 0);
    expect(principalSum).toBe(240_000);

    const paid = await borrower.request({
      repay: { transferId: 'bm-r1', loanId: 'TM', amountFen: 50_000 },
    });
    expect(paid.repaymentAccepted?.paidFen).toBe(50_000);
    const outstanding = Number(paid.repaymentAccepted?.outstandingPrincipalFen);
    expect(outstanding).toBeLessThan(240_000);
    const received = await lender.waitForPush(
      (m) => m.ledgerMovement?.kind === 'repayment_received',
    );
    // The lender holds the only note: all 50,000 reached them.
    expect(received.ledgerMovement?.amountFen).toBe(50_000);
    const stranger = await connect('BX', 'borrower');
    const notMine = await stranger.request({
      repay: { transferId: 'bx-r1', loanId: 'TM', amountFen: 1_000 },
    });
    expect(codeOf(notMine)).toBe('LOAN_NOT_FOUND');

    const holdings = await lender.request({ getHoldings: {} });
    const note = holdings.holdings?.notes?.find((n) => n.loanId === 'TM');
    expect(note).toMatchObject({ principalFen: 240_000, outstandingPrincipalFen: outstanding });
    expect(Number(note?.receivedPrincipalFen)).toBe(240_000 - outstanding);

    const proof = await lender.request({ getLedgerProof: { reference: 'lm-w' } });
    const body = proof.ledgerProof;
    expect(body?.reference).toBe('lm-w');
    const check = checkProof(
      {
        entryIndex: Number(body?.entryIndex),
        headIndex: Number(body?.headIndex),
        prevHash: body?.prevHash ?? '',
        record: body?.record ?? '',
        hash: body?.hash ?? '',
        links: body?.links ?? [],
        headHash: body?.headHash ?? '',
      },
      body?.headHash ?? '',
    );
    expect(check.ok).toBe(true);
    const someoneElses = await stranger.request({ getLedgerProof: { reference: 'lm-w' } });
    expect(codeOf(someoneElses)).toBe('PROOF_NOT_FOUND');
  });
});

describe('officers', () => {
  it('freezes and unfreezes an account, and every officer sees it', async () => {
    await fund('LF', 100_000, 'lf-d');
    const officer = await connect('RO1', 'risk_officer');
    const watcher = await connect('RO2', 'risk_officer');
    await watcher.request({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } });
    const lender = await connect('LF', 'lender');
    const frozen = await officer.request({
      freezeAccount: { userId: 'LF', frozen: true, reason: 'card shared with 5 accounts' },
    });
    expect(frozen.accountStatus).toMatchObject({ userId: 'LF', frozen: true, by: 'RO1' });
    const seen = await watcher.waitForPush((m) => m.accountStatus?.userId === 'LF');
    expect(seen.accountStatus?.reason).toBe('card shared with 5 accounts');
    let refused: ServerMessage | undefined;
    for (let i = 0; i < 50; i += 1) {
      refused = await lender.request({
        placeLendOrder: {
          clientOrderId: `f${i}`,
          marketId: market,
          amountFen: 1_000,
          minRateBps: 900,
        },
      });
      if (codeOf(refused) === 'ACCOUNT_FROZEN') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(codeOf(refused ?? {})).toBe('ACCOUNT_FROZEN');
    const noReason = await officer.request({ freezeAccount: { userId: 'LF', frozen: false } });
    expect(codeOf(noReason)).toBe('INVALID_FIELD');
    const thawed = await officer.request({
      freezeAccount: { userId: 'LF', frozen: false, reason: 'cleared' },
    });
    expect(thawed.accountStatus?.frozen).toBe(false);
    const lenderTries = await lender.request({
      freezeAccount: { userId: 'LF', frozen: false, reason: 'me' },
    });
    expect(codeOf(lenderTries)).toBe('NOT_AUTHORISED');
  });

  it('alerts officers to a card change just before a withdrawal', async () => {
    const officer = await connect('RO-CARD', 'risk_officer');
    await officer.request({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } });
    await fund('LP', 200_000, 'lp-d');
    const lender = await connect('LP', 'lender');
    const bad = await lender.request({ updateProfile: { bankCard: '12ab' } });
    expect(codeOf(bad)).toBe('INVALID_FIELD');
    const changed = await lender.request({ updateProfile: { bankCard: '6222020200112233445' } });
    expect(changed.profileUpdated?.bankCardMasked).toMatch(/3445$/);
    expect(changed.profileUpdated?.bankCardMasked).not.toContain('62220202001122');
    await lender.request({ withdraw: { transferId: 'lp-w', amountFen: 150_000 } });
    const alert = await officer.waitForPush(
      (m) => m.alert?.accountId === 'LP' && (m.alert.ruleId ?? '').includes('profile_change'),
      20_000,
    );
    expect(alert.alert?.level).toBe('block');
  });

  it('changes rules only with a second officer; backtests; answers cases, overview', async () => {
    const maker = await connect('RM', 'risk_officer');
    const checker = await connect('RC', 'risk_officer');
    const candidate = { ...defaultFraudConfig, bidsMax: defaultFraudConfig.bidsMax + 5 };
    const bad = await maker.request({ proposeRuleConfig: { configJson: '{"bidsMax": -1}' } });
    expect(codeOf(bad)).toBe('RULE_CONFIG_INVALID');
    const proposed = await maker.request({
      proposeRuleConfig: { configJson: JSON.stringify(candidate), note: 'fewer bid alerts' },
    });
    const status = proposed.ruleConfigStatus;
    expect(status).toMatchObject({ state: 'proposed', proposedBy: 'RM' });
    const proposalId = Number(status?.proposalId);
    const selfApproval = await maker.request({
      decideRuleConfig: { proposalId, approve: true, note: 'mine' },
    });
    expect(codeOf(selfApproval)).toBe('MAKER_CANNOT_APPROVE');
    const backtest = await checker.request({
      runBacktest: { configJson: JSON.stringify(candidate) },
    });
    expect(backtest.backtestResult).toBeDefined();
    expect(Number(backtest.backtestResult?.events)).toBeGreaterThanOrEqual(0);
    const approved = await checker.request({
      decideRuleConfig: { proposalId, approve: true, note: 'ok' },
    });
    expect(approved.ruleConfigStatus).toMatchObject({ state: 'active', decidedBy: 'RC' });
    const configs = await checker.request({ getRuleConfigs: {} });
    expect(configs.ruleConfigs?.configs?.[0]).toMatchObject({ state: 'active', proposalId });
    const overview = await checker.request({ getRiskOverview: {} });
    expect(overview.riskOverview?.activeConfigVersion).toBe(status?.version);
    const levels = overview.riskOverview?.levels?.map((l) => l.level);
    expect(levels).toEqual(['low', 'medium', 'high']);
    const missing = await checker.request({
      caseAction: { alertId: 'no-such-alert', action: v1.CaseActionKind.CASE_ACKNOWLEDGE },
    });
    expect(codeOf(missing)).toBe('ALERT_NOT_FOUND');
    const cases = await checker.request({ getCases: { state: 'open' } });
    expect(Array.isArray(cases.cases?.cases ?? [])).toBe(true);
    const markets = await checker.request({ getMarkets: {} });
    expect(markets.markets?.markets?.map((m) => m.marketId)).toContain(market);
  });
});
