/**
 * `npm run bench -- orderbook`: the same seeded workload through (a) our engine core in this
 * thread, (b) the worker-thread matching host, and (c) the npm package nodejs-order-book as the
 * peer, each after a warm-up, median of several runs. Prints orders/s per contender, the ratio
 * ours/peer, per-command latency percentiles of the core, peak RSS, and a JSON line last.
 */
import { OrderBook, Side } from 'nodejs-order-book';
import hdr from 'hdr-histogram-js';
import {
  createMarket,
  applyCommand,
  createMatchingHost,
  type MarketCommand,
} from '../src/orderbook/index.js';
import { Code } from '../src/shared/index.js';
import type { Benchmark } from './bench.js';
import { integerOption, median } from './options.js';
import { buildWorkload, type WorkItem } from './workload.js';

const marketId = '36M:B';
const unitFen = 10_000;

export interface OrderbookBenchOptions {
  commands: number;
  runs: number;
  seed: number;
}

export interface OrderbookBenchResult {
  profile: string;
  commands: number;
  runs: number;
  oursOpsPerSec: number;
  hostOpsPerSec: number;
  peerOpsPerSec: number;
  ratio: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  peakRssMb: number;
}

function toCommands(items: readonly WorkItem[]): MarketCommand[] {
  return items.map((item, ref): MarketCommand => {
    if (item.kind === 'lend') {
      return {
        kind: 'place',
        ref,
        lenderId: item.lenderId,
        clientOrderId: item.id,
        marketId,
        amountFen: item.amountUnits * unitFen,
        minRateBps: item.rateBps,
        tif: 'GTC',
      };
    }
    if (item.kind === 'tranche') {
      return {
        kind: 'list',
        ref,
        trancheId: item.id,
        marketId,
        borrowerId: item.borrowerId,
        amountFen: item.amountUnits * unitFen,
        maxRateBps: item.rateBps,
      };
    }
    return { kind: 'cancel', ref, lenderId: item.lenderId, clientOrderId: item.id, marketId };
  });
}

function runCore(commands: readonly MarketCommand[]): number {
  const market = createMarket(marketId);
  const started = process.hrtime.bigint();
  let accepted = 0;
  for (const command of commands) {
    if (applyCommand(market, command, 1_700_000_000_000).code === Code.OK) accepted += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (accepted === 0) throw new Error('the engine accepted nothing: the workload is wrong');
  return commands.length / seconds;
}

function coreLatency(commands: readonly MarketCommand[]): hdr.Histogram {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 10_000_000 });
  const market = createMarket(marketId);
  for (const command of commands) {
    const started = process.hrtime.bigint();
    applyCommand(market, command, 1_700_000_000_000);
    histogram.recordValue(Number(process.hrtime.bigint() - started));
  }
  return histogram;
}

function runPeer(items: readonly WorkItem[]): number {
  const book = new OrderBook();
  const started = process.hrtime.bigint();
  for (const item of items) {
    // Lenders sell funds at a minimum rate; tranches buy funds up to a maximum rate.
    if (item.kind === 'lend') {
      book.limit({
        side: Side.SELL,
        id: item.id,
        size: item.amountUnits,
        price: item.rateBps,
      });
    } else if (item.kind === 'tranche') {
      book.limit({
        side: Side.BUY,
        id: item.id,
        size: item.amountUnits,
        price: item.rateBps,
      });
    } else {
      book.cancel(item.id);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return items.length / seconds;
}

async function runHost(commands: readonly MarketCommand[]): Promise<number> {
  let answered = 0;
  let resume: (() => void) | undefined;
  const host = await createMatchingHost({
    markets: [marketId],
    shards: 1,
    onOutcomes: (outcomes) => {
      answered += outcomes.length;
      resume?.();
    },
  });
  const started = process.hrtime.bigint();
  let next = 0;
  while (answered < commands.length) {
    while (next < commands.length) {
      const command = commands[next] as MarketCommand;
      if (host.submit(command) !== Code.OK) break;
      next += 1;
    }
    await new Promise<void>((resolve) => (resume = resolve));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await host.stop();
  return commands.length / seconds;
}

export async function runOrderbookBench(
  options: OrderbookBenchOptions,
): Promise<OrderbookBenchResult> {
  const items = buildWorkload({ commands: options.commands, seed: options.seed });
  const commands = toCommands(items);
  let peakRss = process.memoryUsage().rss;
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  runCore(commands.slice(0, Math.min(100_000, commands.length)));
  runPeer(items.slice(0, Math.min(100_000, items.length)));
  const ours: number[] = [];
  const peer: number[] = [];
  const hosted: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    ours.push(runCore(commands));
    sample();
    peer.push(runPeer(items));
    sample();
    hosted.push(await runHost(commands));
    sample();
  }
  const latency = coreLatency(commands);
  const oursOpsPerSec = Math.round(median(ours));
  const peerOpsPerSec = Math.round(median(peer));
  return {
    profile: 'shallow',
    commands: options.commands,
    runs: options.runs,
    oursOpsPerSec,
    hostOpsPerSec: Math.round(median(hosted)),
    peerOpsPerSec,
    ratio: Number((oursOpsPerSec / peerOpsPerSec).toFixed(2)),
    p50Us: latency.getValueAtPercentile(50) / 1000,
    p99Us: latency.getValueAtPercentile(99) / 1000,
    p999Us: latency.getValueAtPercentile(99.9) / 1000,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
  };
}

function report(result: OrderbookBenchResult): string {
  const mops = (value: number): string => `${(value / 1e6).toFixed(3)} M/s`;
  return [
    `orderbook (${result.profile}, ${result.commands} commands, median of ${result.runs})`,
    `  ours (core, one thread)   ${mops(result.oursOpsPerSec)}`,
    `  ours (worker host)        ${mops(result.hostOpsPerSec)}`,
    `  peer (nodejs-order-book)  ${mops(result.peerOpsPerSec)}`,
    `  ratio ours/peer           ${result.ratio}`,
    `  core latency p50/p99/p999 ${result.p50Us} / ${result.p99Us} / ${result.p999Us} µs`,
    `  peak RSS                  ${result.peakRssMb} MB`,
    JSON.stringify(result),
    '',
  ].join('\n');
}

export const bench: Benchmark = {
  summary: 'engine core vs worker-thread host vs nodejs-order-book, one seeded workload',
  options: ['--commands N (default 1000000)  --runs R (default 5)  --seed S (default 42)'],
  run: async (args) => {
    const result = await runOrderbookBench({
      commands: integerOption(args, '--commands', 1_000_000, 20_000_000),
      runs: integerOption(args, '--runs', 5, 50),
      seed: integerOption(args, '--seed', 42, 2 ** 31),
    });
    process.stdout.write(report(result));
  },
};
