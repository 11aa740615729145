/**
 * A shard with its journal: what a worker runs, usable in-process by tests and tools.
 * Method: open() builds the shard (with a journal: restore the latest snapshot, add markets
 * configured since, replay the records after it, keeping the results of the batches the host
 * will resend); apply() journals a batch (one fdatasync) before applying it, or answers a
 * resent batch from the replay so that no batch is applied twice. In a worker the host decides
 * when to snapshot (only at a point where every answered batch is settled, see host.ts);
 * afterBatch() snapshots every `snapshotEveryBatches` batches for in-process use.
 * With `reportReplay` the replay's outcomes (every batch after the snapshot) and the resting
 * orders are kept for the host, which hands them to the service to settle.
 */
import { ShardJournal } from './journal.js';
import { EXPIRY_NONE } from './price-level.js';
import type { BatchMessage, OpenTrancheState, ReplayedBatch, WorkerInit } from './protocol.js';
import {
  addMissingMarkets,
  applyBatch,
  createShard,
  type BatchResult,
  type ShardOptions,
  type ShardState,
} from './shard.js';
import { restoreShard, shardData } from './snapshot.js';

export type DurableShardInit = Omit<WorkerInit, 'version' | 'markets' | 'reportReplay'> & {
  markets: readonly string[];
  reportReplay?: boolean;
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
  /** With `reportReplay`: the outcomes of every replayed batch, oldest first. */
  readonly replayedBatches: ReplayedBatch[];

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
    const report: ReplayedBatch[] = [];
    for (const record of contents.records) {
      const result = applyBatch(shard, record.commands, record.nowMs);
      if (record.epoch === init.epoch && resend.has(record.batchId)) {
        replayed.set(record.batchId, result);
      }
      if (init.reportReplay === true)
        report.push({ nowMs: record.nowMs, outcomes: result.outcomes });
    }
    const durable = new DurableShard(shard, journal, replayed, init, contents.tornBytes);
    durable.replayedBatches.push(...report);
    return durable;
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
    this.replayedBatches = [];
  }

  /** The resting lend orders as [lender id, client order id], every market of the shard. */
  restingOrders(): [string, string][] {
    const resting: [string, string][] = [];
    for (const market of shardData(this.shard).markets) {
      for (const order of market.orders) {
        if (order.resting) resting.push([order.ownerId, order.entryId]);
      }
    }
    return resting;
  }

  /** The tranches still being funded, every market of the shard. */
  openTranches(): OpenTrancheState[] {
    const open: OpenTrancheState[] = [];
    for (const market of shardData(this.shard).markets) {
      for (const tranche of market.tranches) {
        if (!tranche.resting) continue;
        open.push({
          trancheId: tranche.entryId,
          marketId: market.marketId,
          borrowerId: tranche.ownerId,
          amountFen: tranche.amountFen,
          filledFen: tranche.filledFen,
          maxRateBps: tranche.rateBps,
          deadlineMs: tranche.expiresAtMs === EXPIRY_NONE ? 0 : tranche.expiresAtMs,
          seq: tranche.seq,
        });
      }
    }
    return open;
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
