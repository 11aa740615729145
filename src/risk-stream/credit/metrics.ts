/**
 * Model evaluation: a seeded random source, stratified k-fold splits, ROC AUC and KS.
 *
 * Goal: training is reproducible bit for bit from (data, seed), so the seed is the only source
 * of randomness and every split is a pure function of it.
 *
 * Method: mulberry32 (a 32-bit generator, plenty for shuffles); folds deal each class's shuffled
 * rows round-robin so every fold keeps the default rate. AUC is the Mann-Whitney statistic over
 * ranks with ties averaged; KS is the largest gap between the cumulative score distributions of
 * defaulters and payers, walking distinct score values so ties never split.
 */
import { assert } from '../../shared/index.js';

export type Random = () => number;

/** A deterministic generator of floats in [0, 1). */
export function seededRandom(seed: number): Random {
  assert(Number.isSafeInteger(seed), 'seed is an integer');
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(indices: readonly number[], random: Random): number[] {
  const out = [...indices];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i];
    const b = out[j];
    assert(a !== undefined && b !== undefined, 'shuffle indexes in range');
    out[i] = b;
    out[j] = a;
  }
  return out;
}

/** Fold number (0..k-1) of each row, stratified by target. */
export function stratifiedFolds(targets: Uint8Array, k: number, random: Random): Uint8Array {
  assert(k >= 2 && k <= 255, 'fold count in range');
  assert(targets.length >= k, 'at least one row per fold');
  const folds = new Uint8Array(targets.length);
  for (const label of [0, 1]) {
    const rows: number[] = [];
    targets.forEach((target, row) => {
      if (target === label) rows.push(row);
    });
    shuffled(rows, random).forEach((row, position) => (folds[row] = position % k));
  }
  return folds;
}

/** Rows in order, split into (train, test) for `fold`. */
export function foldRows(folds: Uint8Array, fold: number): { train: number[]; test: number[] } {
  const train: number[] = [];
  const test: number[] = [];
  folds.forEach((f, row) => (f === fold ? test : train).push(row));
  return { train, test };
}

function sortedByScore(scores: Float64Array): number[] {
  const order = Array.from(scores.keys());
  order.sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  return order;
}

/** ROC AUC of `scores` (higher = more likely 1); 0.5 when one class is missing. */
export function rocAuc(scores: Float64Array, targets: Uint8Array): number {
  assert(scores.length === targets.length, 'one score per target');
  const order = sortedByScore(scores);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    const value = scores[order[i] ?? 0] ?? 0;
    while (j < order.length && scores[order[j] ?? 0] === value) j += 1;
    const averageRank = (i + 1 + j) / 2;
    for (let m = i; m < j; m += 1) {
      if (targets[order[m] ?? 0] === 1) {
        positives += 1;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Kolmogorov-Smirnov statistic between the score distributions of the two classes. */
export function ksStatistic(scores: Float64Array, targets: Uint8Array): number {
  assert(scores.length === targets.length, 'one score per target');
  const order = sortedByScore(scores);
  let positives = 0;
  for (const target of targets) positives += target;
  const negatives = targets.length - positives;
  if (positives === 0 || negatives === 0) return 0;
  let seenPositive = 0;
  let seenNegative = 0;
  let best = 0;
  for (let i = 0; i < order.length;) {
    const value = scores[order[i] ?? 0] ?? 0;
    while (i < order.length && scores[order[i] ?? 0] === value) {
      if (targets[order[i] ?? 0] === 1) seenPositive += 1;
      else seenNegative += 1;
      i += 1;
    }
    best = Math.max(best, Math.abs(seenPositive / positives - seenNegative / negatives));
  }
  return best;
}

export function logLoss(probabilities: Float64Array, targets: Uint8Array): number {
  assert(probabilities.length === targets.length, 'one probability per target');
  let sum = 0;
  probabilities.forEach((p, i) => {
    const clamped = Math.min(1 - 1e-12, Math.max(1e-12, p));
    sum -= targets[i] === 1 ? Math.log(clamped) : Math.log(1 - clamped);
  });
  return sum / Math.max(1, probabilities.length);
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
