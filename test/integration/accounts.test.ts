/**
 * Accounts over real sockets and a real Redis: registration with KYC fields stored masked,
 * login with a scrypt-hashed password, KYC gating of trading (changed live by a risk officer),
 * token refresh, and revocation that closes the socket and refuses the token everywhere.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import { issueToken } from '../../src/gateway/index.js';
import { redisUrl } from '../helpers/services.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
let service: RunningService;
const clients: LendingClient[] = [];

const registration = {
  userId: 'KL1',
  role: 'lender',
  name: '张三丰',
  idNumber: '11010519491231002X',
  phone: '13812341234',
  bankCard: '6222020200112233445',
  password: 'correct horse battery',
};

async function connect(): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl);
  clients.push(client);
  return client;
}

const order = (id: string) => ({
  placeLendOrder: { clientOrderId: id, marketId: '12M:C', amountFen: 100, minRateBps: 900 },
});

beforeAll(async () => {
  service = await startServiceProcess('accounts');
}, 90_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  expect(await service?.stop()).toBe(0);
});

describe('accounts', () => {
  let token = '';

  it('registers a lender with masked personal data and refuses bad or repeated input', async () => {
    const client = await connect();
    const answer = await client.request({ register: registration });
    expect(answer.registered).toMatchObject({
      userId: 'KL1',
      role: 'lender',
      kycStatus: v1.KycStatus.KYC_PENDING,
      nameMasked: '张**',
      phoneMasked: '138****1234',
      idNumberMasked: '**************002X',
      bankCardMasked: '***************3445',
    });
    const again = await client.request({ register: registration });
    expect(again.reject?.codeName).toBe('USER_EXISTS');
    const bad = await Promise.all(
      client.requestMany([
        { register: { ...registration, userId: 'KL2', phone: '12345' } },
        { register: { ...registration, userId: 'KL2', role: 'admin' } },
        { register: { ...registration, userId: 'KL2', password: 'short' } },
        { register: { ...registration, userId: 'KL2', idNumber: '1234' } },
      ]),
    );
    expect(bad.map((m) => m.reject?.message)).toEqual([
      expect.stringContaining('phone'),
      expect.stringContaining('role'),
      expect.stringContaining('password'),
      expect.stringContaining('id_number'),
    ]);
    const redis = new Redis(redisUrl());
    const stored = await redis.hgetall(`${service.redisPrefix}user:KL1`);
    await redis.quit();
    const everything = JSON.stringify(stored);
    for (const secret of ['13812341234', '11010519491231002X', '6222020200112233445', '张三丰']) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain(registration.password);
  });

  it('logs in with the password only, and gates trading on KYC, changed live', async () => {
    const client = await connect();
    const wrong = await client.request({ login: { userId: 'KL1', password: 'nope nope nope' } });
    expect(wrong.reject?.codeName).toBe('LOGIN_FAILED');
    const unknown = await client.request({ login: { userId: 'NOBODY', password: 'whatever1' } });
    expect(unknown.reject?.codeName).toBe('LOGIN_FAILED');
    const login = await client.request({
      login: { userId: 'KL1', password: registration.password },
    });
    token = login.tokenIssued?.token ?? '';
    expect(login.tokenIssued?.roles).toEqual(['lender']);
    expect((await client.authenticate(token)).authenticated?.userId).toBe('KL1');
    expect((await client.request(order('k1'))).reject?.codeName).toBe('KYC_NOT_VERIFIED');

    const officer = await connect();
    await officer.authenticate(
      issueToken(service.authSecret, {
        userId: 'RO',
        roles: ['risk_officer'],
        expiresAtMs: Date.now() + 60_000,
      }),
    );
    const set = await officer.request({
      setKycStatus: { userId: 'KL1', status: v1.KycStatus.KYC_VERIFIED },
    });
    expect(set.kycStatusSet?.status).toBe(v1.KycStatus.KYC_VERIFIED);
    const missing = await officer.request({
      setKycStatus: { userId: 'NOBODY', status: v1.KycStatus.KYC_VERIFIED },
    });
    expect(missing.reject?.codeName).toBe('USER_NOT_FOUND');
    // The change reaches the open session without a reconnect; no funds yet, so the next refusal
    // is about money, not KYC.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await client.request(order('k2'))).reject?.codeName).toBe('INSUFFICIENT_FUNDS');
  });

  it('refreshes a token, and revokes it on logout everywhere', async () => {
    const client = await connect();
    await client.authenticate(token);
    const refreshed = await client.request({ refreshToken: {} });
    const fresh = refreshed.tokenIssued?.token ?? '';
    expect(fresh).not.toBe(token);

    const other = await connect();
    await other.authenticate(token);
    const closed = other.closed();
    const out = await client.request({ logout: {} });
    expect(out.loggedOut).toBeTruthy();
    expect((await closed).code).toBe(4018);
    const late = await connect();
    expect((await late.authenticate(token)).reject?.codeName).toBe('TOKEN_REVOKED');
    const stillGood = await connect();
    expect((await stillGood.authenticate(fresh)).authenticated?.userId).toBe('KL1');
  });

  it('offers the same over HTTP', async () => {
    const post = async (path: string, body: unknown, bearer?: string) => {
      const response = await fetch(`${service.httpUrl}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(bearer === undefined ? {} : { authorization: `Bearer ${bearer}` }),
        },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, never> };
    };
    const created = await post('/v1/users', { ...registration, userId: 'KH1', role: 'borrower' });
    expect(created.status).toBe(200);
    const login = await post('/v1/sessions', { userId: 'KH1', password: registration.password });
    expect(login.status).toBe(200);
    const bad = await post('/v1/sessions', { userId: 'KH1', password: 'wrong password' });
    expect(bad.status).toBe(401);
    const admin = issueToken(service.authSecret, {
      userId: 'AD',
      roles: ['admin'],
      expiresAtMs: Date.now() + 60_000,
    });
    const kyc = await post('/v1/users/kyc', { userId: 'KH1', status: 'rejected' }, admin);
    expect(kyc.status).toBe(200);
    const notAllowed = await post('/v1/users/kyc', { userId: 'KH1', status: 'verified' }, token);
    expect(notAllowed.status).toBe(401);
  });
});
