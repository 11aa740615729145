/**
 * L2-regularised logistic regression: the regulator-friendly scorecard.
 *
 * Goal: a transparent model whose every score splits exactly into per-feature points, fitted
 * deterministically (no random initialisation, no learning-rate tuning).
 *
 * Method: features are standardised with the training rows' mean and deviation, then Newton's
 * method (iteratively reweighted least squares) minimises log loss + lambda/2 * |w|^2 (the
 * intercept is not penalised). Each step solves a (d+1)x(d+1) system by Cholesky; the Hessian
 * is positive definite because of the penalty. A feature's contribution to a score is
 * w_j * (x_j - mean_j) / sd_j: contributions plus the intercept give the logit exactly.
 */
import { assert } from '../../shared/index.js';
import { sigmoid } from './metrics.js';

export interface LogisticModel {
  readonly kind: 'logistic';
  readonly means: readonly number[];
  readonly scales: readonly number[];
  readonly weights: readonly number[];
  readonly intercept: number;
}

export interface LogisticOptions {
  /** L2 penalty on standardised weights, per row (scaled by the row count). */
  lambda: number;
  iterationsMax: number;
}

export const defaultLogisticOptions: LogisticOptions = { lambda: 0.03, iterationsMax: 50 };

/** Row-major matrix of `rows` x `cols` features. */
export interface Matrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

function at(values: Float64Array, index: number): number {
  const value = values[index];
  assert(value !== undefined, 'index within the array');
  return value;
}

function standardise(x: Matrix, rows: readonly number[]): { means: number[]; scales: number[] } {
  const means = new Array<number>(x.cols).fill(0);
  const scales = new Array<number>(x.cols).fill(0);
  for (let j = 0; j < x.cols; j += 1) {
    let sum = 0;
    for (const r of rows) sum += at(x.data, r * x.cols + j);
    const mean = sum / rows.length;
    let squares = 0;
    for (const r of rows) squares += (at(x.data, r * x.cols + j) - mean) ** 2;
    means[j] = mean;
    // A constant column (e.g. a purpose absent from a fold) gets scale 1 and weight ~0.
    scales[j] = Math.sqrt(squares / rows.length) || 1;
  }
  return { means, scales };
}

/** Solves A x = b for symmetric positive definite A (n x n, row-major) by Cholesky. */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = at(a, i * n + j);
      for (let k = 0; k < j; k += 1) sum -= at(l, i * n + k) * at(l, j * n + k);
      if (i === j) {
        assert(sum > 0, 'matrix is positive definite');
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / at(l, j * n + j);
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let sum = at(b, i);
    for (let k = 0; k < i; k += 1) sum -= at(l, i * n + k) * at(y, k);
    y[i] = sum / at(l, i * n + i);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = at(y, i);
    for (let k = i + 1; k < n; k += 1) sum -= at(l, k * n + i) * at(x, k);
    x[i] = sum / at(l, i * n + i);
  }
  return x;
}

/** Standardised design row with a leading 1 for the intercept. */
function designRow(x: Matrix, r: number, means: number[], scales: number[], out: Float64Array) {
  out[0] = 1;
  for (let j = 0; j < x.cols; j += 1) {
    out[j + 1] = (at(x.data, r * x.cols + j) - (means[j] ?? 0)) / (scales[j] ?? 1);
  }
}

function newtonStep(
  x: Matrix,
  y: Uint8Array,
  rows: readonly number[],
  scaling: { means: number[]; scales: number[] },
  beta: Float64Array,
  lambda: number,
): number {
  const n = x.cols + 1;
  const hessian = new Float64Array(n * n);
  const gradient = new Float64Array(n);
  const z = new Float64Array(n);
  for (const r of rows) {
    designRow(x, r, scaling.means, scaling.scales, z);
    let logit = 0;
    for (let j = 0; j < n; j += 1) logit += at(beta, j) * at(z, j);
    const p = sigmoid(logit);
    const residual = p - (y[r] ?? 0);
    const weight = Math.max(p * (1 - p), 1e-10);
    for (let i = 0; i < n; i += 1) {
      gradient[i] = at(gradient, i) + residual * at(z, i);
      for (let j = 0; j <= i; j += 1)
        hessian[i * n + j] = at(hessian, i * n + j) + weight * at(z, i) * at(z, j);
    }
  }
  const penalty = lambda * rows.length;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < i; j += 1) hessian[j * n + i] = at(hessian, i * n + j);
    if (i === 0) continue;
    gradient[i] = at(gradient, i) + penalty * at(beta, i);
    hessian[i * n + i] = at(hessian, i * n + i) + penalty;
  }
  hessian[0] = at(hessian, 0) + 1e-9;
  const delta = solveSpd(hessian, gradient, n);
  let change = 0;
  for (let j = 0; j < n; j += 1) {
    beta[j] = at(beta, j) - at(delta, j);
    change = Math.max(change, Math.abs(at(delta, j)));
  }
  return change;
}

export function trainLogistic(
  x: Matrix,
  y: Uint8Array,
  rows: readonly number[],
  options: LogisticOptions = defaultLogisticOptions,
): LogisticModel {
  assert(rows.length > 0, 'training needs rows');
  assert(options.lambda > 0, 'a positive penalty keeps the Hessian definite');
  const scaling = standardise(x, rows);
  const beta = new Float64Array(x.cols + 1);
  for (let iteration = 0; iteration < options.iterationsMax; iteration += 1) {
    if (newtonStep(x, y, rows, scaling, beta, options.lambda) < 1e-8) break;
  }
  return {
    kind: 'logistic',
    means: scaling.means,
    scales: scaling.scales,
    weights: Array.from(beta.subarray(1)),
    intercept: at(beta, 0),
  };
}

/** Logit of one feature vector; writes each feature's contribution into `contributions`. */
export function logisticLogit(
  model: LogisticModel,
  features: Float64Array,
  contributions?: Float64Array,
): number {
  let logit = model.intercept;
  for (let j = 0; j < model.weights.length; j += 1) {
    const part =
      ((model.weights[j] ?? 0) * (at(features, j) - (model.means[j] ?? 0))) /
      (model.scales[j] ?? 1);
    logit += part;
    if (contributions !== undefined) contributions[j] = part;
  }
  return logit;
}
