/**
 * A shard with its journal: what a worker runs, usable in-process by tests and tools.
 * Method: open() builds the shard (with a journal: restore the latest snapshot, add markets
 * configured since, replay the records after it, keeping the results of the batches the host
 * will resend); apply() journals a batch (one fdatasync) before applying it, or answers a
 * resent batch from the replay so that no batch is applied twice; a snapshot follows every
 * `snapshotEveryBatches` applied batches.
 */
import { ShardJournal } from './journal.js';
import type { BatchMessage, WorkerInit } from './protocol.js';
import {
  addMissingMarkets,
  applyBatch,
  createShard,
  type BatchResult,
  type ShardOptions,
  type ShardState,
} from './shard.js';
import { restoreShard, shardData } from './snapshot.js';

export type DurableShardInit = Omit<WorkerInit, 'version' | 'markets'> & {
  markets: readonly string[];
};

export class DurableShard {
  readonly shard: ShardState;
  readonly #journal: ShardJournal | null;
  readonly #replayed: Map<number, BatchResult>;
  readonly #epoch: number;
  readonly #snapshotEvery: number;
  #sinceSnapshot = 0;
  /** Bytes of a torn last record cut off when the journal was opened. */
  readonly tornBytes: number;

  static open(init: DurableShardInit): DurableShard {
    const options: ShardOptions = {
      restingOrdersPerMarketMax: init.restingOrdersPerMarketMax,
      closedEntriesPerMarketMax: init.closedEntriesPerMarketMax,
      rules: init.rules,
      rulesByMarket: init.rulesByMarket,
    };
    const replayed = new Map<number, BatchResult>();
    if (init.journalDir === null) {
      return new DurableShard(createShard(init.markets, options), null, replayed, init, 0);
    }
    const { journal, contents } = ShardJournal.open(init.journalDir, init.shardIndex);
    const shard =
      contents.snapshot === null
        ? createShard(init.markets, options)
        : restoreShard(contents.snapshot);
    addMissingMarkets(shard, init.markets, options);
    const resend = new Set(init.resendBatchIds);
    for (const record of contents.records) {
      const result = applyBatch(shard, record.commands, record.nowMs);
      if (record.epoch === init.epoch && resend.has(record.batchId)) {
        replayed.set(record.batchId, result);
      }
    }
    return new DurableShard(shard, journal, replayed, init, contents.tornBytes);
  }

  private constructor(
    shard: ShardState,
    journal: ShardJournal | null,
    replayed: Map<number, BatchResult>,
    init: DurableShardInit,
    tornBytes: number,
  ) {
    this.shard = shard;
    this.#journal = journal;
    this.#replayed = replayed;
    this.#epoch = init.epoch;
    this.#snapshotEvery = init.snapshotEveryBatches;
    this.tornBytes = tornBytes;
  }

  /** Journals (durably) and applies one batch, or answers it from the replay. */
  apply(message: Pick<BatchMessage, 'batchId' | 'nowMs' | 'commands'>): BatchResult {
    const replayed = this.#replayed.get(message.batchId);
    if (replayed !== undefined) {
      // Journaled and applied by the previous worker: answered, not applied again.
      this.#replayed.delete(message.batchId);
      return replayed;
    }
    this.#journal?.append({
      epoch: this.#epoch,
      batchId: message.batchId,
      nowMs: message.nowMs,
      commands: message.commands,
    });
    return applyBatch(this.shard, message.commands, message.nowMs);
  }

  /** Called after the answer is posted, so a snapshot never delays the batch it follows. */
  afterBatch(): void {
    if (this.#journal === null) return;
    this.#sinceSnapshot += 1;
    if (this.#sinceSnapshot < this.#snapshotEvery) return;
    this.snapshot();
  }

  snapshot(): void {
    if (this.#journal === null) return;
    this.#journal.snapshot(shardData(this.shard));
    this.#sinceSnapshot = 0;
  }

  close(): void {
    this.#journal?.close();
  }
}
