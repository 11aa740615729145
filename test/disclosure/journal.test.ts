/**
 * Figures recomputed from the journals equal the figures ClickHouse serves, at the same cut-off.
 *
 * A scenario runs through the real ledger (its public API, journaled to disk) with listings in an
 * orderbook journal: three loans, on-time repayments, a full prepayment, a loan left unpaid that
 * the risk reserve compensates (代偿), and daily ticks. The facts are read back from the journals
 * alone; they are checked against the ledger's own loan positions, backfilled into ClickHouse
 * twice (same tables both times), and the live and as-of figures from ClickHouse must equal the
 * pure computation from the journals at each cut-off.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backfill,
  computeFigures,
  createDisclosureReports,
  createDisclosureSink,
  disclosureCommand,
  readJournalFacts,
  readTrancheMarkets,
  serviceUserRef,
  type JournalFacts,
} from '../../src/disclosure/index.js';
import {
  dayOfDate,
  openLedger,
  platformOperatingKey,
  platformRiskReserveKey,
  type Ledger,
} from '../../src/ledger/index.js';
import { encodeRecord } from '../../src/orderbook/journal.js';
import { Code } from '../../src/shared/index.js';
import { adminClient, dropDatabase, selectAll, testDatabaseName } from '../helpers/clickhouse.js';
import { clickhouseUrl } from '../helpers/services.js';

const dayMs = 86_400_000;
const startMs = dayOfDate(2025, 1, 10) * dayMs + 3_600_000;
const dueMs = (period: number): number => dayOfDate(2025, 1 + period, 10) * dayMs;
const ref = serviceUserRef('journal_test');
const database = testDatabaseName('journal');
const dataDir = mkdtempSync(join(tmpdir(), 'disclosure-journal-'));
const admin = adminClient();

const loans = [
  {
    id: 'T1',
    market: '12M:B',
    borrower: 'B1',
    lenders: [
      ['L1', 600_000],
      ['L2', 400_000],
    ],
  },
  {
    id: 'T2',
    market: '12M:C',
    borrower: 'B2',
    lenders: [
      ['L2', 300_000],
      ['L3', 200_000],
    ],
  },
  {
    id: 'T3',
    market: '6M:A',
    borrower: 'B1',
    lenders: [
      ['L3', 100_000],
      ['L4', 100_000],
    ],
  },
] as const;

function writeListings(): void {
  const dir = join(dataDir, 'orderbook');
  mkdirSync(dir, { recursive: true });
  const commands = loans.map((loan, i) => ({
    kind: 'list' as const,
    ref: i + 1,
    trancheId: loan.id,
    marketId: loan.market,
    borrowerId: loan.borrower,
    amountFen: loan.lenders.reduce((sum, [, fen]) => sum + fen, 0),
    maxRateBps: 1_500,
  }));
  const record = encodeRecord({ epoch: 1, batchId: 1, nowMs: startMs, commands });
  writeFileSync(join(dir, 'shard-0.0000000000.journal'), record);
}

function originate(ledger: Ledger, loan: (typeof loans)[number], nowMs: number): void {
  for (const [lender, fen] of loan.lenders) {
    const hold = `h-${loan.id}-${lender}`;
    expect(ledger.deposit(`d-${loan.id}-${lender}`, lender, fen).code).toBe(Code.OK);
    expect(ledger.hold(hold, lender, fen)).toBe(Code.OK);
    expect(ledger.transferHeldToEscrow(`f-${hold}`, hold, loan.id, fen)).toBe(Code.OK);
    expect(ledger.releaseHold(`r-${hold}`, hold).code).toBe(Code.OK);
  }
  const result = ledger.originate({
    transferId: `o-${loan.id}`,
    trancheId: loan.id,
    borrowerId: loan.borrower,
    notes: loan.lenders.map(([lender, fen]) => ({
      noteId: `N-${loan.id}-${lender}`,
      lenderId: lender,
      principalFen: fen,
      rateBps: 1_200,
    })),
    termMonths: Number(loan.market.split('M')[0]),
    schedule: loan.id === 'T2' ? 'equal_principal' : 'equal_instalment',
    feeBps: 100,
    nowMs,
    product: { guaranteeAfterDays: loan.id === 'T2' ? 30 : 0 },
  });
  expect(result.code).toBe(Code.OK);
}

/** Pays what is due on `loanId` at `nowMs` (plus `extraFen` ahead of schedule). */
function payDue(ledger: Ledger, id: string, loanId: string, nowMs: number, extraFen = 0): void {
  const due = (ledger.loanStatus(loanId, nowMs)?.dueFen ?? 0) + extraFen;
  expect(due).toBeGreaterThan(0);
  expect(ledger.repay(id, loanId, due, nowMs).code).toBe(Code.OK);
}

/** The reserve pays T2's lenders 30 days after a due date the borrower missed. */
function fundReserve(ledger: Ledger): void {
  expect(ledger.platformDeposit('capital', 2_000_000)).toBe(Code.OK);
  const leg = { debitKey: platformOperatingKey, creditKey: platformRiskReserveKey };
  expect(ledger.transferLinked('reserve', [{ ...leg, amountFen: 1_000_000 }])).toBe(Code.OK);
}

/** Everything after origination, in time order: repayments, a 代偿, a recovery, daily ticks. */
function timeline(ledger: Ledger): [number, () => void][] {
  const events: [number, () => void][] = [];
  for (let p = 1; p <= 5; p += 1)
    events.push([dueMs(p), () => payDue(ledger, `p1-${p}`, 'T1', dueMs(p))]);
  events.push([dueMs(1), () => payDue(ledger, 'p3-1', 'T3', dueMs(1))]);
  // T3 is prepaid in full with its second instalment: the later periods are re-amortised away.
  const prepayMs = dueMs(2) + 5 * 3_600_000;
  events.push([prepayMs, () => payDue(ledger, 'p3-all', 'T3', prepayMs, 1_000_000)]);
  const compensateMs = dueMs(1) + 30 * dayMs + 7_200_000;
  events.push([
    compensateMs,
    () => expect(ledger.compensate('c-T2', 'T2', compensateMs).code).toBe(Code.OK),
  ]);
  const recoverMs = dueMs(4) + 3 * 3_600_000;
  events.push([
    recoverMs,
    () => {
      expect(ledger.deposit('d-B2', 'B2', 100_000).code).toBe(Code.OK);
      expect(ledger.repay('p2-late', 'T2', 100_000, recoverMs).code).toBe(Code.OK);
    },
  ]);
  for (let day = 0; day <= 200; day += 10) {
    const nowMs = startMs + day * dayMs;
    events.push([nowMs, () => expect(ledger.tick(`tick-${day}`, nowMs).code).toBe(Code.OK)]);
  }
  return events.sort((a, b) => a[0] - b[0]);
}

/** The scenario; answers the ledger's outstanding principal per loan at `endMs`. */
async function runScenario(endMs: number): Promise<Map<string, number>> {
  writeListings();
  const ledger = await openLedger({ dir: join(dataDir, 'ledger'), durability: 'none' });
  try {
    fundReserve(ledger);
    loans.forEach((loan, i) => originate(ledger, loan, startMs + i * 60_000));
    // B2 takes the money out and pays nothing: T2 goes overdue and the reserve steps in.
    const b2 = ledger.userBalances('B2').availableFen;
    expect(ledger.withdraw('w-B2', 'B2', b2).code).toBe(Code.OK);
    expect(ledger.deposit('d-B1', 'B1', 5_000_000).code).toBe(Code.OK);
    for (const [, run] of timeline(ledger)) run();
    const outstanding = new Map<string, number>();
    for (const loan of loans) {
      outstanding.set(loan.id, ledger.loanStatus(loan.id, endMs)?.outstandingPrincipalFen ?? -1);
    }
    return outstanding;
  } finally {
    await ledger.close();
  }
}

const endMs = startMs + 210 * dayMs;
const midMs = dueMs(3) + 12 * 3_600_000;
let facts: JournalFacts;
let ledgerOutstanding: Map<string, number>;

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['loans', 'notes', 'schedules', 'repayments', 'ledger_transfers']) {
    const rows = await selectAll(admin, `SELECT count() AS n FROM ${database}.${table}`);
    counts[table] = Number(rows[0]?.['n']);
  }
  return counts;
}

beforeAll(async () => {
  ledgerOutstanding = await runScenario(endMs);
  const marketOf = await readTrancheMarkets(dataDir);
  facts = await readJournalFacts(dataDir, { ref, marketOf });
});

afterAll(async () => {
  await dropDatabase(admin, database);
  await admin.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('disclosure facts from the journals', () => {
  it('reads every loan, note, instalment, repayment, 代偿 and waiver', () => {
    expect(facts.loans.map((l) => [l.loan_id, l.grade, l.principal_fen])).toEqual([
      ['T1', 'B', 1_000_000],
      ['T2', 'C', 500_000],
      ['T3', 'A', 200_000],
    ]);
    expect(facts.notes.map((n) => n.lender_ref)).toContain(ref('L4'));
    expect(facts.schedules).toHaveLength(12 + 12 + 6);
    const payers = new Set(facts.repayments.map((r) => r.payer));
    expect(payers).toEqual(new Set(['borrower', 'compensator', 'waiver']));
    // Only the prepayment of T3 re-amortises interest away; only T2 is compensated.
    const loansOf = (payer: string): Set<string> =>
      new Set(facts.repayments.filter((r) => r.payer === payer).map((r) => r.loan_id));
    expect(loansOf('waiver')).toEqual(new Set(['T3']));
    expect(loansOf('compensator')).toEqual(new Set(['T2']));
  });

  it("agrees with the ledger's own outstanding principal of every loan", () => {
    for (const loan of facts.loans) {
      const repaid = facts.repayments
        .filter((r) => r.loan_id === loan.loan_id && r.payer === 'borrower')
        .reduce((sum, r) => sum + r.principal_fen, 0);
      expect(loan.principal_fen - repaid).toBe(ledgerOutstanding.get(loan.loan_id));
    }
    expect(ledgerOutstanding.get('T3')).toBe(0);
    expect(ledgerOutstanding.get('T2')).toBeGreaterThan(0);
  });

  it('reads every ledger transfer once, users as refs, dated by the entries around them', () => {
    const ids = facts.ledger_transfers.map((t) => t.transfer_id);
    expect(new Set(ids).size).toBe(ids.length);
    // Three loans: the borrower's part and the fee of each origination.
    const originations = facts.ledger_transfers.filter((t) => t.kind === 'originate');
    expect(originations.map((t) => t.transfer_id)).toEqual([
      'o-T1',
      'o-T1/fee',
      'o-T2',
      'o-T2/fee',
      'o-T3',
      'o-T3/fee',
    ]);
    expect(originations[0]?.credit_account).toBe(`user:${ref('B1')}:available`);
    const compensated = facts.ledger_transfers.find((t) => t.transfer_id === 'c-T2');
    const paidByReserve = facts.repayments
      .filter((r) => r.repayment_id.startsWith('c-T2#') && r.payer === 'compensator')
      .reduce((sum, r) => sum + r.principal_fen + r.interest_fen + r.late_fee_fen, 0);
    expect(compensated?.amount_fen).toBe(paidByReserve);
    expect(JSON.stringify(facts.ledger_transfers)).not.toMatch(/:L\d:|:B\d:/);
    // No follower ran here: entries without a time take the last one before them.
    const deposit = facts.ledger_transfers.find((t) => t.transfer_id === 'd-B1');
    expect(deposit?.time_ms).toBe(startMs + 2 * 60_000);
  });

  it('keeps only the facts dated by the cut-off', async () => {
    const early = await readJournalFacts(dataDir, {
      ref,
      marketOf: await readTrancheMarkets(dataDir),
      untilMs: midMs,
    });
    expect(early.repayments.length).toBeLessThan(facts.repayments.length);
    expect(early.repayments.every((r) => r.paid_ms <= midMs)).toBe(true);
    expect(computeFigures(early, midMs)).toEqual(computeFigures(facts, midMs));
  });
});

describe('figures from ClickHouse equal the figures recomputed from the journals', () => {
  const reports = createDisclosureReports({ url: clickhouseUrl(), database });

  afterAll(() => reports.close());

  it('backfills the same tables twice over (idempotent)', async () => {
    const options = { url: clickhouseUrl(), database };
    expect((await backfill(options, facts)).code).toBe(Code.OK);
    const first = await tableCounts();
    expect((await backfill(options, facts)).code).toBe(Code.OK);
    expect(await tableCounts()).toEqual(first);
    expect(first).toEqual({
      loans: facts.loans.length,
      notes: facts.notes.length,
      schedules: facts.schedules.length,
      repayments: facts.repayments.length,
      ledger_transfers: facts.ledger_transfers.length,
    });
  });

  it('live figures at the end equal computeFigures on the journal facts', async () => {
    const recomputed = computeFigures(facts, endMs);
    expect(recomputed.overdueLoans).toBe(1);
    expect(recomputed.compensatoryCount).toBeGreaterThan(0);
    expect(recomputed.outstandingLoans).toBe(2);
    expect(await reports.liveFigures(endMs)).toEqual(recomputed);
    expect(await reports.figures(endMs)).toEqual(recomputed);
  });

  it('live figures stay exact across a compaction and the facts after it', async () => {
    const snapDatabase = testDatabaseName('journal_snap');
    const url = clickhouseUrl();
    const snapReports = createDisclosureReports({ url, database: snapDatabase });
    try {
      // Every loan originated, nothing repaid: all four lenders are current.
      const cutMs = startMs + dayMs;
      const marketOf = await readTrancheMarkets(dataDir);
      const early = await readJournalFacts(dataDir, { ref, marketOf, untilMs: cutMs });
      expect((await backfill({ url, database: snapDatabase }, early)).code).toBe(Code.OK);
      await snapReports.compactLive();
      expect(await snapReports.liveFigures(cutMs)).toEqual(computeFigures(early, cutMs));
      expect(computeFigures(early, cutMs).currentLenders).toBe(4);
      // The rest arrive as the service writes them: T3 settles after the snapshot, and L4,
      // who lent only to T3, stops being a current lender.
      const sink = createDisclosureSink({ url, database: snapDatabase });
      for (const row of facts.repayments.filter((r) => r.paid_ms > cutMs)) {
        expect(sink.add('repayments', row)).toBe(Code.OK);
      }
      await sink.close();
      const recomputed = computeFigures(facts, endMs);
      expect(recomputed.currentLenders).toBe(3);
      expect(await snapReports.liveFigures(endMs)).toEqual(recomputed);
      await snapReports.compactLive();
      expect(await snapReports.liveFigures(endMs)).toEqual(recomputed);
    } finally {
      await snapReports.close();
      await dropDatabase(admin, snapDatabase);
    }
  });

  it('as-of figures at an earlier cut-off equal the recomputed ones', async () => {
    const recomputed = computeFigures(facts, midMs);
    expect(recomputed.cumulativeLoans).toBe(3);
    expect(await reports.figures(midMs)).toEqual(recomputed);
  });
});

describe('lending disclosure backfill|report', () => {
  const cliDatabase = testDatabaseName('journal_cli');
  const output: string[] = [];
  const errors: string[] = [];
  const context = {
    clickhouseUrl: clickhouseUrl(),
    database: 'journal_test',
    dataDir,
    out: (text: string) => void output.push(text),
    err: (text: string) => void errors.push(text),
  };

  afterAll(() => dropDatabase(admin, cliDatabase));

  it('rebuilds from a data directory, twice; ClickHouse equals the journals', async () => {
    const args = ['backfill', '--data-dir', dataDir, '--database', cliDatabase];
    expect(await disclosureCommand(args, context)).toBe(0);
    expect(await disclosureCommand(args, context)).toBe(0);
    const [first, second] = output.splice(0).map((line) => JSON.parse(line) as unknown);
    const rows = { loans: 3, ledger_transfers: facts.ledger_transfers.length };
    expect(first).toMatchObject({ figuresMatchJournals: true, rows });
    expect(second).toMatchObject({ figuresMatchJournals: true, rows: { loans: 3 } });
    expect(errors.join('')).toMatch(/ledger journal: \d+ entries read/);
    const until = ['--until', new Date(midMs).toISOString()];
    expect(await disclosureCommand([...args, ...until], context)).toBe(0);
    expect(JSON.parse(output.splice(0).join('')) as unknown).toMatchObject({
      cutoffMs: midMs,
      figuresMatchJournals: true,
    });
  });

  it('prints a month and checks it against the journals', async () => {
    const report = { ...context, database: cliDatabase };
    errors.splice(0);
    const args = ['report', '--month', '2025-03', '--data-dir', dataDir];
    expect(await disclosureCommand(args, report)).toBe(0);
    expect(output.splice(0).join('')).toContain('cumulative_lending_amount');
    expect(errors.join('')).toContain('figures match the journals');
  });

  it('answers 2 and says why for bad arguments', async () => {
    errors.splice(0);
    expect(await disclosureCommand(['backfill', '--until', 'soon'], context)).toBe(2);
    expect(await disclosureCommand(['report', '--month', '2025-13'], context)).toBe(2);
    expect(await disclosureCommand(['backfill', '--force', 'yes'], context)).toBe(2);
    expect(await disclosureCommand(['rebuild'], context)).toBe(2);
    expect(errors.join('')).toMatch(/--until must be an ISO time/);
    expect(errors.join('')).toMatch(/unknown option "--force"/);
  });
});
