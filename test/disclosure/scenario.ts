/**
 * A small book of loans with hand-computed disclosure figures at two cut-offs (end of March and
 * end of June 2026, UTC). The arithmetic is written out next to each expected value so a reader
 * can check it without running anything.
 *
 * Loans (principal, fen):
 *   A  B1  120,000  3 monthly instalments, all repaid by the borrower (the 2nd a day late)
 *   B  B2  200,000  2 instalments; the 2nd is paid by a compensator (代偿) on May 10; related
 *   C  B3  300,000  interest-only then principal; only 1,000 of the first instalment paid
 *   D  B1  100,000  originated June 20, first instalment due July 20
 *   E  B2   50,000  originated July 5: after both cut-offs
 *   F  B3   10,000  originated 2025-10-01, its single instalment (Nov 1) never paid
 * Notes: A: L1 60k, L6 60k; B: L2 100k, L3 100k; C: L3 150k, L4 150k; D: L4; E: L5; F: L1.
 */
import type {
  DisclosureFacts,
  FigureCounts,
  LoanFact,
  NoteFact,
  RepaymentFact,
  ScheduleFact,
} from '../../src/disclosure/index.js';

export const utc = (day: string): number => Date.parse(`${day}T00:00:00.000Z`);

function loan(
  id: string,
  borrower: string,
  principal: number,
  originated: string,
  related = false,
): LoanFact {
  return {
    loan_id: id,
    borrower_ref: `b:${borrower}`,
    application_id: `app-${id}`,
    grade: 'B',
    term_months: 3,
    principal_fen: principal,
    rate_bps: 1_000,
    method: 'equal_principal',
    related_party: related,
    listed_ms: utc(originated) - 3_600_000,
    originated_ms: utc(originated),
  };
}

function schedule(loanId: string, no: number, due: string, p: number, i: number): ScheduleFact {
  return {
    loan_id: loanId,
    instalment_no: no,
    due_ms: utc(due),
    principal_fen: p,
    interest_fen: i,
  };
}

let repaymentCount = 0;
function repay(
  s: ScheduleFact,
  paid: string,
  p: number,
  i: number,
  payer: 'borrower' | 'compensator' = 'borrower',
  lateFee = 0,
): RepaymentFact {
  repaymentCount += 1;
  return {
    repayment_id: `r-${repaymentCount}`,
    loan_id: s.loan_id,
    instalment_no: s.instalment_no,
    due_ms: s.due_ms,
    paid_ms: utc(paid) + 43_200_000,
    principal_fen: p,
    interest_fen: i,
    late_fee_fen: lateFee,
    payer,
  };
}

function note(loanId: string, lender: string, principal: number, created: string): NoteFact {
  return {
    note_id: `n-${loanId}-${lender}`,
    loan_id: loanId,
    lender_ref: `l:${lender}`,
    principal_fen: principal,
    created_ms: utc(created),
  };
}

const a = [
  schedule('A', 1, '2026-02-01', 40_000, 1_000),
  schedule('A', 2, '2026-03-01', 40_000, 700),
  schedule('A', 3, '2026-04-01', 40_000, 300),
] as const;
const b = [
  schedule('B', 1, '2026-03-01', 100_000, 2_000),
  schedule('B', 2, '2026-05-01', 100_000, 1_000),
] as const;
const c = [
  schedule('C', 1, '2026-02-15', 0, 3_000),
  schedule('C', 2, '2026-03-15', 300_000, 3_000),
] as const;
const d = [schedule('D', 1, '2026-07-20', 100_000, 800)] as const;
const e = [schedule('E', 1, '2026-08-05', 50_000, 400)] as const;
const f = [schedule('F', 1, '2025-11-01', 10_000, 100)] as const;

export const scenario: DisclosureFacts = {
  loans: [
    loan('A', 'B1', 120_000, '2026-01-01'),
    loan('B', 'B2', 200_000, '2026-01-20', true),
    loan('C', 'B3', 300_000, '2026-01-15'),
    loan('D', 'B1', 100_000, '2026-06-20'),
    loan('E', 'B2', 50_000, '2026-07-05'),
    loan('F', 'B3', 10_000, '2025-10-01'),
  ],
  notes: [
    note('A', 'L1', 60_000, '2026-01-01'),
    note('A', 'L6', 60_000, '2026-01-01'),
    note('B', 'L2', 100_000, '2026-01-20'),
    note('B', 'L3', 100_000, '2026-01-20'),
    note('C', 'L3', 150_000, '2026-01-15'),
    note('C', 'L4', 150_000, '2026-01-15'),
    note('D', 'L4', 100_000, '2026-06-20'),
    note('E', 'L5', 50_000, '2026-07-05'),
    note('F', 'L1', 10_000, '2025-10-01'),
  ],
  schedules: [...a, ...b, ...c, ...d, ...e, ...f],
  repayments: [
    repay(a[0], '2026-02-01', 40_000, 1_000),
    repay(a[1], '2026-03-02', 40_000, 700, 'borrower', 50),
    repay(a[2], '2026-04-01', 40_000, 300),
    repay(b[0], '2026-03-01', 100_000, 2_000),
    repay(b[1], '2026-05-10', 100_000, 1_000, 'compensator'),
    repay(c[0], '2026-02-20', 0, 1_000),
  ],
};

/** The last millisecond of March and of June 2026. */
export const endOfMarch = utc('2026-04-01') - 1;
export const endOfJune = utc('2026-07-01') - 1;

export const expectedEndOfJune: FigureCounts = {
  cumulativeLoans: 5, // A B C D F (E is in July)
  cumulativeAmountFen: 730_000, // 120k + 200k + 300k + 100k + 10k
  cumulativeBorrowers: 3,
  cumulativeLenders: 5, // L1 L6 L2 L3 L4 (L5 funds E)
  outstandingLoans: 4, // B C D F (A repaid)
  outstandingPrincipalFen: 510_000, // B 100k + C 300k + D 100k + F 10k
  outstandingInterestFen: 6_900, // B 1,000 + C 5,000 + D 800 + F 100
  currentBorrowers: 3,
  currentLenders: 4, // L6 only funded A, which is repaid
  toRepayFen: 516_900, // B1 100,800 (D) + B2 101,000 (B) + B3 315,100 (C 305,000 + F 10,100)
  top10ToRepayFen: 516_900,
  largestToRepayFen: 315_100,
  relatedPartyLoans: 1, // B: the compensator paid, the borrower still owes 100k
  relatedPartyPrincipalFen: 100_000,
  overdueLoans: 3, // B (60 days), C (135 and 107 days), F (241 days)
  overdueAmountFen: 416_100, // B 101,000 + C 2,000 + C 303,000 + F 10,100
  overdue90Loans: 2, // C and F
  overdue90AmountFen: 315_100, // C 305,000 + F 10,100
  overdue1to90AmountFen: 101_000,
  overdue91to180AmountFen: 305_000,
  overdue181PlusAmountFen: 10_100,
  compensatoryCount: 1,
  compensatoryAmountFen: 101_000,
};

export const expectedEndOfMarch: FigureCounts = {
  cumulativeLoans: 4, // A B C F
  cumulativeAmountFen: 630_000,
  cumulativeBorrowers: 3,
  cumulativeLenders: 5,
  outstandingLoans: 4,
  outstandingPrincipalFen: 450_000, // A 40k + B 100k + C 300k + F 10k
  outstandingInterestFen: 6_400, // A 300 + B 1,000 + C 5,000 + F 100
  currentBorrowers: 3,
  currentLenders: 5,
  toRepayFen: 456_400, // B1 40,300 + B2 101,000 + B3 315,100
  top10ToRepayFen: 456_400,
  largestToRepayFen: 315_100,
  relatedPartyLoans: 1,
  relatedPartyPrincipalFen: 100_000,
  overdueLoans: 2, // C (44 and 16 days), F (150 days)
  overdueAmountFen: 315_100, // C 2,000 + 303,000 + F 10,100
  overdue90Loans: 1,
  overdue90AmountFen: 10_100,
  overdue1to90AmountFen: 305_000,
  overdue91to180AmountFen: 10_100,
  overdue181PlusAmountFen: 0,
  compensatoryCount: 0, // the payout is on May 10
  compensatoryAmountFen: 0,
};

/** Ratios of the June figures: 315,100 / 516,900 = 60.96%; 2 / 5 = 40%; 315,100 / 730,000. */
export const expectedJuneRatios = {
  top10ShareBps: 10_000,
  largestShareBps: 6_096,
  projectOverdueRateBps: 4_000,
  amountOverdueRateBps: 4_316,
};
