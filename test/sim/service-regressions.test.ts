/**
 * Defects the simulator found in the service's money flow, reproduced through the real service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

let service: RunningService;
const clients: LendingClient[] = [];

async function connect(userId: string, role: Role): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl);
  clients.push(client);
  const expiresAtMs = Date.now() + 600_000;
  await client.authenticate(issueToken(service.authSecret, { userId, roles: [role], expiresAtMs }));
  return client;
}

beforeAll(async () => {
  service = await startServiceProcess('sim-regress', { MARKETS: '36M:B' });
}, 120_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  await service?.stop();
});

describe('service regressions found by the simulator', () => {
  // Found by `node dist/src/sim/cli.js --seed 2 --steps 261 --faults none` (before the
  // simulator stopped retrying refused places). src/service/backend.ts #place treated the
  // ledger's HOLD_EXISTS as a live hold, but a refused place's hold was already released:
  // the resent place rested with no money held, and its fill asserted (HOLD_NOT_FOUND).
  // Fixed: a resend gets the original refusal (remembered durably), and a resend while the
  // first is in flight gets the first's answer.
  it('regression: a place resent after a refusal rests without a hold', async () => {
    const admin = await connect('ADM', 'admin');
    const lender = await connect('RL1', 'lender');
    await admin.request({ deposit: { transferId: 'rd1', userId: 'RL1', amountFen: 100_000 } });
    const place = {
      placeLendOrder: {
        clientOrderId: 'fok1',
        marketId: '36M:B',
        amountFen: 50_000,
        minRateBps: 1_000,
        timeInForce: 2,
      },
    };
    const refused = await lender.request(place);
    expect(refused.reject?.codeName).toBe('FOK_NOT_FILLABLE');
    await admin.request({
      listTranche: {
        trancheId: 'rt1',
        marketId: '36M:B',
        borrowerId: 'RB1',
        amountFen: 50_000,
        maxRateBps: 1_200,
      },
    });
    // The same order id again is answered with its original result: the refusal.
    const again = await lender.request(place);
    expect(again.reject?.codeName).toBe('FOK_NOT_FILLABLE');
    // Two sends of a fresh id in one frame: one order, both told the same.
    const fresh = { placeLendOrder: { ...place.placeLendOrder, clientOrderId: 'fok2' } };
    const [one, two] = await Promise.all(lender.requestMany([fresh, fresh]));
    expect(one?.orderAccepted?.filledFen).toBe(50_000);
    expect(two?.orderAccepted).toEqual(one?.orderAccepted);
    const after = await connect('RL1', 'lender');
    const health = await fetch(`${service.httpUrl}/health`);
    expect(health.status).toBe(200);
    const ping = await after.request({ ping: {} });
    expect(ping.reject ?? undefined).toBeUndefined();
    const tail = service.output();
    expect(tail).not.toMatch(/could not move held funds|AssertionError/);
  }, 60_000);
});
