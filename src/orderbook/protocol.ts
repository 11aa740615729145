/**
 * Messages between the matching host (main thread) and a shard worker.
 * Method: plain, versioned data only (structured clone drops prototypes, so no classes or Error
 * objects cross). The host sends whole batches stamped with the time; the worker answers each
 * batch with one message holding every outcome in order and a snapshot per changed market.
 * The guards below are the pair assertions at the thread boundary.
 */
import type { MarketRules } from './book.js';
import type { BookSnapshot, CommandOutcome, MarketCommand } from './types.js';

export const protocolVersion = 1;

/** Passed as workerData when a worker starts. */
export interface WorkerInit {
  version: typeof protocolVersion;
  shardIndex: number;
  markets: string[];
  restingOrdersPerMarketMax: number;
  closedEntriesPerMarketMax: number;
  rules: Partial<MarketRules>;
  rulesByMarket: Record<string, Partial<MarketRules>>;
  /** Journal directory; null runs without a journal (tests, benchmarks). */
  journalDir: string | null;
  /** DurableShard.afterBatch snapshots after this many batches (the worker waits for the host). */
  snapshotEveryBatches: number;
  /**
   * Report what the journal replay produced (the first start of a host run): the outcomes of
   * every batch after the snapshot and the orders left resting, so the service can settle
   * batches its ledger may have lost and release holds of orders the book never took.
   */
  reportReplay: boolean;
  /** The host run; batch ids are unique within it. */
  epoch: number;
  /**
   * Batches this host sent to the previous worker and never saw answered, oldest first. It sends
   * them again; those already in the journal are answered from the replay, not applied twice.
   */
  resendBatchIds: number[];
}

export interface BatchMessage {
  type: 'batch';
  version: typeof protocolVersion;
  batchId: number;
  nowMs: number;
  commands: MarketCommand[];
}

/** The outcomes of one journaled batch, as the replay produced them again. */
export interface ReplayedBatch {
  nowMs: number;
  outcomes: CommandOutcome[];
}

export interface ReadyMessage {
  type: 'ready';
  version: typeof protocolVersion;
  shardIndex: number;
  /** With `reportReplay`: every batch after the snapshot, oldest first; else empty. */
  replayed: ReplayedBatch[];
  /** With `reportReplay`: the resting lend orders as [lender id, client order id]. */
  restingOrders: [string, string][];
  /** With `reportReplay`: the tranches still being funded. */
  openTranches: OpenTrancheState[];
}

/** A tranche still being funded, as the book holds it (the service's funding progress). */
export interface OpenTrancheState {
  trancheId: string;
  marketId: string;
  borrowerId: string;
  amountFen: number;
  filledFen: number;
  maxRateBps: number;
  /** 0: no funding deadline. */
  deadlineMs: number;
  /** The market seq of its latest change. */
  seq: number;
}

/**
 * Host to worker: snapshot now. The host sends it only when every batch the worker answered is
 * settled (the ledger made it durable), so a snapshot never covers a batch a crash could lose.
 */
export interface SnapshotMessage {
  type: 'snapshot';
  version: typeof protocolVersion;
}

export interface OutcomesMessage {
  type: 'outcomes';
  version: typeof protocolVersion;
  batchId: number;
  outcomes: CommandOutcome[];
  books: BookSnapshot[];
}

export type WorkerMessage = ReadyMessage | OutcomesMessage;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isWorkerInit(value: unknown): value is WorkerInit {
  return (
    isRecord(value) &&
    value['version'] === protocolVersion &&
    Number.isSafeInteger(value['shardIndex']) &&
    Array.isArray(value['markets']) &&
    Number.isSafeInteger(value['restingOrdersPerMarketMax']) &&
    Number.isSafeInteger(value['closedEntriesPerMarketMax']) &&
    isRecord(value['rules']) &&
    isRecord(value['rulesByMarket']) &&
    (value['journalDir'] === null || typeof value['journalDir'] === 'string') &&
    Number.isSafeInteger(value['snapshotEveryBatches']) &&
    typeof value['reportReplay'] === 'boolean' &&
    Number.isSafeInteger(value['epoch']) &&
    Array.isArray(value['resendBatchIds'])
  );
}

export function isBatchMessage(value: unknown): value is BatchMessage {
  return (
    isRecord(value) &&
    value['type'] === 'batch' &&
    value['version'] === protocolVersion &&
    Number.isSafeInteger(value['batchId']) &&
    Number.isSafeInteger(value['nowMs']) &&
    Array.isArray(value['commands'])
  );
}

export function isSnapshotMessage(value: unknown): value is SnapshotMessage {
  return isRecord(value) && value['type'] === 'snapshot' && value['version'] === protocolVersion;
}

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (!isRecord(value) || value['version'] !== protocolVersion) return false;
  if (value['type'] === 'ready') {
    return (
      Number.isSafeInteger(value['shardIndex']) &&
      Array.isArray(value['replayed']) &&
      Array.isArray(value['restingOrders']) &&
      Array.isArray(value['openTranches'])
    );
  }
  return (
    value['type'] === 'outcomes' &&
    Number.isSafeInteger(value['batchId']) &&
    Array.isArray(value['outcomes']) &&
    Array.isArray(value['books'])
  );
}
