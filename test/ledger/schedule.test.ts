/**
 * Schedules against known tables and the standard amortisation formula, due dates against the
 * calendar, and largest-remainder splits against their definition (seeded, seed printed).
 */
import { describe, expect, it } from 'vitest';
import {
  ScheduleKind,
  buildSchedule,
  dateOfDay,
  dayOfDate,
  dueDays,
  equalInstalmentFen,
  splitLargestRemainder,
} from '../../src/ledger/index.js';
import { seededRandom } from './helpers.js';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const seed = Number(process.env.LEDGER_SEED ?? Date.now() % 1_000_000_007);

describe('equal instalment (等额本息)', () => {
  it.each([
    // principal fen, rate bps, months, known monthly payment in fen
    [1_000_000, 1_200, 12, 88_849], // 10,000 CNY at 12% over 12 months: 888.49
    [10_000_000, 600, 12, 860_664], // 100,000 CNY at 6%: 8,606.64
    [10_000_000, 600, 360, 59_955], // 100,000 CNY at 6% over 30 years: 599.55
    [100_000, 2_400, 36, 3_923], // 1,000 CNY at 24% over 36 months: 39.23
  ])('%i fen at %i bp over %i months pays %i a month', (principal, bps, months, payment) => {
    expect(equalInstalmentFen(principal, bps, months)).toBe(payment);
    const schedule = buildSchedule(ScheduleKind.equalInstalment, principal, bps, months);
    expect(sum(schedule.principalFen)).toBe(principal);
    for (let k = 0; k < months - 1; k++) {
      expect((schedule.principalFen[k] ?? 0) + (schedule.interestFen[k] ?? 0)).toBe(payment);
    }
  });

  it('first rows of the 10,000 CNY / 12% table', () => {
    const schedule = buildSchedule(ScheduleKind.equalInstalment, 1_000_000, 1_200, 12);
    expect(schedule.interestFen.slice(0, 3)).toEqual([10_000, 9_212, 8_415]);
    expect(schedule.principalFen.slice(0, 3)).toEqual([78_849, 79_637, 80_434]);
  });

  it('agrees with the floating-point formula within a fen (seeded)', () => {
    const random = seededRandom(seed);
    for (let run = 0; run < 300; run++) {
      const principal = 1 + Math.floor(random() * 1e10);
      const bps = 1 + Math.floor(random() * 3_600);
      const months = 1 + Math.floor(random() * 60);
      const r = bps / 120_000;
      const exact = (principal * r * (1 + r) ** months) / ((1 + r) ** months - 1);
      const context = `seed ${seed} run ${run}: ${principal} ${bps} ${months}`;
      expect(Math.abs(equalInstalmentFen(principal, bps, months) - exact), context).toBeLessThan(1);
      const schedule = buildSchedule(ScheduleKind.equalInstalment, principal, bps, months);
      expect(sum(schedule.principalFen), context).toBe(principal);
      expect(Math.min(...schedule.principalFen), context).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('equal principal (等额本金) and interest-only', () => {
  it('pays the same principal and declining interest', () => {
    const schedule = buildSchedule(ScheduleKind.equalPrincipal, 1_200_000, 1_200, 12);
    expect(schedule.principalFen).toEqual(new Array(12).fill(100_000));
    expect(schedule.interestFen[0]).toBe(12_000);
    expect(schedule.interestFen[11]).toBe(1_000);
    expect(sum(schedule.interestFen)).toBe(78_000);
  });

  it('puts the remainder of an uneven split on the last instalment', () => {
    const schedule = buildSchedule(ScheduleKind.equalPrincipal, 1_000, 100, 3);
    expect(schedule.principalFen).toEqual([333, 333, 334]);
  });

  it('pays interest monthly and the principal last', () => {
    const schedule = buildSchedule(ScheduleKind.interestOnly, 1_000_000, 1_200, 6);
    expect(schedule.principalFen).toEqual([0, 0, 0, 0, 0, 1_000_000]);
    expect(schedule.interestFen).toEqual(new Array(6).fill(10_000));
  });

  it('rounds interest half up', () => {
    // 150 fen at 1,000 bp: 1.25 fen -> 1; 180 fen: 1.5 -> 2.
    expect(buildSchedule(ScheduleKind.interestOnly, 150, 1_000, 1).interestFen).toEqual([1]);
    expect(buildSchedule(ScheduleKind.interestOnly, 180, 1_000, 1).interestFen).toEqual([2]);
  });
});

describe('due dates', () => {
  it('matches the calendar for day numbers', () => {
    const random = seededRandom(seed);
    for (let run = 0; run < 500; run++) {
      const day = Math.floor(random() * 100_000) - 20_000;
      const date = new Date(day * 86_400_000);
      const expected = {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      };
      expect(dateOfDay(day), `seed ${seed} day ${day}`).toEqual(expected);
      expect(dayOfDate(expected.year, expected.month, expected.day)).toBe(day);
    }
  });

  it('keeps the day of the month, clamped to the month end', () => {
    const start = dayOfDate(2024, 1, 31);
    const days = dueDays(start, 4).map(dateOfDay);
    expect(days).toEqual([
      { year: 2024, month: 2, day: 29 },
      { year: 2024, month: 3, day: 31 },
      { year: 2024, month: 4, day: 30 },
      { year: 2024, month: 5, day: 31 },
    ]);
    expect(dueDays(dayOfDate(2024, 11, 15), 2).map(dateOfDay)).toEqual([
      { year: 2024, month: 12, day: 15 },
      { year: 2025, month: 1, day: 15 },
    ]);
  });
});

describe('largest-remainder split', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [100, [3, 3, 4], [30, 30, 40]],
    [7, [2, 5], [2, 5]],
    [1, [5, 5], [1, 0]],
    [5, [0, 3, 0], [0, 5, 0]],
    [0, [1, 2], [0, 0]],
    [2, [1, 1, 1], [1, 1, 0]],
  ])('%i over %j = %j', (total, weights, parts) => {
    expect(splitLargestRemainder(total, weights)).toEqual(parts);
  });

  it('sums exactly and stays within a fen of the exact share (seeded)', () => {
    const random = seededRandom(seed + 1);
    for (let run = 0; run < 300; run++) {
      const weights = Array.from({ length: 1 + Math.floor(random() * 20) }, () =>
        Math.floor(random() * 1e12),
      );
      const weightSum = sum(weights);
      if (weightSum === 0) continue;
      const total = Math.floor(random() * weightSum);
      const parts = splitLargestRemainder(total, weights);
      const context = `seed ${seed + 1} run ${run}`;
      expect(sum(parts), context).toBe(total);
      parts.forEach((part, index) => {
        const exact = (total * (weights[index] ?? 0)) / weightSum;
        expect(Math.abs(part - exact), context).toBeLessThanOrEqual(1);
        expect(part, context).toBeLessThanOrEqual(weights[index] ?? 0);
      });
    }
  });

  it('refuses a positive amount with no weight to carry it', () => {
    expect(() => splitLargestRemainder(1, [0, 0])).toThrow();
    expect(() => splitLargestRemainder(-1, [1])).toThrow();
  });
});
