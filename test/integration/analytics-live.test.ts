/**
 * The analytics tables the running service feeds from its followers and hooks (main.ts): a
 * registration reaches `users` masked, money movements reach `ledger_transfers` from the
 * ledger journal, decided behaviour events reach `risk_events` with their outcome. Each row
 * once, counted without FINAL, also after a restart on the same data (the follower resumes
 * from its cursor and sends nothing twice).
 */
import { createClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import { serviceUserRef } from '../../src/disclosure/index.js';
import { connectAs } from '../helpers/clients.js';
import { clickhouseUrl } from '../helpers/services.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

let service: RunningService;
const clients: LendingClient[] = [];
const clickhouse = createClient({ url: clickhouseUrl() });

const registration = {
  userId: 'AN1',
  role: 'lender',
  name: '李小龙',
  idNumber: '440105199001011234',
  phone: '13912345678',
  bankCard: '6222020200112233445',
  password: 'correct horse battery',
};

async function rows(sql: string): Promise<Record<string, string>[]> {
  const result = await clickhouse.query({ query: sql, format: 'JSONEachRow' });
  return result.json<Record<string, string>>();
}

/** Polls until the query answers at least `min` rows (the sink writes in the background). */
async function eventually(sql: string, min = 1): Promise<Record<string, string>[]> {
  let found: Record<string, string>[] = [];
  for (let i = 0; i < 150 && found.length < min; i += 1) {
    found = await rows(sql);
    if (found.length < min) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return found;
}

beforeAll(async () => {
  service = await startServiceProcess('analytics_live');
}, 90_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  await service.stop();
  await clickhouse.close();
});

describe('analytics tables fed live', () => {
  it('writes users, ledger transfers and risk events, each once', async () => {
    const ref = serviceUserRef(service.database);
    const db = service.database;
    const visitor = await LendingClient.connect(service.wsUrl);
    clients.push(visitor);
    expect((await visitor.request({ register: registration })).registered?.userId).toBe('AN1');
    const admin = await connectAs(service, 'ADM', 'admin', clients);
    const deposit = { transferId: 'an-dep-1', userId: 'AN1', amountFen: 300_000 };
    expect((await admin.request({ deposit })).depositAccepted?.transferId).toBe('an-dep-1');

    const users = await eventually(`SELECT * FROM ${db}.users FINAL`);
    expect(users).toEqual([
      expect.objectContaining({
        user_ref: ref('AN1'),
        role: 'lender',
        name_masked: '李**',
        phone_masked: '139****5678',
        id_number_masked: '440***********1234',
        province: '广东',
        risk_level: 'low',
      }),
    ]);
    const transfers = await eventually(
      `SELECT transfer_id, kind, credit_account, amount_fen FROM ${db}.ledger_transfers`,
    );
    expect(transfers).toEqual([
      {
        transfer_id: 'an-dep-1',
        kind: 'deposit',
        credit_account: `user:${ref('AN1')}:available`,
        amount_fen: '300000',
      },
    ]);
    const events = await eventually(
      `SELECT kind, outcome, user_ref, amount_fen FROM ${db}.risk_events WHERE kind = 'deposit'`,
    );
    expect(events).toEqual([
      { kind: 'deposit', outcome: 'approve', user_ref: ref('AN1'), amount_fen: '300000' },
    ]);
    const clear = JSON.stringify(await rows(`SELECT * FROM ${db}.users`));
    expect(clear).not.toContain('13912345678');
    expect(clear).not.toContain('AN1');
  });

  it('rewrites the users row on a phone change and on a new risk level', async () => {
    const db = service.database;
    const officer = await connectAs(service, 'RO', 'risk_officer', clients);
    const kyc = { userId: 'AN1', status: lending.v1.KycStatus.KYC_VERIFIED };
    expect((await officer.request({ setKycStatus: kyc })).kycStatusSet).toBeDefined();
    const user = await connectAs(service, 'AN1', 'lender', clients);
    const profile = { phone: '13700001111', bankCard: '6222020200112233445' };
    expect((await user.request({ updateProfile: profile })).profileUpdated).toBeDefined();
    // A card change just before a withdrawal is blocked: the user's risk level goes up.
    await user.request({ withdraw: { transferId: 'an-w-1', amountFen: 200_000 } });
    const sql =
      `SELECT phone_masked, risk_level FROM ${db}.users FINAL ` +
      `WHERE phone_masked = '137****1111' AND risk_level = 'high'`;
    expect(await eventually(sql)).toHaveLength(1);
    expect(await rows(`SELECT user_ref FROM ${db}.users FINAL`)).toHaveLength(1);
  });

  it('sends no transfer twice after a restart on the same data', async () => {
    const db = service.database;
    for (const client of clients.splice(0)) await client.close().catch(() => undefined);
    expect(await service.stop()).toBe(0);
    service = await startServiceProcess('analytics_live', {
      CLICKHOUSE_DATABASE: db,
      DATA_DIR: service.dataDir,
      REDIS_PREFIX: service.redisPrefix,
      AUTH_SECRET: service.authSecret.toString(),
    });
    const admin = await connectAs(service, 'ADM', 'admin', clients);
    const deposit = { transferId: 'an-dep-2', userId: 'AN1', amountFen: 1_000 };
    expect((await admin.request({ deposit })).depositAccepted?.transferId).toBe('an-dep-2');
    const sql = `SELECT transfer_id FROM ${db}.ledger_transfers ORDER BY transfer_id`;
    await eventually(sql, 3);
    // Stopped: whatever the follower would still send has been sent.
    for (const client of clients.splice(0)) await client.close().catch(() => undefined);
    expect(await service.stop()).toBe(0);
    const transfers = await rows(sql);
    expect(transfers.map((r) => r['transfer_id'])).toEqual(['an-dep-1', 'an-dep-2', 'an-w-1']);
    expect(await rows(`SELECT user_ref FROM ${db}.users FINAL`)).toHaveLength(1);
  }, 120_000);
});
