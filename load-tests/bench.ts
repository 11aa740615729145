/**
 * Benchmark entry: `npm run bench -- <name> [--commands N] [--runs R] [--seed S]`.
 * Every benchmark runs its contenders in one process and one run, reports medians and ratios,
 * and prints one JSON object as its last line. Loops are bounded in count; traffic, where there
 * is any, goes to 127.0.0.1 only.
 */
import { runOrderbookBench } from './orderbook.js';

const usage = `usage: npm run bench -- <name> [options]

benchmarks:
  orderbook   engine core vs worker-thread host vs nodejs-order-book, one seeded workload
              --commands N (default 1000000)  --runs R (default 5)  --seed S (default 42)`;

function numberOption(args: string[], name: string, fallback: number, max: number): number {
  const index = args.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    process.stderr.write(`${name} must be an integer from 1 to ${max}\n`);
    process.exit(2);
  }
  return value;
}

async function main(args: string[]): Promise<void> {
  const [name] = args;
  if (name === 'orderbook') {
    const result = await runOrderbookBench({
      commands: numberOption(args, '--commands', 1_000_000, 20_000_000),
      runs: numberOption(args, '--runs', 5, 50),
      seed: numberOption(args, '--seed', 42, 2 ** 31),
    });
    const mops = (value: number): string => `${(value / 1e6).toFixed(3)} M/s`;
    process.stdout.write(
      [
        `orderbook (${result.profile}, ${result.commands} commands, median of ${result.runs})`,
        `  ours (core, one thread)   ${mops(result.oursOpsPerSec)}`,
        `  ours (worker host)        ${mops(result.hostOpsPerSec)}`,
        `  peer (nodejs-order-book)  ${mops(result.peerOpsPerSec)}`,
        `  ratio ours/peer           ${result.ratio}`,
        `  core latency p50/p99/p999 ${result.p50Us} / ${result.p99Us} / ${result.p999Us} µs`,
        `  peak RSS                  ${result.peakRssMb} MB`,
        JSON.stringify(result),
        '',
      ].join('\n'),
    );
    return;
  }
  process.stdout.write(`${usage}\n`);
  if (name !== undefined && name !== 'help') process.exit(2);
}

await main(process.argv.slice(2));
