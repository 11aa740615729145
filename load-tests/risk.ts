/**
 * `npm run bench -- risk`: a seeded mix of behaviour events through Redis Streams and the whole
 * risk pipeline (Avro encode, packed XADD, consumer group XREADGROUP, decode, fraud features and
 * rules, alerts and freezes, XACK), then the credit-scoring pool's throughput.
 *
 * Method: the producer offers a fixed rate in 5 ms ticks for a bounded time; the publish time of
 * each event (performance.now) is kept by event id, and the consumer's onDecision gives the
 * write-to-decision latency. Events/s is decided events over the time from first publish to
 * last decision. Each figure is the median of `--runs` runs; the pool figure is probabilities
 * of default for bulk batches, plus full assessments (grade, reasons, decision) per second.
 * Everything talks to 127.0.0.1 only. Last line: one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import {
  createCreditPool,
  createEventProducer,
  createRiskConsumer,
  defaultDeviceSharedConfig,
  defaultFraudConfig,
  eventKinds,
  FraudEngine,
  parseCreditCsv,
  riskStreamNames,
  seededRandom,
  type BehaviourEvent,
  type CreditFile,
  type FraudDecision,
  type RiskConsumer,
  type RiskStreamNames,
  type LoanApplication,
} from '../src/risk-stream/index.js';
import { systemClock } from '../src/shared/index.js';
import { startLocalServices } from '../src/services.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

function seededEvents(count: number, seed: number, startMs: number): BehaviourEvent[] {
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
      eventId: `b${seed}-${i}`,
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

/** Two consumers of one group sharing one fraud engine (one thread), device rule off. */
function benchConsumers(
  redis: Redis,
  names: RiskStreamNames,
  onDecision: (decision: FraudDecision) => void,
): RiskConsumer[] {
  const engine = new FraudEngine();
  return [0, 1].map((index) =>
    createRiskConsumer({
      redis,
      ...names,
      consumer: `bench-${index}`,
      config: defaultDeviceSharedConfig,
      clock: systemClock,
      deviceRule: false,
      fraud: { engine, config: () => defaultFraudConfig, onDecision },
    }),
  );
}

async function pipelineRun(redisUrl: string, rate: number, seconds: number, seed: number) {
  const prefix = `bench:risk:${process.pid}:${seed}:`;
  const names = riskStreamNames(prefix);
  const redis = new Redis(redisUrl);
  const producerRedis = new Redis(redisUrl);
  const total = rate * seconds;
  const events = seededEvents(total, seed, 1_800_000_000_000);
  const sentAt = new Float64Array(total);
  const latencies = new Float64Array(total);
  const tally = { decided: 0, blocks: 0, lastDecision: 0 };
  const consumers = benchConsumers(redis, names, (decision) => {
    const index = Number(decision.eventId.slice(decision.eventId.indexOf('-') + 1));
    tally.lastDecision = performance.now();
    latencies[tally.decided] = tally.lastDecision - (sentAt[index] ?? 0);
    tally.decided += 1;
    if (decision.outcome === 'block') tally.blocks += 1;
  });
  await Promise.all(consumers.map((consumer) => consumer.start()));
  const producer = createEventProducer({
    redis: producerRedis,
    stream: names.stream,
    packMax: 256,
    queueMax: 500_000,
    maxLen: total + 1_000,
  });
  const started = performance.now();
  const tickMs = 5;
  let next = 0;
  while (next < total) {
    const due = Math.min(total, Math.ceil(((performance.now() - started + tickMs) * rate) / 1000));
    for (; next < due; next += 1) {
      sentAt[next] = performance.now();
      const event = events[next];
      if (event !== undefined) producer.publish(event);
    }
    await new Promise((resolve) => setTimeout(resolve, tickMs));
  }
  const deadline = performance.now() + 30_000;
  while (tally.decided < total && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5));
  await producer.close();
  await Promise.all(consumers.map((consumer) => consumer.stop()));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await Promise.all([redis.quit(), producerRedis.quit()]);
  const { decided, blocks, lastDecision } = tally;
  const sorted = latencies.slice(0, decided).sort();
  const result: RunResult = {
    eventsPerSec: Math.round(decided / ((lastDecision - started) / 1000)),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    decided,
    blocks,
  };
  return result;
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
  for (let i = 0; i < apps.length; i += 16_384)
    await pool.scoreApplications(apps.slice(i, i + 16_384));
  const assessPerSec = apps.length / ((performance.now() - started) / 1000);
  await pool.close();
  return { pdPerSec, assessPerSec };
}

async function run(args: string[]): Promise<void> {
  const rate = integerOption(args, '--rate', 150_000, 2_000_000);
  const seconds = integerOption(args, '--seconds', 3, 30);
  const runs = integerOption(args, '--runs', 3, 9);
  const threads = integerOption(args, '--threads', 2, 16);
  const redisUrl = process.env['REDIS_URL'] ?? startLocalServices().redisUrl;
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i += 1) {
    const result = await pipelineRun(redisUrl, rate, seconds, 7 + i);
    process.stdout.write(
      `pipeline run ${i + 1}: offered ${rate}/s for ${seconds} s, decided ${result.decided}, ` +
        `${result.eventsPerSec} events/s, p50 ${result.p50Ms.toFixed(1)} ms, ` +
        `p99 ${result.p99Ms.toFixed(1)} ms, blocks ${result.blocks}\n`,
    );
    results.push(result);
  }
  const csv = readFileSync(join(projectRoot(), 'data', 'lendingclub', 'train.csv'), 'utf8');
  const parsed = parseCreditCsv(csv, true);
  if (!parsed.ok) throw new Error(parsed.message);
  const scores: { pdPerSec: number; assessPerSec: number }[] = [];
  for (let i = 0; i < runs; i += 1) {
    const score = await scoringRun(parsed.table.files, threads);
    process.stdout.write(
      `pool run ${i + 1} (${threads} threads): ${Math.round(score.pdPerSec)} scores/s, ` +
        `${Math.round(score.assessPerSec)} full assessments/s\n`,
    );
    scores.push(score);
  }
  const summary = {
    eventsPerSec: median(results.map((r) => r.eventsPerSec)),
    p50Ms: Number(median(results.map((r) => r.p50Ms)).toFixed(2)),
    p99Ms: Number(median(results.map((r) => r.p99Ms)).toFixed(2)),
    scoresPerSec: Math.round(median(scores.map((s) => s.pdPerSec))),
    assessmentsPerSec: Math.round(median(scores.map((s) => s.assessPerSec))),
    offeredPerSec: rate,
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
  ],
  run,
};
