/**
 * Assessing one loan application: validate, score, grade, price and decide.
 *
 * Goal: the single pure function both the worker pool and in-thread callers (tests, backtests)
 * use, so a decision is the same wherever it is computed, and bad input is a returned result.
 *
 * Method: a validation ladder (id, term, amount, applicant, credit file) answers the first
 * problem with a closed code; a valid application is scored by the shipped model, mapped to a
 * grade band and its maximum rate, and decided with the product rules (decision.ts).
 */
import { Code, assert, checkAmountFen, isValidId } from '../../shared/index.js';
import { invalidCreditField, type CreditFile } from './data.js';
import {
  decide,
  gradeOf,
  type Applicant,
  type CreditDecision,
  type ProductConfig,
} from './decision.js';
import type { CreditScorer, ModelKind, ReasonCode } from './model.js';
import type { RiskGrade } from './decision.js';

export interface LoanApplication {
  /** Client-chosen idempotency key. */
  applicationId: string;
  accountId: string;
  amountFen: number;
  termMonths: number;
  applicant: Applicant;
  credit: CreditFile;
}

export interface ApplicationAssessment {
  applicationId: string;
  code: typeof Code.OK;
  /** Probability of default from the model. */
  pd: number;
  grade: RiskGrade;
  /** Market the approved loan's tranches are listed in, e.g. `36M:C`. */
  marketId: string;
  maxRateBps: number;
  decision: CreditDecision;
  /** Rules that moved the decision away from approve (`model:pd-review`, `product:age`...). */
  decisionRules: string[];
  reasons: readonly ReasonCode[];
  model: ModelKind;
  productConfig: string;
}

export interface ApplicationRejected {
  applicationId: string;
  code:
    | typeof Code.INVALID_FIELD
    | typeof Code.AMOUNT_MUST_BE_POSITIVE
    | typeof Code.AMOUNT_NOT_SAFE_INTEGER;
  /** The first field at fault. */
  field: string;
}

export type ApplicationResult = ApplicationAssessment | ApplicationRejected;

/** Loan terms the market lists (months). */
export const loanTermsMonths: readonly number[] = [3, 6, 12, 24, 36, 60];

function invalid(applicationId: string, field: string): ApplicationRejected {
  return { applicationId, code: Code.INVALID_FIELD, field };
}

function invalidApplicant(applicant: Applicant): string | undefined {
  if (typeof applicant !== 'object' || applicant === null) return 'applicant';
  if (
    !Number.isSafeInteger(applicant.ageYears) ||
    applicant.ageYears < 0 ||
    applicant.ageYears > 150
  ) {
    return 'applicant.ageYears';
  }
  if (typeof applicant.occupation !== 'string' || applicant.occupation.length > 64) {
    return 'applicant.occupation';
  }
  const income = applicant.annualIncomeFen;
  if (!Number.isSafeInteger(income) || income < 0) return 'applicant.annualIncomeFen';
  return undefined;
}

/** Validation ladder, in precedence order; undefined when the application is well formed. */
export function checkApplication(app: LoanApplication): ApplicationRejected | undefined {
  const id = typeof app.applicationId === 'string' ? app.applicationId : '';
  if (!isValidId(id)) return invalid(id, 'applicationId');
  if (typeof app.accountId !== 'string' || !isValidId(app.accountId))
    return invalid(id, 'accountId');
  if (!loanTermsMonths.includes(app.termMonths)) return invalid(id, 'termMonths');
  const amountCode = checkAmountFen(app.amountFen);
  if (amountCode === Code.AMOUNT_MUST_BE_POSITIVE || amountCode === Code.AMOUNT_NOT_SAFE_INTEGER) {
    return { applicationId: id, code: amountCode, field: 'amountFen' };
  }
  if (amountCode !== Code.OK) return invalid(id, 'amountFen');
  const applicantField = invalidApplicant(app.applicant);
  if (applicantField !== undefined) return invalid(id, applicantField);
  if (typeof app.credit !== 'object' || app.credit === null) return invalid(id, 'credit');
  const creditField = invalidCreditField(app.credit);
  return creditField === undefined ? undefined : invalid(id, `credit.${creditField}`);
}

export function assessApplication(
  scorer: CreditScorer,
  app: LoanApplication,
  config: ProductConfig,
): ApplicationResult {
  const rejected = checkApplication(app);
  if (rejected !== undefined) return rejected;
  const score = scorer.score(app.credit);
  const band = gradeOf(score.pd, config);
  const { decision, rules } = decide(score.pd, app.applicant, config);
  const marketId = `${app.termMonths}M:${band.grade}`;
  assert(band.maxRateBps > 0, 'grade bands were validated');
  return {
    applicationId: app.applicationId,
    code: Code.OK,
    pd: score.pd,
    grade: band.grade,
    marketId,
    maxRateBps: band.maxRateBps,
    decision,
    decisionRules: rules,
    reasons: score.reasons,
    model: score.model,
    productConfig: `${config.id}@${config.version}`,
  };
}
