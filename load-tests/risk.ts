/**
 * `npm run bench -- risk`: a seeded mix of behaviour events through Redis Streams and the whole
 * risk pipeline (Avro encode, packed XADD, consumer group XREADGROUP, decode, fraud features and
 * rules, alerts and freezes, XACK), then the credit-scoring pool's throughput.
 *
 * Method: the producer (this thread, as in the gateway) offers a fixed rate in 5 ms ticks for a
 * bounded time into `--workers` account partitions; each partition's consumer runs in its own
 * worker thread (_risk-consumer.ts), as the risk consumers run apart from the gateway. The
 * absolute publish time of each event sits in shared memory, and the consumer's onDecision
 * gives the write-to-decision latency. Events/s is decided events over the time from first
 * publish to last decision. The peer, run on the same events in the same run, is the bare
 * XREADGROUP + XACK of the same packed entries (no decode, no rules): `vsPeer` is the share of
 * the transport's own rate the whole pipeline keeps. Each figure is the median of `--runs`
 * runs. `scoresPerSec` is full credit assessments per second from the pool (PD, grade, max
 * rate, reason codes, decision); `pdScoresPerSec` is probabilities of default alone.
 * Everything talks to 127.0.0.1 only. Last line: one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Redis } from 'ioredis';
import {
  createCreditPool,
  createEventProducer,
  eventKinds,
  parseCreditCsv,
  riskStreamNames,
  seededRandom,
  type BehaviourEvent,
  type CreditFile,
  type EventProducer,
  type LoanApplication,
  type ScoreBatchResult,
} from '../src/risk-stream/index.js';
import { limits } from '../src/shared/index.js';
import type { ConsumerJob, ConsumerReport } from './_risk-consumer.js';
import { startLocalServices } from '../src/services.js';
import { readFileSync } from 'node:fs';
import { projectRoot } from '../src/risk-stream/credit/paths.js';
import type { Benchmark } from './bench.js';
import { integerOption, median } from './options.js';

interface RunResult {
  eventsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  decided: number;
  blocks: number;
}

const kindWeights: [BehaviourEvent['kind'], number][] = [
  ['login', 35],
  ['login_failed', 5],
  ['lend_order_placed', 30],
  ['lend_order_cancelled', 5],
  ['deposit', 9],
  ['withdrawal', 7],
  ['profile_change', 2],
  ['device_change', 2],
  ['repayment', 3],
  ['registration', 1],
  ['loan_application', 1],
];

function seededEvents(count: number, seed: number, startMs: number, idPrefix = 'b') {
  const random = seededRandom(seed);
  const total = kindWeights.reduce((sum, [, weight]) => sum + weight, 0);
  const pick = (): BehaviourEvent['kind'] => {
    let r = random() * total;
    for (const [kind, weight] of kindWeights) if ((r -= weight) < 0) return kind;
    return 'login';
  };
  return Array.from({ length: count }, (_, i) => {
    const kind = pick();
    const account = Math.floor(random() * 50_000);
    const money = kind === 'deposit' || kind === 'withdrawal' || kind === 'lend_order_placed';
    return {
      eventId: `${idPrefix}${seed}-${i}`,
      kind,
      accountId: `acct-${account}`,
      deviceId: `dev-${account}`,
      ip: `10.${account % 250}.${Math.floor(account / 250) % 250}.1`,
      amountFen: money ? 1_000 + Math.floor(random() * 2_000_000) : 0,
      marketId: kind === 'lend_order_placed' ? '36M:B' : '',
      timeMs: startMs + i,
      cardId: money ? `card-${account}` : '',
      profileField: kind === 'profile_change' ? 'phone' : '',
    };
  });
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const here = dirname(fileURLToPath(import.meta.url));
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

interface Shared {
  sentAt: Float64Array;
  decided: Int32Array;
  lastMs: Float64Array;
  warmed: Int32Array;
}

/** Starts one consumer worker thread and resolves once its consumers are reading. */
async function startWorker(job: ConsumerJob): Promise<Worker> {
  const worker = new Worker(join(here, `_risk-consumer${extension}`), { workerData: job });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return worker;
}

async function stopWorker(worker: Worker): Promise<ConsumerReport> {
  const report = new Promise<ConsumerReport>((resolve, reject) => {
    worker.once('message', (message: ConsumerReport) => resolve(message));
    worker.once('error', reject);
  });
  worker.postMessage('stop');
  const result = await report;
  await worker.terminate();
  return result;
}

function jobs(mode: ConsumerJob['mode'], redisUrl: string, prefix: string, shared: Shared) {
  const names = riskStreamNames(prefix);
  const workers = shared.decided.length;
  return Array.from({ length: workers }, (_, worker): ConsumerJob => ({
    mode,
    redisUrl,
    ...names,
    partitions: workers,
    owned: [worker],
    readCount: Math.max(1, Math.floor(limits.riskBatchEventsMax / packMax)),
    worker,
    total: shared.sentAt.length,
    sentAt: shared.sentAt.buffer as SharedArrayBuffer,
    decided: shared.decided.buffer as SharedArrayBuffer,
    lastMs: shared.lastMs.buffer as SharedArrayBuffer,
    warmed: shared.warmed.buffer as SharedArrayBuffer,
  }));
}

function decidedSoFar(shared: Shared): number {
  let sum = 0;
  for (let i = 0; i < shared.decided.length; i += 1) sum += Atomics.load(shared.decided, i);
  return sum;
}

/** Offers `events` at `rate` in 5 ms ticks; stamps each event's absolute publish time. */
async function offer(producer: EventProducer, events: BehaviourEvent[], rate: number, s: Shared) {
  const started = performance.now();
  const tickMs = 5;
  let next = 0;
  while (next < events.length) {
    const elapsedMs = performance.now() - started + tickMs;
    const due = Math.min(events.length, Math.ceil((elapsedMs * rate) / 1000));
    for (; next < due; next += 1) {
      s.sentAt[next] = performance.timeOrigin + performance.now();
      const event = events[next];
      if (event !== undefined) producer.publish(event);
    }
    await new Promise((resolve) => setTimeout(resolve, tickMs));
  }
  return performance.timeOrigin + started;
}

const packMax = 256;

/**
 * Warm-up before the measured events, pipeline mode only: fresh worker threads run cold code
 * and know no account, while a running service has both warm. One second of the offered rate
 * (at most 100,000 events, ids `w...`, event times before the measured ones) goes through the
 * same consumers and is waited for (at most 30 s); the workers count it apart.
 */
async function warmUp(producer: EventProducer, run: RunSpec, shared: Shared): Promise<void> {
  const count = Math.min(run.rate, 100_000);
  const events = seededEvents(count, run.seed + 1_000, 1.8e12 - 2 * count, 'w');
  for (const event of events) producer.publish(event);
  await producer.flush();
  const deadline = performance.now() + 30_000;
  const warmed = () => shared.warmed.reduce((sum, _, i) => sum + Atomics.load(shared.warmed, i), 0);
  while (warmed() < count && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5));
}

async function streamRun(mode: ConsumerJob['mode'], redisUrl: string, run: RunSpec) {
  const prefix = `bench:risk:${process.pid}:${mode}:${run.seed}:`;
  const total = run.rate * run.seconds;
  const shared: Shared = {
    sentAt: new Float64Array(new SharedArrayBuffer(8 * total)),
    decided: new Int32Array(new SharedArrayBuffer(4 * run.workers)),
    lastMs: new Float64Array(new SharedArrayBuffer(8 * run.workers)),
    warmed: new Int32Array(new SharedArrayBuffer(4 * run.workers)),
  };
  const workers = await Promise.all(jobs(mode, redisUrl, prefix, shared).map(startWorker));
  const redis = new Redis(redisUrl);
  const producer = createEventProducer({
    redis,
    stream: riskStreamNames(prefix).stream,
    packMax,
    partitions: run.workers,
    queueMax: 500_000,
    maxLen: total + 1_000,
  });
  if (mode === 'pipeline') await warmUp(producer, run, shared);
  const startedAbsMs = await offer(
    producer,
    seededEvents(total, run.seed, 1.8e12),
    run.rate,
    shared,
  );
  const deadline = performance.now() + 30_000;
  while (decidedSoFar(shared) < total && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5));
  await producer.close();
  const reports = await Promise.all(workers.map(stopWorker));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  return summarise(shared, reports, startedAbsMs);
}

interface RunSpec {
  rate: number;
  seconds: number;
  seed: number;
  workers: number;
}

function summarise(shared: Shared, reports: ConsumerReport[], startedAbsMs: number): RunResult {
  const decided = decidedSoFar(shared);
  const lastAbsMs = Math.max(...shared.lastMs);
  const sorted = new Float64Array(reports.reduce((sum, r) => sum + r.latencies.length, 0));
  let offset = 0;
  for (const report of reports) {
    sorted.set(report.latencies, offset);
    offset += report.latencies.length;
  }
  sorted.sort();
  return {
    eventsPerSec: Math.round(decided / ((lastAbsMs - startedAbsMs) / 1000)),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    decided,
    blocks: reports.reduce((sum, r) => sum + r.blocks, 0),
  };
}

function applications(files: readonly CreditFile[]): LoanApplication[] {
  return files.map((credit, i) => ({
    applicationId: `app-${i}`,
    accountId: `acct-${i}`,
    amountFen: 5_000_000,
    termMonths: 36,
    applicant: { ageYears: 35, occupation: 'engineer', annualIncomeFen: 20_000_000 },
    credit,
  }));
}

async function scoringRun(files: readonly CreditFile[], threads: number) {
  const pool = createCreditPool({ threads, chunkSize: 4_096 });
  const total = 200_000;
  const batch: CreditFile[] = Array.from(
    { length: total },
    (_, i) => files[i % files.length] as CreditFile,
  );
  await pool.scoreFiles(batch.slice(0, 20_000));
  let started = performance.now();
  await pool.scoreFiles(batch);
  const pdPerSec = total / ((performance.now() - started) / 1000);
  const apps = applications(batch.slice(0, 50_000));
  await pool.scoreApplications(apps.slice(0, 4_096));
  started = performance.now();
  // Several callers at once (as the backend's many connections are), so the pool's threads are
  // kept busy the way the bulk PD call above keeps them.
  const calls: Promise<ScoreBatchResult>[] = [];
  for (let i = 0; i < apps.length; i += 16_384)
    calls.push(pool.scoreApplications(apps.slice(i, i + 16_384)));
  const answers = await Promise.all(calls);
  const assessed = answers.reduce((sum, answer) => sum + (answer.results?.length ?? 0), 0);
  if (assessed !== apps.length) throw new Error(`pool assessed ${assessed} of ${apps.length}`);
  const assessPerSec = apps.length / ((performance.now() - started) / 1000);
  await pool.close();
  return { pdPerSec, assessPerSec };
}

async function run(args: string[]): Promise<void> {
  const rate = integerOption(args, '--rate', 150_000, 2_000_000);
  const seconds = integerOption(args, '--seconds', 3, 30);
  const runs = integerOption(args, '--runs', 3, 9);
  const threads = integerOption(args, '--threads', 2, 16);
  const workers = integerOption(args, '--workers', 2, 8);
  const redisUrl = process.env['REDIS_URL'] ?? startLocalServices().redisUrl;
  const results: RunResult[] = [];
  const peers: RunResult[] = [];
  for (let i = 0; i < runs; i += 1) {
    const spec: RunSpec = { rate, seconds, seed: 7 + i, workers };
    // The peer first, on the same events: the bare XADD/XREADGROUP/XACK of the same bytes.
    const peer = await streamRun('peer', redisUrl, spec);
    const result = await streamRun('pipeline', redisUrl, spec);
    process.stdout.write(
      `run ${i + 1}: offered ${rate}/s for ${seconds} s to ${workers} partitions; ` +
        `pipeline decided ${result.decided}, ${result.eventsPerSec} events/s, ` +
        `p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ` +
        `blocks ${result.blocks}; peer (read+ack only) ${peer.eventsPerSec} events/s\n`,
    );
    results.push(result);
    peers.push(peer);
  }
  const csv = readFileSync(join(projectRoot(), 'data', 'lendingclub', 'train.csv'), 'utf8');
  const parsed = parseCreditCsv(csv, true);
  if (!parsed.ok) throw new Error(parsed.message);
  const scores: { pdPerSec: number; assessPerSec: number }[] = [];
  for (let i = 0; i < runs; i += 1) {
    const score = await scoringRun(parsed.table.files, threads);
    process.stdout.write(
      `pool run ${i + 1} (${threads} threads): ${Math.round(score.pdPerSec)} PD-only scores/s, ` +
        `${Math.round(score.assessPerSec)} full assessments/s\n`,
    );
    scores.push(score);
  }
  const eventsPerSec = median(results.map((r) => r.eventsPerSec));
  const peerEventsPerSec = median(peers.map((r) => r.eventsPerSec));
  const summary = {
    eventsPerSec,
    p50Ms: Number(median(results.map((r) => r.p50Ms)).toFixed(2)),
    p99Ms: Number(median(results.map((r) => r.p99Ms)).toFixed(2)),
    // The full assessment (PD, grade, max rate, reason codes, decision), as the issue asks;
    // probabilities of default alone (bulk re-scoring) are reported beside it.
    scoresPerSec: Math.round(median(scores.map((s) => s.assessPerSec))),
    pdScoresPerSec: Math.round(median(scores.map((s) => s.pdPerSec))),
    peerEventsPerSec,
    vsPeer: Number((eventsPerSec / peerEventsPerSec).toFixed(3)),
    offeredPerSec: rate,
    partitions: workers,
    runs,
    eventKinds: eventKinds.length,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

export const bench: Benchmark = {
  summary: 'risk stream: events through Redis Streams + fraud stage, and credit scores/s',
  options: [
    '--rate <events/s>     offered load (default 150000)',
    '--seconds <n>         seconds per run (default 3)',
    '--runs <n>            runs, medians reported (default 3)',
    '--threads <n>         credit pool threads (default 2)',
    '--workers <n>         consumer threads = partitions (default 2)',
  ],
  run,
};
