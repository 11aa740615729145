/**
 * The orderbook module's whole public surface.
 * Production code uses createMatchingHost (worker threads, one writer per market shard) and the
 * types; the engine entry points are exported for tests, replay tools and benchmarks, which run
 * the same deterministic code in-process.
 */
export type {
  AcceptedEvent,
  AccountStatusEvent,
  AllocationRule,
  AmendCommand,
  FreezeCommand,
  ListCommand,
  OrderAmendedEvent,
  OrderReducedEvent,
  PlaceCommand,
  ReduceCommand,
  TickCommand,
  TrancheExpiredEvent,
  TrancheRefund,
  CancelCommand,
  BookLevel,
  BookSnapshot,
  CommandOutcome,
  FillEvent,
  MarketCommand,
  MarketEvent,
  OrderClosedEvent,
  OrderState,
  TimeInForce,
  TrancheFundedEvent,
  TrancheListedEvent,
} from './types.js';
export type { MatchingHost, MatchingHostOptions, RecoveryReport, Settled } from './host.js';
export { createMatchingHost } from './host.js';
export type { MarketOptions, MarketRules, MarketState, SeqSource } from './book.js';
export { createMarket, createSeqSource, defaultMarketRules, snapshotBook } from './book.js';
export { applyCommand, applyRecord, releaseUnused } from './engine.js';
export { RECORD_FIELDS, encodeCommand } from './command-record.js';
export { EventSink, materialize } from './sink.js';
export { IdTable } from './ids.js';
export { explainFill, renderExplanations } from './explain.js';
export type { BatchResult, ShardOptions, ShardState } from './shard.js';
export { applyBatch, createShard, shardIndexFor } from './shard.js';
export { stateHash } from './state-hash.js';
export { validateInternalState } from './invariants.js';
