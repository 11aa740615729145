/**
 * The daily loan tick through the real service, with the loan clock running one day per second
 * (DAY_SECONDS=1): a borrower who took the money out is reminded before the first due date and
 * told the loan is overdue after it; the lender's loan view shows the bucket. A borrower who
 * keeps enough money is repaid automatically on the due date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import type { Role } from '../../src/gateway/index.js';
import { createClient } from '@clickhouse/client';
import { connectAs } from '../helpers/clients.js';
import { clickhouseUrl } from '../helpers/services.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
let service: RunningService;
const clients: LendingClient[] = [];

function connect(userId: string, role: Role): Promise<LendingClient> {
  return connectAs(service, userId, role, clients);
}

async function originate(trancheId: string, borrowerId: string, lenderId: string) {
  const admin = await connect(`ADM-${trancheId}`, 'admin');
  await admin.request({
    deposit: { transferId: `${trancheId}-d`, userId: lenderId, amountFen: 120_000 },
  });
  const borrower = await connect(borrowerId, 'borrower');
  await borrower.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } });
  await borrower.request({
    listTranche: { trancheId, marketId: '12M:A', borrowerId, amountFen: 120_000, maxRateBps: 1200 },
  });
  const lender = await connect(lenderId, 'lender');
  await lender.request({
    placeLendOrder: {
      clientOrderId: `${trancheId}-o`,
      marketId: '12M:A',
      amountFen: 120_000,
      minRateBps: 1000,
    },
  });
  await borrower.waitForPush((m) => m.ledgerMovement?.kind === 'disbursement');
  return borrower;
}

beforeAll(async () => {
  service = await startServiceProcess('loan-clock', { DAY_SECONDS: '1' });
}, 120_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await service.stop();
});

describe('loan clock', () => {
  it('reminds, repays automatically, and marks a loan overdue', async () => {
    const late = await originate('LC1', 'LB1', 'LL1');
    const out = await late.request({ withdraw: { transferId: 'lb1-w', amountFen: 120_000 } });
    expect(out.withdrawalAccepted?.availableFen).toBe(0);
    const punctual = await originate('LC2', 'LB2', 'LL2');

    const reminder = await late.waitForPush((m) => m.loanNotice?.kind === 'reminder', 60_000);
    expect(reminder.loanNotice).toMatchObject({ loanId: 'LC1', period: 1 });
    expect(Number(reminder.loanNotice?.amountFen)).toBeGreaterThan(0);
    const auto = await punctual.waitForPush((m) => m.loanNotice?.kind === 'auto_repaid', 60_000);
    expect(auto.loanNotice?.loanId).toBe('LC2');
    const overdue = await late.waitForPush((m) => m.loanNotice?.kind === 'overdue', 60_000);
    expect(overdue.loanNotice).toMatchObject({ loanId: 'LC1', bucket: '1-30' });
    const loans = await late.request({ getLoans: {} });
    expect(loans.loans?.loans?.[0]).toMatchObject({ loanId: 'LC1', status: 'overdue' });

    // Analytics see the overdue status by day and the custody withdrawal.
    const clickhouse = createClient({ url: clickhouseUrl() });
    const rows = async (sql: string): Promise<Record<string, string>[]> => {
      const result = await clickhouse.query({ query: sql, format: 'JSONEachRow' });
      return result.json<Record<string, string>>();
    };
    let overdueRows: Record<string, string>[] = [];
    for (let i = 0; i < 100 && overdueRows.length === 0; i += 1) {
      overdueRows = await rows(
        `SELECT loan_id, bucket, overdue_principal_fen FROM ${service.database}.overdue_daily ` +
          `FINAL WHERE loan_id = 'LC1' LIMIT 1`,
      );
      if (overdueRows.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(overdueRows[0]).toMatchObject({ loan_id: 'LC1', bucket: '1-30' });
    expect(Number(overdueRows[0]?.['overdue_principal_fen'])).toBeGreaterThan(0);
    const custody = await rows(
      `SELECT direction, amount_fen FROM ${service.database}.custody_movements FINAL ` +
        `WHERE movement_id = 'lb1-w'`,
    );
    expect(custody.map((row) => [row['direction'], Number(row['amount_fen'])])).toEqual([
      ['withdrawal', 120_000],
    ]);
    // The automatic repayment, per instalment, adds up to what left the borrower.
    const paidSql =
      `SELECT sum(principal_fen + interest_fen + late_fee_fen) AS fen, count() AS n ` +
      `FROM ${service.database}.repayments FINAL WHERE loan_id = 'LC2' AND payer = 'borrower'`;
    let paid: Record<string, string>[] = [];
    for (let i = 0; i < 100 && Number(paid[0]?.['n'] ?? 0) === 0; i += 1) {
      paid = await rows(paidSql);
      if (Number(paid[0]?.['n'] ?? 0) === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(Number(paid[0]?.['fen'])).toBe(Number(auto.loanNotice?.amountFen));
    await clickhouse.close();
  }, 120_000);
});
