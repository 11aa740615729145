/**
 * The ledger module's whole public surface: a double-entry ledger in integer fen whose every
 * change is appended to a hash-chained, group-committed journal, and an offline verifier.
 * Sign convention: a balance is credits minus debits, so the sum of all balances is zero;
 * user and tranche accounts sit at or above zero and `bank:custody` mirrors them below zero.
 */
export { openLedger } from './ledger.js';
export type { Ledger, LedgerOptions } from './ledger.js';
export type { Durability } from './journal.js';
export { verifyJournal } from './verify.js';
export type { JournalVerification } from './verify.js';
export { bankCustodyKey, trancheEscrowKey, userAvailableKey, userHeldKey } from './accounts.js';
