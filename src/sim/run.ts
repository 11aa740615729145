/**
 * Runs seeded scenarios: `runSeed` one seed for a number of steps, checking every invariant
 * after every step; `runSeeds` consecutive seeds until a count or a time budget runs out. A
 * failure carries the seed, the step and the shortest command that replays it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, type Clock } from '../shared/index.js';
import { checkReplay, checkWorld } from './checks.js';
import { Prng } from './prng.js';
import { Scenario, faultNames, type FaultName } from './steps.js';
import { SimWorld } from './world.js';

export interface SeedResult {
  seed: number;
  steps: number;
  faults: Record<string, number>;
  ackedSteps: number;
  ackedOrders: number;
  fills: number;
  loans: number;
}

export class SimFailure extends Error {
  readonly seed: number;
  readonly step: number;
  readonly replay: string;
  constructor(seed: number, step: number, faults: readonly FaultName[], cause: unknown) {
    const replay =
      `node dist/src/sim/cli.js --seed ${seed} --steps ${step}` +
      (sameFaults(faults, faultNames) ? '' : ` --faults ${faults.join(',') || 'none'}`);
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`simulation failed: seed ${seed}, step ${step}: ${reason}\n  replay: ${replay}`);
    this.seed = seed;
    this.step = step;
    this.replay = replay;
  }
}

function sameFaults(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}

/** Steps between two replays of the whole book journal (each costs the whole history). */
const replayEverySteps = 25;

export async function runSeed(
  seed: number,
  steps: number,
  faults: readonly FaultName[],
): Promise<SeedResult> {
  assert(Number.isSafeInteger(steps) && steps > 0, 'steps is a positive integer');
  const dir = await mkdtemp(join(tmpdir(), `sim-${seed}-`));
  const world = await SimWorld.open(dir);
  const scenario = new Scenario(world, new Prng(seed), faults);
  const result: SeedResult = {
    seed,
    steps: 0,
    faults: {},
    ackedSteps: 0,
    ackedOrders: 0,
    fills: 0,
    loans: 0,
  };
  try {
    for (let step = 1; step <= steps; step += 1) {
      result.steps = step;
      const done = await scenario.step();
      if (done.fault) result.faults[done.kind] = (result.faults[done.kind] ?? 0) + 1;
      if (done.acked) result.ackedSteps += 1;
      checkWorld(world);
      if (step % replayEverySteps === 0 || step === steps) checkReplay(world);
    }
  } catch (error) {
    throw new SimFailure(seed, result.steps, faults, error);
  } finally {
    await world.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
  result.ackedOrders = world.ackedOrders.size;
  result.fills = world.view.fills.size;
  result.loans = world.loans.size;
  return result;
}

export interface RunOptions {
  firstSeed: number;
  /** Seeds to run at most. */
  seeds: number;
  steps: number;
  faults: readonly FaultName[];
  /** Stop starting new seeds after this long (ms, by `clock`). */
  budgetMs: number;
  clock: Clock;
  onSeed?: (result: SeedResult) => void;
}

export interface RunSummary {
  seeds: number;
  steps: number;
  faults: Record<string, number>;
  ackedSteps: number;
  ackedOrders: number;
  fills: number;
  loans: number;
  elapsedMs: number;
}

export async function runSeeds(options: RunOptions): Promise<RunSummary> {
  const started = options.clock.nowMs();
  const summary: RunSummary = {
    seeds: 0,
    steps: 0,
    faults: {},
    ackedSteps: 0,
    ackedOrders: 0,
    fills: 0,
    loans: 0,
    elapsedMs: 0,
  };
  for (let index = 0; index < options.seeds; index += 1) {
    if (options.clock.nowMs() - started >= options.budgetMs) break;
    const result = await runSeed(options.firstSeed + index, options.steps, options.faults);
    summary.seeds += 1;
    summary.steps += result.steps;
    summary.ackedSteps += result.ackedSteps;
    summary.ackedOrders += result.ackedOrders;
    summary.fills += result.fills;
    summary.loans += result.loans;
    for (const [name, count] of Object.entries(result.faults)) {
      summary.faults[name] = (summary.faults[name] ?? 0) + count;
    }
    options.onSeed?.(result);
  }
  summary.elapsedMs = options.clock.nowMs() - started;
  return summary;
}
