/**
 * Decoding is the validation boundary: a binary frame becomes a list of validated commands (or a
 * result code per message) and nothing unvalidated goes further. protobufjs is the reference
 * codec; a specialised codec for the hottest messages is a later optimisation (issue 5).
 */
import protobuf from 'protobufjs/minimal.js';
import { lending } from '../gen/proto/lending.js';
import {
  Code,
  checkAmountFen,
  checkRateBps,
  isValidId,
  isValidMarketId,
  limits,
  type ResultCode,
} from '../shared/index.js';
import { checkRegistration, type KycStatus, type Registration } from './users.js';
import { wireTypesValid } from './wire-check.js';
import {
  actionBodies,
  decodeAction,
  decodeQuery,
  queryBodies,
  type ActionBody,
  type ActionCommand,
  type QueryBody,
} from './codec-actions.js';

const v1 = lending.v1;

export type TimeInForce = 'GTC' | 'IOC' | 'FOK';
export type ChannelName = 'book' | 'my_orders' | 'alerts' | 'disclosure' | 'my_ledger' | 'tranches';
/** Channels numbered per user and replayable from the durable channel log. */
export type SequencedChannel = 'my_orders' | 'my_ledger' | 'alerts';

export type Command =
  | { kind: 'authenticate'; token: string; deviceId: string }
  | {
      kind: 'place';
      clientOrderId: string;
      marketId: string;
      amountFen: number;
      minRateBps: number;
      tif: TimeInForce;
      /** 0: no expiry. */
      expiresAtMs: number;
    }
  | { kind: 'cancel'; clientOrderId: string; marketId: string }
  | {
      kind: 'list';
      trancheId: string;
      marketId: string;
      borrowerId: string;
      amountFen: number;
      maxRateBps: number;
      /** 0: no deadline. */
      deadlineMs: number;
    }
  | { kind: 'deposit'; transferId: string; userId: string; amountFen: number }
  | {
      kind: 'subscribe';
      channel: ChannelName;
      marketId: string;
      fromSeq: number;
      /** With fromSeq 0: everything the channel log keeps, not only what comes next. */
      fromStart: boolean;
    }
  | { kind: 'unsubscribe'; channel: ChannelName; marketId: string }
  | { kind: 'ping'; clientTimeMs: number }
  | { kind: 'register'; registration: Registration }
  | { kind: 'login'; userId: string; password: string }
  | { kind: 'refresh' }
  | { kind: 'logout' }
  | { kind: 'set_kyc'; userId: string; status: KycStatus }
  | { kind: 'apply'; application: LoanRequest }
  | { kind: 'review'; applicationId: string; approve: boolean; reason: string }
  | ActionCommand;

/** A loan application as validated at the edge; the credit model validates the file further. */
export interface LoanRequest {
  applicationId: string;
  amountFen: number;
  termMonths: number;
  ageYears: number;
  occupation: string;
  annualIncomeFen: number;
  credit: Record<CreditField, number> & { purpose: string };
}

const creditNumberFields = [
  'creditPolicy',
  'intRate',
  'installment',
  'logAnnualInc',
  'dti',
  'fico',
  'daysWithCrLine',
  'revolBal',
  'revolUtil',
  'inqLast6mths',
  'delinq2yrs',
  'pubRec',
] as const;
type CreditField = (typeof creditNumberFields)[number];
const loanTerms: ReadonlySet<number> = new Set([12, 24, 36]);

export type Decoded =
  { requestId: number; command: Command } | { requestId: number; code: ResultCode; detail: string };

export type FrameResult = { code: typeof Code.OK; messages: Decoded[] } | { code: ResultCode };

export function decodeFrame(bytes: Uint8Array): FrameResult {
  if (!wireTypesValid(bytes)) return { code: Code.MALFORMED_FRAME };
  let frame: lending.v1.ClientFrame;
  try {
    frame = v1.ClientFrame.decode(bytes);
  } catch {
    return { code: Code.MALFORMED_FRAME };
  }
  if (frame.messages.length === 0) return { code: Code.UNKNOWN_MESSAGE };
  if (frame.messages.length > limits.messagesPerFrameMax) {
    return { code: Code.TOO_MANY_MESSAGES_IN_FRAME };
  }
  return { code: Code.OK, messages: frame.messages.map(decodeMessage) };
}

function reject(requestId: number, code: ResultCode, detail: string): Decoded {
  return { requestId, code, detail };
}

const bodies = [
  'authenticate',
  'placeLendOrder',
  'cancelLendOrder',
  'listTranche',
  'subscribe',
  'unsubscribe',
  'ping',
  'deposit',
  'register',
  'login',
  'refreshToken',
  'logout',
  'setKycStatus',
  'applyForLoan',
  'reviewApplication',
  ...actionBodies,
  ...queryBodies,
] as const;

/**
 * The oneof member that is set. Computed from the fields rather than protobufjs's virtual
 * `body` getter, which plain objects (the HTTP API's) do not have.
 */
function bodyOf(message: lending.v1.IClientMessage): (typeof bodies)[number] | undefined {
  for (const name of bodies) {
    const value = message[name];
    if (value !== undefined && value !== null) return name;
  }
  return undefined;
}

/** Validates one message; the HTTP API builds the same message shape from JSON. */
export function decodeMessage(message: lending.v1.IClientMessage): Decoded {
  const requestId = message.requestId ?? 0;
  const m = message;
  const body = bodyOf(message);
  switch (body) {
    case 'authenticate':
      return decodeAuthenticate(requestId, m.authenticate);
    case 'placeLendOrder':
      return decodePlace(requestId, m.placeLendOrder);
    case 'cancelLendOrder':
      return decodeCancel(requestId, m.cancelLendOrder);
    case 'listTranche':
      return decodeList(requestId, m.listTranche);
    case 'deposit':
      return decodeDeposit(requestId, m.deposit);
    case 'subscribe':
    case 'unsubscribe':
      return decodeSubscription(requestId, body, m[body]);
    case 'register':
      return decodeRegister(requestId, m.register);
    case 'login':
      return decodeLogin(requestId, m.login);
    case 'refreshToken':
      return { requestId, command: { kind: 'refresh' } };
    case 'logout':
      return { requestId, command: { kind: 'logout' } };
    case 'setKycStatus':
      return decodeSetKyc(requestId, m.setKycStatus);
    case 'applyForLoan':
      return decodeApply(requestId, m.applyForLoan);
    case 'reviewApplication':
      return decodeReview(requestId, m.reviewApplication);
    case 'ping':
      return {
        requestId,
        command: { kind: 'ping', clientTimeMs: Number(m.ping?.clientTimeMs ?? 0) },
      };
    case undefined:
      return reject(requestId, Code.UNKNOWN_MESSAGE, 'no known message body');
    default:
      return isQuery(body) ? decodeQuery(requestId, body, m) : decodeAction(requestId, body, m);
  }
}

function isQuery(body: ActionBody | QueryBody): body is QueryBody {
  return (queryBodies as readonly string[]).includes(body);
}

/** An optional future time: 0 is none; otherwise a safe integer (the engine checks it is ahead). */
function optionalTimeMs(value: number | null | undefined): number | undefined {
  const timeMs = value ?? 0;
  return Number.isSafeInteger(timeMs) && timeMs >= 0 ? timeMs : undefined;
}

function decodeAuthenticate(
  requestId: number,
  body: lending.v1.IAuthenticate | null | undefined,
): Decoded {
  const token = body?.token ?? '';
  const deviceId = body?.deviceId ?? '';
  if (token.length === 0) return reject(requestId, Code.TOKEN_INVALID, 'token is empty');
  if (deviceId.length > limits.idCharsMax)
    return reject(requestId, Code.INVALID_FIELD, 'device_id');
  return { requestId, command: { kind: 'authenticate', token, deviceId } };
}

function checkMarket(marketId: string): ResultCode {
  return isValidMarketId(marketId) ? Code.OK : Code.UNKNOWN_MARKET;
}

const tifByNumber: readonly TimeInForce[] = ['GTC', 'IOC', 'FOK'];

function decodePlace(
  requestId: number,
  body: lending.v1.IPlaceLendOrder | null | undefined,
): Decoded {
  const clientOrderId = body?.clientOrderId ?? '';
  const marketId = body?.marketId ?? '';
  const amountFen = body?.amountFen ?? 0;
  const minRateBps = body?.minRateBps ?? 0;
  const tif = tifByNumber[body?.timeInForce ?? 0];
  if (!isValidId(clientOrderId)) return reject(requestId, Code.INVALID_ORDER_ID, 'client_order_id');
  let code = checkMarket(marketId);
  if (code !== Code.OK) return reject(requestId, code, `market_id ${JSON.stringify(marketId)}`);
  code = checkAmountFen(amountFen);
  if (code !== Code.OK) return reject(requestId, code, `amount_fen ${String(amountFen)}`);
  code = checkRateBps(minRateBps);
  if (code !== Code.OK) return reject(requestId, code, `min_rate_bps ${minRateBps}`);
  if (tif === undefined) return reject(requestId, Code.TIME_IN_FORCE_INVALID, 'time_in_force');
  const expiresAtMs = optionalTimeMs(body?.expiresAtMs);
  if (expiresAtMs === undefined) return reject(requestId, Code.INVALID_FIELD, 'expires_at_ms');
  return {
    requestId,
    command: { kind: 'place', clientOrderId, marketId, amountFen, minRateBps, tif, expiresAtMs },
  };
}

function decodeCancel(
  requestId: number,
  body: lending.v1.ICancelLendOrder | null | undefined,
): Decoded {
  const clientOrderId = body?.clientOrderId ?? '';
  const marketId = body?.marketId ?? '';
  if (!isValidId(clientOrderId)) return reject(requestId, Code.INVALID_ORDER_ID, 'client_order_id');
  const code = checkMarket(marketId);
  if (code !== Code.OK) return reject(requestId, code, `market_id ${JSON.stringify(marketId)}`);
  return { requestId, command: { kind: 'cancel', clientOrderId, marketId } };
}

function decodeList(requestId: number, body: lending.v1.IListTranche | null | undefined): Decoded {
  const trancheId = body?.trancheId ?? '';
  const marketId = body?.marketId ?? '';
  const borrowerId = body?.borrowerId ?? '';
  const amountFen = body?.amountFen ?? 0;
  const maxRateBps = body?.maxRateBps ?? 0;
  if (!isValidId(trancheId)) return reject(requestId, Code.INVALID_FIELD, 'tranche_id');
  if (!isValidId(borrowerId)) return reject(requestId, Code.INVALID_FIELD, 'borrower_id');
  let code = checkMarket(marketId);
  if (code !== Code.OK) return reject(requestId, code, `market_id ${JSON.stringify(marketId)}`);
  code = checkAmountFen(amountFen);
  if (code !== Code.OK) return reject(requestId, code, `amount_fen ${String(amountFen)}`);
  code = checkRateBps(maxRateBps);
  if (code !== Code.OK) return reject(requestId, code, `max_rate_bps ${maxRateBps}`);
  const deadlineMs = optionalTimeMs(body?.deadlineMs);
  if (deadlineMs === undefined) return reject(requestId, Code.INVALID_FIELD, 'deadline_ms');
  return {
    requestId,
    command: { kind: 'list', trancheId, marketId, borrowerId, amountFen, maxRateBps, deadlineMs },
  };
}

function decodeDeposit(requestId: number, body: lending.v1.IDeposit | null | undefined): Decoded {
  const transferId = body?.transferId ?? '';
  const userId = body?.userId ?? '';
  const amountFen = body?.amountFen ?? 0;
  if (!isValidId(transferId)) return reject(requestId, Code.INVALID_FIELD, 'transfer_id');
  if (!isValidId(userId)) return reject(requestId, Code.INVALID_FIELD, 'user_id');
  const code = checkAmountFen(amountFen);
  if (code !== Code.OK) return reject(requestId, code, `amount_fen ${String(amountFen)}`);
  return { requestId, command: { kind: 'deposit', transferId, userId, amountFen } };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function decodeRegister(requestId: number, body: lending.v1.IRegister | null | undefined): Decoded {
  const registration: Registration = {
    userId: text(body?.userId),
    role: text(body?.role),
    name: text(body?.name),
    idNumber: text(body?.idNumber),
    phone: text(body?.phone),
    bankCard: text(body?.bankCard),
    password: text(body?.password),
  };
  const checked = checkRegistration(registration);
  if (checked.code !== Code.OK) return reject(requestId, checked.code, checked.field ?? '');
  return { requestId, command: { kind: 'register', registration } };
}

function decodeLogin(requestId: number, body: lending.v1.ILogin | null | undefined): Decoded {
  const userId = text(body?.userId);
  const password = text(body?.password);
  if (!isValidId(userId)) return reject(requestId, Code.INVALID_FIELD, 'user_id');
  if (password.length === 0 || password.length > 128) {
    return reject(requestId, Code.INVALID_FIELD, 'password');
  }
  return { requestId, command: { kind: 'login', userId, password } };
}

const kycByNumber: Readonly<Record<number, KycStatus>> = {
  [v1.KycStatus.KYC_PENDING]: 'pending',
  [v1.KycStatus.KYC_VERIFIED]: 'verified',
  [v1.KycStatus.KYC_REJECTED]: 'rejected',
};

export const kycNumber: Readonly<Record<KycStatus, lending.v1.KycStatus>> = {
  pending: v1.KycStatus.KYC_PENDING,
  verified: v1.KycStatus.KYC_VERIFIED,
  rejected: v1.KycStatus.KYC_REJECTED,
};

function decodeSetKyc(
  requestId: number,
  body: lending.v1.ISetKycStatus | null | undefined,
): Decoded {
  const userId = text(body?.userId);
  const status = kycByNumber[body?.status ?? 0];
  if (!isValidId(userId)) return reject(requestId, Code.INVALID_FIELD, 'user_id');
  if (status === undefined) return reject(requestId, Code.INVALID_FIELD, 'status');
  return { requestId, command: { kind: 'set_kyc', userId, status } };
}

function decodeApply(
  requestId: number,
  body: lending.v1.IApplyForLoan | null | undefined,
): Decoded {
  const applicationId = text(body?.applicationId);
  const amountFen = body?.amountFen ?? 0;
  const termMonths = body?.termMonths ?? 0;
  const annualIncomeFen = body?.annualIncomeFen ?? 0;
  if (!isValidId(applicationId)) return reject(requestId, Code.INVALID_FIELD, 'application_id');
  const amountCode = checkAmountFen(amountFen);
  if (amountCode !== Code.OK) return reject(requestId, amountCode, 'amount_fen');
  if (!loanTerms.has(termMonths)) return reject(requestId, Code.INVALID_FIELD, 'term_months');
  if (!Number.isSafeInteger(annualIncomeFen) || annualIncomeFen < 0) {
    return reject(requestId, Code.INVALID_FIELD, 'annual_income_fen');
  }
  const occupation = text(body?.occupation);
  if (occupation.length > 64) return reject(requestId, Code.INVALID_FIELD, 'occupation');
  const file = body?.credit;
  if (file === undefined || file === null) return reject(requestId, Code.INVALID_FIELD, 'credit');
  const credit = { purpose: text(file.purpose) } as LoanRequest['credit'];
  for (const field of creditNumberFields) {
    const value = file[field] ?? 0;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return reject(requestId, Code.INVALID_FIELD, `credit.${field}`);
    }
    credit[field] = value;
  }
  const ageYears = body?.ageYears ?? 0;
  return {
    requestId,
    command: {
      kind: 'apply',
      application: {
        applicationId,
        amountFen,
        termMonths,
        ageYears,
        occupation,
        annualIncomeFen,
        credit,
      },
    },
  };
}

function decodeReview(
  requestId: number,
  body: lending.v1.IReviewApplication | null | undefined,
): Decoded {
  const applicationId = text(body?.applicationId);
  const reason = text(body?.reason);
  if (!isValidId(applicationId)) return reject(requestId, Code.INVALID_FIELD, 'application_id');
  if (reason.length === 0 || reason.length > 256) {
    return reject(requestId, Code.INVALID_FIELD, 'reason (1-256 characters)');
  }
  return {
    requestId,
    command: { kind: 'review', applicationId, approve: body?.approve === true, reason },
  };
}

const channelByNumber: Readonly<Record<number, ChannelName>> = {
  [v1.Channel.CHANNEL_BOOK]: 'book',
  [v1.Channel.CHANNEL_MY_ORDERS]: 'my_orders',
  [v1.Channel.CHANNEL_ALERTS]: 'alerts',
  [v1.Channel.CHANNEL_DISCLOSURE]: 'disclosure',
  [v1.Channel.CHANNEL_MY_LEDGER]: 'my_ledger',
  [v1.Channel.CHANNEL_TRANCHES]: 'tranches',
};

export const channelNumber: Readonly<Record<ChannelName, lending.v1.Channel>> = {
  book: v1.Channel.CHANNEL_BOOK,
  my_orders: v1.Channel.CHANNEL_MY_ORDERS,
  alerts: v1.Channel.CHANNEL_ALERTS,
  disclosure: v1.Channel.CHANNEL_DISCLOSURE,
  my_ledger: v1.Channel.CHANNEL_MY_LEDGER,
  tranches: v1.Channel.CHANNEL_TRANCHES,
};

function decodeSubscription(
  requestId: number,
  kind: 'subscribe' | 'unsubscribe',
  body: lending.v1.ISubscribe | lending.v1.IUnsubscribe | null | undefined,
): Decoded {
  const channel = channelByNumber[body?.channel ?? 0];
  const marketId = body?.marketId ?? '';
  if (channel === undefined)
    return reject(requestId, Code.UNKNOWN_CHANNEL, `channel ${body?.channel ?? 0}`);
  if (channel === 'book') {
    const code = checkMarket(marketId);
    if (code !== Code.OK) return reject(requestId, code, `market_id ${JSON.stringify(marketId)}`);
  }
  const fromSeq = body !== null && body !== undefined && 'fromSeq' in body ? body.fromSeq : 0;
  if (typeof fromSeq !== 'number' || !Number.isSafeInteger(fromSeq) || fromSeq < 0) {
    return reject(requestId, Code.INVALID_FIELD, 'from_seq');
  }
  const scopedMarketId = channel === 'book' ? marketId : '';
  if (kind === 'unsubscribe') {
    return { requestId, command: { kind, channel, marketId: scopedMarketId } };
  }
  const fromStart = body !== null && body !== undefined && 'fromStart' in body && body.fromStart;
  const command = { kind, channel, marketId: scopedMarketId, fromSeq: fromSeq ?? 0 };
  return { requestId, command: { ...command, fromStart: fromStart === true } };
}

/** A queued server message: an object to encode, or one already encoded (from a channel log). */
export type OutgoingMessage = lending.v1.IServerMessage | Uint8Array;

/**
 * Encodes one server frame carrying every message queued for a socket in this tick. Messages
 * already encoded are copied in as they are (field 1, length-delimited), never decoded again.
 */
export function encodeServerFrame(messages: readonly OutgoingMessage[]): Uint8Array {
  const writer = protobuf.Writer.create();
  for (const message of messages) {
    if (message instanceof Uint8Array) writer.uint32(10).bytes(message);
    else v1.ServerMessage.encode(message, writer.uint32(10).fork()).ldelim();
  }
  return writer.finish();
}

/** Encodes one ServerMessage on its own, as channel logs store them. */
export function encodeServerMessage(message: lending.v1.IServerMessage): Uint8Array {
  return v1.ServerMessage.encode(message).finish();
}
