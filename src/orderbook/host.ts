/**
 * The matching host: owns one worker thread per shard and is the only way commands reach the
 * engine. It is an edge, so it may read the clock.
 * Method: markets map to shards by a stable hash; submit() queues a command on its shard
 * (bounded: OVERLOADED past the in-flight limit) and one setImmediate flushes every shard's
 * queue as one postMessage (earlier when a batch is full). Each worker answers a batch with one
 * message; outcomes are checked against the sent refs and handed on in submission order.
 * A worker that dies answers its in-flight commands with SERVICE_UNAVAILABLE and is restarted
 * with empty books (rebuilding them from the journal is future work).
 */
import { Worker } from 'node:worker_threads';
import { Code, assert, isValidMarketId, limits, type ResultCode } from '../shared/index.js';
import {
  isWorkerMessage,
  protocolVersion,
  type BatchMessage,
  type WorkerInit,
  type WorkerMessage,
} from './protocol.js';
import { shardIndexFor } from './shard.js';
import type { BookSnapshot, CommandOutcome, MarketCommand } from './types.js';

export interface MatchingHostOptions {
  markets: string[];
  /** Worker threads; markets are spread over them by a stable hash. Default 1. */
  shards?: number;
  /** Called once per answered batch (or per failed worker) with outcomes in submission order. */
  onOutcomes: (outcomes: CommandOutcome[], books: BookSnapshot[]) => void;
  /** Reports a worker that died, for the composition root's log. */
  onWorkerFailure?: (shardIndex: number, detail: unknown) => void;
  /** Overrides for tests; default to the values in shared/limits.ts. */
  inFlightCommandsPerShardMax?: number;
  commandsPerBatchMax?: number;
  restingOrdersPerMarketMax?: number;
}

export interface MatchingHost {
  /** OK when queued, OVERLOADED when the shard is at its in-flight bound, UNKNOWN_MARKET. */
  submit(command: MarketCommand): ResultCode;
  stop(): Promise<void>;
}

interface SentBatch {
  batchId: number;
  refs: number[];
}

/**
 * Compiled JS runs worker.js beside this file. From TypeScript sources (vitest, tsx) the worker
 * starts at worker-tsx.mjs, which registers tsx inside the worker before importing worker.ts:
 * `execArgv: ['--import', 'tsx']` is not enough on Node 20 (see that file).
 */
function workerUrl(): URL {
  if (import.meta.url.endsWith('.js')) return new URL('./worker.js', import.meta.url);
  return new URL('./worker-tsx.mjs', import.meta.url);
}

class ShardHandle {
  readonly index: number;
  readonly markets: string[] = [];
  worker: Worker | null = null;
  ready = false;
  /** Set when a replacement worker died before becoming ready: the shard stays down. */
  down = false;
  pending: MarketCommand[] = [];
  readonly sent: SentBatch[] = [];
  inFlight = 0;

  constructor(index: number) {
    this.index = index;
  }
}

interface HostSettings {
  inFlightMax: number;
  batchMax: number;
  restingMax: number;
}

function settingsOf(options: MatchingHostOptions): HostSettings {
  const settings = {
    inFlightMax: options.inFlightCommandsPerShardMax ?? limits.inFlightCommandsPerShardMax,
    batchMax: options.commandsPerBatchMax ?? limits.commandsPerBatchMax,
    restingMax: options.restingOrdersPerMarketMax ?? limits.restingOrdersPerMarketMax,
  };
  assert(Number.isSafeInteger(settings.inFlightMax) && settings.inFlightMax > 0, 'inFlightMax');
  assert(Number.isSafeInteger(settings.batchMax) && settings.batchMax > 0, 'batchMax');
  assert(settings.batchMax <= settings.inFlightMax, 'a batch fits in the in-flight bound');
  assert(Number.isSafeInteger(settings.restingMax) && settings.restingMax > 0, 'restingMax');
  return settings;
}

export class WorkerMatchingHost implements MatchingHost {
  readonly #options: MatchingHostOptions;
  readonly #settings: HostSettings;
  readonly #workerUrl = workerUrl();
  readonly #shards: ShardHandle[] = [];
  readonly #shardByMarket = new Map<string, ShardHandle>();
  readonly #drainWaiters: (() => void)[] = [];
  #nextBatchId = 1;
  #flushScheduled = false;
  #stopping = false;

  constructor(options: MatchingHostOptions) {
    const shards = options.shards ?? 1;
    assert(Number.isSafeInteger(shards) && shards >= 1, 'shards is a positive integer');
    this.#options = options;
    this.#settings = settingsOf(options);
    for (let index = 0; index < shards; index += 1) this.#shards.push(new ShardHandle(index));
    for (const marketId of options.markets) {
      assert(isValidMarketId(marketId), `market id ${marketId} is valid`);
      assert(!this.#shardByMarket.has(marketId), `market ${marketId} listed once`);
      const shard = this.#shards[shardIndexFor(marketId, shards)];
      assert(shard !== undefined, 'the hash picks an existing shard');
      shard.markets.push(marketId);
      this.#shardByMarket.set(marketId, shard);
    }
  }

  /** Starts every worker; resolves when all are ready, rejects if one fails to start. */
  async start(): Promise<void> {
    await Promise.all(this.#shards.map((shard) => this.#spawn(shard)));
  }

  submit(command: MarketCommand): ResultCode {
    const shard = this.#shardByMarket.get(command.marketId);
    if (shard === undefined) return Code.UNKNOWN_MARKET;
    if (this.#stopping || shard.down) return Code.SERVICE_UNAVAILABLE;
    if (shard.inFlight >= this.#settings.inFlightMax) return Code.OVERLOADED;
    shard.pending.push(command);
    shard.inFlight += 1;
    if (shard.pending.length >= this.#settings.batchMax) this.#flush(shard);
    else this.#scheduleFlush();
    return Code.OK;
  }

  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    for (const shard of this.#shards) this.#flush(shard);
    await this.#drained();
    await Promise.all(this.#shards.map((shard) => shard.worker?.terminate()));
  }

  /** Test hook: kills a shard's worker as a crash would. */
  async crashShardForTest(shardIndex: number): Promise<void> {
    const worker = this.#shards[shardIndex]?.worker;
    assert(worker !== null && worker !== undefined, 'the shard has a worker');
    await worker.terminate();
  }

  /** Whether the shard's worker is ready; tests poll it to see a restart complete. */
  isShardReady(shardIndex: number): boolean {
    return this.#shards[shardIndex]?.ready === true;
  }

  #spawn(shard: ShardHandle): Promise<void> {
    const init: WorkerInit = {
      version: protocolVersion,
      shardIndex: shard.index,
      markets: shard.markets,
      restingOrdersPerMarketMax: this.#settings.restingMax,
    };
    const worker = new Worker(this.#workerUrl, { workerData: init });
    shard.worker = worker;
    shard.ready = false;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: unknown) => {
        if (shard.worker !== worker) return; // A late message from a replaced worker.
        assert(isWorkerMessage(message), 'worker sent a protocol message');
        if (message.type === 'ready') {
          shard.ready = true;
          resolve();
          this.#flush(shard);
        } else this.#onOutcomes(shard, message);
      });
      let failure: unknown = undefined;
      worker.on('error', (error: unknown) => {
        failure = error;
        this.#options.onWorkerFailure?.(shard.index, error);
      });
      worker.on('exit', (exitCode: number) => {
        if (shard.worker !== worker) return;
        const wasReady = shard.ready;
        this.#onExit(shard, exitCode);
        const message = `shard ${shard.index} worker exited with code ${exitCode} before ready`;
        if (!wasReady) reject(new Error(message, { cause: failure }));
      });
    });
  }

  #onExit(shard: ShardHandle, exitCode: number): void {
    const wasReady = shard.ready;
    shard.ready = false;
    shard.worker = null;
    this.#failInFlight(shard);
    if (this.#stopping) return;
    this.#options.onWorkerFailure?.(shard.index, `worker exited with code ${exitCode}`);
    // A worker that dies before it is ready would die again: leave the shard down.
    if (!wasReady) {
      shard.down = true;
      return;
    }
    this.#spawn(shard).catch((error: unknown) => {
      this.#options.onWorkerFailure?.(shard.index, error);
    });
  }

  #onOutcomes(shard: ShardHandle, message: Extract<WorkerMessage, { type: 'outcomes' }>): void {
    const batch = shard.sent.shift();
    assert(batch !== undefined, 'an answer matches a sent batch');
    assert(batch.batchId === message.batchId, 'batches are answered in order');
    assert(message.outcomes.length === batch.refs.length, 'one outcome per command');
    for (let index = 0; index < batch.refs.length; index += 1) {
      assert(message.outcomes[index]?.ref === batch.refs[index], 'outcomes in submission order');
    }
    shard.inFlight -= batch.refs.length;
    this.#options.onOutcomes(message.outcomes, message.books);
    this.#wakeDrainWaiters();
  }

  /** Answers everything the shard holds, oldest first, with SERVICE_UNAVAILABLE. */
  #failInFlight(shard: ShardHandle): void {
    const outcomes: CommandOutcome[] = [];
    for (const batch of shard.sent) {
      for (const ref of batch.refs) outcomes.push(unavailable(ref));
    }
    for (const command of shard.pending) outcomes.push(unavailable(command.ref));
    assert(outcomes.length === shard.inFlight, 'every in-flight command is answered');
    shard.sent.length = 0;
    shard.pending = [];
    shard.inFlight = 0;
    if (outcomes.length > 0) this.#options.onOutcomes(outcomes, []);
    this.#wakeDrainWaiters();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      for (const shard of this.#shards) this.#flush(shard);
    });
  }

  #flush(shard: ShardHandle): void {
    if (!shard.ready || shard.worker === null || shard.pending.length === 0) return;
    const commands = shard.pending;
    shard.pending = [];
    const batchId = this.#nextBatchId;
    this.#nextBatchId += 1;
    shard.sent.push({ batchId, refs: commands.map(refOf) });
    const message: BatchMessage = {
      type: 'batch',
      version: protocolVersion,
      batchId,
      nowMs: Date.now(),
      commands,
    };
    shard.worker.postMessage(message);
  }

  #drained(): Promise<void> {
    if (this.#totalInFlight() === 0) return Promise.resolve();
    return new Promise<void>((resolve) => this.#drainWaiters.push(resolve));
  }

  #totalInFlight(): number {
    let total = 0;
    for (const shard of this.#shards) total += shard.inFlight;
    return total;
  }

  #wakeDrainWaiters(): void {
    if (this.#drainWaiters.length === 0 || this.#totalInFlight() > 0) return;
    for (const resolve of this.#drainWaiters.splice(0)) resolve();
  }
}

function refOf(command: MarketCommand): number {
  return command.ref;
}

function unavailable(ref: number): CommandOutcome {
  return { ref, seq: 0, code: Code.SERVICE_UNAVAILABLE, events: [] };
}

/** Starts the host and exposes its test hooks; createMatchingHost is the public form. */
export async function startMatchingHost(options: MatchingHostOptions): Promise<WorkerMatchingHost> {
  const host = new WorkerMatchingHost(options);
  try {
    await host.start();
  } catch (error: unknown) {
    await host.stop();
    throw error;
  }
  return host;
}

export async function createMatchingHost(options: MatchingHostOptions): Promise<MatchingHost> {
  return startMatchingHost(options);
}
