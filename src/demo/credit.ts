/**
 * Credit files for simulated borrowers: a small sample of the LendingClub training set
 * (credit-sample.csv, 100 rows copied into the project so the demo reads nothing outside it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { lending } from '../client/index.js';
import { projectRoot } from '../services.js';

export function loadCreditSample(
  path = join(projectRoot(), 'src', 'demo', 'credit-sample.csv'),
): lending.v1.ICreditFile[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const expected = 'credit.policy,purpose,int.rate,installment,log.annual.inc,dti,fico';
  if (header === undefined || !header.startsWith(expected)) {
    throw new Error(`${path}: expected the LendingClub columns (${expected},...)`);
  }
  return lines.map((line, index) => {
    const cells = line.split(',');
    const number = (i: number): number => {
      const value = Number(cells[i]);
      if (!Number.isFinite(value))
        throw new Error(`${path}:${index + 2}: column ${i} is not a number`);
      return value;
    };
    return {
      creditPolicy: number(0),
      purpose: cells[1] ?? 'all_other',
      intRate: number(2),
      installment: number(3),
      logAnnualInc: number(4),
      dti: number(5),
      fico: number(6),
      daysWithCrLine: number(7),
      revolBal: number(8),
      revolUtil: number(9),
      inqLast6mths: number(10),
      delinq2yrs: number(11),
      pubRec: number(12),
    };
  });
}

/** A seeded generator (mulberry32): the same seed replays the same demo. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
