/**
 * Regression tests named after the defect the simulator found (issue 9, defect 2): a kill -9
 * between the worker's journal fsync and the ledger's flush left the book and the ledger apart
 * (the book kept the batch, the ledger lost its fills, so money stayed held for orders that no
 * longer rested). The real backend, a real ledger journal, a real state log and a real journaled
 * shard (DurableShard, as a worker runs it) are wired by hand here so the crash can be placed
 * exactly: a batch is journaled by the shard and its outcomes never reach the backend, or a
 * place's hold is durable and the engine never journals the order. After the "restart",
 * recover() must settle the journal tail and make the holds match the book, and doing it twice
 * must change nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BusinessCommand, Outbound, Session } from '../../src/gateway/index.js';
import { openLedger, type Ledger } from '../../src/ledger/index.js';
import { DurableShard } from '../../src/orderbook/durable-shard.js';
import type {
  MarketCommand,
  MarketRules,
  MatchingHost,
  RecoveryReport,
} from '../../src/orderbook/index.js';

type MarketRulesIn = Partial<MarketRules>;
import { MarketBackend, holdIdOf } from '../../src/service/backend.js';
import { Code, ManualClock } from '../../src/shared/index.js';

const market = '12M:A';
const root = mkdtempSync(join(tmpdir(), 'backend-recover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const silent: Outbound = { reply: () => {}, publish: () => {}, publishToUser: () => {} };

function session(userId: string, roles: Session['roles'] = ['lender']): Session {
  return { connId: 1, userId, roles, deviceId: 'd', ip: '127.0.0.1' };
}

/** One run of the service: ledger, backend and the shard, over the same folders each time. */
class Run {
  readonly submitted: MarketCommand[] = [];
  batchId = 1;
  nowMs = 1_750_000_000_000;

  private constructor(
    readonly ledger: Ledger,
    readonly backend: MarketBackend,
    readonly shard: DurableShard,
    /** Analytics rows the backend wrote (other than fills and loans). */
    readonly facts: { table: string; row: unknown }[],
  ) {}

  static async open(dir: string, errors: string[], rules: MarketRulesIn = {}): Promise<Run> {
    const facts: { table: string; row: unknown }[] = [];
    const ledger = await openLedger({ dir: join(dir, 'ledger'), durability: 'fsync' });
    const clock = new ManualClock(1_750_000_000_000);
    const backend = new MarketBackend({
      ledger,
      clock,
      facts: {
        addFill: () => Code.OK,
        addLoan: () => Code.OK,
        addFact: (table, row) => {
          facts.push({ table, row });
          return Code.OK;
        },
      },
      events: { publish: () => Code.OK },
      refSalt: 'test',
      openOrdersPerUserMax: 100,
      product: { schedule: 'equal_instalment', originationFeeBps: 100 },
      markets: [market],
      ledgerDir: join(dir, 'ledger'),
      stateDir: join(dir, 'backend'),
      onError: (context, error) => errors.push(`${context}: ${String(error)}`),
    });
    const shard = DurableShard.open({
      shardIndex: 0,
      markets: [market],
      restingOrdersPerMarketMax: 1_000,
      closedEntriesPerMarketMax: 1_000,
      rules,
      rulesByMarket: {},
      journalDir: join(dir, 'orderbook'),
      snapshotEveryBatches: 1_000_000,
      reportReplay: true,
      epoch: Date.now(),
      resendBatchIds: [],
    });
    const run = new Run(ledger, backend, shard, facts);
    const host: MatchingHost = {
      submit: (command) => {
        run.submitted.push(command);
        return Code.OK;
      },
      recovery: () => [],
      stop: async () => {},
    };
    backend.attach(host, silent);
    return run;
  }

  /** The shard's replay as the host hands it to the service on a first start. */
  report(): RecoveryReport[] {
    const replayed = this.shard.replayedBatches;
    const restingOrders = this.shard.restingOrders();
    return [{ shardIndex: 0, replayed, restingOrders, openTranches: this.shard.openTranches() }];
  }

  handle(userId: string, command: BusinessCommand, roles?: Session['roles']): void {
    this.backend.handle(session(userId, roles), 1, command);
  }

  /** Waits until the backend has submitted `count` commands (a place waits for its hold). */
  async submittedCount(count: number): Promise<void> {
    for (let i = 0; i < 400 && this.submitted.length < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(this.submitted.length).toBe(count);
  }

  /** The worker's part: journal and apply what was submitted; the outcomes are returned. */
  journal(): ReturnType<DurableShard['apply']> {
    const commands = this.submitted.splice(0);
    return this.shard.apply({ batchId: this.batchId++, nowMs: this.nowMs, commands });
  }

  /** Journal, then settle in the backend (the normal path). */
  async settle(): Promise<void> {
    const result = this.journal();
    await this.backend.onOutcomes(result.outcomes, result.books);
  }

  /** kill -9: what is durable stays; nothing in memory is flushed. */
  async crash(): Promise<void> {
    this.shard.close();
    this.backend.close();
    await this.ledger.close();
  }
}

async function scenario(name: string): Promise<{ dir: string; errors: string[]; run: Run }> {
  const dir = join(root, name);
  const errors: string[] = [];
  const run = await Run.open(dir, errors);
  run.handle('ADM', { kind: 'deposit', transferId: 'dep', userId: 'L', amountFen: 100_000 }, [
    'admin',
  ]);
  await run.ledger.flush();
  const place = {
    kind: 'place' as const,
    clientOrderId: 'o1',
    marketId: market,
    amountFen: 20_000,
    minRateBps: 1_000,
    tif: 'GTC' as const,
    expiresAtMs: 0,
  };
  run.handle('L', place);
  await run.submittedCount(1);
  await run.settle();
  expect(run.ledger.userBalances('L')).toEqual({ availableFen: 80_000, heldFen: 20_000 });
  return { dir, errors, run };
}

describe('regression: kill -9 between the book journal and the ledger flush', () => {
  it('the fills of a journaled batch the ledger lost are settled at restart', async () => {
    const { dir, errors, run } = await scenario('lost-fill');
    const listing = {
      kind: 'list' as const,
      trancheId: 't1',
      marketId: market,
      borrowerId: 'B',
      amountFen: 10_000,
      maxRateBps: 1_500,
      deadlineMs: 0,
    };
    run.handle('B', listing, ['borrower']);
    await run.submittedCount(1);
    // The worker journals the listing (it fills o1 and funds t1); the service dies before the
    // outcomes reach the ledger.
    const lost = run.journal();
    expect(lost.outcomes[0]?.events.some((event) => event.type === 'tranche_funded')).toBe(true);
    await run.crash();

    const after = await Run.open(dir, errors);
    expect(after.ledger.userBalances('L').heldFen).toBe(20_000);
    const summary = await after.backend.recover(after.report());
    expect(summary.batches).toBe(2);
    expect(summary.releasedHolds).toBe(0);
    // The fill moved 10,000 of the hold to the loan; the rest of the order still rests.
    expect(after.ledger.userBalances('L')).toEqual({ availableFen: 80_000, heldFen: 10_000 });
    expect(after.ledger.hasTransfer('originate:t1')).toBe(true);
    expect(after.ledger.userBalances('B').availableFen).toBe(9_900);
    after.ledger.checkInvariants();
    // Settling the same tail again changes nothing.
    const entries = after.ledger.entryCount();
    const again = await after.backend.recover(after.report());
    expect(again.ledgerEntries).toBe(0);
    expect(after.ledger.entryCount()).toBe(entries);
    expect(errors).toEqual([]);
    await after.crash();
  });

  it('tranches still being funded are shown again after a restart (with their seq)', async () => {
    const { dir, errors, run } = await scenario('open-tranche');
    const listing = {
      kind: 'list' as const,
      trancheId: 't2',
      marketId: market,
      borrowerId: 'B',
      amountFen: 50_000,
      maxRateBps: 1_500,
      deadlineMs: 0,
    };
    run.handle('B', listing, ['borrower']);
    await run.submittedCount(1);
    await run.settle();
    const before = run.backend.latestTranches();
    expect(before).toMatchObject([{ trancheId: 't2', fundedFen: 20_000, state: 2 }]);
    expect(Number(before[0]?.seq)).toBeGreaterThan(0);
    await run.crash();

    const after = await Run.open(dir, errors);
    expect(after.backend.latestTranches()).toEqual([]);
    await after.backend.recover(after.report());
    expect(after.backend.latestTranches()).toMatchObject([
      { trancheId: 't2', marketId: market, amountFen: 50_000, fundedFen: 20_000, state: 2 },
    ]);
    expect(after.backend.latestTranches()[0]?.seq).toBe(before[0]?.seq);
    expect(errors).toEqual([]);
    await after.crash();
  });

  it('a tranche funded at its deadline below its amount closes', async () => {
    const dir = join(root, 'deadline');
    const errors: string[] = [];
    const run = await Run.open(dir, errors, { minFundedShareBps: 3_000 });
    run.handle('ADM', { kind: 'deposit', transferId: 'dep', userId: 'L', amountFen: 100_000 }, [
      'admin',
    ]);
    const listing = {
      kind: 'list' as const,
      trancheId: 't3',
      marketId: market,
      borrowerId: 'B',
      amountFen: 50_000,
      maxRateBps: 1_500,
      deadlineMs: run.nowMs + 60_000,
    };
    run.handle('B', listing, ['borrower']);
    await run.submittedCount(1);
    await run.settle();
    run.handle('L', {
      kind: 'place',
      clientOrderId: 'o1',
      marketId: market,
      amountFen: 20_000,
      minRateBps: 1_000,
      tif: 'GTC',
      expiresAtMs: 0,
    });
    await run.submittedCount(1);
    await run.settle();
    expect(run.backend.latestTranches()).toMatchObject([{ trancheId: 't3', fundedFen: 20_000 }]);
    // Past the deadline, 40% funded (at least the 30% minimum): the loan originates at 20,000.
    run.nowMs += 120_000;
    run.submitted.push({ kind: 'tick', ref: -1, marketId: market });
    const ticked = run.journal();
    await run.backend.onSystemOutcomes(ticked.outcomes, ticked.books, run.nowMs);
    expect(run.ledger.hasTransfer('originate:t3')).toBe(true);
    expect(run.backend.latestTranches()).toEqual([]);
    const rows = run.facts.filter((fact) => fact.table === 'tranches').map((fact) => fact.row);
    expect(rows[rows.length - 1]).toMatchObject({
      tranche_id: 't3',
      status: 'funded',
      funded_fen: 20_000,
      closed_ms: run.nowMs,
    });
    expect(errors).toEqual([]);
    await run.crash();
  });

  it('a hold whose order the engine never journaled is released at restart', async () => {
    const { dir, errors, run } = await scenario('orphan-hold');
    run.handle('L', {
      kind: 'place',
      clientOrderId: 'o2',
      marketId: market,
      amountFen: 5_000,
      minRateBps: 1_000,
      tif: 'GTC',
      expiresAtMs: 0,
    });
    // The hold is durable before the order goes to the engine; the crash comes before the
    // worker journals it.
    await run.submittedCount(1);
    await run.crash();

    const after = await Run.open(dir, errors);
    expect(after.ledger.userBalances('L')).toEqual({ availableFen: 75_000, heldFen: 25_000 });
    const summary = await after.backend.recover(after.report());
    expect(summary).toMatchObject({ releasedHolds: 1, releasedFen: 5_000 });
    expect(after.ledger.userBalances('L')).toEqual({ availableFen: 80_000, heldFen: 20_000 });
    expect(after.ledger.openHolds().map((hold) => hold.holdId)).toEqual([holdIdOf('L', 'o1')]);
    after.ledger.checkInvariants();
    expect(errors).toEqual([]);
    await after.crash();
  });
});
