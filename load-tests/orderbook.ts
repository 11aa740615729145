/**
 * `npm run bench -- orderbook`: the same seeded workload through (a) our engine core in this
 * thread, (b) the worker-thread matching host, and (c) the npm package nodejs-order-book as the
 * peer, each after a warm-up, median of several runs, for two profiles: 'shallow' (about 100
 * levels around the mid rate, 10% cancels, many partial fills) and 'deep' (a book growing to
 * hundreds of thousands of resting orders, 30% cancels). Prints orders/s per contender, the
 * ratio ours/peer, per-command latency percentiles of the core, peak RSS, the heap that one
 * million resting orders take, and one JSON line per profile last.
 * The core figure is the numeric core path a worker can use too: commands encoded to records
 * at the edge before the clock starts (ids interned, slot storage reserved), then applyRecord
 * with every rule on and every event written as codes and numbers into one EventSink. The host
 * figure includes the edge (encoding, readable outcomes with every fill's explanation),
 * structured clone both ways and the book snapshots. The memory figure counts the JS heap and
 * the array buffers the book's entries live in.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { OrderBook, Side } from 'nodejs-order-book';
import hdr from 'hdr-histogram-js';
import {
  EventSink,
  RECORD_FIELDS,
  applyCommand,
  applyRecord,
  createMarket,
  createMatchingHost,
  encodeCommand,
  type MarketCommand,
  type MarketState,
} from '../src/orderbook/index.js';
import { Code } from '../src/shared/index.js';
import type { Benchmark } from './bench.js';
import { integerOption, median } from './options.js';
import { buildDeepWorkload, buildWorkload, type WorkItem } from './workload.js';

const marketId = '36M:B';
const unitFen = 10_000;
const nowMs = 1_700_000_000_000;
/**
 * Every P2P amount rule on, so the core pays for each check: a lender cap of half a tranche (a
 * per-lender total per tranche on every fill) and a minimum ticket of half a unit. Amounts are
 * whole units and the cap halves them, so every fill is a multiple of half a unit and the ticket
 * never strands a remainder; a larger ticket leaves unfillable remainders resting crossed, which
 * every later tranche walks past (a real cost of the rule, but it would measure the workload).
 */
const benchRules = { minTicketFen: unitFen / 2, lenderShareMaxBps: 5_000 };

export type Profile = 'shallow' | 'deep';

export interface OrderbookBenchOptions {
  profile?: Profile;
  commands: number;
  runs: number;
  seed: number;
  /** Skip the peer (it is very slow on the deep book); reported as 0. */
  skipPeer?: boolean;
}

export interface OrderbookBenchResult {
  profile: string;
  commands: number;
  runs: number;
  oursOpsPerSec: number;
  hostOpsPerSec: number;
  peerOpsPerSec: number;
  ratio: number;
  /** The same rates per CPU second of the process (less sensitive to other load). */
  oursCpuOpsPerSec: number;
  peerCpuOpsPerSec: number;
  cpuRatio: number;
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

/** Commands per wall-clock second and per CPU second of this process (robust to a busy box). */
interface Rates {
  wall: number;
  cpu: number;
}

function timed(count: number, body: () => void): Rates {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  body();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { wall: count / seconds, cpu: count / Math.max(cpuSeconds, 1e-6) };
}

/**
 * A fresh market with the workload encoded for it: the ids are interned and the commands turned
 * into numeric records at the edge, before the clock starts (like generating the workload).
 */
function encodedMarket(commands: readonly MarketCommand[]): {
  market: MarketState;
  records: Float64Array;
} {
  const market = createMarket(marketId, benchRules);
  const records = new Float64Array(commands.length * RECORD_FIELDS);
  commands.forEach((command, index) =>
    encodeCommand(market, command, records, index * RECORD_FIELDS),
  );
  return { market, records };
}

/** Every command through the core, every rule on, every event into the sink. */
function runCore(commands: readonly MarketCommand[]): Rates {
  const { market, records } = encodedMarket(commands);
  const sink = new EventSink();
  let accepted = 0;
  let events = 0;
  const rates = timed(commands.length, () => {
    for (let at = 0; at < records.length; at += RECORD_FIELDS) {
      if (applyRecord(market, records, at, nowMs, sink) === Code.OK) accepted += 1;
      events += sink.count;
    }
  });
  if (accepted === 0) throw new Error('the engine accepted nothing: the workload is wrong');
  if (events < accepted) throw new Error('every accepted command has an event');
  return rates;
}

function coreLatency(commands: readonly MarketCommand[]): hdr.Histogram {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 10_000_000 });
  const { market, records } = encodedMarket(commands);
  const sink = new EventSink();
  for (let at = 0; at < records.length; at += RECORD_FIELDS) {
    const started = process.hrtime.bigint();
    applyRecord(market, records, at, nowMs, sink);
    histogram.recordValue(Number(process.hrtime.bigint() - started));
  }
  return histogram;
}

function runPeer(items: readonly WorkItem[]): Rates {
  const book = new OrderBook();
  return timed(items.length, () => {
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
  });
}

async function runHost(commands: readonly MarketCommand[]): Promise<number> {
  let answered = 0;
  let resume: (() => void) | undefined;
  const host = await createMatchingHost({
    markets: [marketId],
    rules: benchRules,
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
  const profile = options.profile ?? 'shallow';
  const build = profile === 'shallow' ? buildWorkload : buildDeepWorkload;
  const items = build({ commands: options.commands, seed: options.seed });
  const commands = toCommands(items);
  let peakRss = process.memoryUsage().rss;
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const skipPeer = options.skipPeer === true;
  runCore(commands.slice(0, Math.min(100_000, commands.length)));
  if (!skipPeer) runPeer(items.slice(0, Math.min(100_000, items.length)));
  const ours: Rates[] = [];
  const peer: Rates[] = [];
  const hosted: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    ours.push(runCore(commands));
    sample();
    peer.push(skipPeer ? { wall: 0, cpu: 0 } : runPeer(items));
    sample();
    hosted.push(await runHost(commands));
    sample();
  }
  const latency = coreLatency(commands);
  const oursOpsPerSec = Math.round(median(ours.map((rate) => rate.wall)));
  const peerOpsPerSec = Math.round(median(peer.map((rate) => rate.wall)));
  const oursCpuOpsPerSec = Math.round(median(ours.map((rate) => rate.cpu)));
  const peerCpuOpsPerSec = Math.round(median(peer.map((rate) => rate.cpu)));
  return {
    profile,
    commands: options.commands,
    runs: options.runs,
    oursOpsPerSec,
    hostOpsPerSec: Math.round(median(hosted)),
    peerOpsPerSec,
    ratio: peerOpsPerSec === 0 ? 0 : Number((oursOpsPerSec / peerOpsPerSec).toFixed(2)),
    oursCpuOpsPerSec,
    peerCpuOpsPerSec,
    cpuRatio: peerCpuOpsPerSec === 0 ? 0 : Number((oursCpuOpsPerSec / peerCpuOpsPerSec).toFixed(2)),
    p50Us: latency.getValueAtPercentile(50) / 1000,
    p99Us: latency.getValueAtPercentile(99) / 1000,
    p999Us: latency.getValueAtPercentile(99.9) / 1000,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
  };
}

/**
 * Memory of one market holding `orders` resting, non-crossing orders: the JS heap plus memory
 * outside it (the typed arrays the book's entries live in), so moving entries into typed
 * arrays does not hide them from the figure.
 */
export function restingHeapMb(orders: number): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const used = (): number => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.external;
  };
  gc();
  const before = used();
  const market = createMarket(marketId);
  for (let ref = 0; ref < orders; ref += 1) {
    const command: MarketCommand = {
      kind: 'place',
      ref,
      lenderId: `L${ref % 10_000}`,
      clientOrderId: `o${ref}`,
      marketId,
      amountFen: (1 + (ref % 100)) * unitFen,
      minRateBps: 1_000 + (ref % 100),
      tif: 'GTC',
    };
    applyCommand(market, command, 1_700_000_000_000);
  }
  gc();
  const after = used();
  if (market.restingCount !== orders) throw new Error('every order rests');
  return Math.round((after - before) / 1024 / 1024);
}

function report(result: OrderbookBenchResult): string {
  const mops = (value: number): string => `${(value / 1e6).toFixed(3)} M/s`;
  return [
    `orderbook (${result.profile}, ${result.commands} commands, median of ${result.runs})`,
    `  ours (core, one thread)   ${mops(result.oursOpsPerSec)}`,
    `  ours (worker host)        ${mops(result.hostOpsPerSec)}`,
    `  peer (nodejs-order-book)  ${mops(result.peerOpsPerSec)}`,
    `  ratio ours/peer           ${result.ratio}`,
    `  per CPU second: ours ${mops(result.oursCpuOpsPerSec)}, peer ` +
      `${mops(result.peerCpuOpsPerSec)}, ratio ${result.cpuRatio}`,
    `  core latency p50/p99/p999 ${result.p50Us} / ${result.p99Us} / ${result.p999Us} µs`,
    `  peak RSS                  ${result.peakRssMb} MB`,
    '',
  ].join('\n');
}

export const bench: Benchmark = {
  summary: 'engine core vs worker-thread host vs nodejs-order-book, one seeded workload',
  options: [
    '--commands N (default 1000000)  --deep-commands N (default: --commands)',
    '--runs R (default 5)  --seed S (default 42)  --resting N (default 1000000)',
  ],
  run: async (args) => {
    const commands = integerOption(args, '--commands', 1_000_000, 20_000_000);
    const runs = integerOption(args, '--runs', 5, 50);
    const seed = integerOption(args, '--seed', 42, 2 ** 31);
    const deepCommands = integerOption(args, '--deep-commands', commands, 20_000_000);
    const restingOrders = integerOption(args, '--resting', 1_000_000, 5_000_000);
    const shallow = await runOrderbookBench({ profile: 'shallow', commands, runs, seed });
    process.stdout.write(report(shallow));
    const deep = await runOrderbookBench({ profile: 'deep', commands: deepCommands, runs, seed });
    process.stdout.write(report(deep));
    const heapMb = restingHeapMb(restingOrders);
    process.stdout.write(
      `${restingOrders} resting orders in one market: ${heapMb} MB (heap and array buffers)\n`,
    );
    for (const result of [shallow, deep]) {
      process.stdout.write(
        `${JSON.stringify({ ...result, restingOrders, restingHeapMb: heapMb })}\n`,
      );
    }
  },
};
