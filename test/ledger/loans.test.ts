/**
 * Accounts and loans end to end through the journaled ledger: withdrawals, segregation, linked
 * groups, origination with fees and notes, repayment allocation and pro-rata splits, prepayment,
 * late fees and buckets, 代偿, the daily tick, and replay of all of it to the same state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildSchedule,
  dayOfDate,
  openLedger,
  reconcileJournal,
  verifyJournal,
  ScheduleKind,
  type Ledger,
  type OriginateRequest,
} from '../../src/ledger/index.js';
import { Code } from '../../src/shared/index.js';
import { tempDir } from './helpers.js';

const open: Ledger[] = [];
const dayMs = 86_400_000;
/** 2024-01-15 00:00 UTC: instalments fall due on the 15th. */
const startMs = dayOfDate(2024, 1, 15) * dayMs;
const dueMs = (period: number): number => dayOfDate(2024, 1 + period, 15) * dayMs;

afterEach(async () => {
  for (const ledger of open.splice(0)) await ledger.close();
});

async function fresh(dir = tempDir()): Promise<Ledger> {
  const ledger = await openLedger({ dir, durability: 'none' });
  open.push(ledger);
  return ledger;
}

/** L1 funds 600,000 and L2 400,000 of tranche T1 through holds and fills. */
function fund(ledger: Ledger): void {
  for (const [lender, fen] of [
    ['L1', 600_000],
    ['L2', 400_000],
  ] as const) {
    expect(ledger.deposit(`d-${lender}`, lender, 1_000_000).code).toBe(Code.OK);
    expect(ledger.hold(`h-${lender}`, lender, fen)).toBe(Code.OK);
    expect(ledger.transferHeldToEscrow(`f-${lender}`, `h-${lender}`, 'T1', fen)).toBe(Code.OK);
    expect(ledger.releaseHold(`r-${lender}`, `h-${lender}`).code).toBe(Code.OK);
  }
}

function request(extra: Partial<OriginateRequest> = {}): OriginateRequest {
  return {
    transferId: 'o1',
    trancheId: 'T1',
    borrowerId: 'B',
    notes: [
      { noteId: 'N1', lenderId: 'L1', principalFen: 600_000, rateBps: 1_200 },
      { noteId: 'N2', lenderId: 'L2', principalFen: 400_000, rateBps: 1_200 },
    ],
    termMonths: 12,
    schedule: 'equal_instalment',
    feeBps: 100,
    nowMs: startMs,
    ...extra,
  };
}

async function originated(extra: Partial<OriginateRequest> = {}): Promise<Ledger> {
  const ledger = await fresh();
  fund(ledger);
  expect(ledger.originate(request(extra))).toEqual({ code: Code.OK, disbursedFen: 990_000 });
  return ledger;
}

describe('custody, withdrawals and segregation', () => {
  it('withdraws to the custody bank and checks funds and accounts', async () => {
    const ledger = await fresh();
    ledger.deposit('d1', 'alice', 1_000);
    expect(ledger.withdraw('w1', 'alice', 400)).toEqual({ code: Code.OK, availableFen: 600 });
    expect(ledger.withdraw('w1', 'alice', 400)).toEqual({ code: Code.OK, availableFen: 600 });
    expect(ledger.withdraw('w1', 'alice', 401).code).toBe(
      Code.TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS,
    );
    expect(ledger.withdraw('w2', 'alice', 601).code).toBe(Code.INSUFFICIENT_FUNDS);
    expect(ledger.withdraw('w3', 'nobody', 1).code).toBe(Code.ACCOUNT_NOT_FOUND);
    expect(ledger.withdraw('w4', 'alice', 0).code).toBe(Code.LEDGER_AMOUNT_INVALID);
    expect(ledger.withdraw('w 5', 'alice', 1).code).toBe(Code.INVALID_FIELD);
    expect(ledger.balanceFen('bank:custody')).toBe(-600);
    ledger.checkInvariants();
  });

  it('never moves user money to the platform through a linked group', async () => {
    const ledger = await fresh();
    ledger.deposit('d1', 'alice', 1_000);
    const leg = {
      debitKey: 'user:alice:available',
      creditKey: 'platform:fee-income',
      amountFen: 1,
    };
    expect(ledger.transferLinked('g1', [leg])).toBe(Code.LEDGER_FLOW_FORBIDDEN);
    const held = { debitKey: 'user:alice:held', creditKey: 'user:bob:available', amountFen: 1 };
    expect(ledger.transferLinked('g2', [held])).toBe(Code.LEDGER_FLOW_FORBIDDEN);
    const bank = { debitKey: 'bank:custody', creditKey: 'user:bob:available', amountFen: 1 };
    expect(ledger.transferLinked('g3', [bank])).toBe(Code.LEDGER_FLOW_FORBIDDEN);
    expect(ledger.entryCount()).toBe(1);
  });

  it('applies a linked group whole or not at all', async () => {
    const ledger = await fresh();
    ledger.deposit('d1', 'alice', 1_000);
    const a = { debitKey: 'user:alice:available', creditKey: 'user:bob:available', amountFen: 700 };
    const b = { debitKey: 'user:bob:available', creditKey: 'user:carol:available', amountFen: 800 };
    expect(ledger.transferLinked('g1', [a, b])).toBe(Code.INSUFFICIENT_FUNDS);
    expect(ledger.userBalances('alice').availableFen).toBe(1_000);
    expect(ledger.transferLinked('g1', [a, { ...b, amountFen: 700 }])).toBe(Code.OK);
    expect(ledger.userBalances('carol').availableFen).toBe(700);
    expect(ledger.transferLinked('g1', [a, { ...b, amountFen: 700 }])).toBe(Code.OK);
    expect(ledger.transferLinked('g1', [a])).toBe(Code.TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS);
    expect(ledger.transferLinked('g2', [])).toBe(Code.INVALID_FIELD);
    expect(ledger.transferLinked('g3', [{ ...a, amountFen: -1 }])).toBe(Code.LEDGER_AMOUNT_INVALID);
    ledger.checkInvariants();
  });

  it('mirrors money that changes bank, and reconciles against a statement', async () => {
    const dir = tempDir();
    const ledger = await fresh(dir);
    expect(ledger.platformDeposit('p1', 50_000)).toBe(Code.OK);
    const reserve = {
      debitKey: 'platform:operating',
      creditKey: 'platform:risk-reserve',
      amountFen: 20_000,
    };
    expect(ledger.transferLinked('top-up', [reserve])).toBe(Code.OK);
    expect(ledger.balanceFen('bank:custody')).toBe(-20_000);
    expect(ledger.balanceFen('bank:operating')).toBe(-30_000);
    ledger.deposit('d1', 'alice', 1_000);
    ledger.withdraw('w1', 'alice', 300);
    const good = 'transfer_id,direction,amount_fen\ntop-up,in,20000\nd1,in,1000\r\nw1,out,300\n';
    expect(ledger.reconcile(good)).toMatchObject({ ok: true, matched: 3, differences: [] });
    const bad = [
      'transfer_id,direction,amount_fen',
      'd1,in,999',
      'd1,in,1000',
      'x9,in,5',
      'oops',
      '# a comment',
      '',
    ].join('\n');
    const report = ledger.reconcile(bad);
    expect(report.ok).toBe(false);
    expect(report.differences.map((d) => [d.kind, d.transferId, d.line])).toEqual([
      ['malformed_line', '', 5],
      ['amount_mismatch', 'd1', 2],
      ['duplicate_in_statement', 'd1', 3],
      ['missing_in_ledger', 'x9', 4],
      ['missing_in_statement', 'top-up', 0],
      ['missing_in_statement', 'w1', 0],
      ['total_mismatch', '', 0],
    ]);
    expect(ledger.reconcile('nonsense\n').differences[0]?.kind).toBe('malformed_line');
    ledger.checkInvariants();
    await ledger.flush();
    expect(await reconcileJournal(dir, good)).toMatchObject({ ok: true, matched: 3 });
  });
});

describe('origination', () => {
  it('disburses escrow minus the fee and creates one note per fill', async () => {
    const ledger = await originated();
    expect(ledger.balanceFen('tranche:T1:escrow')).toBe(0);
    expect(ledger.userBalances('B').availableFen).toBe(990_000);
    expect(ledger.balanceFen('platform:fee-income')).toBe(10_000);
    expect(ledger.balanceFen('note:N1:principal')).toBe(600_000);
    expect(ledger.balanceFen('note:N2:principal')).toBe(400_000);
    expect(ledger.balanceFen('loan:T1:principal')).toBe(-1_000_000);
    const rows = ledger.loanSchedule('T1') ?? [];
    expect(rows).toHaveLength(12);
    expect(rows.reduce((a, row) => a + row.principalFen, 0)).toBe(1_000_000);
    expect(rows[0]?.dueDay).toBe(dayOfDate(2024, 2, 15));
    ledger.checkInvariants();
  });

  it('answers retries, and refuses bad or inconsistent originations', async () => {
    const ledger = await originated();
    const entries = ledger.entryCount();
    expect(ledger.originate(request()).code).toBe(Code.OK);
    expect(ledger.originate(request({ feeBps: 0 })).code).toBe(
      Code.TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS,
    );
    expect(ledger.originate(request({ transferId: 'o2' })).code).toBe(Code.LOAN_EXISTS);
    expect(ledger.entryCount()).toBe(entries);
    const other = await fresh();
    fund(other);
    const cases: [Partial<OriginateRequest>, number][] = [
      [{ termMonths: 0 }, Code.LOAN_TERMS_INVALID],
      [{ termMonths: 61 }, Code.LOAN_TERMS_INVALID],
      [{ schedule: 'weekly' as 'equal_principal' }, Code.LOAN_TERMS_INVALID],
      [{ schedule: 'toString' as 'equal_principal' }, Code.LOAN_TERMS_INVALID],
      [
        { product: { allocationOrder: ['constructor', 'interest', 'principal'] as never } },
        Code.LOAN_TERMS_INVALID,
      ],
      [{ product: { serviceFeeBps: 10_001 } }, Code.LOAN_TERMS_INVALID],
      [{ feeBps: 10_000 }, Code.LOAN_TERMS_INVALID],
      [{ feeBps: -1 }, Code.LOAN_TERMS_INVALID],
      [{ nowMs: Number.NaN }, Code.LOAN_TERMS_INVALID],
      [{ notes: [] }, Code.LOAN_TERMS_INVALID],
      [{ borrowerId: 'L1' }, Code.SELF_FUNDING_FORBIDDEN],
      [{ trancheId: 'nope' }, Code.ACCOUNT_NOT_FOUND],
      [{ transferId: '' }, Code.INVALID_FIELD],
      [
        { product: { allocationOrder: ['interest', 'interest', 'principal'] } },
        Code.LOAN_TERMS_INVALID,
      ],
      [{ product: { graceDays: -1 } }, Code.LOAN_TERMS_INVALID],
    ];
    for (const [extra, code] of cases) expect(other.originate(request(extra)).code).toBe(code);
    const swapped = request().notes.map((note) => ({
      ...note,
      lenderId: note.lenderId === 'L1' ? 'L2' : 'L1',
    }));
    expect(other.originate(request({ notes: swapped })).code).toBe(Code.LOAN_TERMS_INVALID);
    const short = [{ noteId: 'N1', lenderId: 'L1', principalFen: 2_000_000, rateBps: 1_200 }];
    expect(other.originate(request({ notes: short })).code).toBe(Code.INSUFFICIENT_FUNDS);
    const bad = [{ noteId: 'N1', lenderId: 'L1', principalFen: 600_000, rateBps: 0 }];
    expect(other.originate(request({ notes: bad })).code).toBe(Code.RATE_OUT_OF_RANGE);
    const dup = [request().notes[0], request().notes[0]].filter((n) => n !== undefined);
    expect(other.originate(request({ notes: dup })).code).toBe(Code.LOAN_TERMS_INVALID);
    expect(other.entryCount()).toBe(8);
  });
});

describe('repayment', () => {
  it('pays every instalment on time, split per note, and settles the loan', async () => {
    const ledger = await originated();
    ledger.deposit('d-B', 'B', 200_000);
    const n1 = buildSchedule(ScheduleKind.equalInstalment, 600_000, 1_200, 12);
    const n2 = buildSchedule(ScheduleKind.equalInstalment, 400_000, 1_200, 12);
    let received = 0;
    for (let period = 1; period <= 12; period++) {
      const k = period - 1;
      const due = (n1.principalFen[k] ?? 0) + (n1.interestFen[k] ?? 0);
      const due2 = (n2.principalFen[k] ?? 0) + (n2.interestFen[k] ?? 0);
      const before = ledger.userBalances('L1').availableFen;
      const result = ledger.repay(`p${period}`, 'T1', due + due2, dueMs(period));
      expect(result, `period ${period}`).toEqual({ code: Code.OK, paidFen: due + due2 });
      expect(ledger.userBalances('L1').availableFen - before).toBe(due);
      received += due + due2;
      ledger.checkInvariants();
    }
    expect(ledger.loanStatus('T1', dueMs(12))).toMatchObject({ settled: true, dueFen: 0 });
    expect(ledger.repay('p13', 'T1', 1, dueMs(12)).code).toBe(Code.LOAN_SETTLED);
    expect(ledger.balanceFen('loan:T1:principal')).toBe(0);
    expect(ledger.balanceFen('loan:T1:interest')).toBe(0);
    expect(ledger.balanceFen('note:N1:interest')).toBe(0);
    const interest = [...n1.interestFen, ...n2.interestFen].reduce((x, y) => x + y, 0);
    expect(received).toBe(1_000_000 + interest);
  });

  it('withholds the service fee from interest and follows the allocation order', async () => {
    const product = {
      serviceFeeBps: 1_000,
      allocationOrder: ['principal', 'interest', 'late_fee'] as const,
    };
    const ledger = await originated({
      product: { ...product, allocationOrder: [...product.allocationOrder] },
    });
    ledger.deposit('d-B', 'B', 200_000);
    // 1,000 fen on the due day: principal first, split 600:400.
    expect(ledger.repay('p1', 'T1', 1_000, dueMs(1))).toEqual({ code: Code.OK, paidFen: 1_000 });
    expect(ledger.balanceFen('note:N1:principal')).toBe(599_400);
    expect(ledger.balanceFen('note:N2:principal')).toBe(399_600);
    // The rest of period 1: principal, then interest (10,000), 10% of it to the platform.
    const status = ledger.loanStatus('T1', dueMs(1));
    expect(ledger.repay('p2', 'T1', status?.dueFen ?? 0, dueMs(1)).code).toBe(Code.OK);
    expect(ledger.balanceFen('platform:fee-income')).toBe(10_000 + 1_000);
    ledger.checkInvariants();
  });

  it('pays interest first by default, pro rata, ties to the note given first', async () => {
    const equal = request().notes.map((note) => ({ ...note, principalFen: 500_000 }));
    const ledger = await fresh();
    for (const lender of ['L1', 'L2']) {
      ledger.deposit(`d-${lender}`, lender, 500_000);
      ledger.hold(`h-${lender}`, lender, 500_000);
      ledger.transferHeldToEscrow(`f-${lender}`, `h-${lender}`, 'T1', 500_000);
    }
    expect(ledger.originate(request({ notes: equal, feeBps: 0 })).code).toBe(Code.OK);
    // 3 fen over two equal interest claims of 5,000: 2 to N1 (given first), 1 to N2.
    expect(ledger.repay('p1', 'T1', 3, startMs)).toEqual({ code: Code.OK, paidFen: 3 });
    expect(ledger.balanceFen('note:N1:interest')).toBe(4_998);
    expect(ledger.balanceFen('note:N2:interest')).toBe(4_999);
    expect(ledger.userBalances('L1').availableFen).toBe(2);
    expect(ledger.userBalances('L2').availableFen).toBe(1);
    expect(ledger.balanceFen('note:N1:principal')).toBe(500_000);
    ledger.checkInvariants();
  });

  it('charges late fees after the grace period and reports days past due and buckets', async () => {
    const ledger = await originated({ product: { graceDays: 3, lateFeeBpsPerDay: 5 } });
    const dueDay = dayOfDate(2024, 2, 15);
    const at = (days: number): number => (dueDay + days) * dayMs;
    expect(ledger.loanStatus('T1', at(0))).toMatchObject({ daysPastDue: 0, bucket: 'current' });
    expect(ledger.loanStatus('T1', at(2))).toMatchObject({ daysPastDue: 2, lateFeeFen: 0 });
    // 88,849 unpaid for 7 days past grace at 5 bp a day: floor(88,849 * 35 / 10,000) = 310.
    expect(ledger.loanStatus('T1', at(10))).toMatchObject({ lateFeeFen: 310, bucket: '1-30' });
    expect(ledger.loanStatus('T1', at(45))?.bucket).toBe('31-90');
    expect(ledger.loanStatus('T1', at(100))?.bucket).toBe('91-180');
    expect(ledger.loanStatus('T1', at(200))?.bucket).toBe('181+');
    // Paying at day 10: the fee first (default order), the rest to interest and principal.
    const due = ledger.loanStatus('T1', at(10))?.dueFen ?? 0;
    expect(due).toBe(88_849 + 310);
    expect(ledger.repay('p1', 'T1', due, at(10)).paidFen).toBe(due);
    expect(ledger.balanceFen('platform:fee-income')).toBe(10_000 + 310);
    expect(ledger.loanStatus('T1', at(11))).toMatchObject({ daysPastDue: 0, lateFeeFen: 0 });
    ledger.checkInvariants();
  });

  it('takes early and partial repayments and re-amortises what remains', async () => {
    const ledger = await originated({ schedule: 'equal_principal' });
    ledger.deposit('d-B', 'B', 100_000);
    // Partial, before the first due date: interest of period 1 first.
    expect(ledger.repay('p1', 'T1', 5_000, startMs)).toEqual({ code: Code.OK, paidFen: 5_000 });
    expect(ledger.balanceFen('note:N1:interest') + ledger.balanceFen('note:N2:interest')).toBe(
      5_000,
    );
    // Offer far more than owed: period 1, then all principal; only what is owed is taken.
    const result = ledger.repay('p2', 'T1', 5_000_000, startMs);
    expect(result.code).toBe(Code.OK);
    expect(result.paidFen).toBe(1_000_000 + 10_000 - 5_000);
    expect(ledger.loanStatus('T1', startMs)?.settled).toBe(true);
    expect(ledger.balanceFen('note:N1:principal')).toBe(0);
    ledger.checkInvariants();
  });

  it('lowers later instalments after a partial prepayment', async () => {
    const ledger = await originated();
    ledger.deposit('d-B', 'B', 500_000);
    const [r1, r2] = ledger.loanSchedule('T1') ?? [];
    const interestFen = (r1?.interestFen ?? 0) + (r2?.interestFen ?? 0);
    // The due instalment, then the next one, then principal ahead of schedule.
    expect(ledger.repay('p1', 'T1', 88_849 + 500_000, dueMs(1)).code).toBe(Code.OK);
    const rows = ledger.loanSchedule('T1') ?? [];
    const outstanding = rows.reduce((a, row) => a + row.principalFen, 0);
    expect(outstanding).toBe(1_000_000 - (588_849 - interestFen));
    expect(rows[1]).toMatchObject({ principalFen: 0, interestFen: 0 });
    // 430,363 re-amortised over the 10 periods left: about 45,400 a month.
    expect((rows[2]?.principalFen ?? 0) + (rows[2]?.interestFen ?? 0)).toBeLessThan(46_000);
    ledger.checkInvariants();
  });

  it('refuses bad repayments', async () => {
    const ledger = await originated();
    expect(ledger.repay('p1', 'nope', 1, dueMs(1)).code).toBe(Code.LOAN_NOT_FOUND);
    expect(ledger.repay('p1', 'T1', 0, dueMs(1)).code).toBe(Code.LEDGER_AMOUNT_INVALID);
    expect(ledger.repay('p1', 'T1', 1, -1).code).toBe(Code.INVALID_FIELD);
    expect(ledger.repay('p1', 'T1', 2_000_000, dueMs(1)).code).toBe(Code.INSUFFICIENT_FUNDS);
    expect(ledger.repay('p1', 'T1', 10, dueMs(1)).code).toBe(Code.OK);
    expect(ledger.repay('p1', 'T1', 10, dueMs(2)).code).toBe(
      Code.TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS,
    );
    expect(ledger.compensate('c1', 'nope', dueMs(1)).code).toBe(Code.LOAN_NOT_FOUND);
    expect(ledger.compensate('c 1', 'T1', dueMs(1)).code).toBe(Code.INVALID_FIELD);
    expect(ledger.compensate('c1', 'T1', 1.5).code).toBe(Code.INVALID_FIELD);
    // No guarantee in this product.
    expect(ledger.compensate('c1', 'T1', dueMs(6)).code).toBe(Code.NOTHING_TO_COMPENSATE);
    expect(ledger.tick('k1', -5).code).toBe(Code.INVALID_FIELD);
    expect(ledger.tick('', dueMs(1)).code).toBe(Code.INVALID_FIELD);
    expect(ledger.platformDeposit('x', 0)).toBe(Code.LEDGER_AMOUNT_INVALID);
    expect(ledger.platformDeposit('x y', 1)).toBe(Code.INVALID_FIELD);
  });
});

describe('guarantee, tick and replay', () => {
  it('pays note holders from the risk reserve, then recovers from the borrower', async () => {
    const ledger = await originated({ product: { guaranteeAfterDays: 30 } });
    ledger.withdraw('w-B', 'B', 990_000);
    ledger.platformDeposit('cap', 1_000_000);
    const topUp = {
      debitKey: 'platform:operating',
      creditKey: 'platform:risk-reserve',
      amountFen: 500_000,
    };
    expect(ledger.transferLinked('t1', [topUp])).toBe(Code.OK);
    const early = dueMs(1) + 29 * dayMs;
    expect(ledger.compensate('c0', 'T1', early).code).toBe(Code.NOTHING_TO_COMPENSATE);
    const l1Before = ledger.userBalances('L1').availableFen;
    const paid = ledger.compensate('c1', 'T1', dueMs(1) + 30 * dayMs);
    expect(paid).toEqual({ code: Code.OK, paidFen: 88_849 });
    expect(ledger.userBalances('L1').availableFen).toBeGreaterThan(l1Before);
    expect(ledger.balanceFen('loan:T1:reserve-claim')).toBe(88_849);
    // Periods 1 (paid out by the reserve) and 2 are both due by then.
    ledger.deposit('d-B', 'B', 200_000);
    const due = ledger.loanStatus('T1', dueMs(1) + 31 * dayMs)?.dueFen ?? 0;
    expect(ledger.repay('p1', 'T1', due, dueMs(1) + 31 * dayMs).code).toBe(Code.OK);
    expect(ledger.balanceFen('loan:T1:reserve-claim')).toBe(0);
    expect(ledger.balanceFen('platform:risk-reserve')).toBe(500_000);
    ledger.checkInvariants();
  });

  it('reminds, repays automatically when funds suffice, and reports bucket changes', async () => {
    const ledger = await originated({ product: { reminderDays: 3, guaranteeAfterDays: 0 } });
    ledger.withdraw('w-B', 'B', 990_000);
    expect(ledger.tick('k0', dueMs(1) - 4 * dayMs).events).toEqual([]);
    const reminder = ledger.tick('k1', dueMs(1) - 3 * dayMs).events;
    expect(reminder).toEqual([
      {
        type: 'reminder',
        loanId: 'T1',
        borrowerId: 'B',
        period: 1,
        dueDay: dayOfDate(2024, 2, 15),
        dueFen: 88_849,
      },
    ]);
    expect(ledger.tick('k2', dueMs(1) - 2 * dayMs).events).toEqual([]);
    const late = ledger.tick('k3', dueMs(1) + dayMs).events;
    expect(late).toEqual([
      { type: 'overdue', loanId: 'T1', borrowerId: 'B', daysPastDue: 1, bucket: '1-30' },
    ]);
    ledger.deposit('d-B', 'B', 100_000);
    const paid = ledger.tick('k4', dueMs(1) + 2 * dayMs).events;
    expect(paid.map((event) => event.type)).toEqual(['auto_repaid', 'overdue']);
    expect(ledger.loanStatus('T1', dueMs(1) + 2 * dayMs)?.bucket).toBe('current');
    ledger.checkInvariants();
  });

  it('replays every loan operation to the same balances and head hash', async () => {
    const dir = tempDir();
    const ledger = await fresh(dir);
    fund(ledger);
    const product = { guaranteeAfterDays: 10, serviceFeeBps: 500 };
    expect(ledger.originate(request({ product })).code).toBe(Code.OK);
    ledger.platformDeposit('cap', 1_000_000);
    const leg = {
      debitKey: 'platform:operating',
      creditKey: 'platform:risk-reserve',
      amountFen: 400_000,
    };
    ledger.transferLinked('t1', [leg]);
    ledger.repay('p1', 'T1', 50_000, dueMs(1));
    ledger.tick('k1', dueMs(1) + 15 * dayMs);
    ledger.repay('p2', 'T1', 400_000, dueMs(2));
    ledger.withdraw('w1', 'L1', 1_000);
    ledger.checkInvariants();
    const hash = ledger.headHash();
    const balances = ['L1', 'L2', 'B'].map((user) => ledger.userBalances(user));
    const schedule = ledger.loanSchedule('T1');
    await ledger.close();
    open.splice(open.indexOf(ledger), 1);
    const report = await verifyJournal(dir);
    expect(report.ok, report.reason).toBe(true);
    const again = await fresh(dir);
    expect(again.headHash()).toBe(hash);
    expect(['L1', 'L2', 'B'].map((user) => again.userBalances(user))).toEqual(balances);
    expect(again.loanSchedule('T1')).toEqual(schedule);
  });
});
