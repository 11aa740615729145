/**
 * Seeded random operations against the reference ledger in model.ts: every answer and every
 * balance must agree after every step, the sum of balances must stay zero, and the journal must
 * replay to the same state. Ids come from small pools so that retries, reused ids and unknown
 * holds are frequent; amounts are biased toward the edges. A failure names the seed and step;
 * rerun one seed with LEDGER_SEED=<seed> npx vitest run test/ledger/property.test.ts
 */
import { describe, expect, it } from 'vitest';
import { openLedger, verifyJournal, type Ledger } from '../../src/ledger/index.js';
import { limits } from '../../src/shared/index.js';
import { seededRandom, tempDir } from './helpers.js';
import { ModelLedger, type ModelAnswer } from './model.js';

const stepsPerSeed = 2_500;
const fixedSeeds = [1, 2, 3, 20_240_601];
const seeds = process.env.LEDGER_SEED
  ? [Number(process.env.LEDGER_SEED)]
  : [...fixedSeeds, Date.now() % 1_000_000_007];

const badIds = ['', 'has space', 'x'.repeat(65), 'naïve'];
const edgeAmounts = [0, -1, 1.5, Number.NaN, 2 ** 53, limits.amountFenMax, limits.amountFenMax + 1];

class Workload {
  readonly #random: () => number;
  constructor(seed: number) {
    this.#random = seededRandom(seed);
  }

  below(count: number): number {
    return Math.floor(this.#random() * count);
  }

  id(prefix: string, poolSize: number): string {
    if (this.#random() < 0.03) return badIds[this.below(badIds.length)] ?? '';
    return `${prefix}${this.below(poolSize)}`;
  }

  /** Sometimes exactly `edgeFen`, one below or one above it: where off-by-one bugs live. */
  amountNear(edgeFen: number | undefined): number {
    if (edgeFen === undefined || this.#random() < 0.6) return this.amount();
    return Math.max(1, edgeFen + this.below(3) - 1);
  }

  amount(): number {
    const roll = this.#random();
    if (roll < 0.1) return edgeAmounts[this.below(edgeAmounts.length)] ?? 0;
    if (roll < 0.15) return 1 + this.below(limits.amountFenMax);
    return 1 + this.below(3_000);
  }
}

type Step = (ledger: Ledger, model: ModelLedger) => { got: ModelAnswer; want: ModelAnswer };

/** The step is chosen before it runs; peeking at the model only steers amounts to edges. */
function nextStep(work: Workload, model: ModelLedger): { what: string; step: Step } {
  const roll = work.below(100);
  const transferId = work.id('x', 400);
  if (roll < 25) {
    const [user, fen] = [work.id('u', 5), work.amount()];
    return {
      what: `deposit(${transferId}, ${user}, ${fen})`,
      step: (ledger, model) => {
        const { code, availableFen } = ledger.deposit(transferId, user, fen);
        return { got: { code, fen: availableFen }, want: model.deposit(transferId, user, fen) };
      },
    };
  }
  if (roll < 50) {
    const [hold, user] = [work.id('h', 60), work.id('u', 5)];
    const fen = work.amountNear(model.balances.get(`user:${user}:available`));
    return {
      what: `hold(${hold}, ${user}, ${fen})`,
      step: (ledger, model) => ({
        got: { code: ledger.hold(hold, user, fen), fen: 0 },
        want: model.hold(hold, user, fen),
      }),
    };
  }
  return nextMove(work, model, roll, transferId);
}

function nextMove(
  work: Workload,
  model: ModelLedger,
  roll: number,
  transferId: string,
): { what: string; step: Step } {
  if (roll < 72) {
    const [hold, tranche] = [work.id('h', 60), work.id('t', 4)];
    const fen = work.amountNear(model.holds.get(hold)?.remainingFen);
    return {
      what: `toEscrow(${transferId}, ${hold}, ${tranche}, ${fen})`,
      step: (ledger, model) => ({
        got: { code: ledger.transferHeldToEscrow(transferId, hold, tranche, fen), fen: 0 },
        want: model.toEscrow(transferId, hold, tranche, fen),
      }),
    };
  }
  if (roll < 79) {
    const user = work.id('u', 5);
    const fen = work.amountNear(model.balances.get(`user:${user}:available`));
    return {
      what: `withdraw(${transferId}, ${user}, ${fen})`,
      step: (ledger, model) => {
        const { code, availableFen } = ledger.withdraw(transferId, user, fen);
        return { got: { code, fen: availableFen }, want: model.withdraw(transferId, user, fen) };
      },
    };
  }
  if (roll < 86) {
    const hold = work.id('h', 60);
    return {
      what: `release(${transferId}, ${hold})`,
      step: (ledger, model) => {
        const { code, releasedFen } = ledger.releaseHold(transferId, hold);
        return { got: { code, fen: releasedFen }, want: model.release(transferId, hold) };
      },
    };
  }
  const [tranche, borrower] = [work.id('t', 4), work.id('b', 3)];
  const fen = work.amountNear(model.balances.get(`tranche:${tranche}:escrow`));
  return {
    what: `disburse(${transferId}, ${tranche}, ${borrower}, ${fen})`,
    step: (ledger, model) => ({
      got: { code: ledger.disburse(transferId, tranche, borrower, fen), fen: 0 },
      want: model.disburse(transferId, tranche, borrower, fen),
    }),
  };
}

function expectSameBalances(ledger: Ledger, model: ModelLedger, context: string): void {
  for (const [key, fen] of model.balances) {
    expect(ledger.balanceFen(key), `${context}: balance of ${key}`).toBe(fen);
  }
}

describe('ledger against the reference model', () => {
  it.each(seeds)('seed %i: same answers, same balances, sum zero', async (seed) => {
    const dir = tempDir();
    let ledger = await openLedger({ dir, durability: 'none' });
    const model = new ModelLedger();
    const work = new Workload(seed);
    for (let index = 0; index < stepsPerSeed; index++) {
      const { what, step } = nextStep(work, model);
      const context = `seed ${seed} step ${index} ${what}`;
      const { got, want } = step(ledger, model);
      expect(got, context).toEqual(want);
      expect(() => ledger.checkInvariants(), context).not.toThrow();
      expect(model.sum(), context).toBe(0);
      expectSameBalances(ledger, model, context);
      if (index % 500 === 499) await ledger.flush();
    }
    const hash = ledger.headHash();
    await ledger.close();
    const report = await verifyJournal(dir);
    expect(report.ok, `seed ${seed}: ${report.reason}`).toBe(true);
    // The parallel pass (hashes in workers) and the sequential one agree.
    expect(await verifyJournal(dir, { threads: 0 }), `seed ${seed}`).toEqual(report);
    expect(report.balances, `seed ${seed}: verified balances`).toEqual(model.balances);
    ledger = await openLedger({ dir, durability: 'none' });
    expect(ledger.headHash(), `seed ${seed}: head after reopen`).toBe(hash);
    expectSameBalances(ledger, model, `seed ${seed} after reopen`);
    await ledger.close();
  });
});
