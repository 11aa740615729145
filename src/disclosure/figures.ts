/**
 * The disclosure figures of the 2017 guideline for online lending intermediaries, as a pure
 * function of plain facts (loans, notes, schedules, repayments) and a cut-off time.
 *
 * Goal: one definition of every figure that the ClickHouse queries (figures-sql.ts) and a
 * rebuild from the ledger and order journals both follow, so a test can check that they agree
 * to the fen. Method: both paths produce the same integer counts and sums (`FigureCounts`);
 * ratios are derived from those integers by one function (`deriveFigures`), in basis points
 * rounded half up with exact integer arithmetic, so the two paths cannot differ by rounding.
 * The formulas are written out in docs/analytics.md; in short, at cut-off T:
 *
 * - a loan counts when originated_ms <= T; a repayment when paid_ms <= T;
 * - a waiver (interest a prepayment re-amortised away) lowers what the borrower owes like a
 *   borrower repayment does;
 * - borrower figures use borrower repayments only: a compensatory payout (payer = compensator,
 *   代偿) pays the lenders but the borrower still owes, so it leaves outstanding and overdue
 *   amounts unchanged and is reported on its own;
 * - principal left = principal - principal repaid; interest left = scheduled interest - interest
 *   repaid; a loan is outstanding while its principal left > 0;
 * - an instalment is overdue when due_ms <= T - 1 day and (principal + interest due) - repaid
 *   > 0; its days overdue = floor((T - due_ms) / 1 day).
 */
import { assert } from '../shared/index.js';
import type { LoanFact, NoteFact, RepaymentFact, ScheduleFact } from './tables.js';

export const dayMs = 86_400_000;

/** The facts the figures need; the journals (or ClickHouse) provide them. */
export interface DisclosureFacts {
  loans: readonly LoanFact[];
  notes: readonly NoteFact[];
  schedules: readonly ScheduleFact[];
  repayments: readonly RepaymentFact[];
}

/** The integers both paths compute; every figure derives from them. */
export interface FigureCounts {
  cumulativeLoans: number;
  cumulativeAmountFen: number;
  cumulativeBorrowers: number;
  cumulativeLenders: number;
  outstandingLoans: number;
  outstandingPrincipalFen: number;
  outstandingInterestFen: number;
  currentBorrowers: number;
  currentLenders: number;
  toRepayFen: number;
  top10ToRepayFen: number;
  largestToRepayFen: number;
  relatedPartyLoans: number;
  relatedPartyPrincipalFen: number;
  overdueLoans: number;
  overdueAmountFen: number;
  overdue90Loans: number;
  overdue90AmountFen: number;
  overdue1to90AmountFen: number;
  overdue91to180AmountFen: number;
  overdue181PlusAmountFen: number;
  compensatoryCount: number;
  compensatoryAmountFen: number;
}

export interface DisclosureFigures extends FigureCounts {
  asOfMs: number;
  top10ShareBps: number;
  largestShareBps: number;
  projectOverdueRateBps: number;
  amountOverdueRateBps: number;
}

export type FigureKey = Exclude<keyof DisclosureFigures, 'asOfMs'>;

/** Every published figure: wire name, unit and the guideline's name, in publication order. */
export const figureCatalogue: readonly {
  key: FigureKey;
  name: string;
  unit: 'fen' | 'count' | 'bps';
  label: string;
}[] = [
  {
    key: 'cumulativeAmountFen',
    name: 'cumulative_lending_amount',
    unit: 'fen',
    label: '累计借贷金额',
  },
  {
    key: 'cumulativeLoans',
    name: 'cumulative_lending_count',
    unit: 'count',
    label: '累计借贷笔数',
  },
  { key: 'outstandingPrincipalFen', name: 'outstanding_principal', unit: 'fen', label: '借贷余额' },
  { key: 'outstandingLoans', name: 'outstanding_count', unit: 'count', label: '借贷余额笔数' },
  { key: 'outstandingInterestFen', name: 'outstanding_interest', unit: 'fen', label: '利息余额' },
  { key: 'cumulativeLenders', name: 'cumulative_lenders', unit: 'count', label: '累计出借人数量' },
  {
    key: 'cumulativeBorrowers',
    name: 'cumulative_borrowers',
    unit: 'count',
    label: '累计借款人数量',
  },
  { key: 'currentLenders', name: 'current_lenders', unit: 'count', label: '当前出借人数量' },
  { key: 'currentBorrowers', name: 'current_borrowers', unit: 'count', label: '当前借款人数量' },
  { key: 'toRepayFen', name: 'to_repay_amount', unit: 'fen', label: '待还金额' },
  {
    key: 'top10ShareBps',
    name: 'top10_borrowers_share',
    unit: 'bps',
    label: '前十大借款人待还金额占比',
  },
  {
    key: 'largestShareBps',
    name: 'largest_borrower_share',
    unit: 'bps',
    label: '最大单一借款人待还金额占比',
  },
  {
    key: 'relatedPartyPrincipalFen',
    name: 'related_party_amount',
    unit: 'fen',
    label: '关联关系借款余额',
  },
  {
    key: 'relatedPartyLoans',
    name: 'related_party_count',
    unit: 'count',
    label: '关联关系借款笔数',
  },
  { key: 'overdueAmountFen', name: 'overdue_amount', unit: 'fen', label: '逾期金额' },
  { key: 'overdueLoans', name: 'overdue_count', unit: 'count', label: '逾期笔数' },
  {
    key: 'overdue90AmountFen',
    name: 'overdue_90_amount',
    unit: 'fen',
    label: '逾期90天（不含）以上金额',
  },
  {
    key: 'overdue90Loans',
    name: 'overdue_90_count',
    unit: 'count',
    label: '逾期90天（不含）以上笔数',
  },
  {
    key: 'overdue1to90AmountFen',
    name: 'overdue_1_90_amount',
    unit: 'fen',
    label: '逾期1-90天金额',
  },
  {
    key: 'overdue91to180AmountFen',
    name: 'overdue_91_180_amount',
    unit: 'fen',
    label: '逾期91-180天金额',
  },
  {
    key: 'overdue181PlusAmountFen',
    name: 'overdue_181_plus_amount',
    unit: 'fen',
    label: '逾期181天以上金额',
  },
  { key: 'compensatoryAmountFen', name: 'compensatory_amount', unit: 'fen', label: '累计代偿金额' },
  { key: 'compensatoryCount', name: 'compensatory_count', unit: 'count', label: '累计代偿笔数' },
  { key: 'projectOverdueRateBps', name: 'project_overdue_rate', unit: 'bps', label: '项目逾期率' },
  { key: 'amountOverdueRateBps', name: 'amount_overdue_rate', unit: 'bps', label: '金额逾期率' },
];

/** numerator / denominator in basis points, rounded half up, exactly (0 when nothing owed). */
export function ratioBps(numerator: number, denominator: number): number {
  assert(Number.isSafeInteger(numerator) && numerator >= 0, 'ratio numerator is a count');
  assert(Number.isSafeInteger(denominator) && denominator >= 0, 'ratio denominator is a count');
  if (denominator === 0) return 0;
  const n = BigInt(numerator) * 20_000n + BigInt(denominator);
  return Number(n / (2n * BigInt(denominator)));
}

export function deriveFigures(counts: FigureCounts, asOfMs: number): DisclosureFigures {
  for (const [name, value] of Object.entries(counts)) {
    assert(Number.isSafeInteger(value) && value >= 0, `${name} must be a safe count`);
  }
  return {
    asOfMs,
    ...counts,
    top10ShareBps: ratioBps(counts.top10ToRepayFen, counts.toRepayFen),
    largestShareBps: ratioBps(counts.largestToRepayFen, counts.toRepayFen),
    projectOverdueRateBps: ratioBps(counts.overdue90Loans, counts.cumulativeLoans),
    amountOverdueRateBps: ratioBps(counts.overdue90AmountFen, counts.cumulativeAmountFen),
  };
}

interface LoanBalance {
  loan: LoanFact;
  principalLeft: number;
  interestLeft: number;
}

/** Principal and interest left per loan originated by the cut-off. */
function balances(facts: DisclosureFacts, cutoffMs: number): Map<string, LoanBalance> {
  const byLoan = new Map<string, LoanBalance>();
  for (const loan of facts.loans) {
    if (loan.originated_ms > cutoffMs) continue;
    assert(!byLoan.has(loan.loan_id), `loan ${loan.loan_id} appears twice`);
    byLoan.set(loan.loan_id, { loan, principalLeft: loan.principal_fen, interestLeft: 0 });
  }
  for (const s of facts.schedules) {
    const b = byLoan.get(s.loan_id);
    if (b !== undefined) b.interestLeft += s.interest_fen;
  }
  for (const r of facts.repayments) {
    const b = byLoan.get(r.loan_id);
    if (b === undefined || r.payer === 'compensator' || r.paid_ms > cutoffMs) continue;
    b.principalLeft -= r.principal_fen;
    b.interestLeft -= r.interest_fen;
  }
  return byLoan;
}

function sumLargest(values: number[], n: number): number {
  return [...values]
    .sort((a, b) => b - a)
    .slice(0, n)
    .reduce((s, v) => s + v, 0);
}

type BalanceCounts = Pick<
  FigureCounts,
  | 'cumulativeLoans'
  | 'cumulativeAmountFen'
  | 'cumulativeBorrowers'
  | 'outstandingLoans'
  | 'outstandingPrincipalFen'
  | 'outstandingInterestFen'
  | 'currentBorrowers'
  | 'toRepayFen'
  | 'top10ToRepayFen'
  | 'largestToRepayFen'
  | 'relatedPartyLoans'
  | 'relatedPartyPrincipalFen'
>;

function balanceCounts(byLoan: Map<string, LoanBalance>): BalanceCounts {
  const c: BalanceCounts = {
    cumulativeLoans: 0,
    cumulativeAmountFen: 0,
    cumulativeBorrowers: 0,
    outstandingLoans: 0,
    outstandingPrincipalFen: 0,
    outstandingInterestFen: 0,
    currentBorrowers: 0,
    toRepayFen: 0,
    top10ToRepayFen: 0,
    largestToRepayFen: 0,
    relatedPartyLoans: 0,
    relatedPartyPrincipalFen: 0,
  };
  const toRepay = new Map<string, number>();
  const current = new Set<string>();
  for (const { loan, principalLeft, interestLeft } of byLoan.values()) {
    c.cumulativeLoans += 1;
    c.cumulativeAmountFen += loan.principal_fen;
    const owed = Math.max(principalLeft, 0) + Math.max(interestLeft, 0);
    toRepay.set(loan.borrower_ref, (toRepay.get(loan.borrower_ref) ?? 0) + owed);
    c.outstandingInterestFen += Math.max(interestLeft, 0);
    if (principalLeft <= 0) continue;
    c.outstandingLoans += 1;
    c.outstandingPrincipalFen += principalLeft;
    current.add(loan.borrower_ref);
    if (loan.related_party) {
      c.relatedPartyLoans += 1;
      c.relatedPartyPrincipalFen += principalLeft;
    }
  }
  const owedByBorrower = [...toRepay.values()];
  c.cumulativeBorrowers = toRepay.size;
  c.currentBorrowers = current.size;
  c.toRepayFen = owedByBorrower.reduce((s, v) => s + v, 0);
  c.top10ToRepayFen = sumLargest(owedByBorrower, 10);
  c.largestToRepayFen = sumLargest(owedByBorrower, 1);
  return c;
}

type OverdueCounts = Pick<
  FigureCounts,
  | 'overdueLoans'
  | 'overdueAmountFen'
  | 'overdue90Loans'
  | 'overdue90AmountFen'
  | 'overdue1to90AmountFen'
  | 'overdue91to180AmountFen'
  | 'overdue181PlusAmountFen'
>;

function overdueCounts(
  facts: DisclosureFacts,
  byLoan: Map<string, LoanBalance>,
  cutoffMs: number,
): OverdueCounts {
  const owed = new Map<string, { loanId: string; dueMs: number; owedFen: number }>();
  const key = (loanId: string, no: number): string => `${loanId}\u001f${no}`;
  for (const s of facts.schedules) {
    if (!byLoan.has(s.loan_id) || s.due_ms > cutoffMs - dayMs) continue;
    const k = key(s.loan_id, s.instalment_no);
    assert(!owed.has(k), `instalment ${k} appears twice`);
    owed.set(k, { loanId: s.loan_id, dueMs: s.due_ms, owedFen: s.principal_fen + s.interest_fen });
  }
  for (const r of facts.repayments) {
    if (r.payer === 'compensator' || r.paid_ms > cutoffMs) continue;
    const entry = owed.get(key(r.loan_id, r.instalment_no));
    if (entry !== undefined) entry.owedFen -= r.principal_fen + r.interest_fen;
  }
  const c: OverdueCounts = {
    overdueLoans: 0,
    overdueAmountFen: 0,
    overdue90Loans: 0,
    overdue90AmountFen: 0,
    overdue1to90AmountFen: 0,
    overdue91to180AmountFen: 0,
    overdue181PlusAmountFen: 0,
  };
  const loans = new Set<string>();
  const loans90 = new Set<string>();
  for (const { loanId, dueMs, owedFen } of owed.values()) {
    if (owedFen <= 0) continue;
    const days = Math.floor((cutoffMs - dueMs) / dayMs);
    loans.add(loanId);
    c.overdueAmountFen += owedFen;
    if (days <= 90) c.overdue1to90AmountFen += owedFen;
    else if (days <= 180) c.overdue91to180AmountFen += owedFen;
    else c.overdue181PlusAmountFen += owedFen;
    if (days > 90) {
      loans90.add(loanId);
      c.overdue90AmountFen += owedFen;
    }
  }
  c.overdueLoans = loans.size;
  c.overdue90Loans = loans90.size;
  return c;
}

/** Every figure at `cutoffMs`, from plain facts (in any order; facts after it are ignored). */
export function computeFigures(facts: DisclosureFacts, cutoffMs: number): DisclosureFigures {
  assert(Number.isSafeInteger(cutoffMs) && cutoffMs >= 0, 'cutoffMs is a Unix time in ms');
  const byLoan = balances(facts, cutoffMs);
  const lenders = new Set<string>();
  const currentLenders = new Set<string>();
  for (const note of facts.notes) {
    if (note.created_ms > cutoffMs || !byLoan.has(note.loan_id)) continue;
    lenders.add(note.lender_ref);
    if ((byLoan.get(note.loan_id)?.principalLeft ?? 0) > 0) currentLenders.add(note.lender_ref);
  }
  let compensatoryCount = 0;
  let compensatoryAmountFen = 0;
  for (const r of facts.repayments) {
    if (r.payer !== 'compensator' || r.paid_ms > cutoffMs || !byLoan.has(r.loan_id)) continue;
    compensatoryCount += 1;
    compensatoryAmountFen += r.principal_fen + r.interest_fen + r.late_fee_fen;
  }
  const counts: FigureCounts = {
    ...balanceCounts(byLoan),
    cumulativeLenders: lenders.size,
    currentLenders: currentLenders.size,
    ...overdueCounts(facts, byLoan, cutoffMs),
    compensatoryCount,
    compensatoryAmountFen,
  };
  return deriveFigures(counts, cutoffMs);
}

export interface OverdueStatusRow {
  day: string;
  loan_id: string;
  days_overdue: number;
  bucket: '1-30' | '31-90' | '91-180' | '181+';
  overdue_principal_fen: number;
  overdue_interest_fen: number;
}

function bucketOf(days: number): OverdueStatusRow['bucket'] {
  if (days <= 30) return '1-30';
  if (days <= 90) return '31-90';
  return days <= 180 ? '91-180' : '181+';
}

/**
 * The `overdue_daily` rows of a UTC day `YYYY-MM-DD`: every loan overdue at the end of that day,
 * with the days since its oldest unpaid instalment fell due and what is due and unpaid. Same
 * rules as the figures (borrower repayments only, one full day of grace); a repayment is applied
 * to interest first, then principal, within its instalment.
 */
export function overdueStatusRows(facts: DisclosureFacts, day: string): OverdueStatusRow[] {
  const startMs = Date.parse(`${day}T00:00:00.000Z`);
  assert(/^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isSafeInteger(startMs), 'day is YYYY-MM-DD');
  const cutoffMs = startMs + dayMs - 1;
  const paid = new Map<string, { p: number; i: number }>();
  for (const r of facts.repayments) {
    if (r.payer === 'compensator' || r.paid_ms > cutoffMs) continue;
    const k = `${r.loan_id}\u001f${r.instalment_no}`;
    const sum = paid.get(k) ?? { p: 0, i: 0 };
    paid.set(k, { p: sum.p + r.principal_fen, i: sum.i + r.interest_fen });
  }
  const originated = new Set(
    facts.loans.filter((l) => l.originated_ms <= cutoffMs).map((l) => l.loan_id),
  );
  const byLoan = new Map<string, OverdueStatusRow>();
  for (const s of facts.schedules) {
    if (!originated.has(s.loan_id) || s.due_ms > cutoffMs - dayMs) continue;
    const got = paid.get(`${s.loan_id}\u001f${s.instalment_no}`) ?? { p: 0, i: 0 };
    const total = got.p + got.i;
    const interest = Math.max(s.interest_fen - total, 0);
    const principal = Math.max(s.principal_fen - Math.max(total - s.interest_fen, 0), 0);
    if (interest + principal === 0) continue;
    const days = Math.floor((cutoffMs - s.due_ms) / dayMs);
    const row = byLoan.get(s.loan_id);
    if (row === undefined) {
      byLoan.set(s.loan_id, {
        day,
        loan_id: s.loan_id,
        days_overdue: days,
        bucket: bucketOf(days),
        overdue_principal_fen: principal,
        overdue_interest_fen: interest,
      });
      continue;
    }
    row.days_overdue = Math.max(row.days_overdue, days);
    row.bucket = bucketOf(row.days_overdue);
    row.overdue_principal_fen += principal;
    row.overdue_interest_fen += interest;
  }
  return [...byLoan.values()].sort((a, b) => (a.loan_id < b.loan_id ? -1 : 1));
}
