/**
 * The disclosure figures: hand-computed values on the scenario (overdue loans in every bucket,
 * a compensatory payout, a related-party loan), the pure function and ClickHouse agreeing at
 * several cut-offs, the renderers, the monthly report and the operating figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backfill,
  computeFigures,
  createDisclosureReports,
  createDisclosureSink,
  deriveFigures,
  figureCatalogue,
  monthRange,
  overdueStatusRows,
  ratioBps,
  renderFiguresCsv,
  renderFiguresJson,
  type DisclosureFacts,
  type DisclosureReports,
  type FigureCounts,
} from '../../src/disclosure/index.js';
import { Code } from '../../src/shared/index.js';
import { adminClient, dropDatabase, selectAll, testDatabaseName } from '../helpers/clickhouse.js';
import { clickhouseUrl } from '../helpers/services.js';
import {
  endOfJune,
  endOfMarch,
  expectedEndOfJune,
  expectedEndOfMarch,
  expectedJuneRatios,
  scenario,
  utc,
} from './scenario.js';
import { sampleFill } from './fixtures.js';

const empty: DisclosureFacts = { loans: [], notes: [], schedules: [], repayments: [] };

describe('computeFigures (pure)', () => {
  it('gives the hand-computed figures at the end of June', () => {
    const figures = computeFigures(scenario, endOfJune);
    expect(figures).toMatchObject({ ...expectedEndOfJune, ...expectedJuneRatios });
    expect(figures.asOfMs).toBe(endOfJune);
  });

  it('gives the hand-computed figures at the end of March', () => {
    expect(computeFigures(scenario, endOfMarch)).toMatchObject(expectedEndOfMarch);
  });

  it('does not depend on the order of the facts', () => {
    const reversed: DisclosureFacts = {
      loans: [...scenario.loans].reverse(),
      notes: [...scenario.notes].reverse(),
      schedules: [...scenario.schedules].reverse(),
      repayments: [...scenario.repayments].reverse(),
    };
    expect(computeFigures(reversed, endOfJune)).toEqual(computeFigures(scenario, endOfJune));
  });

  it('counts an instalment overdue only from one full day after it fell due', () => {
    const due = utc('2026-03-15');
    const at = (ms: number): number => computeFigures(scenario, ms).overdueAmountFen;
    // C's 2nd instalment (303,000) joins C's 1st (2,000) and F (10,100) after one day.
    expect(at(due + 86_400_000 - 1)).toBe(2_000 + 10_100);
    expect(at(due + 86_400_000)).toBe(2_000 + 303_000 + 10_100);
  });

  it('is all zero without facts', () => {
    const figures = computeFigures(empty, endOfJune);
    for (const { key } of figureCatalogue) expect(figures[key], key).toBe(0);
  });

  it('refuses a bad cut-off and duplicated facts (programmer errors)', () => {
    expect(() => computeFigures(scenario, -1)).toThrow();
    expect(() => computeFigures(scenario, 1.5)).toThrow();
    const twice = { ...scenario, loans: [...scenario.loans, ...scenario.loans] };
    expect(() => computeFigures(twice, endOfJune)).toThrow(/appears twice/);
  });
});

describe('overdueStatusRows', () => {
  it('lists the overdue loans at the end of a day, with days, bucket and amounts', () => {
    expect(overdueStatusRows(scenario, '2026-06-30')).toEqual([
      // B: instalment 2 (May 1) unpaid by the borrower (the compensator paid the lenders).
      row('B', 60, '31-90', 100_000, 1_000),
      // C: instalment 1 (Feb 15) owes 2,000 interest, instalment 2 (Mar 15) 300,000 + 3,000.
      row('C', 135, '91-180', 300_000, 5_000),
      row('F', 241, '181+', 10_000, 100),
    ]);
    expect(overdueStatusRows(scenario, '2026-03-16')).toEqual([
      row('C', 29, '1-30', 300_000, 5_000, '2026-03-16'),
      row('F', 135, '91-180', 10_000, 100, '2026-03-16'),
    ]);
    expect(overdueStatusRows(empty, '2026-03-16')).toEqual([]);
  });

  it('refuses a malformed day', () => {
    for (const day of ['2026-3-16', '', 'yesterday']) {
      expect(() => overdueStatusRows(scenario, day)).toThrow();
    }
  });
});

function row(
  loanId: string,
  days: number,
  bucket: string,
  principal: number,
  interest: number,
  day = '2026-06-30',
) {
  return {
    day,
    loan_id: loanId,
    days_overdue: days,
    bucket,
    overdue_principal_fen: principal,
    overdue_interest_fen: interest,
  };
}

describe('ratioBps', () => {
  it.each([
    [0, 0, 0],
    [0, 7, 0],
    [1, 1, 10_000],
    [1, 3, 3_333],
    [2, 3, 6_667],
    [1, 20_000, 1], // 0.5 bp rounds up
    [1, 20_001, 0],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 10_000],
  ])('%d / %d = %d bps', (n, d, bps) => {
    expect(ratioBps(n, d)).toBe(bps);
  });

  it('refuses negative or fractional inputs', () => {
    for (const [n, d] of [
      [-1, 5],
      [1, -5],
      [0.5, 2],
      [1, Number.NaN],
    ] as const) {
      expect(() => ratioBps(n, d)).toThrow();
    }
    const bad: FigureCounts = { ...expectedEndOfJune, overdueLoans: -1 };
    expect(() => deriveFigures(bad, 0)).toThrow();
  });
});

describe('renderers', () => {
  const figures = computeFigures(scenario, endOfJune);

  it('renders JSON with every figure, its unit and its guideline name', () => {
    const json = JSON.parse(renderFiguresJson(figures)) as {
      asOf: string;
      figures: { name: string; value: number; unit: string; label: string }[];
    };
    expect(json.asOf).toBe('2026-06-30T23:59:59.999Z');
    expect(json.figures).toHaveLength(figureCatalogue.length);
    expect(json.figures[0]).toEqual({
      name: 'cumulative_lending_amount',
      value: 730_000,
      unit: 'fen',
      label: '累计借贷金额',
    });
  });

  it('renders CSV with a BOM, a header and one line per figure', () => {
    const lines = renderFiguresCsv(figures).split('\r\n');
    expect(lines[0]).toBe('\ufeffname,value,unit,label,as_of_utc');
    expect(lines).toContain(
      'overdue_90_count,2,count,逾期90天（不含）以上笔数,2026-06-30T23:59:59.999Z',
    );
    expect(lines).toHaveLength(figureCatalogue.length + 2); // header and final CRLF
  });

  it.each([
    ['2026-06', { fromMs: utc('2026-06-01'), toMs: utc('2026-07-01') }],
    ['2026-12', { fromMs: utc('2026-12-01'), toMs: utc('2027-01-01') }],
    ['2026-13', undefined],
    ['2026-00', undefined],
    ['2026-6', undefined],
    ['26-06', undefined],
    ['', undefined],
    ['2026-06-01', undefined],
  ])('monthRange(%s)', (month, range) => {
    expect(monthRange(month)).toEqual(range);
  });
});

describe('figures in ClickHouse', () => {
  const admin = adminClient();
  const database = testDatabaseName('figures');
  let reports: DisclosureReports;

  beforeAll(async () => {
    const sink = createDisclosureSink({ url: clickhouseUrl(), database });
    await sink.migrate();
    for (const row of scenario.loans) expect(sink.add('loans', row)).toBe(Code.OK);
    for (const row of scenario.notes) expect(sink.add('notes', row)).toBe(Code.OK);
    for (const row of scenario.schedules) expect(sink.add('schedules', row)).toBe(Code.OK);
    for (const row of scenario.repayments) expect(sink.add('repayments', row)).toBe(Code.OK);
    await addOperatingFacts(sink);
    await sink.close();
    reports = createDisclosureReports({ url: clickhouseUrl(), database });
  });

  afterAll(async () => {
    await reports.close();
    await dropDatabase(admin, database);
    await admin.close();
  });

  it.each([
    ['end of June', endOfJune],
    ['end of March', endOfMarch],
    ['before anything', utc('2025-01-01')],
    ['the day C fell overdue', utc('2026-03-16')],
    ['one ms earlier', utc('2026-03-16') - 1],
    ['after everything', utc('2030-01-01')],
  ])('agrees with computeFigures at %s', async (_, cutoff) => {
    expect(await reports.figures(cutoff)).toEqual(computeFigures(scenario, cutoff));
  });

  it('computes the live figures (aggregate tables) equal to computeFigures at now', async () => {
    const now = Date.now();
    const live = await reports.liveFigures(now);
    expect(live).toEqual(computeFigures(scenario, now));
    expect(live.cumulativeLoans).toBe(6); // E too: every fact is in the past now
  });

  it('gives the hand-computed values (as-of query, cut-off = end of June)', async () => {
    const { figures, timings } = await reports.figuresTimed(endOfJune);
    expect(figures).toMatchObject({ ...expectedEndOfJune, ...expectedJuneRatios });
    expect(Object.keys(timings).sort()).toEqual([
      'balancesMs',
      'compensationMs',
      'lendersMs',
      'overdueMs',
    ]);
  });

  it('produces the monthly report for June, and INVALID_FIELD for a bad month', async () => {
    const csv = await reports.monthlyReportCsv('2026-06');
    expect(typeof csv).toBe('string');
    const lines = String(csv).split('\r\n');
    expect(lines).toContain(
      'figures_at_month_end,cumulative_lending_amount,730000,fen,累计借贷金额',
    );
    // June: only D (100,000) originated.
    expect(lines).toContain('month,new_lending_amount,100000,fen,当月借贷金额');
    expect(lines).toContain('month,new_lending_count,1,count,当月借贷笔数');
    expect(await reports.monthlyReport('2026-13')).toBe(Code.INVALID_FIELD);
    expect(await reports.monthlyReportCsv('x')).toBe(Code.INVALID_FIELD);
  });

  it('computes the operating figures of January 2026', async () => {
    const o = await reports.operating(utc('2026-01-01'), utc('2026-02-01'));
    expect(o.volumeByDay).toEqual([
      { day: '2026-01-01', fills: 2, amountFen: 120_000 },
      { day: '2026-01-15', fills: 1, amountFen: 300_000 },
    ]);
    // A, B, C are grade B: (120k + 200k + 300k) / 3 = 206,666.67 -> 206,667; all at 10.00%.
    expect(o.byGrade).toEqual([
      {
        grade: 'B',
        loans: 3,
        principalFen: 620_000,
        averagePrincipalFen: 206_667,
        averageRateBps: 1_000,
      },
    ]);
    // Tranches funded in 1 h and 3 h (the expired one does not count): average 2 h.
    expect(o.funding).toEqual({
      tranches: 2,
      averageMs: 7_200_000,
      medianMs: 10_800_000,
      p90Ms: 10_800_000,
      maxMs: 10_800_000,
    });
    // Notes: L1 60k, L6 60k, L2 100k, L3 250k, L4 150k = 620k; L3 = 40.32%.
    expect(o.lenders).toEqual({
      lenders: 5,
      amountFen: 620_000,
      top10ShareBps: 10_000,
      largestShareBps: 4_032,
    });
  });
});

async function addOperatingFacts(sink: ReturnType<typeof createDisclosureSink>): Promise<void> {
  const at = (day: string, hours: number): number => utc(day) + hours * 3_600_000;
  const fills = [
    sampleFill({ timeMs: at('2026-01-01', 1), amountFen: 60_000 }),
    sampleFill({ timeMs: at('2026-01-01', 2), amountFen: 60_000 }),
    sampleFill({ timeMs: at('2026-01-15', 5), amountFen: 300_000 }),
    sampleFill({ timeMs: at('2026-02-01', 0), amountFen: 1 }), // February: outside
  ];
  for (const fill of fills) expect(sink.addFill(fill)).toBe(Code.OK);
  const tranche = (id: string, listedH: number, closedH: number, status: string) => ({
    tranche_id: id,
    loan_id: id,
    market_id: '3M:B',
    amount_fen: 100_000,
    funded_fen: 100_000,
    max_rate_bps: 1_200,
    status: status as 'funded' | 'expired',
    listed_ms: at('2026-01-10', listedH),
    deadline_ms: at('2026-01-20', 0),
    closed_ms: at('2026-01-10', closedH),
  });
  // T1 is first written as listed, then as funded: FINAL keeps the latest version.
  expect(sink.add('tranches', { ...tranche('T1', 0, 0, 'listed'), status: 'listed' })).toBe(0);
  expect(sink.add('tranches', tranche('T2', 1, 4, 'funded'))).toBe(Code.OK);
  expect(sink.add('tranches', tranche('T3', 0, 9, 'expired'))).toBe(Code.OK);
  await sink.flush();
  expect(sink.add('tranches', tranche('T1', 0, 1, 'funded'))).toBe(Code.OK);
}

describe('backfill', () => {
  const admin = adminClient();
  const database = testDatabaseName('backfill');
  afterAll(async () => {
    await dropDatabase(admin, database);
    await admin.close();
  });

  it('rebuilds the tables from facts, and again for one table, without doubling', async () => {
    const options = { url: clickhouseUrl(), database };
    const facts = {
      loans: scenario.loans,
      notes: scenario.notes,
      schedules: scenario.schedules,
      repayments: scenario.repayments,
      fills: [sampleFill(), sampleFill()],
    };
    const first = await backfill(options, facts);
    expect(first).toEqual({
      code: Code.OK,
      rows: { loans: 6, notes: 9, schedules: 10, repayments: 6, fills: 2 },
    });
    // Rebuild only the repayments: the live aggregates must not count them twice.
    expect((await backfill(options, { repayments: scenario.repayments })).code).toBe(Code.OK);
    const reports = createDisclosureReports(options);
    try {
      const now = Date.now();
      expect(await reports.liveFigures(now)).toEqual(computeFigures(scenario, now));
      expect(await reports.figures(endOfJune)).toEqual(computeFigures(scenario, endOfJune));
    } finally {
      await reports.close();
    }
  });

  it('refuses an invalid row before touching any table', async () => {
    const bad = { ...scenario.loans[0], principal_fen: -1 };
    const result = await backfill(
      { url: clickhouseUrl(), database },
      { loans: [scenario.loans[1], bad] as typeof scenario.loans },
    );
    expect(result).toEqual({ code: Code.INVALID_FIELD, table: 'loans', index: 1 });
    const rows = await selectAll(admin, `SELECT count() AS n FROM ${database}.loans`);
    expect(rows[0]?.['n']).toBe('6');
  });
});
