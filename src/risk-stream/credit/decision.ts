/**
 * From a probability of default to what the platform does: risk grade, maximum tranche rate,
 * and a decision combined with the product's own rules about the applicant.
 *
 * Goal: one pure, table-driven mapping that officers can read and the regulator can audit; a
 * product configuration is data (validated when loaded, identified by `id@version`) and every
 * decision names the rules that shaped it.
 *
 * Method: grades are PD bands (A best .. G worst); a grade's maximum rate is its row of the
 * table, so pricing is monotone in PD by construction. The model's view (approve below
 * `approvePdMax`, reject from `rejectPdMin`, review between) and the product rules (age range,
 * minimum income, declined or review-only occupations) each give an outcome; the most severe
 * one wins and every rule that fired is listed.
 */
import { assert } from '../../shared/index.js';

export const riskGrades = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type RiskGrade = (typeof riskGrades)[number];
export type CreditDecision = 'approve' | 'review' | 'reject';

export interface GradeBand {
  readonly grade: RiskGrade;
  /** Highest PD (exclusive) in this grade; G's is 1.01 so every PD has a grade. */
  readonly pdBelow: number;
  /** Highest interest rate a tranche of this grade may ask for, in bp per year. */
  readonly maxRateBps: number;
}

export interface ProductConfig {
  readonly id: string;
  readonly version: number;
  readonly grades: readonly GradeBand[];
  readonly approvePdMax: number;
  readonly rejectPdMin: number;
  readonly ageMin: number;
  readonly ageMax: number;
  /** Minimum annual income in fen. */
  readonly incomeFenMin: number;
  readonly declinedOccupations: readonly string[];
  readonly reviewOccupations: readonly string[];
}

/**
 * Bands chosen on the training data's base rate (16 % default): about a third of loans in A-B,
 * and rates that leave a margin over expected loss (PD x 60 % loss given default).
 */
export const defaultProductConfig: ProductConfig = {
  id: 'consumer-loan',
  version: 1,
  grades: [
    { grade: 'A', pdBelow: 0.07, maxRateBps: 800 },
    { grade: 'B', pdBelow: 0.1, maxRateBps: 1_000 },
    { grade: 'C', pdBelow: 0.14, maxRateBps: 1_250 },
    { grade: 'D', pdBelow: 0.19, maxRateBps: 1_550 },
    { grade: 'E', pdBelow: 0.25, maxRateBps: 1_900 },
    { grade: 'F', pdBelow: 0.33, maxRateBps: 2_300 },
    { grade: 'G', pdBelow: 1.01, maxRateBps: 2_400 },
  ],
  approvePdMax: 0.19,
  rejectPdMin: 0.33,
  ageMin: 18,
  ageMax: 65,
  incomeFenMin: 3_600_000,
  declinedOccupations: ['student', 'unemployed'],
  reviewOccupations: ['self_employed', 'freelancer'],
};

export type ProductConfigResult =
  { ok: true; config: ProductConfig } | { ok: false; field: string; reason: string };

function bad(field: string, reason: string): ProductConfigResult {
  return { ok: false, field, reason };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
}

function checkGrades(value: unknown): ProductConfigResult | undefined {
  if (!Array.isArray(value) || value.length !== riskGrades.length) {
    return bad('grades', 'must list the 7 grades A-G');
  }
  let previous = { pdBelow: 0, maxRateBps: 0 };
  for (const [index, band] of (value as unknown[]).entries()) {
    const record = (typeof band === 'object' && band !== null ? band : {}) as Record<
      string,
      unknown
    >;
    const { grade, pdBelow, maxRateBps } = record;
    if (grade !== riskGrades[index]) return bad(`grades[${index}].grade`, 'grades in order A-G');
    if (typeof pdBelow !== 'number' || !(pdBelow > previous.pdBelow)) {
      return bad(`grades[${index}].pdBelow`, 'must increase');
    }
    if (!Number.isSafeInteger(maxRateBps) || typeof maxRateBps !== 'number') {
      return bad(`grades[${index}].maxRateBps`, 'must be an integer');
    }
    if (maxRateBps < previous.maxRateBps || maxRateBps < 1 || maxRateBps > 3_600) {
      return bad(`grades[${index}].maxRateBps`, 'must be in [1, 3600] and not decrease');
    }
    previous = { pdBelow, maxRateBps };
  }
  return previous.pdBelow > 1 ? undefined : bad('grades[6].pdBelow', 'G must cover PD 1');
}

/** Validates an untrusted product configuration; returns the first bad field. */
export function loadProductConfig(raw: unknown): ProductConfigResult {
  if (typeof raw !== 'object' || raw === null) return bad('', 'must be an object');
  const r = raw as Record<string, unknown>;
  if (typeof r['id'] !== 'string' || r['id'] === '') return bad('id', 'must be a name');
  if (!Number.isSafeInteger(r['version']) || Number(r['version']) < 1) {
    return bad('version', 'must be a positive integer');
  }
  const gradeProblem = checkGrades(r['grades']);
  if (gradeProblem !== undefined) return gradeProblem;
  const approve = r['approvePdMax'];
  const reject = r['rejectPdMin'];
  if (typeof approve !== 'number' || !(approve > 0 && approve < 1)) {
    return bad('approvePdMax', 'must be in (0, 1)');
  }
  if (typeof reject !== 'number' || !(reject >= approve && reject <= 1)) {
    return bad('rejectPdMin', 'must be in [approvePdMax, 1]');
  }
  const { ageMin, ageMax, incomeFenMin } = r;
  if (!Number.isSafeInteger(ageMin) || Number(ageMin) < 16) return bad('ageMin', 'integer >= 16');
  if (!Number.isSafeInteger(ageMax) || Number(ageMax) < Number(ageMin)) {
    return bad('ageMax', 'integer >= ageMin');
  }
  if (!Number.isSafeInteger(incomeFenMin) || Number(incomeFenMin) < 0) {
    return bad('incomeFenMin', 'non-negative integer fen');
  }
  if (!isStringList(r['declinedOccupations'])) return bad('declinedOccupations', 'string list');
  if (!isStringList(r['reviewOccupations'])) return bad('reviewOccupations', 'string list');
  return { ok: true, config: raw as ProductConfig };
}

export function gradeOf(pd: number, config: ProductConfig): GradeBand {
  assert(pd >= 0 && pd <= 1, 'a probability');
  const band = config.grades.find((candidate) => pd < candidate.pdBelow);
  assert(band !== undefined, 'grade G covers every probability');
  return band;
}

/** What the product knows about the applicant beyond the credit file. */
export interface Applicant {
  ageYears: number;
  occupation: string;
  annualIncomeFen: number;
}

export interface DecisionResult {
  decision: CreditDecision;
  /** Rules that pushed the decision away from approve, e.g. `model:pd-review`, `age`. */
  rules: string[];
}

const severity: Readonly<Record<CreditDecision, number>> = { approve: 0, review: 1, reject: 2 };

function worse(a: CreditDecision, b: CreditDecision): CreditDecision {
  return severity[b] > severity[a] ? b : a;
}

export function decide(pd: number, applicant: Applicant, config: ProductConfig): DecisionResult {
  assert(pd >= 0 && pd <= 1, 'a probability');
  assert(config.approvePdMax <= config.rejectPdMin, 'config was validated');
  const rules: string[] = [];
  let decision: CreditDecision = 'approve';
  const apply = (outcome: CreditDecision, rule: string): void => {
    rules.push(rule);
    decision = worse(decision, outcome);
  };
  if (pd >= config.rejectPdMin) apply('reject', 'model:pd-reject');
  else if (pd >= config.approvePdMax) apply('review', 'model:pd-review');
  if (applicant.ageYears < config.ageMin || applicant.ageYears > config.ageMax) {
    apply('reject', 'product:age');
  }
  if (applicant.annualIncomeFen < config.incomeFenMin) apply('reject', 'product:income');
  const occupation = applicant.occupation.toLowerCase();
  if (config.declinedOccupations.includes(occupation)) apply('reject', 'product:occupation');
  else if (config.reviewOccupations.includes(occupation)) apply('review', 'product:occupation');
  return { decision, rules };
}
