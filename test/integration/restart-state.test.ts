/**
 * The backend's own state survives a crash: a tranche partly funded before a kill -9 originates
 * after the restart with every lender's note (the ledger's escrow alone does not say who lent at
 * what rate), and lenders' holdings and borrowers' loans are still there after a second restart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import type { Role } from '../../src/gateway/index.js';
import { connectAs } from '../helpers/clients.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
const market = '12M:C';
const clients: LendingClient[] = [];
const services: RunningService[] = [];

function connect(service: RunningService, userId: string, role: Role): Promise<LendingClient> {
  return connectAs(service, userId, role, clients);
}

async function restart(previous: RunningService): Promise<RunningService> {
  const next = await startServiceProcess('restart-state', {
    DATA_DIR: previous.dataDir,
    CLICKHOUSE_DATABASE: previous.database,
    REDIS_PREFIX: previous.redisPrefix,
    AUTH_SECRET: previous.authSecret.toString(),
  });
  services.push(next);
  return next;
}

afterAll(async () => {
  for (const client of clients) client.close();
  for (const service of services) await service.stop();
});

describe('backend state across restarts', () => {
  it('originates a tranche funded across a crash with every note, and keeps holdings', async () => {
    const first = await startServiceProcess('restart-state');
    services.push(first);
    const admin = await connect(first, 'ADM', 'admin');
    await admin.request({ deposit: { transferId: 'rs-d1', userId: 'RL1', amountFen: 500_000 } });
    await admin.request({ deposit: { transferId: 'rs-d2', userId: 'RL2', amountFen: 500_000 } });
    const borrower = await connect(first, 'RB', 'borrower');
    await borrower.request({
      listTranche: {
        trancheId: 'RT',
        marketId: market,
        borrowerId: 'RB',
        amountFen: 300_000,
        maxRateBps: 1300,
      },
    });
    const lender = await connect(first, 'RL1', 'lender');
    const placed = await lender.request({
      placeLendOrder: {
        clientOrderId: 'r1',
        marketId: market,
        amountFen: 100_000,
        minRateBps: 1000,
      },
    });
    expect(placed.orderAccepted?.filledFen).toBe(100_000);
    await first.kill();

    const second = await restart(first);
    const borrower2 = await connect(second, 'RB', 'borrower');
    await borrower2.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } });
    const lender2 = await connect(second, 'RL2', 'lender');
    const rest = await lender2.request({
      placeLendOrder: {
        clientOrderId: 'r2',
        marketId: market,
        amountFen: 200_000,
        minRateBps: 1100,
      },
    });
    expect(rest.orderAccepted?.filledFen).toBe(200_000);
    const disbursed = await borrower2.waitForPush((m) => m.ledgerMovement?.kind === 'disbursement');
    expect(disbursed.ledgerMovement?.amountFen).toBe(300_000);
    await second.stop();

    const third = await restart(second);
    const holder = await connect(third, 'RL1', 'lender');
    const holdings = await holder.request({ getHoldings: {} });
    expect(
      holdings.holdings?.notes?.map((n) => [n.loanId, Number(n.principalFen), n.rateBps]),
    ).toEqual([['RT', 100_000, 1300]]);
    const borrower3 = await connect(third, 'RB', 'borrower');
    const loans = await borrower3.request({ getLoans: {} });
    expect(loans.loans?.loans?.map((l) => [l.loanId, Number(l.principalFen)])).toEqual([
      ['RT', 300_000],
    ]);
  });
});
