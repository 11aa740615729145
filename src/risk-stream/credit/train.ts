/**
 * Training: cross-validate both models, pick the default by CV AUC, fit the final models.
 *
 * Goal: `npm run model:train -- <csv>` must give the same model file from the same CSV every
 * time, and its reported AUC must be an honest estimate for unseen loans.
 *
 * Method: one seeded generator drives the stratified 5-fold split and everything random after
 * it, in a fixed order. For each outer fold the boosted trees pick their number of rounds by
 * early stopping on a 20 % stratified slice of that fold's training rows only, so the outer
 * test rows never influence the fit; the final ensemble uses the median of those round counts
 * on all rows. Out-of-fold scores of all rows give the pooled AUC and KS reported.
 */
import { assert } from '../../shared/index.js';
import {
  featureCount,
  featureGroup,
  featureNames,
  writeFeatures,
  type CreditTable,
} from './data.js';
import { gbtLogit, trainGbt, type GbtOptions } from './gbt.js';
import { defaultLogisticOptions, logisticLogit, trainLogistic, type Matrix } from './logistic.js';
import {
  foldRows,
  ksStatistic,
  rocAuc,
  seededRandom,
  stratifiedFolds,
  type Random,
} from './metrics.js';
import type { CreditModelFile, CvReport, ModelKind } from './model.js';

/** Sign of each feature's effect on the logit the trees must respect (0 = free). */
const monotoneByFeature: Readonly<Record<string, number>> = {
  credit_policy: -1,
  int_rate: 1,
  log_annual_inc: -1,
  fico: -1,
  inq_last_6mths: 1,
  pub_rec: 1,
  revol_util: 1,
  log_inq_last_6mths: 1,
  installment_to_income: 1,
};

export const defaultGbtOptions: GbtOptions = {
  rounds: 600,
  learningRate: 0.03,
  maxDepth: 3,
  minChildWeight: 5,
  minLeafRows: 60,
  lambda: 10,
  gamma: 0,
  subsample: 0.7,
  binsMax: 32,
  patience: 60,
  // A hinge or policy interaction of a constrained feature moves with it (featureGroup).
  monotone: featureNames.map(
    (name) => monotoneByFeature[name] ?? monotoneByFeature[featureGroup(name)] ?? 0,
  ),
};

export interface TrainOptions {
  seed: number;
  folds: number;
  gbt: GbtOptions;
}

export const defaultTrainOptions: TrainOptions = {
  seed: 20_170_823,
  folds: 5,
  gbt: defaultGbtOptions,
};

export function tableMatrix(table: CreditTable): Matrix {
  const data = new Float64Array(table.files.length * featureCount);
  table.files.forEach((file, row) => {
    writeFeatures(file, data.subarray(row * featureCount, (row + 1) * featureCount));
  });
  return { data, rows: table.files.length, cols: featureCount };
}

function rowFeatures(x: Matrix, row: number): Float64Array {
  return x.data.subarray(row * x.cols, (row + 1) * x.cols);
}

/** Splits `rows` into (fit, stop) with a stratified `share` for early stopping. */
function holdout(rows: readonly number[], y: Uint8Array, share: number, random: Random) {
  const targets = Uint8Array.from(rows, (r) => y[r] ?? 0);
  const parts = Math.round(1 / share);
  const folds = stratifiedFolds(targets, parts, random);
  const fit: number[] = [];
  const stop: number[] = [];
  rows.forEach((row, i) => (folds[i] === 0 ? stop : fit).push(row));
  return { fit, stop };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 1;
}

function report(oof: Float64Array, y: Uint8Array, foldAucs: number[], options: TrainOptions) {
  const cv: CvReport = {
    folds: options.folds,
    seed: options.seed,
    auc: rocAuc(oof, y),
    ks: ksStatistic(oof, y),
    foldAucs,
  };
  return cv;
}

interface CvResult {
  cv: Record<ModelKind, CvReport>;
  gbtRounds: number[];
}

function crossValidate(x: Matrix, y: Uint8Array, options: TrainOptions, random: Random): CvResult {
  const folds = stratifiedFolds(y, options.folds, random);
  const oof = { logistic: new Float64Array(x.rows), gbt: new Float64Array(x.rows) };
  const aucs: Record<ModelKind, number[]> = { logistic: [], gbt: [] };
  const gbtRounds: number[] = [];
  for (let fold = 0; fold < options.folds; fold += 1) {
    const { train, test } = foldRows(folds, fold);
    const logistic = trainLogistic(x, y, train, defaultLogisticOptions);
    const split = holdout(train, y, 0.2, random);
    const gbt = trainGbt(x, y, split.fit, split.stop, options.gbt, random);
    gbtRounds.push(gbt.rounds);
    const testTargets = Uint8Array.from(test, (r) => y[r] ?? 0);
    const foldScores = {
      logistic: new Float64Array(test.length),
      gbt: new Float64Array(test.length),
    };
    test.forEach((row, i) => {
      const features = rowFeatures(x, row);
      foldScores.logistic[i] = logisticLogit(logistic, features);
      foldScores.gbt[i] = gbtLogit(gbt.model, features);
      oof.logistic[row] = foldScores.logistic[i] ?? 0;
      oof.gbt[row] = foldScores.gbt[i] ?? 0;
    });
    aucs.logistic.push(rocAuc(foldScores.logistic, testTargets));
    aucs.gbt.push(rocAuc(foldScores.gbt, testTargets));
  }
  return {
    cv: {
      logistic: report(oof.logistic, y, aucs.logistic, options),
      gbt: report(oof.gbt, y, aucs.gbt, options),
    },
    gbtRounds,
  };
}

/** Cross-validates both models and fits the final ones on every row. Deterministic. */
export function trainCreditModel(
  table: CreditTable,
  options: TrainOptions = defaultTrainOptions,
): CreditModelFile {
  const y = table.targets;
  assert(y !== undefined, 'training needs the target column');
  assert(y.length === table.files.length, 'one target per row');
  const x = tableMatrix(table);
  const random = seededRandom(options.seed);
  const { cv, gbtRounds } = crossValidate(x, y, options, random);
  const all = Array.from({ length: x.rows }, (_, row) => row);
  const logistic = trainLogistic(x, y, all, defaultLogisticOptions);
  const rounds = Math.max(1, median(gbtRounds));
  const gbt = trainGbt(x, y, all, [], { ...options.gbt, rounds }, random).model;
  return {
    format: 'lending.credit-model',
    version: 1,
    defaultModel: cv.gbt.auc > cv.logistic.auc ? 'gbt' : 'logistic',
    featureNames: [...featureNames],
    trainedRows: x.rows,
    cv,
    logistic,
    gbt,
  };
}
