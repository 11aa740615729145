/**
 * Gradient-boosted decision trees for binary log loss, with monotone constraints.
 *
 * Goal: a stronger model than the scorecard that stays explainable (exact per-feature
 * contributions) and sane (a better FICO score never raises the probability of default), and
 * that does not overfit: shallow trees, shrinkage, row subsampling, L2 on leaf values, and the
 * number of trees chosen by early stopping on held-out rows.
 *
 * Method: each feature is cut into at most `binsMax` quantile bins of the training rows, so a
 * node's best split is one pass over per-bin gradient sums (a histogram). Leaves take the
 * Newton value -G/(H + lambda). Monotone constraints (as in XGBoost/LightGBM): a split on a
 * constrained feature must order its children's values the right way, and each child's values
 * are then bounded by the midpoint, so the whole ensemble is monotone. Every node stores the
 * value it would have as a leaf; walking a path, each split's change of value is credited to
 * its feature (Saabas), so contributions plus the root values sum exactly to the logit.
 * Randomness (row subsampling) comes only from the injected generator.
 */
import { assert } from '../../shared/index.js';
import { logLoss, sigmoid, type Random } from './metrics.js';
import type { Matrix } from './logistic.js';

export interface Tree {
  /** -1 for a leaf. */
  readonly feature: readonly number[];
  /** Go left when x <= threshold. */
  readonly threshold: readonly number[];
  readonly left: readonly number[];
  readonly right: readonly number[];
  readonly value: readonly number[];
}

export interface GbtModel {
  readonly kind: 'gbt';
  /** Logit of the base rate. */
  readonly base: number;
  readonly trees: readonly Tree[];
}

export interface GbtOptions {
  rounds: number;
  learningRate: number;
  maxDepth: number;
  minChildWeight: number;
  minLeafRows: number;
  lambda: number;
  /** Smallest loss reduction a split must give. */
  gamma: number;
  subsample: number;
  binsMax: number;
  /** Stop when held-out loss has not improved for this many rounds. */
  patience: number;
  /** Per feature: +1 logit rises with x, -1 falls with x, 0 free. */
  monotone: readonly number[];
}

interface Binned {
  bins: Uint8Array;
  thresholds: number[][];
  cols: number;
}

function cell(x: Matrix, row: number, col: number): number {
  const value = x.data[row * x.cols + col];
  assert(value !== undefined, 'cell within the matrix');
  return value;
}

/** Quantile cut points of each column over `rows`; every row of x is then binned by them. */
function binMatrix(x: Matrix, rows: readonly number[], binsMax: number): Binned {
  assert(binsMax >= 2 && binsMax <= 256, 'bins fit a byte');
  const thresholds: number[][] = [];
  for (let j = 0; j < x.cols; j += 1) {
    const values = rows.map((r) => cell(x, r, j)).sort((a, b) => a - b);
    const cuts: number[] = [];
    for (let b = 1; b < binsMax; b += 1) {
      const cut = values[Math.floor((b * values.length) / binsMax) - 1];
      if (cut !== undefined && (cuts.length === 0 || cut > (cuts[cuts.length - 1] ?? cut))) {
        cuts.push(cut);
      }
    }
    // The largest value cannot be a cut: nothing would go right of it.
    if (cuts.length > 0 && cuts[cuts.length - 1] === values[values.length - 1]) cuts.pop();
    thresholds.push(cuts);
  }
  const bins = new Uint8Array(x.rows * x.cols);
  for (let r = 0; r < x.rows; r += 1) {
    for (let j = 0; j < x.cols; j += 1) {
      const cuts = thresholds[j] ?? [];
      const value = cell(x, r, j);
      let b = 0;
      while (b < cuts.length && value > (cuts[b] ?? 0)) b += 1;
      bins[r * x.cols + j] = b;
    }
  }
  return { bins, thresholds, cols: x.cols };
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
  leftValue: number;
  rightValue: number;
}

interface GrowContext {
  binned: Binned;
  grad: Float64Array;
  hess: Float64Array;
  options: GbtOptions;
  nodes: {
    feature: number[];
    threshold: number[];
    left: number[];
    right: number[];
    value: number[];
  };
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

function histograms(context: GrowContext, rows: readonly number[]): Float64Array {
  const { binned, grad, hess, options } = context;
  // Per feature and bin: gradient sum, hessian sum, row count.
  const hist = new Float64Array(binned.cols * options.binsMax * 3);
  for (const r of rows) {
    const g = grad[r] ?? 0;
    const h = hess[r] ?? 0;
    for (let j = 0; j < binned.cols; j += 1) {
      const slot = (j * options.binsMax + (binned.bins[r * binned.cols + j] ?? 0)) * 3;
      hist[slot] = (hist[slot] ?? 0) + g;
      hist[slot + 1] = (hist[slot + 1] ?? 0) + h;
      hist[slot + 2] = (hist[slot + 2] ?? 0) + 1;
    }
  }
  return hist;
}

function bestSplit(
  context: GrowContext,
  rows: readonly number[],
  totals: { g: number; h: number },
  bounds: [number, number],
): Split | undefined {
  const { options, binned } = context;
  const hist = histograms(context, rows);
  const score = (g: number, h: number): number => (g * g) / (h + options.lambda);
  const parentScore = score(totals.g, totals.h);
  let best: Split | undefined;
  for (let j = 0; j < binned.cols; j += 1) {
    const sign = options.monotone[j] ?? 0;
    let gl = 0;
    let hl = 0;
    let nl = 0;
    const cuts = binned.thresholds[j]?.length ?? 0;
    for (let b = 0; b < cuts; b += 1) {
      const slot = (j * options.binsMax + b) * 3;
      gl += hist[slot] ?? 0;
      hl += hist[slot + 1] ?? 0;
      nl += hist[slot + 2] ?? 0;
      const gr = totals.g - gl;
      const hr = totals.h - hl;
      const nr = rows.length - nl;
      if (nl < options.minLeafRows || nr < options.minLeafRows) continue;
      if (hl < options.minChildWeight || hr < options.minChildWeight) continue;
      const leftValue = clamp(-gl / (hl + options.lambda), bounds[0], bounds[1]);
      const rightValue = clamp(-gr / (hr + options.lambda), bounds[0], bounds[1]);
      if (sign > 0 && leftValue > rightValue) continue;
      if (sign < 0 && leftValue < rightValue) continue;
      const gain = 0.5 * (score(gl, hl) + score(gr, hr) - parentScore) - options.gamma;
      if (gain > 0 && (best === undefined || gain > best.gain)) {
        best = { feature: j, bin: b, gain, leftValue, rightValue };
      }
    }
  }
  return best;
}

function addNode(context: GrowContext, value: number): number {
  const { nodes } = context;
  nodes.feature.push(-1);
  nodes.threshold.push(0);
  nodes.left.push(-1);
  nodes.right.push(-1);
  nodes.value.push(value);
  return nodes.value.length - 1;
}

function grow(
  context: GrowContext,
  node: number,
  rows: readonly number[],
  depth: number,
  bounds: [number, number],
): void {
  const { options, binned, grad, hess } = context;
  if (depth >= options.maxDepth) return;
  let g = 0;
  let h = 0;
  for (const r of rows) {
    g += grad[r] ?? 0;
    h += hess[r] ?? 0;
  }
  const split = bestSplit(context, rows, { g, h }, bounds);
  if (split === undefined) return;
  const leftRows: number[] = [];
  const rightRows: number[] = [];
  for (const r of rows) {
    const bin = binned.bins[r * binned.cols + split.feature] ?? 0;
    (bin <= split.bin ? leftRows : rightRows).push(r);
  }
  const sign = options.monotone[split.feature] ?? 0;
  const mid = (split.leftValue + split.rightValue) / 2;
  const leftBounds: [number, number] =
    sign > 0 ? [bounds[0], mid] : sign < 0 ? [mid, bounds[1]] : bounds;
  const rightBounds: [number, number] =
    sign > 0 ? [mid, bounds[1]] : sign < 0 ? [bounds[0], mid] : bounds;
  const rate = options.learningRate;
  const left = addNode(context, split.leftValue * rate);
  const right = addNode(context, split.rightValue * rate);
  const cuts = binned.thresholds[split.feature];
  assert(cuts !== undefined && split.bin < cuts.length, 'split bin has a threshold');
  context.nodes.feature[node] = split.feature;
  context.nodes.threshold[node] = cuts[split.bin] ?? 0;
  context.nodes.left[node] = left;
  context.nodes.right[node] = right;
  grow(context, left, leftRows, depth + 1, leftBounds);
  grow(context, right, rightRows, depth + 1, rightBounds);
}

function buildTree(context: GrowContext, rows: readonly number[]): Tree {
  context.nodes = { feature: [], threshold: [], left: [], right: [], value: [] };
  let g = 0;
  let h = 0;
  for (const r of rows) {
    g += context.grad[r] ?? 0;
    h += context.hess[r] ?? 0;
  }
  const root = addNode(context, (-g / (h + context.options.lambda)) * context.options.learningRate);
  grow(context, root, rows, 0, [-Infinity, Infinity]);
  return context.nodes;
}

export function treeValue(
  tree: Tree,
  features: Float64Array,
  contributions?: Float64Array,
): number {
  let node = 0;
  for (;;) {
    const feature = tree.feature[node] ?? -1;
    if (feature < 0) return tree.value[node] ?? 0;
    const x = features[feature] ?? 0;
    const next = x <= (tree.threshold[node] ?? 0) ? tree.left[node] : tree.right[node];
    assert(next !== undefined && next > node, 'children come after their parent');
    if (contributions !== undefined) {
      contributions[feature] =
        (contributions[feature] ?? 0) + (tree.value[next] ?? 0) - (tree.value[node] ?? 0);
    }
    node = next;
  }
}

/** Logit of one feature vector; adds each feature's contribution into `contributions`. */
export function gbtLogit(model: GbtModel, features: Float64Array, contributions?: Float64Array) {
  let logit = model.base;
  for (const tree of model.trees) logit += treeValue(tree, features, contributions);
  return logit;
}

/** Sum of root values: the part of the logit no feature explains (the bias). */
export function gbtBias(model: GbtModel): number {
  return model.trees.reduce((sum, tree) => sum + (tree.value[0] ?? 0), model.base);
}

function binnedValue(tree: Tree, binned: Binned, row: number): number {
  let node = 0;
  for (;;) {
    const feature = tree.feature[node] ?? -1;
    if (feature < 0) return tree.value[node] ?? 0;
    const cuts = binned.thresholds[feature] ?? [];
    const bin = binned.bins[row * binned.cols + feature] ?? 0;
    // bin <= b exactly when x <= cuts[b]; compare through the cut values the tree stores.
    const goLeft = bin < cuts.length && (cuts[bin] ?? 0) <= (tree.threshold[node] ?? 0);
    node = (goLeft ? tree.left[node] : tree.right[node]) ?? -1;
    assert(node > 0, 'a split has children');
  }
}

export interface GbtFit {
  model: GbtModel;
  /** Rounds kept (the best held-out round when validation rows were given). */
  rounds: number;
}

/**
 * Trains on `train` rows; with `valid` rows, keeps the trees up to the round with the lowest
 * held-out log loss and stops `patience` rounds after it.
 */
export function trainGbt(
  x: Matrix,
  y: Uint8Array,
  train: readonly number[],
  valid: readonly number[],
  options: GbtOptions,
  random: Random,
): GbtFit {
  assert(train.length > 0, 'training needs rows');
  assert(options.monotone.length === x.cols, 'one monotone sign per feature');
  const binned = binMatrix(x, train, options.binsMax);
  let positives = 0;
  for (const r of train) positives += y[r] ?? 0;
  const rate = clamp(positives / train.length, 1e-6, 1 - 1e-6);
  const base = Math.log(rate / (1 - rate));
  const margin = new Float64Array(x.rows).fill(base);
  const context: GrowContext = {
    binned,
    grad: new Float64Array(x.rows),
    hess: new Float64Array(x.rows),
    options,
    nodes: { feature: [], threshold: [], left: [], right: [], value: [] },
  };
  const trees: Tree[] = [];
  let bestLoss = Infinity;
  let bestRounds = 0;
  const validTargets = Uint8Array.from(valid, (r) => y[r] ?? 0);
  for (let round = 0; round < options.rounds; round += 1) {
    for (const r of train) {
      const p = sigmoid(margin[r] ?? 0);
      context.grad[r] = p - (y[r] ?? 0);
      context.hess[r] = Math.max(p * (1 - p), 1e-12);
    }
    const sample = train.filter(() => random() < options.subsample);
    const tree = buildTree(context, sample);
    trees.push(tree);
    for (let r = 0; r < x.rows; r += 1) margin[r] = (margin[r] ?? 0) + binnedValue(tree, binned, r);
    if (valid.length === 0) continue;
    const loss = logLoss(
      Float64Array.from(valid, (r) => sigmoid(margin[r] ?? 0)),
      validTargets,
    );
    if (loss < bestLoss - 1e-7) {
      bestLoss = loss;
      bestRounds = round + 1;
    } else if (round + 1 - bestRounds >= options.patience) {
      break;
    }
  }
  const rounds = valid.length === 0 ? trees.length : bestRounds;
  return { model: { kind: 'gbt', base, trees: trees.slice(0, rounds) }, rounds };
}
