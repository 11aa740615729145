#!/usr/bin/env node
/**
 * The simulator from the command line.
 *   node dist/src/sim/cli.js --seed 123 --steps 500          replay one seed
 *   node dist/src/sim/cli.js --seconds 600 [--first-seed 1]    seeds one after another
 *   --faults a,b | all | none   faults to inject (default all): worker-crash, kill,
 *                               kill-mid-batch, duplicate-delivery, clickhouse-down
 * Exit code 0 when every invariant held, 1 on a failure (seed and replay command printed),
 * 2 on bad arguments.
 */
import { systemClock } from '../shared/index.js';
import { SimFailure, runSeeds, type SeedResult } from './run.js';
import { faultNames, type FaultName } from './steps.js';

interface Args {
  firstSeed: number;
  seeds: number;
  steps: number;
  seconds: number;
  faults: FaultName[];
  verbose: boolean;
}

const usage =
  'usage: sim [--seed N | --first-seed N] [--seeds N] [--steps N] [--seconds N] ' +
  '[--faults all|none|a,b] [--verbose]';

function parseCount(flag: string, text: string | undefined, max: number): number {
  const value = Number(text);
  if (text === undefined || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new Error(`${flag} needs an integer from 0 to ${max}, got ${String(text)}`);
  }
  return value;
}

function parseFaults(text: string | undefined): FaultName[] {
  if (text === 'all') return [...faultNames];
  if (text === 'none') return [];
  const names = (text ?? '').split(',');
  for (const name of names) {
    if (!(faultNames as readonly string[]).includes(name)) {
      throw new Error(`unknown fault ${name}; faults: ${faultNames.join(', ')}, all, none`);
    }
  }
  return names as FaultName[];
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    firstSeed: 1,
    seeds: 1_000_000,
    steps: 500,
    seconds: 30,
    faults: [...faultNames],
    verbose: false,
  };
  let single = false;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--verbose') {
      args.verbose = true;
      continue;
    }
    index += 1;
    if (flag === '--seed' || flag === '--first-seed') {
      args.firstSeed = parseCount(flag, value, 2 ** 48);
      single ||= flag === '--seed';
    } else if (flag === '--seeds') args.seeds = parseCount(flag, value, 1_000_000);
    else if (flag === '--steps') args.steps = Math.max(1, parseCount(flag, value, 1_000_000));
    else if (flag === '--seconds') args.seconds = parseCount(flag, value, 86_400);
    else if (flag === '--faults') args.faults = parseFaults(value);
    else throw new Error(`unknown argument ${String(flag)}`);
  }
  if (single) {
    args.seeds = 1;
    args.seconds = 86_400;
  }
  return args;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const onSeed = (result: SeedResult): void => {
    if (args.verbose) process.stdout.write(`${JSON.stringify(result)}\n`);
  };
  try {
    const summary = await runSeeds({
      firstSeed: args.firstSeed,
      seeds: args.seeds,
      steps: args.steps,
      faults: args.faults,
      budgetMs: args.seconds * 1000,
      clock: systemClock,
      onSeed,
    });
    process.stdout.write(
      `simulation passed: ${summary.seeds} seeds from ${args.firstSeed}, ${summary.steps} steps ` +
        `(${args.steps} per seed), faults ${JSON.stringify(summary.faults)}\n`,
    );
    process.stdout.write(`${JSON.stringify({ ok: true, ...summary })}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SimFailure)) throw error;
    process.stdout.write(`${error.message}\n`);
    process.stdout.write(`${JSON.stringify({ ok: false, seed: error.seed, step: error.step })}\n`);
    return 1;
  }
}

// Imported by tests for parseArgs: run only as the program.
if (process.argv[1]?.endsWith('/sim/cli.js') === true) process.exitCode = await main();
