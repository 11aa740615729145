/**
 * The order facts (fills, lend_orders, tranches) rebuilt from the orderbook journals, for the
 * backfill command.
 *
 * Goal: the rows the service writes as batches are answered (backend.ts: the fill and tranche
 * facts, LendOrderFacts for lend_orders), from the journals alone, at any cut-off.
 *
 * Method: every shard's segments, archived (`orderbook/archive/`) and live, are replayed from
 * segment 0 in record order through the engine's own batch step (applyBatch on a shard created
 * as the service's host creates it: the service's markets that shardIndexFor maps to the shard,
 * its product rules), so the outcomes, seqs and fill explanations are the ones the service was
 * given. Each batch's place commands and outcomes then go through the same mapping as the
 * backend's: LendOrderFacts itself for lend_orders, the fill row of `#fillFact`, and the tranche
 * rows of `#trancheFact` for tranches listed in the replay. Only the latest row of each key is
 * kept, which is what the tables show after FINAL.
 *
 * Times: a fill's time is the batch's time in both. The service dates lend_orders and tranche
 * rows by its clock when it submits or settles a batch, the backfill by the batch's time (the
 * host's stamp between the two), so those times can differ by the milliseconds a batch waits.
 *
 * A shard whose history does not start at segment 0 (segments deleted by a snapshot before
 * archiving existed, or by `archiveSegments: false`) cannot be replayed: it is named in
 * `incomplete` and contributes no rows.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveDirName, decodeRecords, type JournalRecord } from '../orderbook/journal.js';
import { applyBatch, createShard, shardIndexFor, type ShardOptions } from '../orderbook/shard.js';
import type { CommandOutcome, MarketCommand, MarketEvent } from '../orderbook/types.js';
import { LendOrderFacts, type LendOrderRow } from '../service/order-facts.js';
import { Code, assert } from '../shared/index.js';
import { fillRowOf, type FillRow } from './fill.js';
import type { TrancheFact } from './tables.js';

export interface OrderJournalOptions {
  /** How a user id becomes the ref stored in ClickHouse (the service's: serviceUserRef). */
  ref: (userId: string) => string;
  /** The service's MARKETS and SHARDS: they decide which markets share a shard's seq. */
  markets: readonly string[];
  shards: number;
  /** The service's product rules (main.ts runs the defaults: none given). */
  shardOptions?: ShardOptions;
  /** Records stamped after this time (Unix ms) and every record after them are not applied. */
  untilMs?: number;
  /** Told every `progressEvery` records (default 100,000) and at the end. */
  onProgress?: (records: number) => void;
  progressEvery?: number;
}

export interface OrderFacts {
  fills: FillRow[];
  lend_orders: LendOrderRow[];
  tranches: TrancheFact[];
  /** Journal records applied. */
  records: number;
  /** Shards whose oldest segment is gone: replaying them would be wrong, so they were not. */
  incomplete: { shardIndex: number; firstSegment: number }[];
  /** Commands of markets outside `markets` in a shard's journal (answered UNKNOWN_MARKET). */
  unknownMarketCommands: number;
}

interface OpenTranche {
  marketId: string;
  amountFen: number;
  maxRateBps: number;
  deadlineMs: number;
  listedMs: number;
}

/** The backend's order facts, fed batch by batch (what the service's settlement sees). */
export class OrderFactBuilder {
  readonly #ref: (userId: string) => string;
  readonly #orders: LendOrderFacts;
  readonly #fills = new Map<string, FillRow>();
  readonly #orderRows = new Map<string, LendOrderRow>();
  readonly #trancheRows = new Map<string, TrancheFact>();
  /** Tranches listed and neither funded nor expired: the backend's `#tranches`. */
  readonly #open = new Map<string, OpenTranche>();

  constructor(ref: (userId: string) => string) {
    this.#ref = ref;
    this.#orders = new LendOrderFacts(ref, (row) => {
      this.#orderRows.set(`${row.lender_ref}\u0000${row.order_id}`, row);
    });
  }

  /** One batch as the service submits (places first) and settles it (outcomes in order). */
  batch(commands: readonly MarketCommand[], outcomes: readonly CommandOutcome[], nowMs: number) {
    for (const command of commands) {
      if (command.kind === 'place') this.#orders.placed(command, nowMs);
    }
    outcomes.forEach((outcome, index) => {
      if (outcome.code !== Code.OK) {
        this.#orders.refused(outcome.ref, outcome.code, nowMs);
        return;
      }
      const command = commands[index];
      for (const event of outcome.events) {
        this.#orders.onEvent(event, nowMs);
        this.#event(event, outcome.seq, command, nowMs);
      }
    });
  }

  facts(): Pick<OrderFacts, 'fills' | 'lend_orders' | 'tranches'> {
    return {
      fills: [...this.#fills.values()],
      lend_orders: [...this.#orderRows.values()],
      tranches: [...this.#trancheRows.values()],
    };
  }

  #event(event: MarketEvent, seq: number, command: MarketCommand | undefined, nowMs: number) {
    if (event.type === 'fill') {
      const row = fillRowOf(event, seq, (userId) => this.#ref(userId));
      this.#fills.set(`${event.marketId}\u0000${event.fillId}`, row);
      const tranche = this.#open.get(event.trancheId);
      if (tranche !== undefined) {
        this.#update(event.trancheId, tranche.amountFen - event.trancheRemainingFen, nowMs);
      }
    } else if (event.type === 'tranche_listed') {
      const { marketId, amountFen, maxRateBps } = event;
      // The backend takes the deadline from the listing it submitted (0: none).
      const deadlineMs = command?.kind === 'list' ? (command.deadlineMs ?? 0) : 0;
      this.#open.set(event.trancheId, {
        marketId,
        amountFen,
        maxRateBps,
        deadlineMs,
        listedMs: nowMs,
      });
      this.#update(event.trancheId, event.filledFen, nowMs);
    } else if (event.type === 'tranche_expired' || event.type === 'tranche_funded') {
      // Expired, or funded at its deadline below its amount (the backend's #closeFunded).
      const tranche = this.#open.get(event.trancheId);
      this.#open.delete(event.trancheId);
      if (tranche === undefined) return;
      if (event.type === 'tranche_expired') {
        this.#row(event.trancheId, tranche, event.filledFen, 'expired', nowMs);
      } else this.#row(event.trancheId, tranche, event.amountFen, 'funded', nowMs);
    }
  }

  /** The backend's `#trancheUpdate`: listed while short of its amount, then funded. */
  #update(trancheId: string, fundedFen: number, nowMs: number): void {
    const tranche = this.#open.get(trancheId);
    if (tranche === undefined) return;
    const funded = fundedFen >= tranche.amountFen && fundedFen !== 0;
    this.#row(trancheId, tranche, fundedFen, funded ? 'funded' : 'listed', nowMs);
    if (funded) this.#open.delete(trancheId);
  }

  /** The backend's `#trancheFact`. */
  #row(
    trancheId: string,
    tranche: OpenTranche,
    fundedFen: number,
    status: TrancheFact['status'],
    nowMs: number,
  ): void {
    this.#trancheRows.set(trancheId, {
      tranche_id: trancheId,
      loan_id: trancheId,
      market_id: tranche.marketId,
      amount_fen: tranche.amountFen,
      funded_fen: fundedFen,
      max_rate_bps: tranche.maxRateBps,
      status,
      listed_ms: tranche.listedMs,
      deadline_ms: tranche.deadlineMs,
      closed_ms: status === 'listed' ? 0 : nowMs,
    });
  }
}

const segmentName = /^shard-(\d+)\.(\d{10})\.journal$/;

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Every segment of every shard in a journal directory, archived and live, by shard index and
 * then segment number (ascending). A segment found in both places is ambiguous history: fails.
 */
export async function orderJournalSegments(
  journalDir: string,
): Promise<Map<number, { segment: number; path: string }[]>> {
  const shards = new Map<number, Map<number, string>>();
  for (const dir of [join(journalDir, archiveDirName), journalDir]) {
    for (const name of await namesIn(dir)) {
      const match = segmentName.exec(name);
      if (match === null) continue;
      const shardIndex = Number(match[1]);
      const segment = Number(match[2]);
      let segments = shards.get(shardIndex);
      if (segments === undefined) shards.set(shardIndex, (segments = new Map()));
      const other = segments.get(segment);
      assert(other === undefined, `order journal segment ${name} is both in ${dir} and ${other}`);
      segments.set(segment, join(dir, name));
    }
  }
  const sorted = new Map<number, { segment: number; path: string }[]>();
  for (const index of [...shards.keys()].sort((a, b) => a - b)) {
    const segments = [...(shards.get(index) ?? new Map<number, string>())]
      .map(([segment, path]) => ({ segment, path }))
      .sort((a, b) => a.segment - b.segment);
    sorted.set(index, segments);
  }
  return sorted;
}

/** The records of a shard's segments in order; a bad record before the very end fails. */
async function* shardRecords(
  segments: readonly { segment: number; path: string }[],
): AsyncGenerator<JournalRecord> {
  for (const [index, { path }] of segments.entries()) {
    const bytes = await readFile(path);
    const { records, validBytes } = decodeRecords(bytes);
    // A torn last write is never acknowledged: the service cuts it off when it opens the shard.
    const last = index === segments.length - 1;
    assert(last || validBytes === bytes.length, `order journal ${path} is corrupt before its end`);
    yield* records;
  }
}

/** Segments run 0, 1, 2, ...: the first one missing means the history was deleted. */
function firstGap(segments: readonly { segment: number }[]): number | undefined {
  const at = segments.findIndex((s, index) => s.segment !== index);
  return at < 0 ? undefined : (segments[at]?.segment ?? 0);
}

/**
 * Replays every shard journal of a service data directory (`<dataDir>/orderbook`, archive
 * included) and answers the fills, lend_orders and tranches rows the service wrote.
 */
export async function readOrderFacts(
  dataDir: string,
  options: OrderJournalOptions,
): Promise<OrderFacts> {
  const builder = new OrderFactBuilder(options.ref);
  const every = options.progressEvery ?? 100_000;
  assert(Number.isSafeInteger(every) && every > 0, 'progressEvery is a positive integer');
  const result = { records: 0, incomplete: [] as OrderFacts['incomplete'], unknown: 0 };
  const segmentsByShard = await orderJournalSegments(join(dataDir, 'orderbook'));
  for (const [shardIndex, segments] of segmentsByShard) {
    const gap = firstGap(segments);
    if (gap !== undefined) {
      result.incomplete.push({ shardIndex, firstSegment: gap });
      continue;
    }
    const shards = options.shards;
    assert(shardIndex < shards, `SHARDS=${shards}, but there is a journal of shard ${shardIndex}`);
    const markets = options.markets.filter((m) => shardIndexFor(m, shards) === shardIndex);
    const shard = createShard(markets, options.shardOptions);
    for await (const record of shardRecords(segments)) {
      if (options.untilMs !== undefined && record.nowMs > options.untilMs) break;
      const { outcomes } = applyBatch(shard, record.commands, record.nowMs);
      result.unknown += outcomes.filter((o) => o.code === Code.UNKNOWN_MARKET).length;
      builder.batch(record.commands, outcomes, record.nowMs);
      result.records += 1;
      if (result.records % every === 0) options.onProgress?.(result.records);
    }
  }
  options.onProgress?.(result.records);
  return {
    ...builder.facts(),
    records: result.records,
    incomplete: result.incomplete,
    unknownMarketCommands: result.unknown,
  };
}
