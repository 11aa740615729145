/**
 * The consumer side of `npm run bench -- risk`, run in a worker thread: in production the risk
 * consumers run in their own process, not on the gateway's thread that produces the events, so
 * the bench gives them their own thread too (one per worker, each owning some partitions).
 *
 * Modes: `pipeline` runs the real consumers (createRiskConsumer with its own fraud engine per
 * worker: decode, features, rules, alerts, freezes, XACK) and records write-to-decision latency
 * per event; `peer` is the bare round trip of the same bytes: XREADGROUP and XACK of the same
 * packed entries, counting the events in each entry without decoding them.
 *
 * Warm-up events (ids starting with `w`, pipeline mode only) are counted apart and not measured.
 * Shared memory with the main thread: `sentAt[i]` is the absolute publish time of event i
 * (timeOrigin + performance.now()); `decided[worker]` counts this worker's events and
 * `lastMs[worker]` the absolute time of its latest one. Prefixed `_` so bench.ts does not list
 * it as a benchmark.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { Redis } from 'ioredis';
import {
  createRiskConsumer,
  defaultDeviceSharedConfig,
  defaultFraudConfig,
  FraudEngine,
  partitionStream,
  type FraudDecision,
  type RiskConsumer,
} from '../src/risk-stream/index.js';
import { ack, ensureGroup, readGroup } from '../src/risk-stream/stream-io.js';
import { systemClock } from '../src/shared/index.js';

export interface ConsumerJob {
  mode: 'pipeline' | 'peer';
  redisUrl: string;
  stream: string;
  group: string;
  alertStream: string;
  alertChannel: string;
  freezeChannel: string;
  partitions: number;
  owned: number[];
  readCount: number;
  worker: number;
  total: number;
  sentAt: SharedArrayBuffer;
  decided: SharedArrayBuffer;
  lastMs: SharedArrayBuffer;
  /** Per worker: warm-up events decided (ids start with `w`; not measured). */
  warmed: SharedArrayBuffer;
}

export interface ConsumerReport {
  latencies: Float64Array;
  blocks: number;
}

const job = workerData as ConsumerJob;
const sentAt = new Float64Array(job.sentAt);
const decided = new Int32Array(job.decided);
const lastMs = new Float64Array(job.lastMs);
const warmed = new Int32Array(job.warmed);
let warmCount = 0;
const latencies = new Float64Array(job.total);
let count = 0;
let blocks = 0;

function nowAbsMs(): number {
  return performance.timeOrigin + performance.now();
}

function onDecision(decision: FraudDecision): void {
  if (decision.eventId.startsWith('w')) {
    warmCount += 1;
    Atomics.store(warmed, job.worker, warmCount);
    return;
  }
  const index = Number(decision.eventId.slice(decision.eventId.indexOf('-') + 1));
  const now = nowAbsMs();
  if (count < latencies.length) latencies[count] = now - (sentAt[index] ?? now);
  count += 1;
  if (decision.outcome === 'block') blocks += 1;
  lastMs[job.worker] = now;
  Atomics.store(decided, job.worker, count);
}

function pipelineConsumers(redis: Redis): RiskConsumer[] {
  const engine = new FraudEngine();
  return job.owned.map((partition) =>
    createRiskConsumer({
      redis,
      stream: partitionStream(job.stream, job.partitions, partition),
      group: job.group,
      consumer: `bench-${job.worker}-${partition}`,
      alertStream: job.alertStream,
      alertChannel: job.alertChannel,
      freezeChannel: job.freezeChannel,
      keyPrefix: `${job.stream}:`,
      config: defaultDeviceSharedConfig,
      clock: systemClock,
      deviceRule: false,
      readCount: job.readCount,
      fraud: { engine, config: () => defaultFraudConfig, onDecision },
    }),
  );
}

/** Events in a packed entry, read from its `n` field (1 for an unpacked entry). */
function eventsIn(fields: Buffer[] | null): number {
  if (fields === null) return 0;
  for (let i = 0; i + 1 < fields.length; i += 2) {
    if (fields[i]?.toString('latin1') === 'n') return Number(fields[i + 1]?.toString('latin1'));
  }
  return 1;
}

/** The peer: read and acknowledge the same entries, nothing else; stops on `stopping()`. */
async function peerLoop(redis: Redis, partition: number, stopping: () => boolean) {
  const stream = partitionStream(job.stream, job.partitions, partition);
  const target = { stream, group: job.group, consumer: `peer-${job.worker}-${partition}` };
  await ensureGroup(redis, stream, job.group);
  const reader = redis.duplicate();
  while (!stopping()) {
    const entries = await readGroup(reader, target, '>', job.readCount, 50);
    for (const entry of entries) count += eventsIn(entry.fields);
    await ack(
      redis,
      target,
      entries.map((entry) => entry.id),
    );
    if (entries.length > 0) {
      lastMs[job.worker] = nowAbsMs();
      Atomics.store(decided, job.worker, count);
    }
  }
  await reader.quit();
}

async function main(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('_risk-consumer runs as a worker thread');
  const redis = new Redis(job.redisUrl);
  let stopping = false;
  const stopped = new Promise<void>((resolve) =>
    port.once('message', () => {
      stopping = true;
      resolve();
    }),
  );
  if (job.mode === 'pipeline') {
    const consumers = pipelineConsumers(redis);
    await Promise.all(consumers.map((consumer) => consumer.start()));
    port.postMessage('ready');
    await stopped;
    await Promise.all(consumers.map((consumer) => consumer.stop()));
  } else {
    const loops = job.owned.map((partition) => peerLoop(redis, partition, () => stopping));
    port.postMessage('ready');
    await Promise.all(loops);
  }
  await redis.quit();
  const kept = Math.min(count, job.total);
  const copy = new Float64Array(new ArrayBuffer(8 * kept));
  copy.set(latencies.subarray(0, kept));
  port.postMessage({ latencies: copy, blocks } satisfies ConsumerReport, [copy.buffer]);
}

await main();
