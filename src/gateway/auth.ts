/**
 * Signed, expiring bearer tokens: `v1.<base64url(JSON claims)>.<base64url(HMAC-SHA256)>`.
 * HMAC keeps verification local to each gateway (no round trip per connection); the secret is
 * shared by all gateways. Each token has a random id (`jti`); revocation lists ids in Redis.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Code, type ResultCode } from '../shared/index.js';

export const roles = ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface Claims {
  userId: string;
  roles: Role[];
  expiresAtMs: number;
  /** Random id of this token, for revocation. */
  tokenId: string;
}

/** What a caller gives to issue a token; the token id is drawn when not given. */
export type ClaimsInput = Omit<Claims, 'tokenId'> & { tokenId?: string };

export type VerifyResult = { code: typeof Code.OK; claims: Claims } | { code: ResultCode };

const tokenVersion = 'v1';
const tokenCharsMax = 2048;

function sign(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${tokenVersion}.${payload}`).digest();
}

export function issueToken(secret: Buffer, claims: ClaimsInput): string {
  const jti = claims.tokenId ?? randomBytes(12).toString('base64url');
  const payload = Buffer.from(
    JSON.stringify({ sub: claims.userId, roles: claims.roles, exp: claims.expiresAtMs, jti }),
  ).toString('base64url');
  return `${tokenVersion}.${payload}.${sign(secret, payload).toString('base64url')}`;
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

function parseClaims(payload: string): Claims | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof decoded !== 'object' || decoded === null) return undefined;
  const { sub, roles: claimedRoles, exp, jti } = decoded as Record<string, unknown>;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 64) return undefined;
  if (!Array.isArray(claimedRoles) || claimedRoles.length === 0) return undefined;
  if (!claimedRoles.every(isRole)) return undefined;
  if (typeof exp !== 'number' || !Number.isSafeInteger(exp)) return undefined;
  if (typeof jti !== 'string' || jti.length === 0 || jti.length > 64) return undefined;
  return { userId: sub, roles: claimedRoles, expiresAtMs: exp, tokenId: jti };
}

export function verifyToken(secret: Buffer, token: string, nowMs: number): VerifyResult {
  if (typeof token !== 'string' || token.length > tokenCharsMax)
    return { code: Code.TOKEN_INVALID };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== tokenVersion) return { code: Code.TOKEN_INVALID };
  const payload = parts[1] ?? '';
  const signature = Buffer.from(parts[2] ?? '', 'base64url');
  const expected = sign(secret, payload);
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
    return { code: Code.TOKEN_INVALID };
  }
  const claims = parseClaims(payload);
  if (claims === undefined) return { code: Code.TOKEN_INVALID };
  if (claims.expiresAtMs <= nowMs) return { code: Code.TOKEN_EXPIRED };
  return { code: Code.OK, claims };
}
