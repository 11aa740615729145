/**
 * The closed table of expected failures. Codes are returned, never thrown, and mapped to wire
 * errors in exactly one place (gateway/error-map.ts). Ranges: gateway 1xxx, orderbook 2xxx,
 * ledger 3xxx, risk 4xxx. The same numbers are the `ErrorCode` enum in proto/lending/v1; a test
 * checks that both tables agree, so a client in any language sees the numbers we return.
 */

export const Code = {
  OK: 0,

  MALFORMED_FRAME: 1001,
  UNKNOWN_MESSAGE: 1002,
  NOT_AUTHENTICATED: 1003,
  NOT_AUTHORISED: 1004,
  TOKEN_INVALID: 1005,
  TOKEN_EXPIRED: 1006,
  FRAME_TOO_LARGE: 1007,
  TOO_MANY_MESSAGES_IN_FRAME: 1008,
  OVERLOADED: 1009,
  INVALID_FIELD: 1010,
  TOO_MANY_SUBSCRIPTIONS: 1011,
  UNKNOWN_CHANNEL: 1012,
  ALREADY_AUTHENTICATED: 1013,
  SERVICE_UNAVAILABLE: 1014,
  KYC_NOT_VERIFIED: 1015,
  USER_EXISTS: 1016,
  LOGIN_FAILED: 1017,
  TOKEN_REVOKED: 1018,
  RATE_LIMITED: 1019,
  TOO_MANY_OPEN_ORDERS: 1020,
  USER_NOT_FOUND: 1021,
  SLOW_CONSUMER: 1022,
  APPLICATION_NOT_FOUND: 1023,
  APPLICATION_EXISTS: 1024,
  PROOF_NOT_FOUND: 1025,

  AMOUNT_MUST_BE_POSITIVE: 2001,
  AMOUNT_NOT_SAFE_INTEGER: 2002,
  RATE_OUT_OF_RANGE: 2003,
  UNKNOWN_MARKET: 2004,
  DUPLICATE_ORDER_ID: 2005,
  ORDER_NOT_FOUND: 2006,
  TRANCHE_EXISTS: 2007,
  SELF_FUNDING_FORBIDDEN: 2008,
  ACCOUNT_FROZEN: 2009,
  BELOW_MIN_TICKET: 2010,
  INVALID_ORDER_ID: 2011,
  FOK_NOT_FILLABLE: 2012,
  TIME_IN_FORCE_INVALID: 2013,
  BOOK_FULL: 2014,
  TRANCHE_NOT_FOUND: 2015,
  EXPIRY_NOT_IN_FUTURE: 2016,

  INSUFFICIENT_FUNDS: 3001,
  ACCOUNT_NOT_FOUND: 3002,
  TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS: 3003,
  HOLD_NOT_FOUND: 3004,
  HOLD_EXCEEDED: 3005,
  LEDGER_AMOUNT_INVALID: 3006,
  HOLD_EXISTS: 3007,
  LEDGER_FLOW_FORBIDDEN: 3008,
  LOAN_NOT_FOUND: 3009,
  LOAN_EXISTS: 3010,
  LOAN_TERMS_INVALID: 3011,
  LOAN_SETTLED: 3012,
  NOTHING_TO_COMPENSATE: 3013,

  EVENT_SCHEMA_UNKNOWN: 4001,
  EVENT_MALFORMED: 4002,
  ALERT_NOT_FOUND: 4003,
  CASE_TRANSITION_INVALID: 4004,
  RULE_CONFIG_INVALID: 4005,
  RULE_CONFIG_NOT_FOUND: 4006,
  MAKER_CANNOT_APPROVE: 4007,
} as const;

export type CodeName = keyof typeof Code;
export type ResultCode = (typeof Code)[CodeName];

const namesByValue = new Map<number, CodeName>(
  (Object.keys(Code) as CodeName[]).map((name) => [Code[name], name]),
);

export function codeName(code: ResultCode): CodeName {
  const name = namesByValue.get(code);
  if (name === undefined) throw new Error(`unknown result code ${code}`);
  return name;
}

export function isResultCode(value: number): value is ResultCode {
  return namesByValue.has(value);
}

/** Human text for each code; the wire carries both the number and this sentence. */
export const codeMessage: Readonly<Record<CodeName, string>> = {
  OK: 'ok',
  MALFORMED_FRAME: 'the frame is not a valid protobuf ClientFrame',
  UNKNOWN_MESSAGE: 'the message has no known body',
  NOT_AUTHENTICATED: 'authenticate first',
  NOT_AUTHORISED: 'your role may not do this',
  TOKEN_INVALID: 'the token is malformed or its signature is wrong',
  TOKEN_EXPIRED: 'the token has expired',
  FRAME_TOO_LARGE: 'the frame exceeds the maximum payload size',
  TOO_MANY_MESSAGES_IN_FRAME: 'too many messages in one frame',
  OVERLOADED: 'the server is overloaded; retry later',
  INVALID_FIELD: 'a field is missing or malformed',
  TOO_MANY_SUBSCRIPTIONS: 'too many subscriptions on this connection',
  UNKNOWN_CHANNEL: 'no such channel',
  ALREADY_AUTHENTICATED: 'this connection is already authenticated',
  SERVICE_UNAVAILABLE: 'a backing service is unavailable',
  KYC_NOT_VERIFIED: 'the account is not KYC-verified yet',
  USER_EXISTS: 'a user with this id already exists',
  LOGIN_FAILED: 'unknown user or wrong password',
  TOKEN_REVOKED: 'the token was revoked',
  RATE_LIMITED: 'too many requests; slow down',
  TOO_MANY_OPEN_ORDERS: 'the user holds the maximum number of open orders',
  USER_NOT_FOUND: 'no such user',
  SLOW_CONSUMER: 'the connection fell too far behind; reconnect and resume from your last seq',
  APPLICATION_NOT_FOUND: 'no application awaiting review with this id',
  APPLICATION_EXISTS: 'this application id was already used',
  PROOF_NOT_FOUND: 'no ledger entry of yours has this reference',
  AMOUNT_MUST_BE_POSITIVE: 'the amount must be a positive number of fen',
  AMOUNT_NOT_SAFE_INTEGER: 'the amount must be an integer number of fen below 2^53',
  RATE_OUT_OF_RANGE: 'the rate in basis points is out of the allowed range',
  UNKNOWN_MARKET: 'no such market',
  DUPLICATE_ORDER_ID: 'this order id was already used for a different order',
  ORDER_NOT_FOUND: 'no open order with this id',
  TRANCHE_EXISTS: 'a tranche with this id already exists',
  SELF_FUNDING_FORBIDDEN: 'a borrower may not fund their own loan',
  ACCOUNT_FROZEN: 'the account is frozen',
  BELOW_MIN_TICKET: 'the amount is below the minimum ticket',
  INVALID_ORDER_ID: 'the order id must be 1-64 printable ASCII characters',
  FOK_NOT_FILLABLE: 'a fill-or-kill order could not be filled completely',
  TIME_IN_FORCE_INVALID: 'unknown time in force',
  BOOK_FULL: 'the market holds the maximum number of resting orders',
  TRANCHE_NOT_FOUND: 'no such tranche',
  EXPIRY_NOT_IN_FUTURE: 'an expiry time or deadline must be a time in the future',
  INSUFFICIENT_FUNDS: 'available funds are insufficient',
  ACCOUNT_NOT_FOUND: 'no such account',
  TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS: 'this transfer id was already used with other fields',
  HOLD_NOT_FOUND: 'no such hold',
  HOLD_EXCEEDED: 'the amount exceeds what remains of the hold',
  LEDGER_AMOUNT_INVALID: 'a ledger amount must be a positive safe integer of fen',
  HOLD_EXISTS: 'a hold with this id already exists',
  LEDGER_FLOW_FORBIDDEN: 'this transfer would mix user funds and platform funds',
  LOAN_NOT_FOUND: 'no such loan',
  LOAN_EXISTS: 'a loan was already originated for this tranche',
  LOAN_TERMS_INVALID: 'the loan terms (notes, term, schedule or fees) are invalid',
  LOAN_SETTLED: 'the loan has nothing left to pay',
  NOTHING_TO_COMPENSATE: 'the product has no guarantee or nothing is overdue',
  EVENT_SCHEMA_UNKNOWN: 'unknown event schema id',
  EVENT_MALFORMED: 'the event does not decode with its schema',
  ALERT_NOT_FOUND: 'no alert has this id',
  CASE_TRANSITION_INVALID: 'the case cannot take this action in its current state',
  RULE_CONFIG_INVALID: 'the rule configuration does not validate',
  RULE_CONFIG_NOT_FOUND: 'no proposed rule configuration has this version',
  MAKER_CANNOT_APPROVE: 'a configuration must be decided by an officer other than its proposer',
};
