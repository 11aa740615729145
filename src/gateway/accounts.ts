/**
 * Account actions of the protocol: register, log in, refresh and revoke tokens, set KYC status,
 * and the check every authentication makes (is the token revoked, what is the user's KYC
 * status). All are asynchronous (Redis, scrypt) and answer through `reply`, like the backend.
 */
import type { lending } from '../gen/proto/lending.js';
import { Code, type Clock, type ResultCode } from '../shared/index.js';
import { issueToken, type Claims, type Role } from './auth.js';
import { kycNumber } from './codec.js';
import type { KycStatus, Registration, UserStore } from './users.js';

export interface AccountsDeps {
  users: UserStore;
  authSecret: Buffer;
  clock: Clock;
  tokenTtlMs: number;
  reply: (connId: number, message: lending.v1.IServerMessage) => void;
  reject: (connId: number, requestId: number, code: ResultCode, detail?: string) => void;
  onError: (context: string, error: unknown) => void;
}

export type SessionCheck =
  { code: typeof Code.OK; kyc: KycStatus | undefined } | { code: ResultCode };

export class Accounts {
  readonly #deps: AccountsDeps;

  constructor(deps: AccountsDeps) {
    this.#deps = deps;
  }

  /** Whether a verified token may open a session, and the user's KYC status if registered. */
  async checkSession(claims: Claims): Promise<SessionCheck> {
    try {
      const [revoked, kyc] = await Promise.all([
        this.#deps.users.isRevoked(claims.tokenId),
        this.#deps.users.kycStatus(claims.userId),
      ]);
      return revoked ? { code: Code.TOKEN_REVOKED } : { code: Code.OK, kyc };
    } catch (error) {
      this.#deps.onError('user store unavailable', error);
      return { code: Code.SERVICE_UNAVAILABLE };
    }
  }

  register(connId: number, requestId: number, registration: Registration): void {
    this.#run(connId, requestId, 'register', async () => {
      const result = await this.#deps.users.register(registration);
      if (result.user === undefined) return result.code;
      const { user } = result;
      this.#deps.reply(connId, {
        requestId,
        registered: {
          userId: user.userId,
          role: user.role,
          kycStatus: kycNumber[user.kyc],
          nameMasked: user.nameMasked,
          phoneMasked: user.phoneMasked,
          idNumberMasked: user.idNumberMasked,
          bankCardMasked: user.bankCardMasked,
        },
      });
      return Code.OK;
    });
  }

  login(connId: number, requestId: number, userId: string, password: string): void {
    this.#run(connId, requestId, 'login', async () => {
      const result = await this.#deps.users.login(userId, password);
      if (result.role === undefined) return result.code;
      this.#issue(connId, requestId, userId, [result.role]);
      return Code.OK;
    });
  }

  refresh(connId: number, requestId: number, userId: string, roles: readonly Role[]): void {
    this.#issue(connId, requestId, userId, [...roles]);
  }

  /** Revokes the token on every gateway; the announcement closes the sockets using it. */
  logout(connId: number, requestId: number, tokenId: string, expiresAtMs: number): void {
    this.#run(connId, requestId, 'logout', async () => {
      this.#deps.reply(connId, { requestId, loggedOut: {} });
      await this.#deps.users.revoke(tokenId, expiresAtMs, this.#deps.clock.nowMs());
      return Code.OK;
    });
  }

  setKyc(connId: number, requestId: number, userId: string, status: KycStatus): void {
    this.#run(connId, requestId, 'set KYC', async () => {
      const code = await this.#deps.users.setKyc(userId, status);
      if (code !== Code.OK) return code;
      this.#deps.reply(connId, { requestId, kycStatusSet: { userId, status: kycNumber[status] } });
      return Code.OK;
    });
  }

  #issue(connId: number, requestId: number, userId: string, roles: Role[]): void {
    const expiresAtMs = this.#deps.clock.nowMs() + this.#deps.tokenTtlMs;
    const token = issueToken(this.#deps.authSecret, { userId, roles, expiresAtMs });
    this.#deps.reply(connId, { requestId, tokenIssued: { token, userId, roles, expiresAtMs } });
  }

  #run(connId: number, requestId: number, what: string, action: () => Promise<ResultCode>): void {
    action().then(
      (code) => {
        if (code !== Code.OK) this.#deps.reject(connId, requestId, code);
      },
      (error: unknown) => {
        this.#deps.onError(`${what} failed`, error);
        this.#deps.reject(connId, requestId, Code.SERVICE_UNAVAILABLE, 'user store');
      },
    );
  }
}
