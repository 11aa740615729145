/**
 * The one place where result codes become wire errors: a protobuf Reject (code number, name and
 * sentence), an HTTP status, and, for the few codes that end a connection, a WebSocket close
 * code in the private 4000-4999 range (4000 + the code's last three digits).
 */
import { Code, codeMessage, codeName, type CodeName, type ResultCode } from '../shared/index.js';
import type { lending } from '../gen/proto/lending.js';

const httpStatusByCode: Readonly<Record<CodeName, number>> = {
  OK: 200,
  MALFORMED_FRAME: 400,
  UNKNOWN_MESSAGE: 400,
  NOT_AUTHENTICATED: 401,
  NOT_AUTHORISED: 403,
  TOKEN_INVALID: 401,
  TOKEN_EXPIRED: 401,
  FRAME_TOO_LARGE: 413,
  TOO_MANY_MESSAGES_IN_FRAME: 413,
  OVERLOADED: 503,
  INVALID_FIELD: 400,
  TOO_MANY_SUBSCRIPTIONS: 429,
  UNKNOWN_CHANNEL: 400,
  ALREADY_AUTHENTICATED: 409,
  SERVICE_UNAVAILABLE: 503,
  KYC_NOT_VERIFIED: 403,
  USER_EXISTS: 409,
  LOGIN_FAILED: 401,
  TOKEN_REVOKED: 401,
  RATE_LIMITED: 429,
  TOO_MANY_OPEN_ORDERS: 429,
  USER_NOT_FOUND: 404,
  SLOW_CONSUMER: 429,
  APPLICATION_NOT_FOUND: 404,
  APPLICATION_EXISTS: 409,
  PROOF_NOT_FOUND: 404,
  AMOUNT_MUST_BE_POSITIVE: 422,
  AMOUNT_NOT_SAFE_INTEGER: 422,
  RATE_OUT_OF_RANGE: 422,
  UNKNOWN_MARKET: 404,
  DUPLICATE_ORDER_ID: 409,
  ORDER_NOT_FOUND: 404,
  TRANCHE_EXISTS: 409,
  SELF_FUNDING_FORBIDDEN: 422,
  ACCOUNT_FROZEN: 423,
  BELOW_MIN_TICKET: 422,
  INVALID_ORDER_ID: 400,
  FOK_NOT_FILLABLE: 422,
  TIME_IN_FORCE_INVALID: 400,
  BOOK_FULL: 503,
  TRANCHE_NOT_FOUND: 404,
  EXPIRY_NOT_IN_FUTURE: 400,
  INSUFFICIENT_FUNDS: 422,
  ACCOUNT_NOT_FOUND: 404,
  TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS: 409,
  HOLD_NOT_FOUND: 404,
  HOLD_EXCEEDED: 422,
  LEDGER_AMOUNT_INVALID: 422,
  HOLD_EXISTS: 409,
  LEDGER_FLOW_FORBIDDEN: 403,
  LOAN_NOT_FOUND: 404,
  LOAN_EXISTS: 409,
  LOAN_TERMS_INVALID: 422,
  LOAN_SETTLED: 409,
  NOTHING_TO_COMPENSATE: 409,
  EVENT_SCHEMA_UNKNOWN: 400,
  EVENT_MALFORMED: 400,
  ALERT_NOT_FOUND: 404,
  CASE_TRANSITION_INVALID: 409,
  RULE_CONFIG_INVALID: 400,
  RULE_CONFIG_NOT_FOUND: 404,
  MAKER_CANNOT_APPROVE: 403,
};

/** Codes after which the server closes the WebSocket instead of only answering a Reject. */
const closingCodes: ReadonlySet<ResultCode> = new Set([
  Code.TOKEN_EXPIRED,
  Code.TOKEN_REVOKED,
  Code.FRAME_TOO_LARGE,
  Code.SLOW_CONSUMER,
]);

export function httpStatus(code: ResultCode): number {
  return httpStatusByCode[codeName(code)];
}

export function wsCloseCode(code: ResultCode): number | undefined {
  return closingCodes.has(code) ? 4000 + (code % 1000) : undefined;
}

export function toReject(code: ResultCode, detail?: string): lending.v1.IReject {
  const name = codeName(code);
  const message = detail === undefined ? codeMessage[name] : `${codeMessage[name]}: ${detail}`;
  return { code: code as number as lending.v1.ErrorCode, codeName: name, message };
}

export function toHttpError(code: ResultCode, detail?: string): { status: number; body: string } {
  const reject = toReject(code, detail);
  return {
    status: httpStatus(code),
    body: JSON.stringify({ error: { code, name: reject.codeName, message: reject.message } }),
  };
}
