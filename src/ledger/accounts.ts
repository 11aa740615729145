/**
 * Account keys and the sign convention of the ledger.
 *
 * Goal: one place that names accounts and says which way a balance moves, so that the posting
 * core, the invariant check and the journal verifier cannot disagree.
 *
 * Method: an account is a string key. Every transfer debits one account and credits another by
 * the same amount, and a balance is kept as CREDITS MINUS DEBITS. A transfer therefore adds its
 * amount to the credited balance and subtracts it from the debited one, so the sum of all balances
 * is zero after every transfer. User, tranche and platform accounts are money someone owns and
 * sit at or above zero; `bank:custody` and `bank:operating` mirror what each bank holds and go
 * negative by it (the custody bank holds users' money and the fees and reserve not yet swept,
 * the operating bank the platform's own funds). Loans add memo accounts that record claims,
 * not cash: a borrower's payables (at or below zero) against the note holders' receivables.
 *
 * Keys are injective in (kind, id): every key is a fixed prefix (`user:`, `tranche:`, `loan:`,
 * `note:`), the id, and a fixed suffix naming the account, so an id that itself contains `:`
 * cannot make two different accounts share a key.
 */

export const bankCustodyKey = 'bank:custody';

export function userAvailableKey(userId: string): string {
  return `user:${userId}:available`;
}

export function userHeldKey(userId: string): string {
  return `user:${userId}:held`;
}

export function trancheEscrowKey(trancheId: string): string {
  return `tranche:${trancheId}:escrow`;
}

export const bankOperatingKey = 'bank:operating';
export const platformFeeIncomeKey = 'platform:fee-income';
export const platformOperatingKey = 'platform:operating';
export const platformRiskReserveKey = 'platform:risk-reserve';

/** The borrower's principal payable on a loan (memo, at or below zero). */
export function loanPrincipalKey(loanId: string): string {
  return `loan:${loanId}:principal`;
}

/** The borrower's interest payable that has fallen due (memo, at or below zero). */
export function loanInterestKey(loanId: string): string {
  return `loan:${loanId}:interest`;
}

/** Clearing account a repayment passes through; zero between calls. */
export function loanRepaymentKey(loanId: string): string {
  return `loan:${loanId}:repayment`;
}

/** What the borrower owes the risk reserve after a 代偿 payout (memo, at or above zero). */
export function loanReserveClaimKey(loanId: string): string {
  return `loan:${loanId}:reserve-claim`;
}

/** A lender's principal receivable on one note (memo, at or above zero). */
export function notePrincipalKey(noteId: string): string {
  return `note:${noteId}:principal`;
}

/** A lender's interest receivable that has fallen due on one note (memo, at or above zero). */
export function noteInterestKey(noteId: string): string {
  return `note:${noteId}:interest`;
}

/**
 * Where money is, for segregation (资金存管) and floors:
 *   mirror   bank:*                           the banks' side; floorless
 *   user     user:*, tranche:*, loan:*:repayment   users' money at the custody bank; >= 0
 *   platform platform:*                       the platform's own money; >= 0
 *   payable  loan:*:principal, loan:*:interest    borrower debt (memo); <= 0
 *   claim    note:*, loan:*:reserve-claim     receivables (memo); >= 0
 */
export type AccountClass = 'mirror' | 'user' | 'platform' | 'payable' | 'claim';

export function accountClass(key: string): AccountClass {
  switch (key.charCodeAt(0)) {
    case 98: // b
      return 'mirror';
    case 112: // p
      return 'platform';
    case 110: // n
      return 'claim';
    case 108: // l
      if (key.endsWith(':repayment')) return 'user';
      return key.endsWith(':reserve-claim') ? 'claim' : 'payable';
    default:
      return 'user';
  }
}

/** The bank that physically holds an account's money, or undefined for memo accounts. */
export function bankOf(key: string): string | undefined {
  const kind = accountClass(key);
  if (kind === 'user') return bankCustodyKey;
  if (kind === 'platform') return key === platformOperatingKey ? bankOperatingKey : bankCustodyKey;
  return undefined;
}

/**
 * Whether an account may go below zero. Only the bank mirrors and the borrower payables may: the
 * mirrors are the counterweight of every liability, payables are debts. Every other account is
 * money or a claim someone owns and has a floor of zero.
 */
export function isFloorless(accountKey: string): boolean {
  const kind = accountClass(accountKey);
  return kind === 'mirror' || kind === 'payable';
}
