/**
 * Every bound in the system, in one place. Each queue, batch, payload and stream has a limit so a
 * burst answers OVERLOADED instead of growing memory until the process dies. Relationships between
 * limits are asserted at load time.
 */
import { assert } from './assert.js';

export const limits = {
  /** Largest WebSocket frame a client may send. */
  wsMaxPayloadBytes: 64 * 1024,
  /** Bytes buffered for one socket before uWS drops it (fills/ledger subscribers must resync). */
  wsMaxBackpressureBytes: 4 * 1024 * 1024,
  /** Buffered bytes past which a book subscriber gets only the latest book (conflation). */
  wsConflateBytes: 256 * 1024,
  /** Buffered bytes past which a my-orders subscriber is closed (it resumes by seq). */
  wsSlowConsumerBytes: 1024 * 1024,
  /** Seconds without traffic before uWS closes a socket (clients ping). */
  wsIdleTimeoutSeconds: 120,
  /** Messages one ClientFrame may carry (pipelining several commands in one frame). */
  messagesPerFrameMax: 256,
  /** Subscriptions one socket may hold. */
  subscriptionsPerSocketMax: 64,
  /** Largest HTTP request body the gateway reads. */
  httpBodyBytesMax: 64 * 1024,

  /** Commands in flight (sent to a shard, not yet answered) per shard before OVERLOADED. */
  inFlightCommandsPerShardMax: 16_384,
  /** Commands in one batch handed to a worker. */
  commandsPerBatchMax: 2_048,
  /** Resting orders plus tranches one market may hold. */
  restingOrdersPerMarketMax: 2_000_000,
  /**
   * Closed orders plus closed tranches one market remembers for idempotency (oldest forgotten
   * first): a retried place or listing is answered with its original outcome while its entry is
   * resting or among these; the ledger's hold ids are the second guard after that.
   */
  closedEntriesPerMarketMax: 1_000_000,
  /** Messages kept per user channel for reconnecting clients (older ones: resynchronise). */
  channelLogEntriesMax: 10_000,
  /** Book levels pushed to subscribers. */
  bookDepthLevels: 10,

  /** Interest rates accepted anywhere, in basis points per year (0.01% .. 36%). */
  rateBpsMin: 1,
  rateBpsMax: 3_600,
  /** Largest single amount (1e12 fen = 10 bn CNY), well inside the safe-integer range. */
  amountFenMax: 1_000_000_000_000,
  /** Characters in a client-supplied id (order id, tranche id, transfer id). */
  idCharsMax: 64,
  /** Characters of free text an officer attaches (freeze reasons, case notes, review notes). */
  noteCharsMax: 256,
  /** Characters of a proposed fraud-rule configuration (JSON). */
  ruleConfigCharsMax: 16_384,
  /** Alert cases one GetCases answers. */
  casesPageMax: 200,
  /** Notes or loans one Holdings / Loans answer lists (newest first). */
  holdingsPageMax: 500,
  /** Users' ledger entries remembered for inclusion proofs (the oldest are forgotten first). */
  proofIndexEntriesMax: 1_000_000,
  /** Later entries one inclusion proof may link through (it ends at a nearer head past it). */
  proofLinksMax: 10_000,
  /**
   * Refused places remembered (durably) so that a resend of the same client order id gets the
   * original refusal instead of a second attempt; the oldest are forgotten first.
   */
  refusedPlacesRememberedMax: 100_000,
  /** How often the service checks whether a new UTC day needs the daily loan tick. */
  loanTickCheckMs: 5_000,

  /** Ledger transfers per journal group commit. */
  journalBatchEntriesMax: 8_192,
  /** Journal entries waiting for durability before the ledger answers OVERLOADED. */
  journalPendingEntriesMax: 65_536,
  /** Notes (lender fills) one originated loan may have; bounds one journal entry's size. */
  notesPerLoanMax: 256,
  /** Longest loan term, in monthly instalments. */
  loanTermMonthsMax: 60,
  /** Bytes of command arguments one journal entry may carry (an origination's note list). */
  journalArgBytesMax: 48 * 1024,
  /** Lines a custody bank statement may hold for one reconciliation. */
  statementLinesMax: 1_000_000,

  /** Approximate MAXLEN for Redis streams (events and alerts). */
  streamMaxLen: 1_000_000,
  /** Entries read per XREADGROUP call. */
  streamReadCount: 512,
  /** Milliseconds a consumer blocks in XREADGROUP. */
  streamBlockMs: 200,
  /** Behaviour events one risk consumer handles per read (packed entries carry many). */
  riskBatchEventsMax: 4_096,
  /** Behaviour events buffered in the producer before it answers OVERLOADED. */
  riskProducerQueueMax: 100_000,

  /** Rows per ClickHouse insert, and the longest a row waits before a flush. */
  clickhouseBatchRowsMax: 50_000,
  clickhouseFlushMs: 250,
  /** Rows buffered for ClickHouse before the sink sheds load. */
  clickhouseQueueRowsMax: 1_000_000,
  /** Inserts the sink runs at once: one encodes and sends while ClickHouse parses the other. */
  clickhouseInsertsInFlightMax: 2,
  /** Bytes the ClickHouse spool may hold on disk during an outage (alarm at 80%). */
  clickhouseSpoolBytesMax: 2 * 1024 * 1024 * 1024,
} as const;

assert(limits.commandsPerBatchMax <= limits.inFlightCommandsPerShardMax, 'batch within in-flight');
assert(limits.amountFenMax < Number.MAX_SAFE_INTEGER / 1024, 'amounts leave headroom for sums');
assert(limits.rateBpsMin > 0 && limits.rateBpsMin < limits.rateBpsMax, 'rate range ordered');
assert(limits.wsMaxPayloadBytes <= limits.wsMaxBackpressureBytes, 'payload within backpressure');
assert(limits.wsConflateBytes < limits.wsSlowConsumerBytes, 'conflate before closing');
assert(limits.wsSlowConsumerBytes < limits.wsMaxBackpressureBytes, 'close before uWS drops');
assert(limits.clickhouseBatchRowsMax <= limits.clickhouseQueueRowsMax, 'batch within queue');
assert(limits.streamReadCount > 0, 'stream read count positive');
