/**
 * The user store: registration with KYC fields (kept masked only), KYC status, passwords as
 * scrypt hashes, and token revocation. It lives in Redis so every gateway sees the same users,
 * statuses and revocations; changes are announced on a pub/sub channel so gateways can update
 * or close the sessions they hold at once.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Code, isValidId, type ResultCode } from '../shared/index.js';
import { maskName, maskPhone, maskTail } from './privacy.js';

export type KycStatus = 'pending' | 'verified' | 'rejected';
export type SelfRole = 'lender' | 'borrower';

export interface Registration {
  userId: string;
  role: string;
  name: string;
  idNumber: string;
  phone: string;
  bankCard: string;
  password: string;
}

export interface MaskedUser {
  userId: string;
  role: SelfRole;
  kyc: KycStatus;
  nameMasked: string;
  phoneMasked: string;
  idNumberMasked: string;
  bankCardMasked: string;
}

export type UserChange =
  | { kind: 'kyc'; userId: string; status: KycStatus }
  | { kind: 'revoked'; tokenId: string }
  | { kind: 'presence' };

const scryptKeyBytes = 64;
// N=2^14, r=8: about 16 MB and tens of milliseconds, off the event loop (libuv pool).
const scryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function hashPassword(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, scryptKeyBytes, scryptOptions, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** The validation ladder for a registration; returns the field at fault. */
export function checkRegistration(input: Registration): { code: ResultCode; field?: string } {
  if (!isValidId(input.userId)) return { code: Code.INVALID_FIELD, field: 'user_id' };
  if (input.role !== 'lender' && input.role !== 'borrower') {
    return { code: Code.INVALID_FIELD, field: 'role (lender or borrower)' };
  }
  const nameChars = [...input.name].length;
  if (nameChars < 1 || nameChars > 64 || /[\u0000-\u001f]/.test(input.name)) {
    return { code: Code.INVALID_FIELD, field: 'name' };
  }
  if (!/^\d{17}[\dX]$/.test(input.idNumber))
    return { code: Code.INVALID_FIELD, field: 'id_number' };
  if (!/^1\d{10}$/.test(input.phone)) return { code: Code.INVALID_FIELD, field: 'phone' };
  if (!/^\d{12,19}$/.test(input.bankCard)) return { code: Code.INVALID_FIELD, field: 'bank_card' };
  if (input.password.length < 8 || input.password.length > 128) {
    return { code: Code.INVALID_FIELD, field: 'password (8-128 characters)' };
  }
  return { code: Code.OK };
}

export class UserStore {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = prefix;
  }

  get changesChannel(): string {
    return `${this.#prefix}users:changes`;
  }

  #key(userId: string): string {
    return `${this.#prefix}user:${userId}`;
  }

  async register(input: Registration): Promise<{ code: ResultCode; user?: MaskedUser }> {
    const salt = randomBytes(16);
    const hash = await hashPassword(input.password, salt);
    const user: MaskedUser = {
      userId: input.userId,
      role: input.role as SelfRole,
      kyc: 'pending',
      nameMasked: maskName(input.name),
      phoneMasked: maskPhone(input.phone),
      idNumberMasked: maskTail(input.idNumber),
      bankCardMasked: maskTail(input.bankCard),
    };
    const created = await this.#redis.hsetnx(this.#key(input.userId), 'role', user.role);
    if (created === 0) return { code: Code.USER_EXISTS };
    await this.#redis.hset(this.#key(input.userId), {
      kyc: user.kyc,
      nameMasked: user.nameMasked,
      phoneMasked: user.phoneMasked,
      idNumberMasked: user.idNumberMasked,
      bankCardMasked: user.bankCardMasked,
      salt: salt.toString('hex'),
      hash: hash.toString('hex'),
    });
    return { code: Code.OK, user };
  }

  /** Checks a password; the same answer (LOGIN_FAILED) for an unknown user and a wrong one. */
  async login(userId: string, password: string): Promise<{ code: ResultCode; role?: SelfRole }> {
    const fields = await this.#redis.hmget(this.#key(userId), 'role', 'salt', 'hash');
    const [role, salt, hash] = fields;
    // Hash even for an unknown user, so timing does not tell which ids exist.
    const expected = Buffer.from(hash ?? '00'.repeat(scryptKeyBytes), 'hex');
    const actual = await hashPassword(password, Buffer.from(salt ?? '00'.repeat(16), 'hex'));
    const match = expected.length === actual.length && timingSafeEqual(expected, actual);
    if (!match || (role !== 'lender' && role !== 'borrower')) return { code: Code.LOGIN_FAILED };
    return { code: Code.OK, role };
  }

  /** The KYC status; undefined for ids not registered here (operator-issued tokens). */
  async kycStatus(userId: string): Promise<KycStatus | undefined> {
    const status = await this.#redis.hget(this.#key(userId), 'kyc');
    return status === 'pending' || status === 'verified' || status === 'rejected'
      ? status
      : undefined;
  }

  /** Stores a changed phone or card, masked; USER_NOT_FOUND for ids not registered here. */
  async updateContact(
    userId: string,
    change: { phoneMasked?: string; bankCardMasked?: string },
  ): Promise<ResultCode> {
    const exists = await this.#redis.exists(this.#key(userId));
    if (exists === 0) return Code.USER_NOT_FOUND;
    const fields: Record<string, string> = {};
    if (change.phoneMasked !== undefined) fields['phoneMasked'] = change.phoneMasked;
    if (change.bankCardMasked !== undefined) fields['bankCardMasked'] = change.bankCardMasked;
    if (Object.keys(fields).length > 0) await this.#redis.hset(this.#key(userId), fields);
    return Code.OK;
  }

  async setKyc(userId: string, status: KycStatus): Promise<ResultCode> {
    const exists = await this.#redis.exists(this.#key(userId));
    if (exists === 0) return Code.USER_NOT_FOUND;
    await this.#redis.hset(this.#key(userId), 'kyc', status);
    await this.#announce({ kind: 'kyc', userId, status });
    return Code.OK;
  }

  async revoke(tokenId: string, untilMs: number, nowMs: number): Promise<void> {
    const ttlMs = Math.max(1, untilMs - nowMs);
    await this.#redis.set(`${this.#prefix}revoked:${tokenId}`, '1', 'PX', ttlMs);
    await this.#announce({ kind: 'revoked', tokenId });
  }

  async isRevoked(tokenId: string): Promise<boolean> {
    return (await this.#redis.exists(`${this.#prefix}revoked:${tokenId}`)) === 1;
  }

  /** Tells every gateway that who watches a channel changed. */
  announcePresence(): Promise<void> {
    return this.#announce({ kind: 'presence' });
  }

  async #announce(change: UserChange): Promise<void> {
    await this.#redis.publish(this.changesChannel, JSON.stringify(change));
  }
}

/** Parses a change announcement; anything malformed is ignored by the caller. */
export function parseUserChange(text: string): UserChange | undefined {
  try {
    const value = JSON.parse(text) as Partial<Record<string, unknown>>;
    if (value['kind'] === 'presence') return { kind: 'presence' };
    if (value['kind'] === 'revoked' && typeof value['tokenId'] === 'string') {
      return { kind: 'revoked', tokenId: value['tokenId'] };
    }
    const status = value['status'];
    if (
      value['kind'] === 'kyc' &&
      typeof value['userId'] === 'string' &&
      (status === 'pending' || status === 'verified' || status === 'rejected')
    ) {
      return { kind: 'kyc', userId: value['userId'], status };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
