/**
 * Graceful shutdown: on SIGTERM the service stops accepting, answers every command it already
 * accepted (after the ledger is durable), refuses later ones with SERVICE_UNAVAILABLE, and only
 * then closes the sockets with 1001. No request is left without an answer, and the journal
 * holds exactly the holds of the orders that were acknowledged.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LendingClient } from '../../src/client/index.js';
import { issueToken } from '../../src/gateway/index.js';
import { verifyJournal } from '../../src/ledger/index.js';
import { startServiceProcess } from '../helpers/service-process.js';

describe('graceful shutdown', () => {
  it('answers every accepted command before it closes', async () => {
    const service = await startServiceProcess('shutdown');
    const token = (userId: string, role: 'admin' | 'lender') =>
      issueToken(service.authSecret, { userId, roles: [role], expiresAtMs: Date.now() + 60_000 });
    const admin = await LendingClient.connect(service.wsUrl);
    await admin.authenticate(token('ADM', 'admin'));
    await admin.request({ deposit: { transferId: 'sd', userId: 'SL', amountFen: 100_000_000 } });
    const lender = await LendingClient.connect(service.wsUrl);
    await lender.authenticate(token('SL', 'lender'));
    const closed = lender.closed();
    const orders = Array.from({ length: 200 }, (_, i) => ({
      placeLendOrder: {
        clientOrderId: `s${i}`,
        marketId: '24M:A',
        amountFen: 1_000,
        minRateBps: 900,
      },
    }));
    const answers = lender.requestMany(orders);
    const exit = service.stop();
    const settled = await Promise.allSettled(answers);
    expect(await exit).toBe(0);
    expect((await closed).code).toBe(1001);
    const outcomes = settled.map((result) =>
      result.status === 'fulfilled'
        ? result.value.orderAccepted
          ? 'accepted'
          : (result.value.reject?.codeName ?? 'other')
        : 'unanswered',
    );
    expect(outcomes.filter((o) => o === 'unanswered')).toEqual([]);
    expect(new Set(outcomes.filter((o) => o !== 'accepted'))).toEqual(
      new Set(outcomes.some((o) => o !== 'accepted') ? ['SERVICE_UNAVAILABLE'] : []),
    );
    const report = await verifyJournal(join(service.dataDir, 'ledger'));
    expect(report.ok).toBe(true);
    const accepted = outcomes.filter((o) => o === 'accepted').length;
    expect(report.balances.get('user:SL:held') ?? 0).toBe(accepted * 1_000);
  });
});
