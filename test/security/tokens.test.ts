/**
 * Tokens: tampered (payload or signature), expired, revoked (Logout, then reuse on a new
 * connection), and a role claimed without a signature: each refused, logged without the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { Code } from '../../src/shared/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

let service: RunningService;
const open: LendingClient[] = [];

function token(userId: string, role: Role, ttlMs = 600_000): string {
  return issueToken(service.authSecret, { userId, roles: [role], expiresAtMs: Date.now() + ttlMs });
}

/** Flips one character of part `index` (0 version, 1 payload, 2 signature) of a token. */
function flip(text: string, index: number): string {
  const parts = text.split('.');
  const part = parts[index] ?? '';
  const middle = Math.floor(part.length / 2);
  const swapped = part[middle] === 'A' ? 'B' : 'A';
  parts[index] = part.slice(0, middle) + swapped + part.slice(middle + 1);
  return parts.join('.');
}

async function authenticate(tokenText: string) {
  const client = await LendingClient.connect(service.wsUrl);
  open.push(client);
  return client.authenticate(tokenText, 'sec-device').catch((error: unknown) => error);
}

beforeAll(async () => {
  service = await startServiceProcess('sec-tokens', { LOG_LEVEL: 'info' });
}, 120_000);

afterAll(async () => {
  for (const client of open) await client.close().catch(() => undefined);
  await service?.stop();
});

function codeOf(answer: unknown): number | undefined {
  const message = answer as { reject?: { code?: number } } | undefined;
  return message?.reject?.code;
}

describe('token attacks', () => {
  it('accepts a good token (the control)', async () => {
    const answer = await authenticate(token('T1', 'lender'));
    expect(codeOf(answer)).toBeUndefined();
    expect(JSON.stringify(answer)).toContain('authenticated');
  });

  const tampered: [string, () => string][] = [
    ['payload byte flipped', () => flip(token('T1', 'lender'), 1)],
    ['signature byte flipped', () => flip(token('T1', 'lender'), 2)],
    [
      'role escalated in the payload, old signature kept',
      () => {
        const [version, payload, signature] = token('T1', 'lender').split('.');
        const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
        const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] }));
        return `${version}.${forged.toString('base64url')}.${signature}`;
      },
    ],
    ['signed with another secret', () => issueToken(Buffer.from('guess'), claimsOf('admin'))],
    ['not a token at all', () => "' OR 1=1 --"],
    ['oversized', () => 'v1.' + 'A'.repeat(10_000) + '.x'],
  ];

  it.each(tampered)('refuses a token: %s', async (_name, make) => {
    const answer = await authenticate(make());
    expect(codeOf(answer)).toBe(Code.TOKEN_INVALID);
  });

  it('refuses an expired token with TOKEN_EXPIRED', async () => {
    const answer = await authenticate(token('T2', 'lender', -1_000));
    expect(codeOf(answer)).toBe(Code.TOKEN_EXPIRED);
  });

  it('refuses a revoked token on a new connection after Logout', async () => {
    const revoked = token('T3', 'lender');
    const client = await LendingClient.connect(service.wsUrl);
    open.push(client);
    await client.authenticate(revoked, 'sec-device');
    await client.request({ logout: {} }).catch(() => undefined);
    // Revocation travels through Redis to every gateway: allow it a moment.
    let code: number | undefined;
    for (let attempt = 0; attempt < 20 && code === undefined; attempt += 1) {
      code = codeOf(await authenticate(revoked));
      if (code === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(code).toBe(Code.TOKEN_REVOKED);
  });

  it('logs the refusals without the tokens', () => {
    const log = service.output();
    expect(log).not.toContain("' OR 1=1");
    expect(log).not.toContain('A'.repeat(64));
  });
});

function claimsOf(role: Role) {
  return { userId: 'T1', roles: [role], expiresAtMs: Date.now() + 600_000 };
}
