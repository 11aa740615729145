/**
 * One random step of a scenario: a client action (deposit, withdraw, place, retry, cancel,
 * amend, list, repay, freeze), the passing of time (expiries, instalments falling due, late
 * payments), or a fault. Every choice comes from the seeded PRNG.
 */
import { Code } from '../shared/index.js';
import type { MarketCommand, TimeInForce } from '../orderbook/index.js';
import type { Prng } from './prng.js';
import { recoverAfterKill, settle, type Delivered } from './settle.js';
import { holdIdOf, simMarkets, type SimWorld } from './world.js';

export const lenders = ['L0', 'L1', 'L2', 'L3', 'L4', 'L5'] as const;
export const borrowers = ['B0', 'B1', 'B2'] as const;

export const faultNames = [
  'worker-crash',
  'kill',
  'kill-mid-batch',
  'duplicate-delivery',
  'clickhouse-down',
] as const;
export type FaultName = (typeof faultNames)[number];

export type StepKind =
  | 'deposit'
  | 'withdraw'
  | 'place'
  | 'retry'
  | 'cancel'
  | 'amend'
  | 'list'
  | 'time'
  | 'repay'
  | 'freeze'
  | FaultName;

export interface StepResult {
  kind: StepKind;
  /** A fault was injected (kill, crash, duplicate, outage). */
  fault: boolean;
  acked: boolean;
}

const actionWeights = {
  deposit: 10,
  withdraw: 4,
  place: 30,
  retry: 3,
  cancel: 8,
  amend: 4,
  list: 8,
  time: 6,
  repay: 4,
  freeze: 2,
} as const;

const faultWeights: Readonly<Record<FaultName, number>> = {
  'worker-crash': 2,
  kill: 2,
  'kill-mid-batch': 2,
  'duplicate-delivery': 3,
  'clickhouse-down': 2,
};

export class Scenario {
  readonly world: SimWorld;
  readonly rng: Prng;
  readonly weights: Readonly<Record<string, number>>;
  readonly #places = new Map<string, Extract<MarketCommand, { kind: 'place' }>>();
  /** Settled outcomes, newest last (bounded), for duplicate and reordered deliveries. */
  readonly #delivered: Delivered[] = [];
  #counter = 0;

  constructor(world: SimWorld, rng: Prng, faults: readonly FaultName[]) {
    this.world = world;
    this.rng = rng;
    const weights: Record<string, number> = { ...actionWeights };
    for (const fault of faults) weights[fault] = faultWeights[fault];
    this.weights = weights;
  }

  #id(prefix: string): string {
    this.#counter += 1;
    return `${prefix}${this.#counter}`;
  }

  async step(): Promise<StepResult> {
    const kind = this.rng.weighted(this.weights) as StepKind;
    const isFault = (faultNames as readonly string[]).includes(kind);
    const acked = await this.#run(kind);
    return { kind, fault: isFault, acked };
  }

  async #run(kind: StepKind): Promise<boolean> {
    switch (kind) {
      case 'deposit':
        return this.#deposit();
      case 'withdraw':
        return this.#withdraw();
      case 'place':
        return this.#place(false);
      case 'retry':
        return this.#retry();
      case 'cancel':
      case 'amend':
        return this.#changeOrder(kind);
      case 'list':
        return this.#list();
      case 'time':
        return this.#time();
      case 'repay':
        return this.#repay();
      case 'freeze':
        return this.#freeze();
      default:
        return this.#fault(kind);
    }
  }

  /**
   * Book steps always wait for the ledger flush (the service flushes whether or not the client
   * is still there); a ledger-only step's client sometimes goes away first, so that step may
   * be neither acknowledged nor durable when a kill comes.
   */
  async #answer(ledgerOnly = false): Promise<boolean> {
    if (ledgerOnly && this.rng.chance(0.3)) return false;
    await this.world.acknowledge();
    return true;
  }

  async #deposit(): Promise<boolean> {
    const userId = this.rng.pick([...lenders, ...borrowers]);
    const amountFen = this.rng.int(10_000, 2_000_000);
    const transferId = this.#id('dep');
    const result = this.world.ledger.deposit(transferId, userId, amountFen);
    if (result.code !== Code.OK) return false;
    const acked = await this.#answer(true);
    if (acked) this.world.ackedDeposits.set(transferId, { userId, amountFen });
    return acked;
  }

  async #withdraw(): Promise<boolean> {
    const userId = this.rng.pick([...lenders, ...borrowers]);
    const { availableFen } = this.world.ledger.userBalances(userId);
    const amountFen = this.rng.int(1, Math.max(1, Math.floor(availableFen * 1.2)));
    const result = this.world.ledger.withdraw(this.#id('wd'), userId, amountFen);
    if (result.code !== Code.OK) return false;
    return this.#answer(true);
  }

  async #place(midBatchKill: boolean): Promise<boolean> {
    const lenderId = this.rng.pick(lenders);
    const tif = this.rng.weighted<TimeInForce>({ GTC: 8, IOC: 1, FOK: 1 });
    const expires = tif === 'GTC' && this.rng.chance(0.3);
    const command: Extract<MarketCommand, { kind: 'place' }> = {
      kind: 'place',
      ref: 0,
      lenderId,
      clientOrderId: this.#id('o'),
      marketId: this.rng.pick(simMarkets),
      amountFen: this.rng.int(1_000, 300_000),
      minRateBps: this.rng.int(800, 1_600),
      tif,
      ...(expires ? { expiresAtMs: this.world.clock.nowMs() + this.rng.int(1, 7_200_000) } : {}),
    };
    return this.#submitPlace(command, midBatchKill);
  }

  async #submitPlace(
    command: Extract<MarketCommand, { kind: 'place' }>,
    midBatchKill: boolean,
  ): Promise<boolean> {
    const holdId = holdIdOf(command.lenderId, command.clientOrderId);
    const code = this.world.ledger.hold(holdId, command.lenderId, command.amountFen);
    if (code !== Code.OK && code !== Code.HOLD_EXISTS) return false;
    // The hold is durable before the engine sees the order (the service waits the same way).
    await this.world.acknowledge();
    if (midBatchKill && this.rng.chance(0.3)) {
      // Killed before the worker journals the order: only the hold survives.
      await this.#kill();
      return false;
    }
    const delivered = this.world.submit(command);
    const outcome = delivered.outcome;
    // Only accepted places are retried: a retried refused place meets a released hold that
    // the ledger still answers HOLD_EXISTS for (see the regression test in test/sim).
    if (outcome.code === Code.OK) this.#places.set(holdId, command);
    if (midBatchKill) {
      // The worker journaled and applied the batch; the process dies before the ledger flush.
      await this.#kill();
      return false;
    }
    this.#settle(delivered, code === Code.OK ? holdId : '');
    const acked = await this.#answer();
    if (acked && outcome.code === Code.OK) this.world.ackedOrders.add(holdId);
    return acked;
  }

  /** kill -9 anywhere after the last acknowledged byte, restart, recover. */
  async #kill(): Promise<void> {
    const { replayed } = await this.world.kill(this.rng.int(0, 4_096));
    recoverAfterKill(this.world, replayed);
    await this.world.acknowledge();
  }

  #settle(delivered: Delivered, createdHold: string): void {
    settle(this.world, delivered, createdHold);
    this.#delivered.push(delivered);
    if (this.#delivered.length > 64) this.#delivered.shift();
  }

  /** A client resends a place it already sent (same fields), e.g. after a reconnect. */
  async #retry(): Promise<boolean> {
    const known = [...this.#places.values()];
    if (known.length === 0) return false;
    return this.#submitPlace(this.rng.pick(known), false);
  }

  async #changeOrder(kind: 'cancel' | 'amend'): Promise<boolean> {
    const open = [...this.world.view.open.values()];
    if (open.length === 0) return false;
    const order = this.rng.pick(open);
    const { lenderId, clientOrderId, marketId } = order;
    const command: MarketCommand =
      kind === 'cancel'
        ? { kind, ref: 0, lenderId, clientOrderId, marketId }
        : { kind, ref: 0, lenderId, clientOrderId, marketId, minRateBps: this.rng.int(800, 1_600) };
    this.#settle(this.world.submit(command), '');
    return this.#answer();
  }

  async #list(): Promise<boolean> {
    const command: MarketCommand = {
      kind: 'list',
      ref: 0,
      trancheId: this.#id('t'),
      marketId: this.rng.pick(simMarkets),
      borrowerId: this.rng.pick(borrowers),
      amountFen: this.rng.int(50_000, 600_000),
      maxRateBps: this.rng.int(900, 1_800),
    };
    this.#settle(this.world.submit(command), '');
    return this.#answer();
  }

  /** Time passes: order expiries in the book, instalments and late payments in the ledger. */
  async #time(): Promise<boolean> {
    const days = this.rng.chance(0.3) ? this.rng.int(1, 45) : 0;
    this.world.clock.advance(days * 86_400_000 + this.rng.int(1_000, 3_600_000));
    for (const marketId of simMarkets) {
      this.#settle(this.world.submit({ kind: 'tick', ref: 0, marketId }), '');
    }
    const tick = this.world.ledger.tick(this.#id('tick'), this.world.clock.nowMs());
    if (tick.code !== Code.OK) throw new Error(`ledger tick failed: ${tick.code}`);
    return this.#answer();
  }

  async #repay(): Promise<boolean> {
    const loans = [...this.world.loans];
    if (loans.length === 0) return false;
    const loanId = this.rng.pick(loans);
    const amountFen = this.rng.int(1, 200_000);
    const nowMs = this.world.clock.nowMs();
    const result = this.world.ledger.repay(this.#id('rp'), loanId, amountFen, nowMs);
    if (result.code !== Code.OK) return false;
    return this.#answer(true);
  }

  async #freeze(): Promise<boolean> {
    const accountId = this.rng.pick(lenders);
    const kind = this.rng.chance(0.6) ? 'freeze' : 'unfreeze';
    for (const marketId of simMarkets) {
      this.#settle(this.world.submit({ kind, ref: 0, marketId, accountId }), '');
    }
    return this.#answer();
  }

  async #fault(kind: StepKind): Promise<boolean> {
    const world = this.world;
    switch (kind) {
      case 'worker-crash': {
        const rebuilt = world.replayBook();
        const differing = world.differingMarkets(rebuilt.shard);
        if (differing.length > 0) {
          throw new Error(`book rebuilt from the journal differs from the live book: ${differing}`);
        }
        world.shard = rebuilt.shard;
        return false;
      }
      case 'kill':
        await this.#kill();
        return false;
      case 'kill-mid-batch':
        return this.#place(true);
      case 'duplicate-delivery': {
        if (this.#delivered.length === 0) return false;
        // Any earlier outcome again, out of order: the ledger's ids must make it a no-op.
        settle(world, this.rng.pick(this.#delivered), '');
        return false;
      }
      case 'clickhouse-down':
        if (world.facts.down) world.facts.drain(this.rng.chance(0.5));
        world.facts.down = !world.facts.down;
        return false;
      default:
        throw new Error(`unknown step ${kind}`);
    }
  }
}
