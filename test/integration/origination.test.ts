/**
 * A fully funded tranche becomes a loan in the ledger: the escrow is disbursed to the borrower
 * (less the origination fee), each fill becomes a note, the borrower sees the disbursement on
 * the ledger channel, the loan, its notes and its schedule reach ClickHouse and the live
 * regulator figures, and the journal verifies with every balance summing to zero.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { verifyJournal } from '../../src/ledger/index.js';
import { createClient } from '@clickhouse/client';
import { clickhouseUrl } from '../helpers/services.js';
import { startServiceProcess } from '../helpers/service-process.js';

const v1 = lending.v1;

describe('origination', () => {
  it('turns a funded tranche into a loan with one note per fill', async () => {
    const service = await startServiceProcess('origination', { ORIGINATION_FEE_BPS: '100' });
    const connect = async (userId: string, role: Role): Promise<LendingClient> => {
      const client = await LendingClient.connect(service.wsUrl);
      const token = issueToken(service.authSecret, {
        userId,
        roles: [role],
        expiresAtMs: Date.now() + 60_000,
      });
      await client.authenticate(token);
      return client;
    };
    const admin = await connect('ADM', 'admin');
    await admin.request({ deposit: { transferId: 'o-d1', userId: 'OL1', amountFen: 1_000_000 } });
    await admin.request({ deposit: { transferId: 'o-d2', userId: 'OL2', amountFen: 1_000_000 } });
    const borrower = await connect('OB', 'borrower');
    await borrower.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } });
    const listed = await borrower.request({
      listTranche: {
        trancheId: 'OT',
        marketId: '12M:B',
        borrowerId: 'OB',
        amountFen: 300_000,
        maxRateBps: 1200,
      },
    });
    expect(listed.trancheListed?.filledFen).toBe(0);
    const first = await connect('OL1', 'lender');
    const second = await connect('OL2', 'lender');
    await first.request({
      placeLendOrder: {
        clientOrderId: 'a',
        marketId: '12M:B',
        amountFen: 100_000,
        minRateBps: 1000,
      },
    });
    await second.request({
      placeLendOrder: {
        clientOrderId: 'b',
        marketId: '12M:B',
        amountFen: 500_000,
        minRateBps: 1100,
      },
    });
    const disbursed = await borrower.waitForPush((m) => m.ledgerMovement?.kind === 'disbursement');
    // 300,000 fen less a 1% origination fee.
    expect(disbursed.ledgerMovement).toMatchObject({ amountFen: 297_000, availableFen: 297_000 });
    // The loan reaches analytics: the live regulator figures count it.
    const figure = async (name: string): Promise<unknown> => {
      const response = await fetch(`${service.httpUrl}/v1/disclosure/figures.json`);
      if (response.status !== 200) return undefined;
      const body = (await response.json()) as { figures: { name: string; value: unknown }[] };
      return body.figures.find((line) => line.name === name)?.value;
    };
    let lent: unknown;
    for (let i = 0; i < 100 && lent !== 300_000; i += 1) {
      lent = await figure('cumulative_lending_amount');
      if (lent !== 300_000) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(lent).toBe(300_000);
    const clickhouse = createClient({ url: clickhouseUrl() });
    const count = async (table: string): Promise<number> => {
      const result = await clickhouse.query({
        query: `SELECT count() AS n FROM ${service.database}.${table} FINAL`,
        format: 'JSONEachRow',
      });
      const [row] = await result.json<{ n: string }>();
      return Number(row?.n ?? 0);
    };
    expect([await count('loans'), await count('notes'), await count('schedules')]).toEqual([
      1, 2, 12,
    ]);
    await clickhouse.close();
    for (const client of [admin, borrower, first, second]) await client.close();
    expect(await service.stop()).toBe(0);

    const report = await verifyJournal(join(service.dataDir, 'ledger'));
    expect(report.ok).toBe(true);
    expect(report.balances.get('user:OB:available')).toBe(297_000);
    expect(report.balances.get('tranche:OT:escrow') ?? 0).toBe(0);
    expect(report.balances.get('user:OL2:held')).toBe(300_000);
    let sum = 0;
    for (const balance of report.balances.values()) sum += balance;
    expect(sum).toBe(0);
  });
});
