/**
 * Credit applications: the LendingClub columns the model reads, a strict CSV reader, and the
 * numeric feature vector the models train and score on.
 *
 * Goal: one definition of "what the model sees", shared by training, the CLI, the worker pool
 * and the tests, so a model can never be scored on features laid out differently from the ones
 * it was trained on (the model file records the feature names and is checked against them).
 *
 * Method: the CSV is parsed by header name (column order may differ; extra columns are
 * ignored; the target column may be missing when scoring). Bad input returns a result with the
 * line and column at fault, never throws. Features are the raw numeric columns with two log
 * transforms for heavy tails (revolving balance, credit-line age) and one-hot `purpose` with
 * `debt_consolidation` as the base level.
 */
import { assert } from '../../shared/index.js';

export const purposes = [
  'debt_consolidation',
  'all_other',
  'credit_card',
  'home_improvement',
  'small_business',
  'major_purchase',
  'educational',
] as const;
export type Purpose = (typeof purposes)[number];

/** One applicant's credit file, in the units of the LendingClub data. */
export interface CreditFile {
  /** 1 if the borrower meets the platform's underwriting criteria, else 0. */
  creditPolicy: number;
  purpose: Purpose;
  /** Proportion, e.g. 0.11 for 11 %. */
  intRate: number;
  /** Monthly instalment (USD in the training data). */
  installment: number;
  /** Natural log of the annual income (USD in the training data). */
  logAnnualInc: number;
  /** Debt-to-income ratio in percent. */
  dti: number;
  fico: number;
  daysWithCrLine: number;
  revolBal: number;
  /** Percent. */
  revolUtil: number;
  inqLast6mths: number;
  delinq2yrs: number;
  pubRec: number;
}

/** CSV column name -> field, in the order of the LendingClub file. */
export const creditColumns = [
  ['credit.policy', 'creditPolicy'],
  ['purpose', 'purpose'],
  ['int.rate', 'intRate'],
  ['installment', 'installment'],
  ['log.annual.inc', 'logAnnualInc'],
  ['dti', 'dti'],
  ['fico', 'fico'],
  ['days.with.cr.line', 'daysWithCrLine'],
  ['revol.bal', 'revolBal'],
  ['revol.util', 'revolUtil'],
  ['inq.last.6mths', 'inqLast6mths'],
  ['delinq.2yrs', 'delinq2yrs'],
  ['pub.rec', 'pubRec'],
] as const satisfies readonly (readonly [string, keyof CreditFile])[];

export const targetColumn = 'not.fully.paid';

/** Plausible ranges: wider than the training data, narrow enough to catch unit mistakes. */
const numericRanges: Readonly<Record<Exclude<keyof CreditFile, 'purpose'>, [number, number]>> = {
  creditPolicy: [0, 1],
  intRate: [0, 1],
  installment: [0, 1e6],
  logAnnualInc: [0, 25],
  dti: [0, 1000],
  fico: [300, 900],
  daysWithCrLine: [0, 1e6],
  revolBal: [0, 1e10],
  revolUtil: [0, 1000],
  inqLast6mths: [0, 1000],
  delinq2yrs: [0, 1000],
  pubRec: [0, 1000],
};

/**
 * Hinge knots: `<name>_over_<k>` = max(0, value - k) lets a linear model bend at k. Knots sit
 * near the terciles of the training file's values, rounded to plain numbers (fixed here, so the
 * features of a loan never depend on which rows a model was trained on).
 */
const hingeKnots = [
  ['int_rate', 1, [0.11, 0.135]],
  ['log_annual_inc', 3, [10.7, 11.2]],
  ['dti', 4, [9, 16]],
  ['fico', 5, [690, 725]],
  ['log_days_with_cr_line', 6, [8.1, 8.55]],
  ['log_revol_bal', 7, [8.45, 9.55]],
  ['revol_util', 8, [30, 63]],
  ['inq_last_6mths', 9, [1, 3]],
] as const;

/** Effects that differ between loans inside and outside the credit policy. */
const policyInteractions = [
  ['int_rate', 1],
  ['fico', 5],
  ['inq_last_6mths', 9],
  ['log_inq_last_6mths', 12],
  ['log_annual_inc', 3],
] as const;

const baseFeatureNames = [
  'credit_policy',
  'int_rate',
  'installment',
  'log_annual_inc',
  'dti',
  'fico',
  'log_days_with_cr_line',
  'log_revol_bal',
  'revol_util',
  'inq_last_6mths',
  'delinq_2yrs',
  'pub_rec',
  'log_inq_last_6mths',
  'installment_to_income',
  'revol_bal_to_income',
  'log_loan_amount',
  'loan_to_income',
  ...purposes.slice(1).map((purpose) => `purpose_${purpose}`),
] as const;
const baseCount = baseFeatureNames.length;
/** Index before the first purpose dummy. */
const purposeBase = baseCount - purposes.length;

/** Names of the model's inputs, in vector order; reason codes group them by `featureGroup`. */
export const featureNames: readonly string[] = [
  ...baseFeatureNames,
  ...hingeKnots.flatMap(([name, , knots]) => knots.map((knot) => `${name}_over_${knot}`)),
  ...policyInteractions.map(([name]) => `credit_policy_x_${name}`),
  // The rate priced in differs by purpose in what it says about default.
  ...purposes.slice(1).map((purpose) => `int_rate_x_purpose_${purpose}`),
];
export const featureCount = featureNames.length;

/**
 * Reason groups: an officer reads "purpose", not seven columns, and "fico", not its hinge or
 * its interaction with the credit policy.
 */
export function featureGroup(name: string): string {
  if (name.startsWith('purpose_') || name.startsWith('int_rate_x_purpose_')) return 'purpose';
  if (name.startsWith('credit_policy_x_')) return name.slice('credit_policy_x_'.length);
  const hinge = name.indexOf('_over_');
  return hinge > 0 ? name.slice(0, hinge) : name;
}

const purposeIndex: ReadonlyMap<string, number> = new Map(purposes.map((p, i) => [p, i]));

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === 'string' && purposeIndex.has(value);
}

/** Checks a file from an untrusted source; returns the first bad field's name, or undefined. */
export function invalidCreditField(file: CreditFile): string | undefined {
  if (!isPurpose(file.purpose)) return 'purpose';
  for (const [field, [min, max]] of Object.entries(numericRanges)) {
    const value: unknown = file[field as keyof CreditFile];
    if (typeof value !== 'number' || !Number.isFinite(value)) return field;
    if (value < min || value > max) return field;
  }
  return undefined;
}

/** Present value of 1 per month for `months` months at `annualRate` (a proportion). */
function annuityFactor(annualRate: number, months: number): number {
  const monthly = annualRate / 12;
  if (monthly < 1e-9) return months;
  return (1 - (1 + monthly) ** -months) / monthly;
}

/** Writes the features of `file` into `out` (length featureCount) and returns it. */
export function writeFeatures(file: CreditFile, out: Float64Array): Float64Array {
  assert(out.length === featureCount, 'feature buffer has the model width');
  out[0] = file.creditPolicy;
  out[1] = file.intRate;
  out[2] = file.installment;
  out[3] = file.logAnnualInc;
  out[4] = file.dti;
  out[5] = file.fico;
  out[6] = Math.log1p(file.daysWithCrLine);
  out[7] = Math.log1p(file.revolBal);
  out[8] = file.revolUtil;
  out[9] = file.inqLast6mths;
  out[10] = file.delinq2yrs;
  out[11] = file.pubRec;
  // Derived inputs: diminishing effect of many inquiries, and payment burden relative to income,
  // which neither raw column shows on its own.
  const income = Math.exp(file.logAnnualInc);
  out[12] = Math.log1p(file.inqLast6mths);
  out[13] = (12 * file.installment) / income;
  out[14] = file.revolBal / income;
  // The principal is not a column, but instalment and rate give it back: LendingClub's loans of
  // those years ran 36 months, so principal = instalment x the 36-month annuity factor.
  const principal = file.installment * annuityFactor(file.intRate, 36);
  out[15] = Math.log1p(principal);
  out[16] = principal / income;
  const purpose = purposeIndex.get(file.purpose);
  assert(purpose !== undefined, 'purpose was validated');
  for (let p = 1; p < purposes.length; p += 1) out[purposeBase + p] = purpose === p ? 1 : 0;
  writeShapeFeatures(out, purpose);
  return out;
}

/** The hinges and interactions after the base features (which must be written first). */
function writeShapeFeatures(out: Float64Array, purpose: number): void {
  let at = baseCount;
  for (const [, index, knots] of hingeKnots) {
    for (const knot of knots) out[at++] = Math.max(0, (out[index] ?? 0) - knot);
  }
  const policy = out[0] ?? 0;
  for (const [, index] of policyInteractions) out[at++] = policy * (out[index] ?? 0);
  for (let p = 1; p < purposes.length; p += 1) out[at++] = purpose === p ? (out[1] ?? 0) : 0;
  assert(at === featureCount, 'every feature written');
}

export function featuresOf(file: CreditFile): Float64Array {
  return writeFeatures(file, new Float64Array(featureCount));
}

export interface CreditTable {
  files: CreditFile[];
  /** 1 = not fully paid; undefined when the CSV has no target column. */
  targets: Uint8Array | undefined;
}

export type CsvResult = { ok: true; table: CreditTable } | { ok: false; message: string };

function headerIndex(header: readonly string[]): Map<string, number> | string {
  const index = new Map<string, number>();
  header.forEach((name, i) => index.set(name.trim(), i));
  for (const [column] of creditColumns) {
    if (!index.has(column)) return `missing column '${column}'`;
  }
  return index;
}

function parseRow(
  cells: readonly string[],
  index: ReadonlyMap<string, number>,
): CreditFile | string {
  const record: Record<string, number | string> = {};
  for (const [column, field] of creditColumns) {
    const text = cells[index.get(column) ?? -1]?.trim() ?? '';
    if (field === 'purpose') {
      if (!isPurpose(text)) return `column '${column}': unknown purpose '${text.slice(0, 40)}'`;
      record[field] = text;
      continue;
    }
    const value = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) return `column '${column}': not a number`;
    record[field] = value;
  }
  const file = record as unknown as CreditFile;
  const bad = invalidCreditField(file);
  return bad === undefined ? file : `field '${bad}' out of range`;
}

function parseTarget(text: string | undefined): 0 | 1 | undefined {
  const trimmed = text?.trim();
  if (trimmed === '0') return 0;
  if (trimmed === '1') return 1;
  return undefined;
}

/**
 * Parses a LendingClub-style CSV (header row, no quoting, as documented for train.csv). With
 * `requireTarget` a missing target column is an error; otherwise targets are read when present.
 */
export function parseCreditCsv(text: string, requireTarget: boolean): CsvResult {
  const lines = text.split(/\r?\n/);
  const headerLine = lines[0];
  if (headerLine === undefined || headerLine.trim() === '') {
    return { ok: false, message: 'empty file' };
  }
  const index = headerIndex(headerLine.split(','));
  if (typeof index === 'string') return { ok: false, message: `line 1: ${index}` };
  const targetAt = index.get(targetColumn);
  if (requireTarget && targetAt === undefined) {
    return { ok: false, message: `line 1: missing column '${targetColumn}'` };
  }
  const files: CreditFile[] = [];
  const targets: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const row = parseRow(cells, index);
    if (typeof row === 'string') return { ok: false, message: `line ${i + 1}: ${row}` };
    files.push(row);
    if (targetAt === undefined) continue;
    const target = parseTarget(cells[targetAt]);
    if (target === undefined) {
      return { ok: false, message: `line ${i + 1}: column '${targetColumn}' must be 0 or 1` };
    }
    targets.push(target);
  }
  if (files.length === 0) return { ok: false, message: 'no data rows' };
  const table = { files, targets: targetAt === undefined ? undefined : Uint8Array.from(targets) };
  return { ok: true, table };
}
