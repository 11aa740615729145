/**
 * The simulated service: the real matching engine (applyBatch over a shard), the real ledger
 * (its journal in a temporary directory) and the real disclosure figures, wired the way
 * src/service/backend.ts wires them (hold -> engine -> escrow transfers, releases,
 * origination), with an injected clock and every id derived from the seed.
 *
 * Method: the book "journal" is the list of batches, kept before each batch is applied, as the
 * worker journals (fsync) before it applies; the ledger journal is the real file. A step's
 * effects are acknowledged only after `ledger.flush()`, like the service. Faults act on this
 * state between steps: a worker crash rebuilds the shard from the batches; a kill cuts the
 * ledger file anywhere after the last acknowledged byte (fsync lost, torn write) and restarts
 * everything from disk, then settles the book's replay again and releases holds of orders that
 * do not rest (as the service's recover() does); duplicate deliveries settle an outcome again.
 * As in the service, a place's hold is durable before the engine journals the order.
 */
import { stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { openLedger, type Ledger, type NoteTerms } from '../ledger/index.js';
import {
  applyBatch,
  createShard,
  stateHash,
  type CommandOutcome,
  type MarketCommand,
  type MarketEvent,
  type ShardState,
} from '../orderbook/index.js';
import type { LoanFact, NoteFact } from '../disclosure/index.js';
import { Code, ManualClock, assert } from '../shared/index.js';

export const simMarkets = ['12M:A', '36M:B'] as const;
export const ledgerFileName = 'ledger.journal';

export interface OpenOrder {
  lenderId: string;
  clientOrderId: string;
  marketId: string;
  restingFen: number;
}

export interface Tranche {
  trancheId: string;
  marketId: string;
  borrowerId: string;
  amountFen: number;
  filledFen: number;
  originated: boolean;
}

interface Batch {
  nowMs: number;
  commands: MarketCommand[];
}

/** What the book's events say, folded: rebuilt from the replay after a restart. */
export class BookView {
  readonly open = new Map<string, OpenOrder>();
  /** Every order the engine accepted (hold id), resting or closed. */
  readonly known = new Set<string>();
  readonly tranches = new Map<string, Tranche>();
  readonly fills = new Map<string, { holdId: string; trancheId: string; amountFen: number }>();
  readonly notes = new Map<string, NoteTerms[]>();

  fold(event: MarketEvent): void {
    switch (event.type) {
      case 'accepted': {
        const holdId = holdIdOf(event.lenderId, event.clientOrderId);
        // A retried place answers the original accepted event: it must not reopen the order.
        if (this.known.has(holdId)) return;
        this.known.add(holdId);
        if (event.state !== 'resting') return;
        const { lenderId, clientOrderId, marketId, restingFen } = event;
        this.open.set(holdId, { lenderId, clientOrderId, marketId, restingFen });
        return;
      }
      case 'fill':
        this.#fill(event);
        return;
      case 'order_closed':
        this.open.delete(holdIdOf(event.lenderId, event.clientOrderId));
        return;
      case 'order_amended': {
        const order = this.open.get(holdIdOf(event.lenderId, event.clientOrderId));
        // What rests only ever shrinks: an old amend delivered again must not grow it back.
        if (order !== undefined) order.restingFen = Math.min(order.restingFen, event.remainingFen);
        return;
      }
      case 'tranche_listed':
        if (this.tranches.has(event.trancheId)) return;
        this.tranches.set(event.trancheId, { ...trancheOf(event), originated: false });
        return;
      case 'tranche_funded': {
        const tranche = this.tranches.get(event.trancheId);
        if (tranche !== undefined) tranche.originated = true;
        return;
      }
      case 'account_status':
        return;
      case 'order_reduced':
      case 'tranche_expired':
        assert(false, `the simulator sends no command that causes ${event.type}`);
    }
  }

  #fill(event: Extract<MarketEvent, { type: 'fill' }>): void {
    if (this.fills.has(event.fillId)) return;
    const holdId = holdIdOf(event.lenderId, event.clientOrderId);
    this.fills.set(event.fillId, {
      holdId,
      trancheId: event.trancheId,
      amountFen: event.amountFen,
    });
    const order = this.open.get(holdId);
    if (order !== undefined) order.restingFen = event.orderRemainingFen;
    const tranche = this.tranches.get(event.trancheId);
    if (tranche !== undefined) tranche.filledFen += event.amountFen;
    let notes = this.notes.get(event.trancheId);
    if (notes === undefined) this.notes.set(event.trancheId, (notes = []));
    notes.push({
      noteId: `note:${event.fillId}`,
      lenderId: event.lenderId,
      principalFen: event.amountFen,
      rateBps: event.rateBps,
    });
  }
}

/** The listing's own filledFen already counts the fills that follow it: they are added. */
function trancheOf(event: Extract<MarketEvent, { type: 'tranche_listed' }>) {
  const { trancheId, marketId, borrowerId, amountFen } = event;
  return { trancheId, marketId, borrowerId, amountFen, filledFen: 0 };
}

export function holdIdOf(lenderId: string, clientOrderId: string): string {
  return `hold:${lenderId}:${clientOrderId}`;
}

/** The fact tables as ClickHouse would hold them after FINAL: one row per key. */
export class FactStore {
  readonly loans = new Map<string, LoanFact>();
  readonly notes = new Map<string, NoteFact>();
  /** Rows written while ClickHouse was down, delivered (at least once) when it returns. */
  readonly spool: { loan: LoanFact; notes: NoteFact[] }[] = [];
  /** Rows inserted more than once (a retried insert that had landed). */
  duplicateInserts = 0;
  down = false;

  add(loan: LoanFact, notes: NoteFact[]): void {
    this.spool.push({ loan, notes });
    if (!this.down) this.drain(false);
  }

  drain(twice: boolean): void {
    for (const rows of this.spool.splice(0)) {
      for (let copy = 0; copy < (twice ? 2 : 1); copy += 1) {
        if (this.loans.has(rows.loan.loan_id)) this.duplicateInserts += 1;
        this.loans.set(rows.loan.loan_id, rows.loan);
        for (const note of rows.notes) this.notes.set(note.note_id, note);
      }
    }
  }
}

export class SimWorld {
  readonly clock = new ManualClock(1_700_000_000_000);
  readonly dir: string;
  shard: ShardState;
  readonly batches: Batch[] = [];
  ledger: Ledger;
  view = new BookView();
  readonly facts = new FactStore();
  /** Orders whose acceptance the client saw (after the ledger flush). */
  readonly ackedOrders = new Set<string>();
  /** Deposits the client saw acknowledged: transfer id -> user and amount. */
  readonly ackedDeposits = new Map<string, { userId: string; amountFen: number }>();
  readonly loans = new Set<string>();
  /** Each loan's principal as the ledger's schedule had it right after origination. */
  readonly loanPrincipalFen = new Map<string, number>();
  /** Bytes of the ledger journal known durable: its size at the last acknowledgement. */
  durableBytes = 0;
  #nextRef = 1;

  private constructor(dir: string, ledger: Ledger) {
    this.dir = dir;
    this.ledger = ledger;
    this.shard = createShard([...simMarkets]);
  }

  static async open(dir: string): Promise<SimWorld> {
    const ledger = await openLedger({ dir, durability: 'none' });
    const world = new SimWorld(dir, ledger);
    await world.acknowledge();
    return world;
  }

  /** Journals then applies one command, like a worker; the outcome is not settled yet. */
  submit(command: MarketCommand): { outcome: CommandOutcome; nowMs: number } {
    const numbered = { ...command, ref: this.#nextRef++ };
    const batch = { nowMs: this.clock.nowMs(), commands: [numbered] };
    this.batches.push(batch);
    const result = applyBatch(this.shard, batch.commands, batch.nowMs);
    const outcome = result.outcomes[0];
    assert(outcome !== undefined, 'one outcome for one command');
    return { outcome, nowMs: batch.nowMs };
  }

  /** Waits for the ledger flush: everything applied so far is now acknowledged. */
  async acknowledge(): Promise<void> {
    await this.ledger.flush();
    this.durableBytes = (await stat(join(this.dir, ledgerFileName))).size;
  }

  /** A fresh shard from the batches, the view from the replayed events, and the outcomes. */
  replayBook(): {
    shard: ShardState;
    view: BookView;
    replayed: { outcome: CommandOutcome; nowMs: number }[];
  } {
    const shard = createShard([...simMarkets]);
    const view = new BookView();
    const replayed: { outcome: CommandOutcome; nowMs: number }[] = [];
    for (const batch of this.batches) {
      const result = applyBatch(shard, batch.commands, batch.nowMs);
      for (const outcome of result.outcomes) {
        replayed.push({ outcome, nowMs: batch.nowMs });
        if (outcome.code !== Code.OK) continue;
        for (const event of outcome.events) view.fold(event);
      }
    }
    return { shard, view, replayed };
  }

  /**
   * kill -9: the ledger file keeps its acknowledged bytes and any part of the rest (`keepBytes`
   * of it: 0 is a lost fsync, a cut inside an entry a torn write); the book keeps every
   * journaled batch. Then both restart from disk, as the service does, and the caller settles
   * the replayed outcomes again (the service's recover(): see settle.ts, recoverAfterKill).
   * The sim never snapshots the book, so every batch is replayed.
   */
  async kill(keepBytes: number): Promise<{
    cutBytes: number;
    replayed: { outcome: CommandOutcome; nowMs: number }[];
  }> {
    await this.ledger.close();
    const file = join(this.dir, ledgerFileName);
    const size = (await stat(file)).size;
    const cutTo = Math.min(size, this.durableBytes + keepBytes);
    assert(cutTo >= this.durableBytes, 'acknowledged bytes are kept');
    await truncate(file, cutTo);
    this.ledger = await openLedger({ dir: this.dir, durability: 'none' });
    const rebuilt = this.replayBook();
    this.shard = rebuilt.shard;
    this.view = rebuilt.view;
    await this.acknowledge();
    return { cutBytes: size - cutTo, replayed: rebuilt.replayed };
  }

  /** Markets whose state hash differs between the live shard and `other`. */
  differingMarkets(other: ShardState): string[] {
    const differing: string[] = [];
    for (const marketId of simMarkets) {
      const live = this.shard.markets.get(marketId);
      const rebuilt = other.markets.get(marketId);
      assert(live !== undefined && rebuilt !== undefined, 'both shards have every market');
      if (stateHash(live) !== stateHash(rebuilt)) differing.push(marketId);
    }
    return differing;
  }

  async close(): Promise<void> {
    await this.ledger.close();
  }
}
