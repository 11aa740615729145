/**
 * The ledger module's whole public surface: a double-entry ledger in integer fen whose every
 * change is appended to a hash-chained, group-committed journal, an offline verifier, inclusion
 * proofs for lenders, custody reconciliation and the pure schedule arithmetic.
 * Sign convention: a balance is credits minus debits, so the sum of all balances is zero;
 * user, tranche, platform and receivable accounts sit at or above zero, borrower payables at or
 * below zero, and the bank mirrors (`bank:custody`, `bank:operating`) are minus what each bank
 * holds.
 */
export { openLedger } from './ledger.js';
export type { Ledger, LedgerOptions } from './ledger.js';
export type { Durability } from './journal.js';
export { reconcileJournal, verifyJournal } from './verify.js';
export type { JournalVerification, VerifyOptions } from './verify.js';
export {
  bankCustodyKey,
  bankOperatingKey,
  loanInterestKey,
  loanPrincipalKey,
  loanReserveClaimKey,
  noteInterestKey,
  notePrincipalKey,
  platformFeeIncomeKey,
  platformOperatingKey,
  platformRiskReserveKey,
  trancheEscrowKey,
  userAvailableKey,
  userHeldKey,
} from './accounts.js';
export type {
  AllocationName,
  LinkedLeg,
  NoteTerms,
  OriginateRequest,
  ProductInput,
  ScheduleName,
} from './commands.js';
export { overdueBucket } from './loans.js';
export type { LoanEvent, LoanStatus, OverdueBucket, PeriodRow } from './loans.js';
export { reconcile, statementHeader } from './reconcile.js';
export type { Difference, DifferenceKind, Reconciliation } from './reconcile.js';
export {
  ScheduleKind,
  buildSchedule,
  dateOfDay,
  dayOfDate,
  dayOfMs,
  dueDays,
  equalInstalmentFen,
} from './schedule.js';
export type { Schedule } from './schedule.js';
export { splitLargestRemainder } from './split.js';
export { checkProof, proveEntry } from './proof.js';
export type { InclusionProof, ProofCheck } from './proof.js';
