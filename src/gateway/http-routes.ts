/**
 * The HTTP API's routes for the protocol's later actions and queries: each builds the same
 * ClientMessage a WebSocket client would send, from the JSON body (POST) or the path (GET), so
 * both transports share one validation (codec.ts) and one authorisation table (rbac.ts).
 * JSON values pass through unconverted: a string where a number belongs fails validation.
 */
import type { lending } from '../gen/proto/lending.js';

export type JsonObject = Record<string, unknown>;
export type Builder = (json: JsonObject, params: string[]) => lending.v1.IClientMessage;
export interface Route {
  method: 'post' | 'get';
  pattern: string;
  build: Builder;
}

function raw(value: unknown): never {
  return value as never;
}

/** The named fields of the body, unconverted; absent ones stay absent (the codec defaults). */
function pick(json: JsonObject, fields: readonly string[]): Record<string, never> {
  const out: Record<string, never> = {};
  for (const field of fields) if (field in json) out[field] = raw(json[field]);
  return out;
}

const caseActionNumbers: Readonly<Record<string, number>> = {
  acknowledge: 1,
  assign: 2,
  resolve_fraud: 3,
  resolve_not_fraud: 4,
};

function post(pattern: string, body: keyof lending.v1.IClientMessage, fields: string[]): Route {
  return { method: 'post', pattern, build: (json) => ({ [body]: pick(json, fields) }) };
}

export const moreRoutes: readonly Route[] = [
  post('/v1/orders/reduce', 'reduceLendOrder', ['clientOrderId', 'marketId', 'reduceByFen']),
  post('/v1/orders/amend', 'amendLendOrder', ['clientOrderId', 'marketId', 'minRateBps']),
  post('/v1/withdrawals', 'withdraw', ['transferId', 'amountFen']),
  post('/v1/repayments', 'repay', ['transferId', 'loanId', 'amountFen']),
  post('/v1/accounts/freeze', 'freezeAccount', ['userId', 'frozen', 'reason']),
  post('/v1/rule-configs', 'proposeRuleConfig', ['configJson', 'note']),
  post('/v1/rule-configs/decide', 'decideRuleConfig', ['proposalId', 'approve', 'note']),
  post('/v1/rule-configs/backtest', 'runBacktest', ['configJson']),
  post('/v1/applications/review', 'reviewApplication', ['applicationId', 'approve', 'reason']),
  post('/v1/applications', 'applyForLoan', [
    'applicationId',
    'amountFen',
    'termMonths',
    'ageYears',
    'occupation',
    'annualIncomeFen',
    'credit',
  ]),
  {
    method: 'post',
    pattern: '/v1/cases/action',
    build: (json) => ({
      caseAction: {
        ...pick(json, ['alertId', 'assignee', 'note']),
        action: raw(caseActionNumbers[String(json['action'] ?? '')] ?? -1),
      },
    }),
  },
  { method: 'get', pattern: '/v1/holdings', build: () => ({ getHoldings: {} }) },
  { method: 'get', pattern: '/v1/loans', build: () => ({ getLoans: {} }) },
  {
    method: 'get',
    pattern: '/v1/loans/:userId',
    build: (_json, params) => ({ getLoans: { userId: params[0] ?? '' } }),
  },
  {
    method: 'get',
    pattern: '/v1/ledger/proofs/:reference',
    build: (_json, params) => ({ getLedgerProof: { reference: params[0] ?? '' } }),
  },
  { method: 'get', pattern: '/v1/markets', build: () => ({ getMarkets: {} }) },
  { method: 'get', pattern: '/v1/cases', build: () => ({ getCases: {} }) },
  {
    method: 'get',
    pattern: '/v1/cases/:state',
    build: (_json, params) => ({ getCases: { state: params[0] ?? '' } }),
  },
  { method: 'get', pattern: '/v1/risk/overview', build: () => ({ getRiskOverview: {} }) },
  { method: 'get', pattern: '/v1/rule-configs', build: () => ({ getRuleConfigs: {} }) },
  {
    method: 'get',
    pattern: '/v1/applications/:applicationId',
    build: (_json, params) => ({ getApplication: { applicationId: params[0] ?? '' } }),
  },
];
