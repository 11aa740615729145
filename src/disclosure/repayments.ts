/**
 * The repayment facts of one ledger call on one loan, read from the loan's periods before and
 * after it: one pure function shared by the live service (after each repayment, 代偿 and daily
 * tick) and the backfill from the journal, so both write the same rows with the same ids.
 *
 * What a period's principal and late fee went down by was paid by the borrower; a period that
 * became compensated was paid by the compensator (代偿: what was due on it; the borrower still
 * owes it to the reserve); interest is what left the borrower's account beyond principal and
 * late fees, given to the periods in order up to what each one fell by; interest a prepayment
 * re-amortised away beyond that is a waiver (no money moved, but no longer owed).
 */
import { createHash } from 'node:crypto';
import { assert } from '../shared/index.js';
import type { RepaymentFact } from './tables.js';

const dayMs = 86_400_000;

/** One period of a loan at one moment (the ledger's `loanSchedule` rows). */
export interface PeriodState {
  readonly dueDay: number;
  readonly principalFen: number;
  readonly interestFen: number;
  readonly lateFeePaidFen: number;
  readonly compensated: boolean;
}

export interface RepaymentInput {
  /** The ledger transfer id of the call (repayment, 代偿 or tick). */
  transferId: string;
  loanId: string;
  before: readonly PeriodState[];
  after: readonly PeriodState[];
  /** What left the borrower's available balance during the call. */
  borrowerOutFen: number;
  nowMs: number;
}

/** A repayment id within the id rules (1-64 printable ASCII), unique per call and period. */
export function repaymentId(transferId: string, period: number): string {
  const id = `${transferId}#${period}`;
  if (id.length <= 64) return id;
  return `r:${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/** The rows of one call (paid and waived), and what the compensator paid. */
export function repaymentRows(input: RepaymentInput): {
  rows: RepaymentFact[];
  compensatorFen: number;
} {
  const periods: { row: RepaymentFact; interestFellFen: number }[] = [];
  input.before.forEach((was, k) => {
    const now = input.after[k];
    assert(now !== undefined, 'a loan keeps its periods');
    const period = periodRow(input, k, was, now);
    if (period !== undefined) periods.push(period);
  });
  let interestLeftFen = input.borrowerOutFen;
  let compensatorFen = 0;
  for (const { row } of periods) {
    if (row.payer === 'borrower') interestLeftFen -= row.principal_fen + row.late_fee_fen;
    else compensatorFen += row.principal_fen + row.interest_fen + row.late_fee_fen;
  }
  const what = `repayment ${input.transferId} of ${input.loanId}`;
  assert(interestLeftFen >= 0, `${what}: interest paid >= 0`);
  for (const { row, interestFellFen } of periods) {
    if (row.payer !== 'borrower') continue;
    row.interest_fen = Math.min(interestFellFen, interestLeftFen);
    interestLeftFen -= row.interest_fen;
  }
  assert(interestLeftFen === 0, `${what} read in full`);
  return { rows: withWaivers(input.transferId, periods), compensatorFen };
}

function withWaivers(
  transferId: string,
  periods: readonly { row: RepaymentFact; interestFellFen: number }[],
): RepaymentFact[] {
  const rows: RepaymentFact[] = [];
  for (const { row, interestFellFen } of periods) {
    if (row.principal_fen + row.interest_fen + row.late_fee_fen > 0) rows.push(row);
    const waivedFen = row.payer === 'borrower' ? interestFellFen - row.interest_fen : 0;
    if (waivedFen === 0) continue;
    rows.push({
      ...row,
      repayment_id: repaymentId(`${transferId}~w`, row.instalment_no),
      principal_fen: 0,
      interest_fen: waivedFen,
      late_fee_fen: 0,
      payer: 'waiver',
    });
  }
  return rows;
}

function periodRow(
  input: RepaymentInput,
  k: number,
  was: PeriodState,
  now: PeriodState,
): { row: RepaymentFact; interestFellFen: number } | undefined {
  const base = {
    repayment_id: repaymentId(input.transferId, k + 1),
    loan_id: input.loanId,
    instalment_no: k + 1,
    due_ms: was.dueDay * dayMs,
    paid_ms: input.nowMs,
    late_fee_fen: now.lateFeePaidFen - was.lateFeePaidFen,
  };
  if (!was.compensated && now.compensated) {
    const row: RepaymentFact = {
      ...base,
      principal_fen: was.principalFen,
      interest_fen: was.interestFen,
      payer: 'compensator',
    };
    return { row, interestFellFen: 0 };
  }
  const principalFen = was.principalFen - now.principalFen;
  const interestFellFen = was.interestFen - now.interestFen;
  if (principalFen === 0 && interestFellFen === 0 && base.late_fee_fen === 0) return undefined;
  assert(principalFen >= 0 && interestFellFen >= 0, 'a repayment only lowers what is due');
  const row: RepaymentFact = {
    ...base,
    principal_fen: principalFen,
    interest_fen: 0,
    payer: 'borrower',
  };
  return { row, interestFellFen };
}
