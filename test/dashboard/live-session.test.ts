/**
 * The SDK's LiveSession, which the dashboard uses: after a dropped connection it reconnects,
 * authenticates again and resumes my-orders from the last seq it saw, so a fill that happened
 * while it was down arrives once, in order, and nothing is repeated.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LendingClient, LiveSession, lending, type ServerMessage } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
let service: RunningService;
const clients: LendingClient[] = [];

function token(userId: string, role: Role): string {
  return issueToken(service.authSecret, {
    userId,
    roles: [role],
    expiresAtMs: Date.now() + 600_000,
  });
}

async function connectAs(userId: string, role: Role): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl, { requestTimeoutMs: 20_000 });
  clients.push(client);
  expect((await client.authenticate(token(userId, role))).authenticated?.userId).toBe(userId);
  return client;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  service = await startServiceProcess('live-session');
}, 90_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  expect(await service.stop()).toBe(0);
});

it('resumes my orders by seq across a dropped connection', async () => {
  const admin = await connectAs('LSADM', 'admin');
  await admin.request({ deposit: { transferId: 'ls-dep', userId: 'LS1', amountFen: 5_000_000 } });
  const pushes: ServerMessage[] = [];
  const statuses: string[] = [];
  const session = new LiveSession({
    url: service.wsUrl,
    token: () => token('LS1', 'lender'),
    subscriptions: [{ channel: v1.Channel.CHANNEL_MY_ORDERS }],
    backoffMsMin: 1_500,
    onPush: (message) => pushes.push(message),
    onStatus: (status) => statuses.push(status),
  });
  await until(() => statuses.includes('live'), 'the first connection');
  const placed = await session.request({
    placeLendOrder: {
      clientOrderId: 'ls-o1',
      marketId: '12M:A',
      amountFen: 3_000_000,
      minRateBps: 800,
    },
  });
  expect(placed.orderAccepted, JSON.stringify(placed)).toBeTruthy();
  const list = (trancheId: string) =>
    admin.request({
      listTranche: {
        trancheId,
        marketId: '12M:A',
        borrowerId: 'LSB',
        amountFen: 1_000_000,
        maxRateBps: 900,
      },
    });
  await list('LS-T1');
  await until(() => pushes.some((m) => m.fill?.trancheId === 'LS-T1'), 'the first fill');

  session.dropConnection();
  await until(() => statuses[statuses.length - 1] === 'down', 'the drop');
  // The fill happens while the session is away (it waits 1.5 s before reconnecting).
  expect((await list('LS-T2')).trancheListed).toBeTruthy();
  expect(statuses[statuses.length - 1]).toBe('down');
  await until(() => pushes.some((m) => m.fill?.trancheId === 'LS-T2'), 'the missed fill');
  expect(session.reconnects).toBeGreaterThanOrEqual(1);

  const seqs = pushes
    .map((m) => Number(m.fill?.seq ?? m.orderUpdate?.seq ?? 0))
    .filter((seq) => seq > 0);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(pushes.filter((m) => m.fill).map((m) => m.fill?.trancheId)).toEqual(['LS-T1', 'LS-T2']);
  await session.stop();
});
