/**
 * The credit-scoring worker pool and its batch API.
 *
 * Goal: `scoreApplications(batch)` answers many applications without blocking the event loop,
 * bounded so a flood answers OVERLOADED instead of queueing without limit.
 *
 * Method: piscina with a fixed thread count; a batch is cut into chunks of
 * `chunkSize` and the chunks run in parallel; results come back in input order. The model and
 * product config are validated here before any worker starts, and again in each worker.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { Code, assert } from '../../shared/index.js';
import type { ApplicationResult, LoanApplication } from './assess.js';
import type { CreditFile } from './data.js';
import { defaultProductConfig, loadProductConfig, type ProductConfig } from './decision.js';
import { loadCreditModel, type CreditModelFile } from './model.js';
import { defaultModelPath } from './paths.js';
import type { ScoreTask } from './score-worker.js';

export interface CreditPoolOptions {
  /** Parsed model file; default: models/credit-model.json. */
  model?: unknown;
  product?: ProductConfig;
  threads?: number;
  /** Applications per task. */
  chunkSize?: number;
  /** Applications queued or running before scoreApplications answers OVERLOADED. */
  pendingMax?: number;
}

export type ScoreBatchResult =
  | { code: typeof Code.OK; results: ApplicationResult[] }
  | { code: typeof Code.OVERLOADED | typeof Code.INVALID_FIELD; results?: undefined };

export interface CreditPool {
  /** Assesses applications in order: grade, PD, max rate, reasons, decision (see assess.ts). */
  scoreApplications(batch: readonly LoanApplication[]): Promise<ScoreBatchResult>;
  /** Probabilities of default only, in order (bulk re-scoring, the benchmark). */
  scoreFiles(files: readonly CreditFile[]): Promise<Float64Array>;
  readonly model: CreditModelFile;
  readonly product: ProductConfig;
  close(): Promise<void>;
}

/** Largest batch one call accepts. */
export const scoreBatchMax = 65_536;

function workerFilename(): string {
  const name = import.meta.url.endsWith('.js') ? './score-worker.js' : './score-worker-tsx.mjs';
  return new URL(name, import.meta.url).href;
}

export function readShippedModel(path = defaultModelPath()): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function createCreditPool(options: CreditPoolOptions = {}): CreditPool {
  const loaded = loadCreditModel(options.model ?? readShippedModel());
  assert(loaded.ok, `credit model invalid: ${loaded.ok ? '' : loaded.reason}`);
  const product = loadProductConfig(options.product ?? defaultProductConfig);
  assert(product.ok, 'product config invalid');
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const chunkSize = options.chunkSize ?? 512;
  const pendingMax = options.pendingMax ?? 4 * scoreBatchMax;
  assert(threads >= 1 && chunkSize >= 1, 'pool sizes positive');
  const pool = new Piscina<ScoreTask, ApplicationResult[] | Float64Array>({
    filename: workerFilename(),
    minThreads: threads,
    maxThreads: threads,
    workerData: { model: loaded.model, product: product.config },
  });
  let pending = 0;
  const chunks = <T>(items: readonly T[]): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
    return out;
  };
  return {
    model: loaded.model,
    product: product.config,
    scoreApplications: async (batch) => {
      if (!Array.isArray(batch) || batch.length > scoreBatchMax)
        return { code: Code.INVALID_FIELD };
      if (pending + batch.length > pendingMax) return { code: Code.OVERLOADED };
      pending += batch.length;
      try {
        const parts = await Promise.all(
          chunks(batch).map((applications) => pool.run({ kind: 'assess', applications })),
        );
        const results = parts.flatMap((part) => (Array.isArray(part) ? part : []));
        assert(results.length === batch.length, 'one result per application');
        return { code: Code.OK, results };
      } finally {
        pending -= batch.length;
      }
    },
    scoreFiles: async (files) => {
      const parts = await Promise.all(
        chunks(files).map((part) => pool.run({ kind: 'pd', files: part })),
      );
      const out = new Float64Array(files.length);
      let offset = 0;
      for (const part of parts) {
        assert(part instanceof Float64Array, 'pd tasks answer probabilities');
        out.set(part, offset);
        offset += part.length;
      }
      return out;
    },
    close: () => pool.destroy(),
  };
}
