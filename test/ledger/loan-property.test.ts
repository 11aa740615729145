/**
 * Seeded random loan lives: random repayments (partial, late, early), ticks and 代偿 on
 * increasing days. After every step every invariant holds (sum zero, floors, memo accounts net
 * to zero, note receivables equal their schedules); money is conserved (what the borrower and
 * the reserve paid in equals what lenders and the platform received); and the journal replays
 * to the same balances. Rerun one seed with LEDGER_SEED=<seed>.
 */
import { describe, expect, it } from 'vitest';
import { openLedger, verifyJournal, type Ledger } from '../../src/ledger/index.js';
import { Code } from '../../src/shared/index.js';
import { seededRandom, tempDir } from './helpers.js';

const dayMs = 86_400_000;
const startMs = 19_737 * dayMs;
const seeds = process.env.LEDGER_SEED
  ? [Number(process.env.LEDGER_SEED)]
  : [7, 11, 2_024, Date.now() % 1_000_000_007];
const lenders = ['L0', 'L1', 'L2', 'L3'];
const schedules = ['equal_instalment', 'equal_principal', 'interest_only'] as const;
const orders = [
  ['late_fee', 'interest', 'principal'],
  ['principal', 'interest', 'late_fee'],
  ['interest', 'late_fee', 'principal'],
] as const;

function setUp(ledger: Ledger, random: () => number): void {
  const notes = lenders.map((lenderId, index) => {
    const principalFen = 1 + Math.floor(random() * 500_000);
    ledger.deposit(`d-${lenderId}`, lenderId, principalFen);
    ledger.hold(`h-${lenderId}`, lenderId, principalFen);
    ledger.transferHeldToEscrow(`f-${lenderId}`, `h-${lenderId}`, 'T', principalFen);
    return {
      noteId: `N${index}`,
      lenderId,
      principalFen,
      rateBps: 1 + Math.floor(random() * 3_600),
    };
  });
  ledger.platformDeposit('cap', 10_000_000);
  const leg = {
    debitKey: 'platform:operating',
    creditKey: 'platform:risk-reserve',
    amountFen: 5_000_000,
  };
  ledger.transferLinked('reserve', [leg]);
  ledger.deposit('d-B', 'B', 100_000_000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const result = ledger.originate({
    transferId: 'o',
    trancheId: 'T',
    borrowerId: 'B',
    notes,
    termMonths: 1 + Math.floor(random() * 24),
    schedule: pick(schedules),
    feeBps: Math.floor(random() * 300),
    nowMs: startMs,
    product: {
      serviceFeeBps: Math.floor(random() * 2_000),
      lateFeeBpsPerDay: Math.floor(random() * 10),
      graceDays: Math.floor(random() * 5),
      allocationOrder: [...pick(orders)],
      guaranteeAfterDays: pick([0, 30, 60]),
      reminderDays: 3,
    },
  });
  expect(result.code).toBe(Code.OK);
}

/** Money into users and the platform minus money out of the borrower and the reserve. */
function paidIn(ledger: Ledger): number {
  const lendersFen = lenders.reduce((sum, id) => sum + ledger.userBalances(id).availableFen, 0);
  const borrowerFen = ledger.userBalances('B').availableFen;
  return (
    lendersFen +
    borrowerFen +
    ledger.balanceFen('platform:fee-income') +
    ledger.balanceFen('platform:risk-reserve')
  );
}

describe('loan lives against the invariants', () => {
  it.each(seeds)('seed %i', async (seed) => {
    const random = seededRandom(seed);
    const dir = tempDir();
    const ledger = await openLedger({ dir, durability: 'none' });
    setUp(ledger, random);
    const total = paidIn(ledger);
    let nowMs = startMs;
    for (let step = 0; step < 120; step++) {
      nowMs += Math.floor(random() * 20) * dayMs;
      const roll = random();
      const context = `seed ${seed} step ${step}`;
      let code: number;
      if (roll < 0.5) {
        const owed = ledger.loanStatus('T', nowMs)?.dueFen ?? 0;
        const amount = 1 + Math.floor(random() * (owed + 50_000));
        code = ledger.repay(`p${step}`, 'T', amount, nowMs).code;
      } else if (roll < 0.8) code = ledger.tick(`k${step}`, nowMs).code;
      else code = ledger.compensate(`c${step}`, 'T', nowMs).code;
      const expected = [
        Code.OK,
        Code.LOAN_SETTLED,
        Code.NOTHING_TO_COMPENSATE,
        Code.INSUFFICIENT_FUNDS,
      ];
      expect(expected, context).toContain(code);
      expect(() => ledger.checkInvariants(), context).not.toThrow();
      expect(paidIn(ledger), context).toBe(total);
    }
    const balances = lenders.map((id) => ledger.userBalances(id));
    await ledger.close();
    const report = await verifyJournal(dir);
    expect(report.ok, `seed ${seed}: ${report.reason}`).toBe(true);
    const again = await openLedger({ dir, durability: 'none' });
    expect(
      lenders.map((id) => again.userBalances(id)),
      `seed ${seed}`,
    ).toEqual(balances);
    await again.close();
  });
});
