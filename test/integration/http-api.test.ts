/**
 * The HTTP/JSON API over a real service process: the same commands, roles and error table as the
 * WebSocket protocol, with statuses from the one error map, and hostile bodies refused cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

let service: RunningService;

function token(userId: string, role: Role): string {
  return issueToken(service.authSecret, {
    userId,
    roles: [role],
    expiresAtMs: Date.now() + 60_000,
  });
}

async function call(
  path: string,
  options: { method?: string; token?: string; body?: unknown; contentType?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined)
    headers['content-type'] = options.contentType ?? 'application/json';
  const body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const response = await fetch(`${service.httpUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(options.body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { text };
  }
  return { status: response.status, json };
}

function errorName(json: Record<string, unknown>): unknown {
  return (json['error'] as { name?: unknown } | undefined)?.name;
}

beforeAll(async () => {
  service = await startServiceProcess('httpapi');
}, 90_000);

afterAll(async () => {
  expect(await service?.stop()).toBe(0);
});

describe('HTTP API', () => {
  it('runs deposit, listing, lending, cancelling and a book query', async () => {
    const admin = token('ADM', 'admin');
    const lender = token('HL1', 'lender');
    const deposit = await call('/v1/deposits', {
      token: admin,
      body: { transferId: 'h-dep-1', userId: 'HL1', amountFen: 500_000 },
    });
    expect(deposit).toEqual({
      status: 200,
      json: { depositAccepted: { transferId: 'h-dep-1', availableFen: 500_000 } },
    });
    const listed = await call('/v1/tranches', {
      token: token('HB1', 'borrower'),
      body: {
        trancheId: 'HT1',
        marketId: '12M:A',
        borrowerId: 'HB1',
        amountFen: 200_000,
        maxRateBps: 900,
      },
    });
    expect(listed.status).toBe(200);
    const placed = await call('/v1/orders', {
      token: lender,
      body: { clientOrderId: 'h1', marketId: '12M:A', amountFen: 50_000, minRateBps: 800 },
    });
    expect(placed.json['orderAccepted']).toMatchObject({ filledFen: 50_000, state: 2 });
    const resting = await call('/v1/orders', {
      token: lender,
      body: {
        clientOrderId: 'h2',
        marketId: '12M:A',
        amountFen: 70_000,
        minRateBps: 1000,
        timeInForce: 'GTC',
      },
    });
    expect(resting.json['orderAccepted']).toMatchObject({ state: 1 });
    const cancelled = await call('/v1/orders/cancel', {
      token: lender,
      body: { clientOrderId: 'h2', marketId: '12M:A' },
    });
    expect(cancelled.json['orderCancelled']).toMatchObject({ releasedFen: 70_000 });
    const book = await call('/v1/books/12M:A', { token: lender });
    expect(book.status).toBe(200);
    expect(book.json['bookUpdate']).toMatchObject({ marketId: '12M:A' });
  });

  it.each([
    ['no token', '/v1/orders', undefined, { clientOrderId: 'x' }, 401, 'TOKEN_INVALID'],
    [
      'a role that may not',
      '/v1/deposits',
      'lender',
      { transferId: 'd', userId: 'u', amountFen: 1 },
      403,
      'NOT_AUTHORISED',
    ],
    [
      'a float amount',
      '/v1/orders',
      'lender',
      { clientOrderId: 'f', marketId: '12M:A', amountFen: 1.5, minRateBps: 800 },
      422,
      'AMOUNT_NOT_SAFE_INTEGER',
    ],
    [
      'a string amount',
      '/v1/orders',
      'lender',
      { clientOrderId: 'f', marketId: '12M:A', amountFen: '100', minRateBps: 800 },
      422,
      'AMOUNT_NOT_SAFE_INTEGER',
    ],
    [
      'a negative amount',
      '/v1/orders',
      'lender',
      { clientOrderId: 'f', marketId: '12M:A', amountFen: -1, minRateBps: 800 },
      422,
      'AMOUNT_MUST_BE_POSITIVE',
    ],
    [
      'a rate out of range',
      '/v1/orders',
      'lender',
      { clientOrderId: 'f', marketId: '12M:A', amountFen: 1, minRateBps: 4000 },
      422,
      'RATE_OUT_OF_RANGE',
    ],
    [
      'an unknown time in force',
      '/v1/orders',
      'lender',
      { clientOrderId: 'f', marketId: '12M:A', amountFen: 1, minRateBps: 800, timeInForce: 'NOW' },
      400,
      'TIME_IN_FORCE_INVALID',
    ],
    [
      'a numeric order id',
      '/v1/orders',
      'lender',
      { clientOrderId: 5, marketId: '12M:A', amountFen: 1, minRateBps: 800 },
      400,
      'INVALID_ORDER_ID',
    ],
    ['a JSON array', '/v1/orders', 'lender', '[1,2]', 400, 'MALFORMED_FRAME'],
    ['broken JSON', '/v1/orders', 'lender', '{"clientOrderId":', 400, 'MALFORMED_FRAME'],
    [
      'insufficient funds',
      '/v1/orders',
      'lender',
      { clientOrderId: 'poor', marketId: '12M:B', amountFen: 10, minRateBps: 800 },
      422,
      'INSUFFICIENT_FUNDS',
    ],
  ] as const)('refuses %s', async (_name, path, role, body, status, name) => {
    const result = await call(path, {
      body,
      ...(role === undefined ? {} : { token: token(role === 'lender' ? 'POOR' : 'X', role) }),
    });
    expect(result.status).toBe(status);
    expect(errorName(result.json)).toBe(name);
  });

  it('refuses a body that is not JSON, an oversized body, and unknown routes', async () => {
    const lender = token('HL9', 'lender');
    const text = await call('/v1/orders', {
      token: lender,
      body: 'a=b',
      contentType: 'text/plain',
    });
    expect(text.status).toBe(400);
    const huge = await call('/v1/orders', { token: lender, body: { pad: 'x'.repeat(70_000) } });
    expect(huge.status).toBe(413);
    expect((await call('/v1/nothing-here')).status).toBe(404);
    expect((await call('/health')).status).toBe(200);
  });

  it('serves the public disclosure figures and monthly reports', async () => {
    let figures = await fetch(`${service.httpUrl}/v1/disclosure/figures.json`);
    for (let i = 0; i < 50 && figures.status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      figures = await fetch(`${service.httpUrl}/v1/disclosure/figures.json`);
    }
    expect(figures.status).toBe(200);
    const json = (await figures.json()) as { asOfMs?: number };
    expect(json.asOfMs).toBeGreaterThan(0);
    const csv = await fetch(`${service.httpUrl}/v1/disclosure/figures.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('name,value,unit,label,as_of_utc');
    const month = new Date().toISOString().slice(0, 7);
    const report = await fetch(`${service.httpUrl}/v1/disclosure/reports/${month}.csv`);
    expect(report.status).toBe(200);
    expect((await report.text()).length).toBeGreaterThan(0);
    for (const bad of ['2026-13.csv', 'x.csv', '..%2F..%2Fetc%2Fpasswd']) {
      const refused = await fetch(`${service.httpUrl}/v1/disclosure/reports/${bad}`);
      expect(refused.status, bad).toBe(400);
    }
  });
});
