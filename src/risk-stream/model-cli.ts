/**
 * The credit model's command line: `train <csv> [--out <file>]` and `score <csv> [--model <file>]`.
 *
 * Goal: retrain the shipped model reproducibly from a CSV and score a CSV in a pipeline:
 * `score` prints exactly one probability of default per data row, in order, and nothing else
 * on stdout; `train` prints its report and, as its last line, `{"model","cvAuc","cvKs"}`.
 * Errors go to stderr with a clear message and exit code 2 (usage) or 1 (bad input).
 *
 * Method: thin I/O around the pure trainer and scorer (credit/train.ts, credit/model.ts).
 * The default model file is `models/credit-model.json` under the project root.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { parseCreditCsv } from './credit/data.js';
import { loadCreditModel, CreditScorer } from './credit/model.js';
import { trainCreditModel } from './credit/train.js';
import { defaultModelPath } from './credit/paths.js';

function fail(message: string, exitCode: number): never {
  process.stderr.write(`model-cli: ${message}\n`);
  process.exit(exitCode);
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`, 2);
  return value;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`cannot read ${path}: ${reason}`, 1);
  }
}

function foldMean(folds: readonly number[]): number {
  return folds.reduce((sum, value) => sum + value, 0) / Math.max(1, folds.length);
}

function train(csvPath: string, outPath: string): void {
  const parsed = parseCreditCsv(readText(csvPath), true);
  if (!parsed.ok) fail(`${csvPath}: ${parsed.message}`, 1);
  const started = process.hrtime.bigint();
  const model = trainCreditModel(parsed.table);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Write then rename, so a crash never leaves a half-written model where the service loads it.
  const tmp = `${outPath}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(model)}\n`);
  renameSync(tmp, outPath);
  const { logistic, gbt } = model.cv;
  const line = (name: string, auc: number, ks: number, folds: readonly number[]): string =>
    `${name.padEnd(9)} cv auc ${auc.toFixed(4)} (pooled out-of-fold; mean of folds ` +
    `${foldMean(folds).toFixed(4)})  ks ${ks.toFixed(4)}  folds ` +
    folds.map((value) => value.toFixed(3)).join(' ');
  process.stdout.write(
    `rows ${model.trainedRows}, ${model.cv.gbt.folds}-fold CV, seed ${model.cv.gbt.seed}\n`,
  );
  process.stdout.write(`${line('logistic', logistic.auc, logistic.ks, logistic.foldAucs)}\n`);
  process.stdout.write(`${line('gbt', gbt.auc, gbt.ks, gbt.foldAucs)}\n`);
  process.stdout.write(
    `trees ${model.gbt.trees.length}; wrote ${outPath} in ${seconds.toFixed(1)} s\n`,
  );
  const chosen = model.cv[model.defaultModel];
  const summary = {
    model: model.defaultModel,
    cvAuc: chosen.auc,
    cvKs: chosen.ks,
    cvAucFoldMean: foldMean(chosen.foldAucs),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

function score(csvPath: string, modelPath: string): void {
  let raw: unknown;
  try {
    raw = JSON.parse(readText(modelPath));
  } catch {
    fail(`${modelPath} is not JSON`, 1);
  }
  const loaded = loadCreditModel(raw);
  if (!loaded.ok) fail(`${modelPath}: ${loaded.reason}`, 1);
  const parsed = parseCreditCsv(readText(csvPath), false);
  if (!parsed.ok) fail(`${csvPath}: ${parsed.message}`, 1);
  const scorer = new CreditScorer(loaded.model);
  const lines = parsed.table.files.map((file) => String(scorer.pd(file)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main(args: string[]): void {
  const [command, csvPath] = args;
  const usage =
    'usage: model-cli train <csv> [--out <model.json>] | score <csv> [--model <model.json>]';
  if (csvPath === undefined || csvPath.startsWith('--')) fail(usage, 2);
  if (command === 'train') train(csvPath, option(args, '--out') ?? defaultModelPath());
  else if (command === 'score') score(csvPath, option(args, '--model') ?? defaultModelPath());
  else fail(usage, 2);
}

// `score ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
main(process.argv.slice(2));
