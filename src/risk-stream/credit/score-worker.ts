/**
 * Piscina task for credit scoring: one call assesses a whole chunk of applications.
 *
 * Goal: keep CPU-bound scoring off the event loop, with one message per chunk (not per
 * application) crossing the thread boundary.
 *
 * Method: the model file and product config arrive once as workerData (structured clone) and
 * are validated here again (pair assertion at the thread boundary); each task is a chunk.
 * `pdOnly` tasks take bare credit files and return a Float64Array of probabilities (the
 * benchmark's and bulk re-scoring's fast path, transferred rather than copied).
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { assert } from '../../shared/index.js';
import { assessApplication, type ApplicationResult, type LoanApplication } from './assess.js';
import type { CreditFile } from './data.js';
import { loadProductConfig } from './decision.js';
import { CreditScorer, loadCreditModel } from './model.js';

export type ScoreTask =
  { kind: 'assess'; applications: LoanApplication[] } | { kind: 'pd'; files: CreditFile[] };

const init = workerData as { model: unknown; product: unknown };
const loaded = loadCreditModel(init.model);
assert(loaded.ok, 'the pool validated the model before starting workers');
const product = loadProductConfig(init.product);
assert(product.ok, 'the pool validated the product config before starting workers');
const scorer = new CreditScorer(loaded.model);
const config = product.config;

export default function run(task: ScoreTask): ApplicationResult[] | Float64Array {
  if (task.kind === 'assess') {
    return task.applications.map((app) => assessApplication(scorer, app, config));
  }
  const out = new Float64Array(task.files.length);
  task.files.forEach((file, i) => (out[i] = scorer.pd(file)));
  return Piscina.move(out) as Float64Array;
}
