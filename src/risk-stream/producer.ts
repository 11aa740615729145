/**
 * Publishes behaviour events to a Redis stream without blocking the caller.
 *
 * Goal: the gateway calls `publish` on its hot path (logins, lend orders), so publishing must
 * be synchronous, bounded and cheap; Redis round trips happen in the background.
 *
 * Method: `publish` validates, encodes to Avro at once (so later mutation of the caller's object
 * cannot change what is sent) and appends to a bounded queue; when the queue is full it answers
 * OVERLOADED instead of growing. Once per tick (setImmediate) the queue is drained into one
 * ioredis pipeline of `XADD stream MAXLEN ~ n * sid <id> e <bytes>`, because one pipeline costs
 * one write and one read however many commands it holds. A batch whose pipeline fails as a whole
 * (connection lost) goes back to the front of the queue and is retried after a pause, so events
 * are not lost while Redis restarts; a single command that Redis rejects is counted and dropped.
 */
import type { Redis } from 'ioredis';
import { Code, assert, limits, type ResultCode } from '../shared/index.js';
import { currentEventSchemaId, encodeEvent, validateEvent, type BehaviourEvent } from './events.js';
import { entryFields, packedEntryFields, packedEventsMax } from './entry.js';

export interface EventProducerOptions {
  redis: Redis;
  stream: string;
  /** Approximate stream length kept by `XADD MAXLEN ~`. */
  maxLen?: number;
  /** Events queued or in flight before `publish` answers OVERLOADED. */
  queueMax?: number;
  /** Pause before retrying a batch whose pipeline failed. */
  retryDelayMs?: number;
  /**
   * Events packed into one stream entry (entry.ts, packed layout). Default 1: one entry per
   * event. Packing many (e.g. 256) is what lets the stream carry 100 k+ events/s.
   */
  packMax?: number;
  /**
   * Partition streams (default 1: `stream` itself). With more, each event goes to
   * `partitionStream(stream, partitions, partitionOf(accountId, partitions))`, so every event of
   * one account lands in one partition and so in one consumer's in-memory windows.
   */
  partitions?: number;
}

/** Partitions of one event stream at most (each is a stream with its own consumer group). */
export const partitionsMax = 64;

/** FNV-1a over the UTF-16 code units: stable across processes and versions, cheap. */
export function partitionOf(accountId: string, partitions: number): number {
  assert(Number.isSafeInteger(partitions) && partitions >= 1, 'partition count positive');
  if (partitions === 1) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < accountId.length; i += 1) {
    hash ^= accountId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}

/** The stream of one partition; with one partition, the stream itself (layout unchanged). */
export function partitionStream(stream: string, partitions: number, partition: number): string {
  assert(partition >= 0 && partition < partitions, 'partition within the count');
  return partitions === 1 ? stream : `${stream}:p${partition}`;
}

export interface EventProducer {
  /** Validates and enqueues; OK, a validation code, OVERLOADED, or SERVICE_UNAVAILABLE. */
  publish(event: BehaviourEvent): ResultCode;
  /** Resolves when every event published so far has been written (or dropped as rejected). */
  flush(): Promise<void>;
  /** Stops accepting events and flushes. Does not quit the Redis connection it was given. */
  close(): Promise<void>;
  /** Events Redis rejected one by one (not retried). */
  rejected(): number;
  /** Events queued or in flight. */
  pending(): number;
}

/** Events written per pipeline, so one drain cannot build an unbounded command buffer. */
const producerBatchMax = 4096;

export function createEventProducer(options: EventProducerOptions): EventProducer {
  const producer = new Producer(options);
  return {
    publish: (event) => producer.publish(event),
    flush: () => producer.flush(),
    close: () => producer.close(),
    rejected: () => producer.rejected(),
    pending: () => producer.pending(),
  };
}

class Producer {
  readonly #redis: Redis;
  readonly #stream: string;
  readonly #maxLen: number;
  readonly #queueMax: number;
  readonly #retryDelayMs: number;
  readonly #packMax: number;
  readonly #partitions: number;
  /** Encoded events not yet handed to a pipeline, oldest first, with their partitions. */
  #queue: Buffer[] = [];
  #queuePartitions: number[] = [];
  #inFlight = 0;
  #rejected = 0;
  #scheduled = false;
  #closed = false;
  #draining: Promise<void> | undefined;
  #idleWaiters: (() => void)[] = [];

  constructor(options: EventProducerOptions) {
    this.#redis = options.redis;
    this.#stream = options.stream;
    this.#maxLen = options.maxLen ?? limits.streamMaxLen;
    this.#queueMax = options.queueMax ?? limits.riskProducerQueueMax;
    this.#retryDelayMs = options.retryDelayMs ?? 100;
    this.#packMax = options.packMax ?? 1;
    this.#partitions = options.partitions ?? 1;
    assert(
      Number.isSafeInteger(this.#partitions) &&
        this.#partitions >= 1 &&
        this.#partitions <= partitionsMax,
      'partitions within bounds',
    );
    assert(this.#packMax >= 1 && this.#packMax <= packedEventsMax, 'packMax within bounds');
    assert(this.#stream.length > 0, 'producer needs a stream name');
    assert(Number.isSafeInteger(this.#maxLen) && this.#maxLen > 0, 'maxLen positive integer');
    assert(Number.isSafeInteger(this.#queueMax) && this.#queueMax > 0, 'queueMax positive');
  }

  rejected(): number {
    return this.#rejected;
  }

  pending(): number {
    return this.#queue.length + this.#inFlight;
  }

  publish(event: BehaviourEvent): ResultCode {
    if (this.#closed) return Code.SERVICE_UNAVAILABLE;
    const code = validateEvent(event);
    if (code !== Code.OK) return code;
    if (this.#queue.length + this.#inFlight >= this.#queueMax) return Code.OVERLOADED;
    this.#queue.push(encodeEvent(event));
    this.#queuePartitions.push(partitionOf(event.accountId, this.#partitions));
    this.#schedule();
    return Code.OK;
  }

  #schedule(): void {
    if (this.#scheduled || this.#draining !== undefined) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#draining = this.#drain().finally(() => {
        this.#draining = undefined;
        if (this.#queue.length > 0) this.#schedule();
        else this.#notifyIdle();
      });
    });
  }

  async #drain(): Promise<void> {
    const whole = this.#queue.length <= producerBatchMax;
    const batch = whole ? this.#queue : this.#queue.splice(0, producerBatchMax);
    const batchPartitions = whole
      ? this.#queuePartitions
      : this.#queuePartitions.splice(0, producerBatchMax);
    if (whole) {
      this.#queue = [];
      this.#queuePartitions = [];
    }
    this.#inFlight += batch.length;
    let failed = false;
    try {
      await this.#write(batch, batchPartitions);
    } catch {
      failed = true;
    }
    this.#inFlight -= batch.length;
    if (!failed) return;
    // The whole pipeline failed (connection lost): keep order and retry after a pause. The
    // events stay counted against the bound, so callers see OVERLOADED if Redis stays away.
    this.#queue = batch.concat(this.#queue);
    this.#queuePartitions = batchPartitions.concat(this.#queuePartitions);
    await new Promise((resolve) => setTimeout(resolve, this.#retryDelayMs));
  }

  /** Events of `batch` per partition, each list in publish order. */
  #byPartition(batch: readonly Buffer[], partitions: readonly number[]): Buffer[][] {
    const lists: Buffer[][] = Array.from({ length: this.#partitions }, () => []);
    batch.forEach((bytes, index) => lists[partitions[index] ?? 0]?.push(bytes));
    return lists;
  }

  async #write(batch: readonly Buffer[], partitions: readonly number[]): Promise<void> {
    const pipeline = this.#redis.pipeline();
    /** Events carried by each command, to count a rejected entry's events. */
    const carried: number[] = [];
    this.#byPartition(batch, partitions).forEach((events, partition) => {
      const stream = partitionStream(this.#stream, this.#partitions, partition);
      for (let i = 0; i < events.length; i += this.#packMax) {
        const slice = events.slice(i, i + this.#packMax);
        const fields =
          this.#packMax > 1
            ? packedEntryFields(currentEventSchemaId, slice)
            : entryFields(currentEventSchemaId, slice[0] ?? Buffer.alloc(0));
        pipeline.xadd(stream, 'MAXLEN', '~', this.#maxLen, '*', ...fields);
        carried.push(slice.length);
      }
    });
    const results = await pipeline.exec();
    assert(results !== null && results.length === carried.length, 'one result per command');
    results.forEach(([error], index) => {
      if (error !== null) this.#rejected += carried[index] ?? 0;
    });
  }

  #notifyIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  flush(): Promise<void> {
    if (this.#queue.length === 0 && this.#inFlight === 0 && this.#draining === undefined) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }
}
