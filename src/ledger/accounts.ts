/**
 * Account keys and the sign convention of the ledger.
 *
 * Goal: one place that names accounts and says which way a balance moves, so that the posting
 * core, the invariant check and the journal verifier cannot disagree.
 *
 * Method: an account is a string key. Every transfer debits one account and credits another by
 * the same amount, and a balance is kept as CREDITS MINUS DEBITS. A transfer therefore adds its
 * amount to the credited balance and subtracts it from the debited one, so the sum of all balances
 * is zero after every transfer. User and tranche accounts are liabilities of the platform and sit
 * at or above zero; `bank:custody` is the custody bank's mirror of them and goes negative by the
 * total the bank holds for users (it is debited on deposit).
 *
 * Keys are injective in (kind, id): every user key starts with `user:` and ends with
 * `:available` or `:held`, every tranche key starts with `tranche:` and ends with `:escrow`, so
 * an id that itself contains `:` cannot make two different accounts share a key.
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

/**
 * Whether an account may go below zero. Only the custody mirror may: it is the counterweight of
 * every user liability. Every other account is money someone owns and has a floor of zero.
 */
export function isFloorless(accountKey: string): boolean {
  return accountKey === bankCustodyKey;
}
