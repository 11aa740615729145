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
};

export function isAllowed(userRoles: readonly Role[], action: Action): boolean {
  const allowed = permissions[action];
  for (const role of userRoles) if (allowed.includes(role)) return true;
  return false;
}
