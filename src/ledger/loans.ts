/**
 * Loans after origination: notes, schedules, repayment allocation, late fees, overdue buckets,
 * risk-reserve payouts (代偿), automatic repayment and reminders.
 *
 * Goal: every money movement of a loan's life is a set of balanced moves computed from state and
 * the business day passed in, so replay of the journal reproduces it exactly (no clock, no I/O).
 *
 * Method: a loan (id = its tranche id) has one note per lender fill, each with its own rate and
 * its own schedule (schedule.ts); the borrower's instalment k is the sum of the notes' k-th
 * instalments, so the principal column sums to the loan amount to the fen. Per period and note
 * we keep what remains due. A payment first accrues late fees, then walks the payable periods
 * (every period due by today, then the next one) oldest first and, within a period, the parts in
 * the product's allocation order (late fee, interest, principal by default). An amount paid to a
 * part is split over the notes pro rata to what each is owed for it (largest remainder, ties to
 * the note given first). What is left after the next period prepays principal: it is split pro
 * rata to each note's future principal and every note's remaining periods are re-amortised on
 * what it still owes. Interest becomes a receivable (memo) when its period becomes payable.
 * Late fees are path independent: each overdue period accumulates unpaid-fen × days beyond its
 * grace period exactly, and its fee is floor(that × bps / 10,000) minus what was paid, so
 * accruing more or less often gives the same fee. Late fees and the service fee (a share of each
 * interest payment) are platform income: the only user-to-platform flows besides origination
 * fees. A period the risk reserve paid out (代偿) is owed to the reserve afterwards.
 */
import { assert } from '../shared/index.js';
import {
  loanInterestKey,
  loanPrincipalKey,
  loanRepaymentKey,
  loanReserveClaimKey,
  noteInterestKey,
  notePrincipalKey,
  platformFeeIncomeKey,
  platformRiskReserveKey,
  userAvailableKey,
} from './accounts.js';
import { buildSchedule, dueDays, type ScheduleKind } from './schedule.js';
import { bpsOfFen, splitLargestRemainder } from './split.js';

/** Why money moves; user money may reach platform accounts only as a fee or a recovery. */
export type Purpose = 'transfer' | 'fee' | 'recovery';

export interface Mover {
  move(debitKey: string, creditKey: string, amountFen: number, purpose: Purpose): void;
}

export const AllocationPart = { lateFee: 1, interest: 2, principal: 3 } as const;
export type AllocationPart = (typeof AllocationPart)[keyof typeof AllocationPart];

export interface ProductTerms {
  /** Origination fee, a share of the principal withheld from the disbursement. */
  readonly originationFeeBps: number;
  /** Platform service fee, a share of every interest payment withheld from the lender. */
  readonly serviceFeeBps: number;
  /** Late fee per day on an overdue period's unpaid principal and interest. */
  readonly lateFeeBpsPerDay: number;
  /** Days after a due date before late fees accrue. */
  readonly graceDays: number;
  /** The order parts of each period are paid in: a permutation of the three parts. */
  readonly allocationOrder: readonly AllocationPart[];
  /** 0: no guarantee; else the risk reserve pays a period this many days past due. */
  readonly guaranteeAfterDays: number;
  /** 0: no reminders; else a reminder event this many days before a due date. */
  readonly reminderDays: number;
}

export const defaultProductTerms: ProductTerms = {
  originationFeeBps: 0,
  serviceFeeBps: 0,
  lateFeeBpsPerDay: 5,
  graceDays: 3,
  allocationOrder: [AllocationPart.lateFee, AllocationPart.interest, AllocationPart.principal],
  guaranteeAfterDays: 0,
  reminderDays: 3,
};

export type OverdueBucket = 'current' | '1-30' | '31-90' | '91-180' | '181+';

export function overdueBucket(daysPastDue: number): OverdueBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 90) return '31-90';
  if (daysPastDue <= 180) return '91-180';
  return '181+';
}

export class NoteState {
  readonly principalKey: string;
  readonly interestKey: string;
  readonly lenderKey: string;
  constructor(
    readonly noteId: string,
    readonly lenderId: string,
    readonly rateBps: number,
    /** Remaining due per period. */
    readonly principalDue: number[],
    readonly interestDue: number[],
  ) {
    this.principalKey = notePrincipalKey(noteId);
    this.interestKey = noteInterestKey(noteId);
    this.lenderKey = userAvailableKey(lenderId);
  }
}

/** Events a loan emits; the caller delivers them (pushes, notifications) after durability. */
export type LoanEvent =
  | {
      type: 'reminder';
      loanId: string;
      borrowerId: string;
      period: number;
      dueDay: number;
      dueFen: number;
    }
  | { type: 'auto_repaid'; loanId: string; borrowerId: string; amountFen: number }
  | {
      type: 'overdue';
      loanId: string;
      borrowerId: string;
      daysPastDue: number;
      bucket: OverdueBucket;
    }
  | { type: 'compensated'; loanId: string; amountFen: number };

export class LoanState {
  readonly dueDay: number[];
  readonly recognised: boolean[];
  readonly compensated: boolean[];
  readonly reminded: boolean[];
  /** Exact sum of unpaid-fen × days past grace, per period. */
  readonly lateFenDays: bigint[];
  readonly lateFeePaid: number[];
  readonly lateFromDay: number[];
  bucket: OverdueBucket = 'current';
  lastDay: number;
  readonly principalKey: string;
  readonly interestKey: string;
  readonly repaymentKey: string;
  readonly claimKey: string;
  readonly borrowerKey: string;

  constructor(
    readonly loanId: string,
    readonly borrowerId: string,
    readonly kind: ScheduleKind,
    readonly terms: ProductTerms,
    startDay: number,
    readonly notes: NoteState[],
  ) {
    const periods = notes[0]?.principalDue.length ?? 0;
    assert(periods > 0, 'a loan has periods');
    this.dueDay = dueDays(startDay, periods);
    this.recognised = new Array<boolean>(periods).fill(false);
    this.compensated = new Array<boolean>(periods).fill(false);
    this.reminded = new Array<boolean>(periods).fill(false);
    this.lateFenDays = new Array<bigint>(periods).fill(0n);
    this.lateFeePaid = new Array<number>(periods).fill(0);
    this.lateFromDay = this.dueDay.map((day) => day + terms.graceDays);
    this.lastDay = startDay;
    this.principalKey = loanPrincipalKey(loanId);
    this.interestKey = loanInterestKey(loanId);
    this.repaymentKey = loanRepaymentKey(loanId);
    this.claimKey = loanReserveClaimKey(loanId);
    this.borrowerKey = userAvailableKey(borrowerId);
  }

  get periods(): number {
    return this.dueDay.length;
  }

  periodDue(k: number, part: 'principal' | 'interest'): number {
    let total = 0;
    for (const note of this.notes)
      total += part === 'principal' ? (note.principalDue[k] ?? 0) : (note.interestDue[k] ?? 0);
    return total;
  }

  lateFeeDue(k: number, day: number): number {
    const fenDays = (this.lateFenDays[k] ?? 0n) + this.#pendingFenDays(k, day);
    const fee = (fenDays * BigInt(this.terms.lateFeeBpsPerDay)) / 10_000n;
    return Number(fee) - (this.lateFeePaid[k] ?? 0);
  }

  /** Unpaid fen × days from the last accrual to `day`, beyond the grace period. */
  #pendingFenDays(k: number, day: number): bigint {
    const from = this.lateFromDay[k] ?? day;
    if (day <= from) return 0n;
    const unpaid = this.periodDue(k, 'principal') + this.periodDue(k, 'interest');
    return BigInt(unpaid) * BigInt(day - from);
  }

  /** Books the pending fen-days of every period up to `day` (call before unpaid changes). */
  accrue(day: number): void {
    for (let k = 0; k < this.periods && (this.dueDay[k] ?? day) < day; k++) {
      const from = this.lateFromDay[k] ?? day;
      if (day <= from) continue;
      this.lateFenDays[k] = (this.lateFenDays[k] ?? 0n) + this.#pendingFenDays(k, day);
      this.lateFromDay[k] = day;
    }
    if (day > this.lastDay) this.lastDay = day;
  }

  /** Index after the payable periods: every period due by `day`, and the next one. */
  payableEnd(day: number): number {
    let k = 0;
    while (k < this.periods && (this.dueDay[k] ?? 0) <= day) k++;
    return Math.min(this.periods, k + 1);
  }

  /** Periods due by `day` (not the next one). */
  dueEnd(day: number): number {
    let k = 0;
    while (k < this.periods && (this.dueDay[k] ?? 0) <= day) k++;
    return k;
  }

  /** What a payment on `day` could take: everything payable plus all future principal. */
  owedFen(day: number, includeNext: boolean): number {
    const end = includeNext ? this.payableEnd(day) : this.dueEnd(day);
    let total = 0;
    for (let k = 0; k < end; k++) {
      total +=
        this.periodDue(k, 'principal') + this.periodDue(k, 'interest') + this.lateFeeDue(k, day);
    }
    if (!includeNext) return total;
    for (let k = end; k < this.periods; k++) total += this.periodDue(k, 'principal');
    return total;
  }

  outstandingPrincipalFen(): number {
    let total = 0;
    for (let k = 0; k < this.periods; k++) total += this.periodDue(k, 'principal');
    return total;
  }

  daysPastDue(day: number): number {
    for (let k = 0; k < this.periods; k++) {
      const dueDay = this.dueDay[k] ?? 0;
      if (dueDay > day) return 0;
      const unpaid =
        this.periodDue(k, 'principal') + this.periodDue(k, 'interest') + this.lateFeeDue(k, day);
      if (unpaid > 0) return day - dueDay;
    }
    return 0;
  }

  settled(): boolean {
    for (let k = 0; k < this.periods; k++) {
      if (this.periodDue(k, 'principal') + this.periodDue(k, 'interest') > 0) return false;
      if (this.lateFeeDue(k, this.lastDay) > 0) return false;
    }
    return true;
  }
}

/** Builds the notes' schedules; the caller validated every field. */
export function newNotes(
  kind: ScheduleKind,
  termMonths: number,
  notes: readonly { noteId: string; lenderId: string; principalFen: number; rateBps: number }[],
): NoteState[] {
  return notes.map((note) => {
    const schedule = buildSchedule(kind, note.principalFen, note.rateBps, termMonths);
    return new NoteState(
      note.noteId,
      note.lenderId,
      note.rateBps,
      schedule.principalFen,
      schedule.interestFen,
    );
  });
}

/** Interest of period k becomes a receivable of each note (memo) once. */
export function recognise(loan: LoanState, k: number, mover: Mover): void {
  if (loan.recognised[k] === true) return;
  loan.recognised[k] = true;
  for (const note of loan.notes) {
    const fen = note.interestDue[k] ?? 0;
    if (fen > 0) mover.move(loan.interestKey, note.interestKey, fen, 'transfer');
  }
}

/**
 * Applies `amountFen` (already moved into the loan's repayment account) on `day`. The caller
 * checked amountFen <= loan.owedFen(day, includeNext). Returns nothing: the clearing account
 * ends at zero, which the caller asserts.
 */
export function allocatePayment(
  loan: LoanState,
  amountFen: number,
  day: number,
  includeNext: boolean,
  mover: Mover,
): void {
  loan.accrue(day);
  let left = amountFen;
  const end = includeNext ? loan.payableEnd(day) : loan.dueEnd(day);
  for (let k = 0; k < end && left > 0; k++) {
    for (const part of loan.terms.allocationOrder) {
      if (left === 0) break;
      left -= payPart(loan, k, part, left, day, mover);
    }
  }
  if (left > 0) prepay(loan, end, left, mover);
}

function payPart(
  loan: LoanState,
  k: number,
  part: AllocationPart,
  maxFen: number,
  day: number,
  mover: Mover,
): number {
  if (part === AllocationPart.lateFee) {
    const fen = Math.min(maxFen, loan.lateFeeDue(k, day));
    if (fen <= 0) return 0;
    loan.lateFeePaid[k] = (loan.lateFeePaid[k] ?? 0) + fen;
    mover.move(loan.repaymentKey, platformFeeIncomeKey, fen, 'fee');
    return fen;
  }
  const isInterest = part === AllocationPart.interest;
  if (isInterest) recognise(loan, k, mover);
  const column = (note: NoteState): number[] => (isInterest ? note.interestDue : note.principalDue);
  const weights = loan.notes.map((note) => column(note)[k] ?? 0);
  const owed = weights.reduce((a, b) => a + b, 0);
  const fen = Math.min(maxFen, owed);
  if (fen === 0) return 0;
  const shares = splitLargestRemainder(fen, weights);
  loan.notes.forEach((note, index) => {
    const share = shares[index] ?? 0;
    if (share === 0) return;
    const dues = column(note);
    dues[k] = (dues[k] ?? 0) - share;
    assert((dues[k] ?? 0) >= 0, 'a share never exceeds what the note is owed');
    payNote(loan, note, share, isInterest, loan.compensated[k] === true, mover);
  });
  return fen;
}

/** Cash to the lender (or the reserve, after 代偿) and the matching memo settlement. */
function payNote(
  loan: LoanState,
  note: NoteState,
  share: number,
  isInterest: boolean,
  toReserve: boolean,
  mover: Mover,
): void {
  const payableKey = isInterest ? loan.interestKey : loan.principalKey;
  if (toReserve) {
    mover.move(loan.repaymentKey, platformRiskReserveKey, share, 'recovery');
    mover.move(loan.claimKey, payableKey, share, 'transfer');
    return;
  }
  const feeFen = isInterest ? bpsOfFen(share, loan.terms.serviceFeeBps) : 0;
  if (share - feeFen > 0) mover.move(loan.repaymentKey, note.lenderKey, share - feeFen, 'transfer');
  if (feeFen > 0) mover.move(loan.repaymentKey, platformFeeIncomeKey, feeFen, 'fee');
  mover.move(isInterest ? note.interestKey : note.principalKey, payableKey, share, 'transfer');
}

/** Prepays future principal pro rata and re-amortises each note's remaining periods. */
function prepay(loan: LoanState, from: number, amountFen: number, mover: Mover): void {
  const future = loan.notes.map((note) => {
    let fen = 0;
    for (let k = from; k < loan.periods; k++) fen += note.principalDue[k] ?? 0;
    return fen;
  });
  const shares = splitLargestRemainder(amountFen, future);
  const months = loan.periods - from;
  assert(months > 0, 'a prepayment needs future periods');
  loan.notes.forEach((note, index) => {
    const share = shares[index] ?? 0;
    const remaining = (future[index] ?? 0) - share;
    assert(remaining >= 0, 'a prepayment never exceeds a note');
    if (share > 0) {
      mover.move(loan.repaymentKey, note.lenderKey, share, 'transfer');
      mover.move(note.principalKey, loan.principalKey, share, 'transfer');
    }
    const schedule = buildSchedule(loan.kind, remaining, note.rateBps, months);
    for (let m = 0; m < months; m++) {
      note.principalDue[from + m] = schedule.principalFen[m] ?? 0;
      note.interestDue[from + m] = schedule.interestFen[m] ?? 0;
    }
  });
}

/**
 * The risk reserve pays note holders every period at least `guaranteeAfterDays` past due and
 * not yet paid out; afterwards the borrower owes those periods to the reserve. Returns the
 * amount paid, or 0 when there is nothing to pay.
 */
export function compensationFen(loan: LoanState, day: number): number {
  const after = loan.terms.guaranteeAfterDays;
  if (after === 0) return 0;
  let total = 0;
  for (let k = 0; k < loan.periods; k++) {
    if ((loan.dueDay[k] ?? 0) + after > day || loan.compensated[k] === true) continue;
    total += loan.periodDue(k, 'principal') + loan.periodDue(k, 'interest');
  }
  return total;
}

export function compensate(loan: LoanState, day: number, mover: Mover): number {
  loan.accrue(day);
  let paid = 0;
  const after = loan.terms.guaranteeAfterDays;
  for (let k = 0; k < loan.periods && after > 0; k++) {
    if ((loan.dueDay[k] ?? 0) + after > day || loan.compensated[k] === true) continue;
    recognise(loan, k, mover);
    loan.compensated[k] = true;
    for (const note of loan.notes) {
      paid += compensateNote(loan, note, k, mover);
    }
  }
  return paid;
}

function compensateNote(loan: LoanState, note: NoteState, k: number, mover: Mover): number {
  const principal = note.principalDue[k] ?? 0;
  const interest = note.interestDue[k] ?? 0;
  const fen = principal + interest;
  if (fen === 0) return 0;
  const feeFen = bpsOfFen(interest, loan.terms.serviceFeeBps);
  mover.move(platformRiskReserveKey, loan.repaymentKey, fen, 'transfer');
  if (fen - feeFen > 0) mover.move(loan.repaymentKey, note.lenderKey, fen - feeFen, 'transfer');
  if (feeFen > 0) mover.move(loan.repaymentKey, platformFeeIncomeKey, feeFen, 'fee');
  if (principal > 0) mover.move(note.principalKey, loan.claimKey, principal, 'transfer');
  if (interest > 0) mover.move(note.interestKey, loan.claimKey, interest, 'transfer');
  return fen;
}

/** One period of a loan's remaining schedule. */
export interface PeriodRow {
  readonly period: number;
  readonly dueDay: number;
  /** Principal and interest still due on the period. */
  readonly principalFen: number;
  readonly interestFen: number;
  /** Late fees paid on the period so far. */
  readonly lateFeePaidFen: number;
  readonly compensated: boolean;
}

export interface LoanStatus {
  readonly loanId: string;
  readonly borrowerId: string;
  readonly outstandingPrincipalFen: number;
  /** Principal, interest and late fees of every period due by the day asked about. */
  readonly dueFen: number;
  readonly lateFeeFen: number;
  readonly daysPastDue: number;
  readonly bucket: OverdueBucket;
  readonly settled: boolean;
}

export function loanRows(loan: LoanState): PeriodRow[] {
  return loan.dueDay.map((dueDay, k) => ({
    period: k + 1,
    dueDay,
    principalFen: loan.periodDue(k, 'principal'),
    interestFen: loan.periodDue(k, 'interest'),
    lateFeePaidFen: loan.lateFeePaid[k] ?? 0,
    compensated: loan.compensated[k] === true,
  }));
}

export function loanStatusOf(loan: LoanState, day: number): LoanStatus {
  const at = Math.max(day, loan.lastDay);
  let lateFeeFen = 0;
  for (let k = 0; k < loan.dueEnd(at); k++) lateFeeFen += loan.lateFeeDue(k, at);
  const daysPastDue = loan.daysPastDue(at);
  return {
    loanId: loan.loanId,
    borrowerId: loan.borrowerId,
    outstandingPrincipalFen: loan.outstandingPrincipalFen(),
    dueFen: loan.owedFen(at, false),
    lateFeeFen,
    daysPastDue,
    bucket: overdueBucket(daysPastDue),
    settled: loan.settled(),
  };
}
