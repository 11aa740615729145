/**
 * The matching host: owns one worker thread per shard and is the only way commands reach the
 * engine. It is an edge, so it may read the clock.
 * Method: markets map to shards by a stable hash; submit() queues a command on its shard
 * (bounded: OVERLOADED past the in-flight limit) and one setImmediate flushes every shard's
 * queue as one postMessage (earlier when a batch is full). Each worker answers a batch with one
 * message; outcomes are checked against the sent refs and handed on in submission order.
 * With a journal directory each worker journals every batch (group commit) before answering
 * it. Snapshots are the host's call: every `snapshotEveryBatches` answered batches it holds the
 * shard's next batch until every answered batch is settled (the promise onOutcomes returned has
 * resolved: the service's ledger made it durable), then asks for one, so a snapshot never covers
 * a batch the ledger could still lose. On the first start the workers replay their journals
 * and the host keeps what the replay produced (`recovery()`): the service settles those
 * batches again, idempotently, before it serves. A worker that dies is restarted, rebuilds its
 * markets from snapshot + journal, and gets the unanswered batches again (those it had journaled
 * are answered from the replay, the others applied): no acknowledged command is lost or applied
 * twice.
 * After `restartsMax` restarts without an answered batch in between the shard is left down and
 * its commands answered SERVICE_UNAVAILABLE. Without a journal (tests, benchmarks) a dead
 * worker's in-flight commands are answered SERVICE_UNAVAILABLE and it restarts with empty books.
 * Ticks: with `tickIntervalMs` the host sends every market a tick command (expiries and tranche
 * deadlines) on that period; commands the host makes itself carry negative refs and their
 * outcomes go to `onSystemOutcomes`, never to `onOutcomes`.
 */
import { Worker } from 'node:worker_threads';
import { Code, assert, isValidMarketId, limits, type ResultCode } from '../shared/index.js';
import {
  isWorkerMessage,
  protocolVersion,
  type BatchMessage,
  type OpenTrancheState,
  type ReplayedBatch,
  type SnapshotMessage,
  type WorkerInit,
  type WorkerMessage,
} from './protocol.js';
import type { MarketRules } from './book.js';
import { shardIndexFor } from './shard.js';
import type { BookSnapshot, CommandOutcome, MarketCommand } from './types.js';

export interface MatchingHostOptions {
  markets: string[];
  /** Worker threads; markets are spread over them by a stable hash. Default 1. */
  shards?: number;
  /**
   * Called once per answered batch (or per failed worker) with outcomes in submission order and
   * the batch's time. A returned promise resolves once the outcomes are settled (durable
   * downstream); snapshots wait for it. Void: settled at once.
   */
  onOutcomes: (outcomes: CommandOutcome[], books: BookSnapshot[], nowMs: number) => Settled;
  /** Reports a worker that died, for the composition root's log. */
  onWorkerFailure?: (shardIndex: number, detail: unknown) => void;
  /** Overrides for tests; default to the values in shared/limits.ts. */
  inFlightCommandsPerShardMax?: number;
  commandsPerBatchMax?: number;
  restingOrdersPerMarketMax?: number;
  /** Closed entries each market remembers for idempotency (limits.ts). */
  closedEntriesPerMarketMax?: number;
  /** Product rules of every market; defaults in defaultMarketRules (book.ts). */
  rules?: Partial<MarketRules>;
  /** Per-market product rules over `rules`, by market id. */
  rulesByMarket?: Record<string, Partial<MarketRules>>;
  /**
   * Directory of the shard journals and snapshots (the service passes DATA_DIR/orderbook);
   * omitted: no journal, books live in memory only.
   */
  journalDir?: string;
  /** Journaled batches between snapshots of a shard. Default 10,000. */
  snapshotEveryBatches?: number;
  /** Period of the tick sent to every market; 0 or omitted: no ticks. */
  tickIntervalMs?: number;
  /** Outcomes of the commands the host makes itself (ticks): expiries, deadlines. */
  onSystemOutcomes?: (outcomes: CommandOutcome[], books: BookSnapshot[], nowMs: number) => Settled;
  /** Restarts of a shard's worker without an answered batch in between. Default 3. */
  restartsMax?: number;
}

export type Settled = Promise<void> | void;

/** What a shard's journal replay produced on the first start of a host run. */
export interface RecoveryReport {
  shardIndex: number;
  /** Every journaled batch after the snapshot, oldest first, with its outcomes. */
  replayed: ReplayedBatch[];
  /** The resting lend orders as [lender id, client order id]. */
  restingOrders: [string, string][];
  /** The tranches still being funded. */
  openTranches: OpenTrancheState[];
}

export interface MatchingHost {
  /**
   * OK when queued, OVERLOADED when the shard is at its in-flight bound, UNKNOWN_MARKET,
   * SERVICE_UNAVAILABLE when stopping or the shard is down, INVALID_FIELD for a negative ref
   * (reserved for the host's own commands).
   */
  submit(command: MarketCommand): ResultCode;
  /** The replay reports of the first start (with a journal), once; empty afterwards. */
  recovery(): RecoveryReport[];
  stop(): Promise<void>;
}

interface SentBatch {
  message: BatchMessage;
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
  /** Restarts since the last answered batch. */
  restarts = 0;
  /** Answered batches whose settlement has not resolved yet. */
  unsettled = 0;
  /** Answered batches since the last snapshot request. */
  sinceSnapshot = 0;
  /** A snapshot is due: batches wait until everything answered is settled. */
  snapshotDue = false;
  /** A settlement failed: nothing after it is known durable, so no snapshot is taken again. */
  settleFailed = false;

  constructor(index: number) {
    this.index = index;
  }
}

interface HostSettings {
  inFlightMax: number;
  batchMax: number;
  restingMax: number;
  snapshotEvery: number;
  restartsMax: number;
}

function settingsOf(options: MatchingHostOptions): HostSettings {
  const settings = {
    inFlightMax: options.inFlightCommandsPerShardMax ?? limits.inFlightCommandsPerShardMax,
    batchMax: options.commandsPerBatchMax ?? limits.commandsPerBatchMax,
    restingMax: options.restingOrdersPerMarketMax ?? limits.restingOrdersPerMarketMax,
    snapshotEvery: options.snapshotEveryBatches ?? 10_000,
    restartsMax: options.restartsMax ?? 3,
  };
  assert(Number.isSafeInteger(settings.snapshotEvery) && settings.snapshotEvery > 0, 'snapshots');
  assert(Number.isSafeInteger(settings.restartsMax) && settings.restartsMax >= 0, 'restartsMax');
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
  /** This host run: journal records of another run are never taken for a resent batch. */
  readonly #epoch = Date.now();
  #nextBatchId = 1;
  #nextSystemRef = -1;
  #flushScheduled = false;
  #stopping = false;
  #ticker: NodeJS.Timeout | null = null;
  #recovery: RecoveryReport[] = [];

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
    await Promise.all(this.#shards.map((shard) => this.#spawn(shard, true)));
    const interval = this.#options.tickIntervalMs ?? 0;
    assert(Number.isSafeInteger(interval) && interval >= 0, 'tickIntervalMs');
    if (interval > 0) {
      this.#ticker = setInterval(() => this.tick(), interval);
      this.#ticker.unref();
    }
  }

  /** Sends every market a tick now (the timer calls it; tests may too). */
  tick(): void {
    for (const [marketId, shard] of this.#shardByMarket) {
      // A shard that is full skips this tick; the next one catches up (expiry is by time).
      if (this.#stopping || shard.down || shard.inFlight >= this.#settings.inFlightMax) continue;
      const ref = this.#nextSystemRef;
      this.#nextSystemRef -= 1;
      this.#enqueue(shard, { kind: 'tick', ref, marketId });
    }
  }

  recovery(): RecoveryReport[] {
    return this.#recovery.splice(0);
  }

  submit(command: MarketCommand): ResultCode {
    const shard = this.#shardByMarket.get(command.marketId);
    if (shard === undefined) return Code.UNKNOWN_MARKET;
    if (!(command.ref >= 0)) return Code.INVALID_FIELD;
    if (this.#stopping || shard.down) return Code.SERVICE_UNAVAILABLE;
    if (shard.inFlight >= this.#settings.inFlightMax) return Code.OVERLOADED;
    this.#enqueue(shard, command);
    return Code.OK;
  }

  #enqueue(shard: ShardHandle, command: MarketCommand): void {
    shard.pending.push(command);
    shard.inFlight += 1;
    if (shard.pending.length >= this.#settings.batchMax) this.#flush(shard);
    else this.#scheduleFlush();
  }

  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    if (this.#ticker !== null) clearInterval(this.#ticker);
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

  #spawn(shard: ShardHandle, first = false): Promise<void> {
    const init: WorkerInit = {
      version: protocolVersion,
      shardIndex: shard.index,
      markets: shard.markets,
      restingOrdersPerMarketMax: this.#settings.restingMax,
      closedEntriesPerMarketMax:
        this.#options.closedEntriesPerMarketMax ?? limits.closedEntriesPerMarketMax,
      rules: this.#options.rules ?? {},
      rulesByMarket: this.#options.rulesByMarket ?? {},
      journalDir: this.#options.journalDir ?? null,
      snapshotEveryBatches: this.#settings.snapshotEvery,
      reportReplay: first && this.#options.journalDir !== undefined,
      epoch: this.#epoch,
      resendBatchIds: shard.sent.map((batch) => batch.message.batchId),
    };
    const worker = new Worker(this.#workerUrl, { workerData: init });
    shard.worker = worker;
    shard.ready = false;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: unknown) => {
        if (shard.worker !== worker) return; // A late message from a replaced worker.
        assert(isWorkerMessage(message), 'worker sent a protocol message');
        if (message.type === 'ready') {
          if (first) {
            const { replayed, restingOrders, openTranches } = message;
            this.#recovery.push({ shardIndex: shard.index, replayed, restingOrders, openTranches });
          }
          shard.ready = true;
          resolve();
          // A restarted worker gets the unanswered batches again, in order, as they were.
          for (const batch of shard.sent) worker.postMessage(batch.message);
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
    const journaled = this.#options.journalDir !== undefined;
    // With a journal the unanswered batches wait for the replacement worker.
    if (!journaled || this.#stopping) this.#failInFlight(shard);
    if (this.#stopping) return;
    this.#options.onWorkerFailure?.(shard.index, `worker exited with code ${exitCode}`);
    shard.restarts += 1;
    // A worker that dies before it is ready, or keeps dying, would die again: leave it down.
    if (!wasReady || shard.restarts > this.#settings.restartsMax) {
      shard.down = true;
      this.#failInFlight(shard);
      return;
    }
    this.#spawn(shard).catch((error: unknown) => {
      this.#options.onWorkerFailure?.(shard.index, error);
    });
  }

  #onOutcomes(shard: ShardHandle, message: Extract<WorkerMessage, { type: 'outcomes' }>): void {
    const batch = shard.sent.shift();
    assert(batch !== undefined, 'an answer matches a sent batch');
    assert(batch.message.batchId === message.batchId, 'batches are answered in order');
    assert(message.outcomes.length === batch.refs.length, 'one outcome per command');
    let systemCount = 0;
    for (let index = 0; index < batch.refs.length; index += 1) {
      const ref = batch.refs[index] ?? 0;
      assert(message.outcomes[index]?.ref === ref, 'outcomes in submission order');
      if (ref < 0) systemCount += 1;
    }
    shard.inFlight -= batch.refs.length;
    shard.restarts = 0;
    const nowMs = batch.message.nowMs;
    this.#settling(shard, this.#deliver(message.outcomes, message.books, systemCount, nowMs));
    shard.sinceSnapshot += 1;
    const journaled = this.#options.journalDir !== undefined;
    if (journaled && shard.sinceSnapshot >= this.#settings.snapshotEvery) shard.snapshotDue = true;
    // Commands queued behind a due snapshot go as soon as it is taken.
    if (shard.snapshotDue) this.#flush(shard);
    this.#wakeDrainWaiters();
  }

  /** Counts the batch unsettled until its settlement resolves, then lets a due snapshot go. */
  #settling(shard: ShardHandle, settled: Settled[]): void {
    const promises = settled.filter((value): value is Promise<void> => value instanceof Promise);
    if (promises.length === 0) return;
    shard.unsettled += 1;
    const done = (ok: boolean): void => {
      shard.unsettled -= 1;
      if (!ok) shard.settleFailed = true;
      this.#flush(shard);
    };
    Promise.all(promises).then(
      () => done(true),
      () => done(false),
    );
  }

  /** Client outcomes to onOutcomes, the host's own (negative refs) to onSystemOutcomes. */
  #deliver(
    outcomes: CommandOutcome[],
    books: BookSnapshot[],
    systemCount: number,
    nowMs: number,
  ): Settled[] {
    if (systemCount === 0) return [this.#options.onOutcomes(outcomes, books, nowMs)];
    const settled: Settled[] = [];
    const system = outcomes.filter((outcome) => outcome.ref < 0);
    const client = outcomes.filter((outcome) => outcome.ref >= 0);
    if (client.length > 0) settled.push(this.#options.onOutcomes(client, books, nowMs));
    const systemBooks = client.length > 0 ? [] : books;
    settled.push(this.#options.onSystemOutcomes?.(system, systemBooks, nowMs));
    return settled;
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
    const systemCount = outcomes.filter((outcome) => outcome.ref < 0).length;
    // Never journaled (or the shard is down): nothing here a snapshot could cover.
    if (outcomes.length > 0) this.#deliver(outcomes, [], systemCount, Date.now());
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
    if (!shard.ready || shard.worker === null) return;
    // Stopping sends what is queued: a snapshot that waits for settlement could wait forever.
    if (shard.snapshotDue && !this.#stopping && !this.#snapshotIfSettled(shard)) return;
    if (shard.pending.length === 0) return;
    const commands = shard.pending;
    shard.pending = [];
    const batchId = this.#nextBatchId;
    this.#nextBatchId += 1;
    const message: BatchMessage = {
      type: 'batch',
      version: protocolVersion,
      batchId,
      nowMs: Date.now(),
      commands,
    };
    shard.sent.push({ message, refs: commands.map(refOf) });
    shard.worker.postMessage(message);
  }

  /** Asks for the due snapshot once every answered batch is settled; false while waiting. */
  #snapshotIfSettled(shard: ShardHandle): boolean {
    if (shard.settleFailed) {
      shard.snapshotDue = false;
      return true;
    }
    if (shard.sent.length > 0 || shard.unsettled > 0 || shard.worker === null) return false;
    const message: SnapshotMessage = { type: 'snapshot', version: protocolVersion };
    shard.worker.postMessage(message);
    shard.snapshotDue = false;
    shard.sinceSnapshot = 0;
    return true;
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
