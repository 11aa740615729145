/**
 * Monthly repayment schedules and due dates, exact to the fen.
 *
 * Goal: one deterministic answer for "what is due when" that replay on any machine reproduces
 * bit for bit, and whose principal column sums to the loan amount exactly.
 *
 * Method: the monthly rate is the annual rate / 12 (bps / 120,000), the usual convention for
 * 等额本息 / 等额本金 in China. Each period's interest is the outstanding principal times the
 * monthly rate, rounded half up to the fen. The equal instalment M = P·r(1+r)^n / ((1+r)^n − 1)
 * is computed with bigint rationals (no floating point, so no platform-dependent `Math.pow`) and
 * rounded half up; each period's principal is M minus its interest. Equal principal pays
 * floor(P / n) each period. Interest-only pays interest every period and the whole principal
 * last. In every kind the last period pays whatever principal remains (it absorbs the rounding).
 * Due dates are UTC calendar days (days since 1970-01-01): the same day of the month as the
 * start, k months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
 */
import { assert } from '../shared/index.js';

export const ScheduleKind = {
  /** 等额本息: the same total each month. */
  equalInstalment: 1,
  /** 等额本金: the same principal each month, interest on what remains. */
  equalPrincipal: 2,
  /** 先息后本: interest monthly, all principal with the last instalment (bullet). */
  interestOnly: 3,
} as const;
export type ScheduleKind = (typeof ScheduleKind)[keyof typeof ScheduleKind];

export function isScheduleKind(value: number): value is ScheduleKind {
  return value === 1 || value === 2 || value === 3;
}

export interface Schedule {
  /** principalFen[k] is due with instalment k + 1; the column sums to the loan amount. */
  readonly principalFen: number[];
  readonly interestFen: number[];
}

export const msPerDay = 86_400_000;
const monthsPerYearBps = 120_000n;

/** a / b rounded half up, for a, b >= 0, b > 0. */
function divRoundHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/** One month's interest on `outstandingFen` at `rateBps` a year, rounded half up. */
export function monthlyInterestFen(outstandingFen: number, rateBps: number): number {
  return Number(divRoundHalfUp(BigInt(outstandingFen) * BigInt(rateBps), monthsPerYearBps));
}

/** The equal monthly instalment (等额本息), rounded half up to the fen. */
export function equalInstalmentFen(principalFen: number, rateBps: number, months: number): number {
  const rate = BigInt(rateBps);
  const growth = (monthsPerYearBps + rate) ** BigInt(months);
  const base = monthsPerYearBps ** BigInt(months);
  const numerator = BigInt(principalFen) * rate * growth;
  const denominator = monthsPerYearBps * (growth - base);
  return Number(divRoundHalfUp(numerator, denominator));
}

/** The schedule of `principalFen` (>= 0) over `months` (>= 1) at `rateBps` (>= 1). */
export function buildSchedule(
  kind: ScheduleKind,
  principalFen: number,
  rateBps: number,
  months: number,
): Schedule {
  assert(Number.isSafeInteger(principalFen) && principalFen >= 0, 'principal is >= 0');
  assert(Number.isSafeInteger(months) && months >= 1, 'a schedule has at least one month');
  assert(Number.isSafeInteger(rateBps) && rateBps >= 1, 'rate is >= 1 bp');
  const principal: number[] = [];
  const interest: number[] = [];
  const instalment =
    kind === ScheduleKind.equalInstalment ? equalInstalmentFen(principalFen, rateBps, months) : 0;
  const equalPart = Math.floor(principalFen / months);
  let outstanding = principalFen;
  for (let k = 0; k < months; k++) {
    const interestFen = monthlyInterestFen(outstanding, rateBps);
    let principalFenK: number;
    if (k === months - 1) principalFenK = outstanding;
    else if (kind === ScheduleKind.equalInstalment) {
      principalFenK = Math.min(outstanding, Math.max(0, instalment - interestFen));
    } else if (kind === ScheduleKind.equalPrincipal) principalFenK = equalPart;
    else principalFenK = 0;
    principal.push(principalFenK);
    interest.push(interestFen);
    outstanding -= principalFenK;
  }
  assert(outstanding === 0, 'the schedule repays the whole principal');
  return { principalFen: principal, interestFen: interest };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
export function dayOfDate(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number: the inverse of dayOfDate. */
export function dateOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  const next = month === 12 ? dayOfDate(year + 1, 1, 1) : dayOfDate(year, month + 1, 1);
  return next - dayOfDate(year, month, 1);
}

/** The due day of each of `months` instalments of a loan that starts on `startDay`. */
export function dueDays(startDay: number, months: number): number[] {
  const start = dateOfDay(startDay);
  const days: number[] = [];
  for (let k = 1; k <= months; k++) {
    const monthIndex = start.month - 1 + k;
    const year = start.year + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    days.push(dayOfDate(year, month, Math.min(start.day, daysInMonth(year, month))));
  }
  return days;
}

export function dayOfMs(nowMs: number): number {
  return Math.floor(nowMs / msPerDay);
}
