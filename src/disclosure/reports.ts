/**
 * The read side the service mounts: disclosure figures at any cut-off (live = now), monthly
 * reports, operating figures, and the backfill that rebuilds the tables from journals.
 *
 * Goal: everything the lead wires into HTTP routes and the once-a-second push, behind one
 * object with one ClickHouse client. Method: figures-sql.ts and operating.ts do the queries,
 * render.ts the formats; expected failures (a malformed month, an invalid backfill row) are
 * returned as codes, while ClickHouse being unavailable rejects the promise (the caller keeps
 * the last figures it had).
 */
import { type ClickHouseClient } from '@clickhouse/client';
import { Code, type ResultCode } from '../shared/index.js';
import { disclosureClient } from './client.js';
import { validateFill, type FillRow } from './fill.js';
import { type DisclosureFigures } from './figures.js';
import { queryFigures, type FigureTimings } from './figures-sql.js';
import { compactLiveTables, liveRebuildStatements, queryLiveFigures } from './live.js';
import { queryOperatingFigures, type OperatingFigures } from './operating.js';
import { monthRange, renderMonthlyReportCsv, type MonthlyReport } from './render.js';
import { defaultDatabase } from './schema.js';
import { createDisclosureSink } from './sink.js';
import { assertIdentifier } from './sql.js';
import { tableNames, toFactRecord, type RowOf, type TableName } from './tables.js';

export interface DisclosureReportsOptions {
  url: string;
  database?: string;
  username?: string;
  password?: string;
  requestTimeoutMs?: number;
}

export interface DisclosureReports {
  /** Every disclosure figure at `cutoffMs` (live: pass now). */
  figures(cutoffMs: number): Promise<DisclosureFigures>;
  /** The same, with the time each query took (metrics, benchmark). */
  figuresTimed(cutoffMs: number): Promise<{ figures: DisclosureFigures; timings: FigureTimings }>;
  /**
   * The figures now, from the aggregate tables (fast: call it every second). Equal to
   * `figures(nowMs)` when no fact is dated after `nowMs`.
   */
  liveFigures(nowMs: number): Promise<DisclosureFigures>;
  liveFiguresTimed(nowMs: number): Promise<{ figures: DisclosureFigures; timings: FigureTimings }>;
  /** Merges the live aggregate tables now (see live.ts); call it every few minutes. */
  compactLive(): Promise<void>;
  operating(fromMs: number, toMs: number): Promise<OperatingFigures>;
  /** The report of a month `YYYY-MM` (UTC); INVALID_FIELD for anything else. */
  monthlyReport(month: string): Promise<MonthlyReport | ResultCode>;
  monthlyReportCsv(month: string): Promise<string | ResultCode>;
  close(): Promise<void>;
}

class ClickHouseDisclosureReports implements DisclosureReports {
  readonly #client: ClickHouseClient;
  readonly #database: string;

  constructor(options: DisclosureReportsOptions) {
    this.#database = options.database ?? defaultDatabase;
    assertIdentifier(this.#database, 'database');
    this.#client = disclosureClient(options);
  }

  async figures(cutoffMs: number): Promise<DisclosureFigures> {
    return (await this.figuresTimed(cutoffMs)).figures;
  }

  figuresTimed(cutoffMs: number): Promise<{ figures: DisclosureFigures; timings: FigureTimings }> {
    return queryFigures(this.#client, this.#database, cutoffMs);
  }

  async liveFigures(nowMs: number): Promise<DisclosureFigures> {
    return (await this.liveFiguresTimed(nowMs)).figures;
  }

  liveFiguresTimed(nowMs: number): Promise<{ figures: DisclosureFigures; timings: FigureTimings }> {
    return queryLiveFigures(this.#client, this.#database, nowMs);
  }

  compactLive(): Promise<void> {
    return compactLiveTables(this.#client, this.#database);
  }

  operating(fromMs: number, toMs: number): Promise<OperatingFigures> {
    return queryOperatingFigures(this.#client, this.#database, fromMs, toMs);
  }

  async monthlyReport(month: string): Promise<MonthlyReport | ResultCode> {
    const range = typeof month === 'string' ? monthRange(month) : undefined;
    if (range === undefined) return Code.INVALID_FIELD;
    const [end, start, operating] = await Promise.all([
      this.figures(range.toMs - 1),
      this.figures(range.fromMs - 1),
      this.operating(range.fromMs, range.toMs),
    ]);
    return { month, end, start, operating };
  }

  async monthlyReportCsv(month: string): Promise<string | ResultCode> {
    const report = await this.monthlyReport(month);
    return typeof report === 'number' ? report : renderMonthlyReportCsv(report);
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}

export function createDisclosureReports(options: DisclosureReportsOptions): DisclosureReports {
  return new ClickHouseDisclosureReports(options);
}

/** Rows to rebuild, per table; tables left out are not touched. */
export type BackfillFacts = { fills?: readonly FillRow[] } & {
  [T in TableName]?: readonly RowOf<T>[];
};

export type BackfillResult =
  | { code: typeof Code.OK; rows: Record<string, number> }
  | { code: ResultCode; table: string; index: number };

/** The first invalid row, so nothing is truncated for a backfill that cannot complete. */
function firstInvalid(facts: BackfillFacts): { table: string; index: number } | undefined {
  const fills = facts.fills ?? [];
  const bad = fills.findIndex((row) => validateFill(row) !== Code.OK);
  if (bad >= 0) return { table: 'fills', index: bad };
  for (const table of tableNames) {
    const index = (facts[table] ?? []).findIndex(
      (row: unknown) => typeof toFactRecord(table, row) === 'number',
    );
    if (index >= 0) return { table, index };
  }
  return undefined;
}

/**
 * Rebuilds the tables present in `facts` from them (the ledger and order journals): validates
 * every row first, then truncates those tables and inserts the rows. Run it with the live sink
 * stopped, or into a database of its own (`options.database`) and compare: rows the live sink
 * writes to a table during its rebuild would be lost or doubled.
 */
export async function backfill(
  options: DisclosureReportsOptions & { batchRowsMax?: number },
  facts: BackfillFacts,
): Promise<BackfillResult> {
  const invalid = firstInvalid(facts);
  if (invalid !== undefined) return { code: Code.INVALID_FIELD, ...invalid };
  const batchRowsMax = options.batchRowsMax ?? 100_000;
  const queueRowsMax = Number.MAX_SAFE_INTEGER;
  const sink = createDisclosureSink({ ...options, batchRowsMax, queueRowsMax, flushMs: 60_000 });
  const client = disclosureClient(options);
  const database = options.database ?? defaultDatabase;
  const rows: Record<string, number> = {};
  try {
    await sink.migrate();
    const present = (['fills', ...tableNames] as const).filter((t) => facts[t] !== undefined);
    for (const table of present) {
      await client.command({ query: `TRUNCATE TABLE IF EXISTS ${database}.${table}` });
    }
    // The live aggregates fold several fact tables: rebuild them from the tables kept as they
    // are; the rebuilt tables refill them through the materialized views.
    for (const query of liveRebuildStatements(database, new Set<string>(present))) {
      await client.command({ query });
    }
    if (facts.fills !== undefined) {
      for (const row of facts.fills) sink.addFill(row);
      rows['fills'] = facts.fills.length;
    }
    for (const table of tableNames) {
      const list: readonly unknown[] | undefined = facts[table];
      if (list === undefined) continue;
      for (const row of list) sink.add(table, row as RowOf<typeof table>);
      rows[table] = list.length;
    }
    await sink.flush();
  } finally {
    await Promise.allSettled([sink.close(), client.close()]);
  }
  return { code: Code.OK, rows };
}
