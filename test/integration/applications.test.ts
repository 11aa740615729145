/**
 * Loan applications end to end: the credit model scores an application in its worker pool; an
 * approved one is listed at once as a tranche at the priced rate (lenders see it on the tranche
 * channel); a weak one waits for a risk officer, who is alerted, and whose decision is recorded;
 * invalid files and roles are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { createClient } from '@clickhouse/client';
import { clickhouseUrl } from '../helpers/services.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
let service: RunningService;
const clients: LendingClient[] = [];

async function connectAs(userId: string, role: Role): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl, { requestTimeoutMs: 20_000 });
  clients.push(client);
  const token = issueToken(service.authSecret, {
    userId,
    roles: [role],
    expiresAtMs: Date.now() + 60_000,
  });
  expect((await client.authenticate(token)).authenticated?.userId).toBe(userId);
  return client;
}

/** A strong file (the first row of the training data, a loan that was repaid). */
const strong: lending.v1.ICreditFile = {
  creditPolicy: 1,
  purpose: 'debt_consolidation',
  intRate: 0.1189,
  installment: 829.1,
  logAnnualInc: 11.35040654,
  dti: 19.48,
  fico: 737,
  daysWithCrLine: 5639.958333,
  revolBal: 28854,
  revolUtil: 52.1,
  inqLast6mths: 0,
  delinq2yrs: 0,
  pubRec: 0,
};
/** A weak file: off-policy, low FICO, many inquiries and records. */
const weak: lending.v1.ICreditFile = {
  ...strong,
  creditPolicy: 0,
  purpose: 'small_business',
  intRate: 0.2,
  fico: 620,
  inqLast6mths: 9,
  pubRec: 2,
  revolUtil: 99,
};
const applicant = { ageYears: 35, occupation: 'engineer', annualIncomeFen: 30_000_000 };

beforeAll(async () => {
  service = await startServiceProcess('applications');
}, 90_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  expect(await service?.stop()).toBe(0);
});

describe('loan applications', () => {
  it('scores, lists approved loans at the priced rate, routes weak ones to review', async () => {
    const watcher = await connectAs('LW', 'lender');
    await watcher.request({ subscribe: { channel: v1.Channel.CHANNEL_TRANCHES } });
    const officer = await connectAs('RO', 'risk_officer');
    await officer.request({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } });
    const borrower = await connectAs('AB', 'borrower');

    const good = await borrower.request({
      applyForLoan: {
        applicationId: 'ap1',
        amountFen: 5_000_000,
        termMonths: 36,
        ...applicant,
        credit: strong,
      },
    });
    const decision = good.applicationDecision;
    expect(decision?.decision, JSON.stringify(good)).toBe('approve');
    expect(decision?.marketId).toMatch(/^36M:[A-G]$/);
    expect(decision?.reasons?.length).toBeGreaterThan(0);
    const listed = await watcher.waitForPush(
      (m) => m.trancheUpdate?.trancheId === decision?.trancheId,
    );
    expect(listed.trancheUpdate).toMatchObject({
      marketId: decision?.marketId,
      maxRateBps: decision?.maxRateBps,
      amountFen: 5_000_000,
    });
    const repeat = await borrower.request({
      applyForLoan: {
        applicationId: 'ap1',
        amountFen: 5_000_000,
        termMonths: 36,
        ...applicant,
        credit: strong,
      },
    });
    expect(repeat.applicationDecision?.trancheId).toBe(decision?.trancheId);

    const poor = await borrower.request({
      applyForLoan: {
        applicationId: 'ap2',
        amountFen: 5_000_000,
        termMonths: 12,
        ...applicant,
        credit: weak,
      },
    });
    expect(['review', 'reject']).toContain(poor.applicationDecision?.decision);
    expect(poor.applicationDecision?.rules?.length).toBeGreaterThan(0);
    if (poor.applicationDecision?.decision === 'review') {
      // Through the alert stream, like every alert: numbered, so an officer can resume.
      const alert = await officer.waitForPush((m) => m.alert?.ruleId === 'credit-review@1');
      expect(alert.alert?.accountId).toBe('AB');
      expect(Number(alert.alert?.seq)).toBeGreaterThan(0);
      const reviewed = await officer.request({
        reviewApplication: { applicationId: 'ap2', approve: false, reason: 'income not verified' },
      });
      expect(reviewed.applicationDecision).toMatchObject({
        decision: 'reject',
        reviewedBy: 'RO',
        reviewReason: 'income not verified',
      });
    }
    const unknown = await officer.request({
      reviewApplication: { applicationId: 'nope', approve: true, reason: 'x' },
    });
    expect(unknown.reject?.codeName).toBe('APPLICATION_NOT_FOUND');

    // Analytics get every application with its score and decision, the borrower as a reference.
    const clickhouse = createClient({ url: clickhouseUrl() });
    const sql =
      `SELECT application_id, borrower_ref, grade, decision, score FROM ${service.database}` +
      `.loan_applications FINAL WHERE application_id = 'ap1'`;
    let rows: Record<string, string>[] = [];
    for (let i = 0; i < 100 && rows.length === 0; i += 1) {
      rows = await (await clickhouse.query({ query: sql, format: 'JSONEachRow' })).json();
      if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await clickhouse.close();
    expect(rows[0]).toMatchObject({ application_id: 'ap1', decision: 'approved' });
    expect(rows[0]?.['borrower_ref']).not.toBe('AB');
    expect(Number(rows[0]?.['score'])).toBeGreaterThan(0);
  });

  it('refuses bad applications and the wrong roles', async () => {
    const borrower = await connectAs('AB2', 'borrower');
    const lender = await connectAs('AL2', 'lender');
    const answers = await Promise.all(
      borrower.requestMany([
        {
          applyForLoan: {
            applicationId: 'b1',
            amountFen: 100,
            termMonths: 7,
            ...applicant,
            credit: strong,
          },
        },
        {
          applyForLoan: {
            applicationId: 'b2',
            amountFen: -5,
            termMonths: 12,
            ...applicant,
            credit: strong,
          },
        },
        { applyForLoan: { applicationId: 'b3', amountFen: 100, termMonths: 12, ...applicant } },
        {
          applyForLoan: {
            applicationId: 'b4',
            amountFen: 100,
            termMonths: 12,
            ...applicant,
            credit: { ...strong, purpose: 'yacht' },
          },
        },
        { reviewApplication: { applicationId: 'b1', approve: true, reason: 'mine' } },
      ]),
    );
    expect(answers.map((m) => m.reject?.codeName)).toEqual([
      'INVALID_FIELD',
      'AMOUNT_MUST_BE_POSITIVE',
      'INVALID_FIELD',
      'INVALID_FIELD',
      'NOT_AUTHORISED',
    ]);
    const fromLender = await lender.request({
      applyForLoan: {
        applicationId: 'l1',
        amountFen: 100,
        termMonths: 12,
        ...applicant,
        credit: strong,
      },
    });
    expect(fromLender.reject?.codeName).toBe('NOT_AUTHORISED');
  });
});
