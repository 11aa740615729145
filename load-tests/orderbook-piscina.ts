/**
 * `npm run bench -- orderbook-piscina`: the measurement behind keeping worker_threads for the
 * matching host. Piscina has no per-key routing in its load balancer (a balancer sees a task id,
 * not the task), so the only way to pin a market to one worker is one single-thread pool per
 * shard. This runs the shallow workload in batches of `commandsPerBatchMax` through (a) such a
 * pool, each batch one `pool.run()` with 8 batches in flight, and (b) our worker-thread host,
 * in one process, median of several runs, and checks that the pool kept the order (seqs rise).
 * The same module is the pool's worker: its default export applies a batch to a shard that
 * lives as long as the worker thread.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import {
  applyBatch,
  createMatchingHost,
  createShard,
  type BatchResult,
  type MarketCommand,
  type ShardState,
} from '../src/orderbook/index.js';
import { Code, limits } from '../src/shared/index.js';
import type { Benchmark } from './bench.js';
import { integerOption, median } from './options.js';
import { buildWorkload } from './workload.js';

const marketId = '36M:B';
let shard: ShardState | null = null;

/** The pool worker's task: one batch, applied to this thread's shard. */
export default function applyTask(task: { commands: MarketCommand[]; nowMs: number }): BatchResult {
  shard ??= createShard([marketId]);
  return applyBatch(shard, task.commands, task.nowMs);
}

function commandsOf(count: number, seed: number): MarketCommand[] {
  return buildWorkload({ commands: count, seed }).map((item, ref): MarketCommand => {
    if (item.kind === 'lend') {
      const amountFen = item.amountUnits * 10_000;
      const order = { lenderId: item.lenderId, clientOrderId: item.id, marketId, amountFen };
      return { kind: 'place', ref, ...order, minRateBps: item.rateBps, tif: 'GTC' };
    }
    if (item.kind === 'tranche') {
      const tranche = { trancheId: item.id, marketId, borrowerId: item.borrowerId };
      return {
        kind: 'list',
        ref,
        ...tranche,
        amountFen: item.amountUnits * 10_000,
        maxRateBps: item.rateBps,
      };
    }
    return { kind: 'cancel', ref, lenderId: item.lenderId, clientOrderId: item.id, marketId };
  });
}

async function runPool(
  commands: readonly MarketCommand[],
): Promise<{ rate: number; ordered: boolean }> {
  const pool = new Piscina({
    filename: fileURLToPath(import.meta.url),
    minThreads: 1,
    maxThreads: 1,
  });
  const batchMax = limits.commandsPerBatchMax;
  const started = process.hrtime.bigint();
  const inFlight: Promise<BatchResult>[] = [];
  let lastSeq = 0;
  let ordered = true;
  const settle = async (): Promise<void> => {
    const result = await (inFlight.shift() as Promise<BatchResult>);
    for (const outcome of result.outcomes) {
      if (outcome.seq === 0) continue;
      if (outcome.seq < lastSeq) ordered = false;
      lastSeq = Math.max(lastSeq, outcome.seq);
    }
  };
  for (let start = 0; start < commands.length; start += batchMax) {
    const batch = commands.slice(start, start + batchMax);
    inFlight.push(pool.run({ commands: batch, nowMs: 1_700_000_000_000 }) as Promise<BatchResult>);
    if (inFlight.length >= 8) await settle();
  }
  while (inFlight.length > 0) await settle();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.destroy();
  return { rate: commands.length / seconds, ordered };
}

async function runHost(commands: readonly MarketCommand[]): Promise<number> {
  let answered = 0;
  let resume: (() => void) | undefined;
  const host = await createMatchingHost({
    markets: [marketId],
    onOutcomes: (outcomes) => {
      answered += outcomes.length;
      resume?.();
    },
  });
  const started = process.hrtime.bigint();
  let next = 0;
  while (answered < commands.length) {
    while (next < commands.length && host.submit(commands[next] as MarketCommand) === Code.OK) {
      next += 1;
    }
    await new Promise<void>((resolve) => (resume = resolve));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await host.stop();
  return commands.length / seconds;
}

export const bench: Benchmark = {
  summary: 'piscina (one single-thread pool per shard) vs the worker_threads matching host',
  options: ['--commands N (default 300000)  --runs R (default 5)  --seed S (default 42)'],
  run: async (args) => {
    const commands = commandsOf(
      integerOption(args, '--commands', 300_000, 10_000_000),
      integerOption(args, '--seed', 42, 2 ** 31),
    );
    const runs = integerOption(args, '--runs', 5, 50);
    const pool: number[] = [];
    const host: number[] = [];
    let ordered = true;
    for (let run = 0; run < runs; run += 1) {
      const result = await runPool(commands);
      pool.push(result.rate);
      ordered &&= result.ordered;
      host.push(await runHost(commands));
    }
    const summary = {
      commands: commands.length,
      runs,
      piscinaOpsPerSec: Math.round(median(pool)),
      hostOpsPerSec: Math.round(median(host)),
      piscinaKeptOrder: ordered,
    };
    process.stdout.write(
      `piscina pool ${(summary.piscinaOpsPerSec / 1e6).toFixed(3)} M/s, ` +
        `worker_threads host ${(summary.hostOpsPerSec / 1e6).toFixed(3)} M/s ` +
        `(median of ${runs}, ${commands.length} commands)\n${JSON.stringify(summary)}\n`,
    );
  },
};
