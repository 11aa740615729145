/**
 * The shipped credit model: its file format, a loader that checks it, and scoring with reason
 * codes.
 *
 * Goal: a model file is data that outlives the code that wrote it, so it is versioned, carries
 * its feature names (checked against the code's) and its cross-validation report, and is
 * validated before any score is computed from it.
 *
 * Method: the file holds both trained models and names the default (the better CV AUC). A score
 * computes the chosen model's logit and each feature's contribution to it; contributions are
 * summed per reason group (purpose dummies form one group) and the groups that moved the logit
 * most, in either direction, become the reason codes. Bias + contributions = logit exactly.
 */
import { assert } from '../../shared/index.js';
import {
  featureCount,
  featureGroup,
  featureNames,
  writeFeatures,
  type CreditFile,
} from './data.js';
import { gbtBias, gbtLogit, type GbtModel } from './gbt.js';
import { logisticLogit, type LogisticModel } from './logistic.js';
import { sigmoid } from './metrics.js';

export type ModelKind = 'logistic' | 'gbt';

export interface CvReport {
  readonly folds: number;
  readonly seed: number;
  readonly auc: number;
  readonly ks: number;
  readonly foldAucs: readonly number[];
}

export interface CreditModelFile {
  readonly format: 'lending.credit-model';
  readonly version: 1;
  readonly defaultModel: ModelKind;
  readonly featureNames: readonly string[];
  readonly trainedRows: number;
  readonly cv: Readonly<Record<ModelKind, CvReport>>;
  readonly logistic: LogisticModel;
  readonly gbt: GbtModel;
}

export interface ReasonCode {
  /** Reason group, e.g. `fico`, `int_rate`, `purpose`. */
  readonly feature: string;
  /** Change of the logit this group caused; positive raises the probability of default. */
  readonly contribution: number;
}

export interface CreditScore {
  readonly model: ModelKind;
  readonly pd: number;
  readonly logit: number;
  /** The logit of an applicant no feature distinguishes. */
  readonly bias: number;
  /** Largest |contribution| first, at most `reasonCodesMax`. */
  readonly reasons: readonly ReasonCode[];
}

export const reasonCodesMax = 4;

function isNumberList(value: unknown, length: number): boolean {
  return (
    Array.isArray(value) &&
    value.length === length &&
    value.every((item) => typeof item === 'number' && Number.isFinite(item))
  );
}

function treeProblem(tree: unknown): string | undefined {
  if (typeof tree !== 'object' || tree === null) return 'tree is not an object';
  const t = tree as Record<string, unknown>;
  const feature = t['feature'];
  if (!Array.isArray(feature) || feature.length === 0) return 'tree has no nodes';
  const n = feature.length;
  for (const key of ['feature', 'threshold', 'left', 'right', 'value']) {
    if (!isNumberList(t[key], n)) return `tree.${key} must be ${n} numbers`;
  }
  const left = t['left'] as number[];
  const right = t['right'] as number[];
  for (let i = 0; i < n; i += 1) {
    const f = feature[i] as number;
    if (f === -1) continue;
    if (!Number.isInteger(f) || f < 0 || f >= featureCount) return 'tree feature out of range';
    const l = left[i] ?? -1;
    const r = right[i] ?? -1;
    // Children after the parent: walks terminate and cannot loop.
    if (!(l > i && l < n && r > i && r < n)) return 'tree children out of order';
  }
  return undefined;
}

/** Checks a parsed model file; returns the problem, or the typed file. */
export function loadCreditModel(raw: unknown):
  | { ok: true; model: CreditModelFile }
  | {
      ok: false;
      reason: string;
    } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'not an object' };
  const r = raw as Record<string, unknown>;
  if (r['format'] !== 'lending.credit-model' || r['version'] !== 1) {
    return { ok: false, reason: 'not a lending.credit-model version 1 file' };
  }
  if (r['defaultModel'] !== 'logistic' && r['defaultModel'] !== 'gbt') {
    return { ok: false, reason: 'defaultModel must be logistic or gbt' };
  }
  const names = r['featureNames'];
  if (!Array.isArray(names) || names.join(',') !== featureNames.join(',')) {
    return { ok: false, reason: 'feature names differ from this code (retrain the model)' };
  }
  const logistic = (r['logistic'] ?? {}) as Record<string, unknown>;
  for (const key of ['means', 'scales', 'weights']) {
    if (!isNumberList(logistic[key], featureCount)) return { ok: false, reason: `logistic.${key}` };
  }
  if (!isNumberList([logistic['intercept']], 1)) return { ok: false, reason: 'logistic.intercept' };
  const gbt = (r['gbt'] ?? {}) as Record<string, unknown>;
  if (!isNumberList([gbt['base']], 1) || !Array.isArray(gbt['trees'])) {
    return { ok: false, reason: 'gbt.base or gbt.trees' };
  }
  for (const tree of gbt['trees'] as unknown[]) {
    const problem = treeProblem(tree);
    if (problem !== undefined) return { ok: false, reason: `gbt: ${problem}` };
  }
  return { ok: true, model: raw as CreditModelFile };
}

/** Reason groups, resolved once: scoring runs per application and must not re-parse names. */
const groupNames: readonly string[] = [...new Set(featureNames.map(featureGroup))];
const groupOfFeature = Int32Array.from(featureNames, (name) =>
  groupNames.indexOf(featureGroup(name)),
);

/** The reasonCodesMax groups with the largest |sum of contributions|, largest first. */
function topReasons(contributions: Float64Array, sums: Float64Array): ReasonCode[] {
  sums.fill(0);
  for (let j = 0; j < contributions.length; j += 1) {
    const group = groupOfFeature[j] ?? 0;
    sums[group] = (sums[group] ?? 0) + (contributions[j] ?? 0);
  }
  const reasons: ReasonCode[] = [];
  for (let g = 0; g < groupNames.length; g += 1) {
    const contribution = sums[g] ?? 0;
    if (contribution !== 0) reasons.push({ feature: groupNames[g] ?? '', contribution });
  }
  reasons.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return reasons.slice(0, reasonCodesMax);
}

/** Reused buffers: scoring allocates only its result. One scorer per thread. */
export class CreditScorer {
  readonly #model: CreditModelFile;
  readonly #features = new Float64Array(featureCount);
  readonly #contributions = new Float64Array(featureCount);
  readonly #groupSums = new Float64Array(groupNames.length);
  readonly #gbtBias: number;

  constructor(model: CreditModelFile) {
    this.#model = model;
    this.#gbtBias = gbtBias(model.gbt);
  }

  get model(): CreditModelFile {
    return this.#model;
  }

  /** Probability of default only (the CLI's and the benchmark's fast path). */
  pd(file: CreditFile, kind: ModelKind = this.#model.defaultModel): number {
    writeFeatures(file, this.#features);
    const logit =
      kind === 'gbt'
        ? gbtLogit(this.#model.gbt, this.#features)
        : logisticLogit(this.#model.logistic, this.#features);
    return sigmoid(logit);
  }

  score(file: CreditFile, kind: ModelKind = this.#model.defaultModel): CreditScore {
    writeFeatures(file, this.#features);
    this.#contributions.fill(0);
    const logit =
      kind === 'gbt'
        ? gbtLogit(this.#model.gbt, this.#features, this.#contributions)
        : logisticLogit(this.#model.logistic, this.#features, this.#contributions);
    const bias = kind === 'gbt' ? this.#gbtBias : this.#model.logistic.intercept;
    const reasons = topReasons(this.#contributions, this.#groupSums);
    const pd = sigmoid(logit);
    assert(pd >= 0 && pd <= 1, 'a probability');
    return { model: kind, pd, logit, bias, reasons };
  }
}
