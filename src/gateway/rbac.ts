/**
 * Who may do what: one table, checked for every action and subscription. The README repeats it.
 * Ownership rules (a lender cancels only their own orders, a borrower lists only their own
 * tranches) are enforced where the action is handled, because they need the command's fields.
 */
import type { Role } from './auth.js';

export const actions = [
  'place_lend_order',
  'cancel_lend_order',
  'list_tranche',
  'deposit',
  'subscribe_book',
  'subscribe_my_orders',
  'subscribe_alerts',
  'subscribe_disclosure',
  'subscribe_my_ledger',
  'subscribe_tranches',
  'ping',
  'refresh_token',
  'logout',
  'set_kyc_status',
  'apply_for_loan',
  'review_application',
  'reduce_lend_order',
  'amend_lend_order',
  'withdraw',
  'repay',
  'freeze_account',
  'work_case',
  'propose_rule_config',
  'decide_rule_config',
  'run_backtest',
  'get_holdings',
  'get_loans',
  'get_any_loans',
  'get_ledger_proof',
  'get_markets',
  'get_cases',
  'get_risk_overview',
  'get_application',
  'get_rule_configs',
  'update_profile',
] as const;
export type Action = (typeof actions)[number];

export const permissions: Readonly<Record<Action, readonly Role[]>> = {
  place_lend_order: ['lender'],
  cancel_lend_order: ['lender'],
  list_tranche: ['borrower', 'admin'],
  deposit: ['admin'],
  subscribe_book: ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'],
  subscribe_my_orders: ['lender'],
  subscribe_alerts: ['risk_officer'],
  subscribe_disclosure: ['analyst', 'admin', 'risk_officer'],
  subscribe_my_ledger: ['lender', 'borrower'],
  subscribe_tranches: ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'],
  ping: ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'],
  refresh_token: ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'],
  logout: ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'],
  set_kyc_status: ['risk_officer', 'admin'],
  apply_for_loan: ['borrower'],
  review_application: ['risk_officer', 'admin'],
  reduce_lend_order: ['lender'],
  amend_lend_order: ['lender'],
  withdraw: ['lender', 'borrower'],
  repay: ['borrower'],
  freeze_account: ['risk_officer', 'admin'],
  work_case: ['risk_officer'],
  propose_rule_config: ['risk_officer'],
  decide_rule_config: ['risk_officer'],
  run_backtest: ['risk_officer'],
  get_holdings: ['lender'],
  get_loans: ['borrower', 'risk_officer', 'admin'],
  get_any_loans: ['risk_officer', 'admin'],
  get_ledger_proof: ['lender', 'borrower'],
  get_markets: ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'],
  get_cases: ['risk_officer'],
  get_risk_overview: ['risk_officer'],
  get_application: ['borrower', 'risk_officer', 'admin'],
  get_rule_configs: ['risk_officer'],
  update_profile: ['lender', 'borrower'],
};

export function isAllowed(userRoles: readonly Role[], action: Action): boolean {
  const allowed = permissions[action];
  for (const role of userRoles) if (allowed.includes(role)) return true;
  return false;
}
