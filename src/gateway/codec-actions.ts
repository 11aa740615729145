/**
 * Decoders of the protocol's later actions (order amendments, money movements, risk officers'
 * case and rule work, and the read-only queries). Same contract as codec.ts: a message either
 * becomes a validated command or a result code with a detail naming the bad field.
 */
import type { lending } from '../gen/proto/lending.js';
import {
  Code,
  checkAmountFen,
  checkRateBps,
  isValidId,
  isValidMarketId,
  limits,
  type ResultCode,
} from '../shared/index.js';

export type CaseActionName = 'acknowledge' | 'assign' | 'resolve_fraud' | 'resolve_not_fraud';

export type ActionCommand =
  | { kind: 'reduce'; clientOrderId: string; marketId: string; reduceByFen: number }
  | { kind: 'amend'; clientOrderId: string; marketId: string; minRateBps: number }
  | { kind: 'withdraw'; transferId: string; amountFen: number }
  | { kind: 'repay'; transferId: string; loanId: string; amountFen: number }
  | { kind: 'freeze'; userId: string; frozen: boolean; reason: string }
  | { kind: 'case_action'; alertId: string; action: CaseActionName; assignee: string; note: string }
  | { kind: 'propose_config'; configJson: string; note: string }
  | { kind: 'decide_config'; proposalId: number; approve: boolean; note: string }
  | { kind: 'backtest'; configJson: string }
  | { kind: 'get_holdings' }
  | { kind: 'get_loans'; userId: string }
  | { kind: 'get_proof'; reference: string }
  | { kind: 'get_markets' }
  | { kind: 'get_cases'; state: string; limit: number }
  | { kind: 'get_risk_overview' }
  | { kind: 'get_application'; applicationId: string }
  | { kind: 'get_rule_configs' }
  | { kind: 'update_profile'; phone: string; bankCard: string };

export type ActionDecoded =
  | { requestId: number; command: ActionCommand }
  | { requestId: number; code: ResultCode; detail: string };

type Body<T> = T | null | undefined;

function reject(requestId: number, code: ResultCode, detail: string): ActionDecoded {
  return { requestId, code, detail };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Free text (notes, reasons) is bounded and may be empty. */
function note(value: unknown): string | undefined {
  const result = text(value);
  return result.length <= limits.noteCharsMax ? result : undefined;
}

function orderRef(
  requestId: number,
  body: Body<{ clientOrderId?: string | null; marketId?: string | null }>,
): { clientOrderId: string; marketId: string } | ActionDecoded {
  const clientOrderId = text(body?.clientOrderId);
  const marketId = text(body?.marketId);
  if (!isValidId(clientOrderId)) return reject(requestId, Code.INVALID_ORDER_ID, 'client_order_id');
  if (!isValidMarketId(marketId)) {
    return reject(requestId, Code.UNKNOWN_MARKET, `market_id ${JSON.stringify(marketId)}`);
  }
  return { clientOrderId, marketId };
}

export function decodeReduce(requestId: number, body: Body<lending.v1.IReduceLendOrder>) {
  const ref = orderRef(requestId, body);
  if ('requestId' in ref) return ref;
  const reduceByFen = body?.reduceByFen ?? 0;
  const code = checkAmountFen(reduceByFen);
  if (code !== Code.OK) return reject(requestId, code, `reduce_by_fen ${String(reduceByFen)}`);
  return { requestId, command: { kind: 'reduce', ...ref, reduceByFen } } satisfies ActionDecoded;
}

export function decodeAmend(requestId: number, body: Body<lending.v1.IAmendLendOrder>) {
  const ref = orderRef(requestId, body);
  if ('requestId' in ref) return ref;
  const minRateBps = body?.minRateBps ?? 0;
  const code = checkRateBps(minRateBps);
  if (code !== Code.OK) return reject(requestId, code, `min_rate_bps ${minRateBps}`);
  return { requestId, command: { kind: 'amend', ...ref, minRateBps } } satisfies ActionDecoded;
}

export function decodeWithdraw(requestId: number, body: Body<lending.v1.IWithdraw>) {
  const transferId = text(body?.transferId);
  const amountFen = body?.amountFen ?? 0;
  if (!isValidId(transferId)) return reject(requestId, Code.INVALID_FIELD, 'transfer_id');
  const code = checkAmountFen(amountFen);
  if (code !== Code.OK) return reject(requestId, code, `amount_fen ${String(amountFen)}`);
  return { requestId, command: { kind: 'withdraw', transferId, amountFen } } as ActionDecoded;
}

export function decodeRepay(requestId: number, body: Body<lending.v1.IRepay>): ActionDecoded {
  const transferId = text(body?.transferId);
  const loanId = text(body?.loanId);
  const amountFen = body?.amountFen ?? 0;
  if (!isValidId(transferId)) return reject(requestId, Code.INVALID_FIELD, 'transfer_id');
  if (!isValidId(loanId)) return reject(requestId, Code.INVALID_FIELD, 'loan_id');
  const code = checkAmountFen(amountFen);
  if (code !== Code.OK) return reject(requestId, code, `amount_fen ${String(amountFen)}`);
  return { requestId, command: { kind: 'repay', transferId, loanId, amountFen } };
}

export function decodeFreeze(requestId: number, body: Body<lending.v1.IFreezeAccount>) {
  const userId = text(body?.userId);
  const reason = note(body?.reason);
  if (!isValidId(userId)) return reject(requestId, Code.INVALID_FIELD, 'user_id');
  if (reason === undefined || reason.length === 0) {
    return reject(requestId, Code.INVALID_FIELD, `reason (1-${limits.noteCharsMax} characters)`);
  }
  const frozen = body?.frozen === true;
  return { requestId, command: { kind: 'freeze', userId, frozen, reason } } as ActionDecoded;
}

const caseActions: Readonly<Record<number, CaseActionName>> = {
  1: 'acknowledge',
  2: 'assign',
  3: 'resolve_fraud',
  4: 'resolve_not_fraud',
};

export function decodeCaseAction(
  requestId: number,
  body: Body<lending.v1.ICaseAction>,
): ActionDecoded {
  const alertId = text(body?.alertId);
  const action = caseActions[body?.action ?? 0];
  const assignee = text(body?.assignee);
  const comment = note(body?.note);
  if (alertId.length === 0 || alertId.length > limits.idCharsMax) {
    return reject(requestId, Code.INVALID_FIELD, 'alert_id');
  }
  if (action === undefined) return reject(requestId, Code.INVALID_FIELD, 'action');
  if (action === 'assign' ? !isValidId(assignee) : assignee.length > 0) {
    return reject(requestId, Code.INVALID_FIELD, 'assignee (required by assign only)');
  }
  if (comment === undefined) return reject(requestId, Code.INVALID_FIELD, 'note too long');
  return {
    requestId,
    command: { kind: 'case_action', alertId, action, assignee, note: comment },
  };
}

function configJson(value: unknown): string | undefined {
  const json = text(value);
  return json.length > 0 && json.length <= limits.ruleConfigCharsMax ? json : undefined;
}

export function decodePropose(
  requestId: number,
  body: Body<lending.v1.IProposeRuleConfig>,
): ActionDecoded {
  const json = configJson(body?.configJson);
  const comment = note(body?.note);
  if (json === undefined) return reject(requestId, Code.RULE_CONFIG_INVALID, 'config_json size');
  if (comment === undefined) return reject(requestId, Code.INVALID_FIELD, 'note too long');
  return { requestId, command: { kind: 'propose_config', configJson: json, note: comment } };
}

export function decodeDecide(
  requestId: number,
  body: Body<lending.v1.IDecideRuleConfig>,
): ActionDecoded {
  const proposalId = body?.proposalId ?? 0;
  const comment = note(body?.note);
  if (!Number.isSafeInteger(proposalId) || proposalId <= 0) {
    return reject(requestId, Code.INVALID_FIELD, 'proposal_id');
  }
  if (comment === undefined) return reject(requestId, Code.INVALID_FIELD, 'note too long');
  const approve = body?.approve === true;
  return { requestId, command: { kind: 'decide_config', proposalId, approve, note: comment } };
}

export function decodeBacktest(
  requestId: number,
  body: Body<lending.v1.IRunBacktest>,
): ActionDecoded {
  const json = configJson(body?.configJson);
  if (json === undefined) return reject(requestId, Code.RULE_CONFIG_INVALID, 'config_json size');
  return { requestId, command: { kind: 'backtest', configJson: json } };
}

const caseStates: ReadonlySet<string> = new Set([
  '',
  'open',
  'acknowledged',
  'assigned',
  'resolved',
]);

/** The read-only queries: each names at most one id or filter. */
export function decodeQuery(
  requestId: number,
  name: QueryBody,
  message: lending.v1.IClientMessage,
): ActionDecoded {
  switch (name) {
    case 'getHoldings':
      return { requestId, command: { kind: 'get_holdings' } };
    case 'getMarkets':
      return { requestId, command: { kind: 'get_markets' } };
    case 'getRiskOverview':
      return { requestId, command: { kind: 'get_risk_overview' } };
    case 'getRuleConfigs':
      return { requestId, command: { kind: 'get_rule_configs' } };
    case 'getLoans': {
      const userId = text(message.getLoans?.userId);
      if (userId.length > 0 && !isValidId(userId)) {
        return reject(requestId, Code.INVALID_FIELD, 'user_id');
      }
      return { requestId, command: { kind: 'get_loans', userId } };
    }
    case 'getLedgerProof': {
      const reference = text(message.getLedgerProof?.reference);
      if (!isValidId(reference)) return reject(requestId, Code.INVALID_FIELD, 'reference');
      return { requestId, command: { kind: 'get_proof', reference } };
    }
    case 'getApplication': {
      const applicationId = text(message.getApplication?.applicationId);
      if (!isValidId(applicationId)) return reject(requestId, Code.INVALID_FIELD, 'application_id');
      return { requestId, command: { kind: 'get_application', applicationId } };
    }
    case 'getCases':
      return decodeGetCases(requestId, message.getCases);
  }
}

function decodeGetCases(requestId: number, body: Body<lending.v1.IGetCases>): ActionDecoded {
  const state = text(body?.state);
  const limit = body?.limit ?? 0;
  if (!caseStates.has(state)) return reject(requestId, Code.INVALID_FIELD, 'state');
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > limits.casesPageMax) {
    return reject(requestId, Code.INVALID_FIELD, `limit (0-${limits.casesPageMax})`);
  }
  return { requestId, command: { kind: 'get_cases', state, limit: limit || limits.casesPageMax } };
}

export const queryBodies = [
  'getHoldings',
  'getLoans',
  'getLedgerProof',
  'getMarkets',
  'getCases',
  'getRiskOverview',
  'getApplication',
  'getRuleConfigs',
] as const;
export type QueryBody = (typeof queryBodies)[number];

export const actionBodies = [
  'reduceLendOrder',
  'amendLendOrder',
  'withdraw',
  'repay',
  'freezeAccount',
  'caseAction',
  'proposeRuleConfig',
  'decideRuleConfig',
  'runBacktest',
  'updateProfile',
] as const;
export type ActionBody = (typeof actionBodies)[number];

export function decodeAction(
  requestId: number,
  name: ActionBody,
  m: lending.v1.IClientMessage,
): ActionDecoded {
  switch (name) {
    case 'reduceLendOrder':
      return decodeReduce(requestId, m.reduceLendOrder);
    case 'amendLendOrder':
      return decodeAmend(requestId, m.amendLendOrder);
    case 'withdraw':
      return decodeWithdraw(requestId, m.withdraw);
    case 'repay':
      return decodeRepay(requestId, m.repay);
    case 'freezeAccount':
      return decodeFreeze(requestId, m.freezeAccount);
    case 'caseAction':
      return decodeCaseAction(requestId, m.caseAction);
    case 'proposeRuleConfig':
      return decodePropose(requestId, m.proposeRuleConfig);
    case 'decideRuleConfig':
      return decodeDecide(requestId, m.decideRuleConfig);
    case 'runBacktest':
      return decodeBacktest(requestId, m.runBacktest);
    case 'updateProfile':
      return decodeUpdateProfile(requestId, m.updateProfile);
  }
}

function decodeUpdateProfile(
  requestId: number,
  body: Body<lending.v1.IUpdateProfile>,
): ActionDecoded {
  const phone = text(body?.phone);
  const bankCard = text(body?.bankCard);
  if (phone === '' && bankCard === '') {
    return reject(requestId, Code.INVALID_FIELD, 'phone or bank_card (at least one)');
  }
  if (phone !== '' && !/^1\d{10}$/.test(phone)) {
    return reject(requestId, Code.INVALID_FIELD, 'phone (11 digits, starting with 1)');
  }
  if (bankCard !== '' && !/^\d{12,19}$/.test(bankCard)) {
    return reject(requestId, Code.INVALID_FIELD, 'bank_card (12-19 digits)');
  }
  return { requestId, command: { kind: 'update_profile', phone, bankCard } };
}
