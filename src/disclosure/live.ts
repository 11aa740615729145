/**
 * Live disclosure figures from small aggregate tables that materialized views keep up to date.
 *
 * Goal: every live figure (cut-off = now) in well under 200 ms over a book of 10 million fills,
 * on ClickHouse 18.16 and current releases, equal to `computeFigures(facts, now)` whenever no
 * fact is dated after now (true for facts written as they happen).
 *
 * Method: at insert time, materialized views (`CREATE MATERIALIZED VIEW ... TO`, both versions)
 * fold the fact tables into
 * - live_loan_flows (SummingMergeTree by loan): principal lent, principal repaid by the
 *   borrower, interest left, compensatory payouts (count and fen);
 * - live_instalments (SummingMergeTree by due time, loan, instalment): amount still owed. A paid
 *   instalment sums to zero and SummingMergeTree deletes it in the next merge, so past-due rows
 *   are mostly the unpaid ones;
 * - live_loan_lenders (AggregatingMergeTree by loan): the lenders of each loan, as 64-bit
 *   cityHash64 keys; live_lenders: every lender key once (after merges).
 * The queries still GROUP BY their keys, because rows of one key wait in several parts until a
 * merge. Lenders are counted by 64-bit hash: two different lenders collide with probability
 * about n^2 / 2^65 (1 in 10^9 for 200,000 lenders). The as-of queries (figures-sql.ts) stay the
 * reference for any other cut-off and for the monthly reports.
 */
import { type ClickHouseClient } from '@clickhouse/client';
import { assert } from '../shared/index.js';
import { dayMs, deriveFigures, type DisclosureFigures } from './figures.js';
import { balancesOverBorrowersSql, countsOf, type FigureTimings } from './figures-sql.js';
import { assertIdentifier } from './sql.js';
import type { TableName } from './tables.js';

interface DerivedTable {
  name: string;
  ddl: string;
  /** Materialized views into it: source table and SELECT (over `${db}.${source}`). */
  views: { source: TableName; select: (db: string) => string }[];
}

const int0 = 'toInt64(0)';
/** Loans are grouped by a 64-bit hash of their id: numbers group several times faster. */
const loanKey = 'cityHash64(loan_id) AS loan_key';
/**
 * The borrower and the related-party flag come from the loan row only; the other views add 0,
 * so the sums are the loan's values (the loan row is written once: see sink.ts).
 */
const noBorrower = `toUInt64(0) AS borrower_key, ${int0} AS related`;

export const derivedTables: readonly DerivedTable[] = [
  {
    // Column names differ from the fact tables' on purpose: a ClickHouse alias is visible in
    // the whole SELECT, so `0 AS principal_fen` would also zero every use of principal_fen.
    name: 'live_loan_flows',
    ddl: `(loan_key UInt64, borrower_key UInt64, related Int64, lent_fen Int64,
  repaid_principal_fen Int64, interest_left_fen Int64, compensations Int64,
  compensated_fen Int64)
ENGINE = SummingMergeTree((borrower_key, related, lent_fen, repaid_principal_fen,
  interest_left_fen, compensations, compensated_fen))
ORDER BY loan_key`,
    views: [
      {
        source: 'loans',
        select: (db) => `SELECT ${loanKey}, cityHash64(borrower_ref) AS borrower_key,
  toInt64(related_party) AS related, principal_fen AS lent_fen,
  ${int0} AS repaid_principal_fen, ${int0} AS interest_left_fen, ${int0} AS compensations,
  ${int0} AS compensated_fen
FROM ${db}.loans`,
      },
      {
        source: 'schedules',
        select: (db) => `SELECT ${loanKey}, ${noBorrower}, ${int0} AS lent_fen,
  ${int0} AS repaid_principal_fen, interest_fen AS interest_left_fen,
  ${int0} AS compensations, ${int0} AS compensated_fen
FROM ${db}.schedules`,
      },
      {
        source: 'repayments',
        select: (db) => `SELECT ${loanKey}, ${noBorrower}, ${int0} AS lent_fen,
  toInt64(if(payer != 'compensator', principal_fen, 0)) AS repaid_principal_fen,
  toInt64(if(payer != 'compensator', -interest_fen, 0)) AS interest_left_fen,
  toInt64(payer = 'compensator') AS compensations,
  toInt64(if(payer = 'compensator', principal_fen + interest_fen + late_fee_fen, 0))
    AS compensated_fen
FROM ${db}.repayments`,
      },
    ],
  },
  {
    name: 'live_instalments',
    ddl: `(due_ms UInt64, loan_id String, instalment_no UInt32, owed_fen Int64)
ENGINE = SummingMergeTree((owed_fen))
ORDER BY (due_ms, loan_id, instalment_no)`,
    views: [
      {
        source: 'schedules',
        select: (db) => `SELECT due_ms, loan_id, instalment_no,
  toInt64(principal_fen + interest_fen) AS owed_fen FROM ${db}.schedules`,
      },
      {
        source: 'repayments',
        select: (db) => `SELECT due_ms, loan_id, instalment_no,
  toInt64(-(principal_fen + interest_fen)) AS owed_fen
FROM ${db}.repayments WHERE payer != 'compensator'`,
      },
    ],
  },
  {
    name: 'live_loan_lenders',
    ddl: `(loan_key UInt64, lenders AggregateFunction(groupArray, UInt64))
ENGINE = AggregatingMergeTree() ORDER BY loan_key`,
    views: [
      {
        source: 'notes',
        select: (db) => `SELECT ${loanKey}, groupArrayState(cityHash64(lender_ref)) AS lenders
FROM ${db}.notes GROUP BY loan_key`,
      },
    ],
  },
  {
    // Whether every note of a loan has arrived (notes sum to the principal): only such loans
    // go into the lender snapshot, whose counts must not change behind its back.
    name: 'live_loan_noted',
    ddl: `(loan_key UInt64, noted_fen Int64) ENGINE = SummingMergeTree((noted_fen))
ORDER BY loan_key`,
    views: [
      {
        source: 'notes',
        select: (db) => `SELECT ${loanKey}, sum(principal_fen) AS noted_fen FROM ${db}.notes
GROUP BY loan_key`,
      },
    ],
  },
  {
    // When each loan's flows last changed (server time of the insert): the live lender figure
    // re-reads only the loans touched since its snapshot. One row per fact row, 16 bytes.
    name: 'live_loan_touch',
    ddl: `(touched_s UInt32, loan_key UInt64) ENGINE = MergeTree()
PARTITION BY intDiv(touched_s, 86400) ORDER BY (touched_s, loan_key)`,
    views: (['loans', 'repayments'] as const).map((source) => ({
      source,
      select: (db: string) =>
        `SELECT toUInt32(now()) AS touched_s, ${loanKey} FROM ${db}.${source}`,
    })),
  },
  {
    name: 'live_lenders',
    ddl: `(lender_key UInt64) ENGINE = ReplacingMergeTree() ORDER BY lender_key`,
    views: [
      {
        source: 'notes',
        select: (db) => `SELECT cityHash64(lender_ref) AS lender_key FROM ${db}.notes
GROUP BY lender_key`,
      },
    ],
  },
];

/**
 * Views from repayments are `_v2` since waivers count like borrower repayments (they used to
 * read payer = 'borrower' only); the migration drops the old ones, which no waiver ever reached.
 */
const renamedSources: ReadonlySet<string> = new Set(['repayments']);

function viewName(table: DerivedTable, source: string): string {
  return `mv_${table.name}_from_${source}${renamedSources.has(source) ? '_v2' : ''}`;
}

/**
 * The lender snapshot (see liveLendersSql): the outstanding loans whose notes are all in, and
 * per lender the number of notes on them, as of the last compactLiveTables.
 */
const snapshotDdl = {
  live_snap_meta: '(taken_s UInt32) ENGINE = MergeTree() ORDER BY taken_s',
  live_snap_loans: '(loan_key UInt64) ENGINE = MergeTree() ORDER BY loan_key',
  // Outstanding loans whose notes were not all in: re-read by every query until the next one.
  live_snap_pending: '(loan_key UInt64) ENGINE = MergeTree() ORDER BY loan_key',
  live_snap_lenders: '(lender_key UInt64, open UInt64) ENGINE = MergeTree() ORDER BY lender_key',
} as const;
const snapshotTables = Object.keys(snapshotDdl) as (keyof typeof snapshotDdl)[];

/** DDL of the derived tables and their views; run after the fact tables exist. */
export function liveMigrationStatements(db: string): string[] {
  assertIdentifier(db, 'database');
  const statements: string[] = snapshotTables.map(
    (name) => `CREATE TABLE IF NOT EXISTS ${db}.${name} ${snapshotDdl[name]}`,
  );
  for (const table of derivedTables) {
    statements.push(`CREATE TABLE IF NOT EXISTS ${db}.${table.name} ${table.ddl}`);
    for (const view of table.views) {
      if (renamedSources.has(view.source)) {
        statements.push(`DROP TABLE IF EXISTS ${db}.mv_${table.name}_from_${view.source}`);
      }
      statements.push(
        `CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.${viewName(table, view.source)} ` +
          `TO ${db}.${table.name} AS ${view.select(db)}`,
      );
    }
  }
  return statements;
}

/**
 * After a backfill truncated the fact tables in `rebuilt`: empties every derived table, then
 * refills it from the fact tables that were not rebuilt (the rebuilt ones refill it through the
 * views as their rows go in). Run before inserting the rebuilt rows.
 */
export function liveRebuildStatements(db: string, rebuilt: ReadonlySet<string>): string[] {
  assertIdentifier(db, 'database');
  // An empty snapshot is exact (every outstanding loan is then read directly), only slower.
  const statements = snapshotTables.map((name) => `TRUNCATE TABLE IF EXISTS ${db}.${name}`);
  for (const table of derivedTables) {
    statements.push(`TRUNCATE TABLE IF EXISTS ${db}.${table.name}`);
    for (const view of table.views) {
      if (rebuilt.has(view.source)) continue;
      statements.push(`INSERT INTO ${db}.${table.name} ${view.select(db)}`);
    }
  }
  return statements;
}

/** One row per loan: the parts of a loan not merged yet are summed here. */
function perLoanLiveSql(db: string): string {
  return `SELECT loan_key, sum(borrower_key) AS loan_b, sum(related) AS loan_rp,
  sum(lent_fen) AS loan_amt, sum(lent_fen) - sum(repaid_principal_fen) AS pl,
  sum(interest_left_fen) AS il
FROM ${db}.live_loan_flows GROUP BY loan_key`;
}

export function liveBalancesSql(db: string): string {
  return balancesOverBorrowersSql(`
  SELECT loan_b, count() AS n, sum(loan_amt) AS amt, countIf(pl > 0) AS out_n,
    sumIf(pl, pl > 0) AS out_p, sumIf(il, il > 0) AS out_i,
    sum(greatest(pl, 0) + greatest(il, 0)) AS owed,
    countIf(pl > 0 AND loan_rp > 0) AS rp_n, sumIf(pl, pl > 0 AND loan_rp > 0) AS rp_p
  FROM (${perLoanLiveSql(db)}) WHERE loan_amt > 0 GROUP BY loan_b
`);
}

/** Loans outstanding now: originated (a loan row) with principal left. */
function outstandingFlagsSql(db: string, where = ''): string {
  return `SELECT loan_key, sum(lent_fen) > 0 AND sum(lent_fen) - sum(repaid_principal_fen) > 0
  AS open FROM ${db}.live_loan_flows ${where} GROUP BY loan_key`;
}

/**
 * Loans whose flows may have changed since the snapshot: touched at or after its time (which
 * is taken a margin before it reads the flows, so no insert falls between), and the ones whose
 * notes were not all in when it was taken.
 */
function touchedSinceSnapshotSql(db: string): string {
  return `WHERE loan_key IN (SELECT loan_key FROM ${db}.live_loan_touch
    WHERE touched_s >= (SELECT max(taken_s) FROM ${db}.live_snap_meta))
  OR loan_key IN (SELECT loan_key FROM ${db}.live_snap_pending)`;
}

/**
 * Current lenders from every note of every outstanding loan: exact without a snapshot (before
 * the first compaction, after a backfill), and the reference the snapshot path is tested against.
 */
export function liveLendersFullSql(db: string): string {
  return `SELECT (SELECT uniqExact(lender_key) FROM ${db}.live_lenders) AS cumulative,
  uniqExact(lender) AS current
FROM (
  SELECT lenders FROM ${db}.live_loan_lenders
  WHERE loan_key IN (SELECT loan_key FROM (${outstandingFlagsSql(db)}) WHERE open)
) ARRAY JOIN finalizeAggregation(lenders) AS lender`;
}

/** Seconds the snapshot time is set back: longer than an insert takes to commit. */
export const snapshotMarginS = 30;

/**
 * Current lenders without reading every note: the snapshot (the last compaction) holds, per
 * lender, the notes on the loans then outstanding whose notes were all in; only the loans whose
 * state differs from the snapshot (settled since: minus their notes; outstanding and not in
 * it: plus their notes) are read from live_loan_lenders, through its sort key. A lender is
 * current while the snapshot's count plus those changes is above zero. Each lender array is
 * read as it is (finalizeAggregation): a loan split over several parts yields all its notes.
 */
export function liveLendersSql(db: string): string {
  const snapLoans = `SELECT loan_key FROM ${db}.live_snap_loans`;
  const flags = outstandingFlagsSql(db, touchedSinceSnapshotSql(db));
  const changed = `SELECT loan_key FROM (${flags}) WHERE open != (loan_key IN (${snapLoans}))`;
  const changedNotes = `FROM ${db}.live_loan_lenders
    ARRAY JOIN finalizeAggregation(lenders) AS lender WHERE loan_key IN (${changed})`;
  // Every snapshot lender is current in the snapshot (one row each, open > 0); only the lenders
  // of changed loans are read again, so an unchanged book costs one count.
  return `SELECT (SELECT uniqExact(lender_key) FROM ${db}.live_lenders) AS cumulative,
  (SELECT count() FROM ${db}.live_snap_lenders) + (
    SELECT countIf(n > 0) - countIf(snap > 0) FROM (
      SELECT lender_key, sum(n) AS n, sum(s) AS snap FROM (
        SELECT lender_key, toInt64(open) AS n, toInt64(open) AS s FROM ${db}.live_snap_lenders
        WHERE lender_key IN (SELECT lender ${changedNotes})
        UNION ALL
        SELECT lender AS lender_key, if(loan_key IN (${snapLoans}), toInt64(-1), toInt64(1)) AS n,
          toInt64(0) AS s ${changedNotes}
      ) GROUP BY lender_key
    )
  ) AS current`;
}

/** Builds the next lender snapshot in `_new` tables (read by liveLendersSql once renamed). */
function snapshotStatements(db: string): string[] {
  // 18.16 allows one JOIN per SELECT: the loan's flags and principal come from one subquery.
  const withNotes = (join: string): string => `SELECT loan_key, open, lent, noted FROM (
    SELECT loan_key, sum(lent_fen) AS lent, lent > 0 AND lent - sum(repaid_principal_fen) > 0
      AS open
    FROM ${db}.live_loan_flows GROUP BY loan_key
  ) ${join} (
    SELECT loan_key, sum(noted_fen) AS noted FROM ${db}.live_loan_noted GROUP BY loan_key
  ) USING loan_key WHERE open`;
  const complete = `SELECT loan_key FROM (${withNotes('ANY INNER JOIN')}) WHERE noted = lent`;
  const pending = `SELECT loan_key FROM (${withNotes('ANY LEFT JOIN')}) WHERE noted != lent`;
  return [
    ...snapshotTables.map((name) => `DROP TABLE IF EXISTS ${db}.${name}_new`),
    ...snapshotTables.map((name) => `CREATE TABLE ${db}.${name}_new ${snapshotDdl[name]}`),
    `INSERT INTO ${db}.live_snap_meta_new SELECT toUInt32(now()) - ${snapshotMarginS}`,
    `INSERT INTO ${db}.live_snap_loans_new ${complete}`,
    `INSERT INTO ${db}.live_snap_pending_new ${pending}`,
    `INSERT INTO ${db}.live_snap_lenders_new SELECT lender, count()
FROM ${db}.live_loan_lenders ARRAY JOIN finalizeAggregation(lenders) AS lender
WHERE loan_key IN (SELECT loan_key FROM ${db}.live_snap_loans_new) GROUP BY lender`,
    // One RENAME swaps both, so a query sees the old pair or the new pair, never a mix.
    `RENAME TABLE ${snapshotTables
      .map((n) => `${db}.${n} TO ${db}.${n}_old, ${db}.${n}_new TO ${db}.${n}`)
      .join(', ')}`,
    ...snapshotTables.map((name) => `DROP TABLE IF EXISTS ${db}.${name}_old`),
  ];
}

export function liveOverdueSql(db: string, nowMs: number): string {
  return `SELECT sum(owed) AS amount, uniqExact(loan_id) AS loans,
  sumIf(owed, days > 90) AS amount90, uniqExactIf(loan_id, days > 90) AS loans90,
  sumIf(owed, days <= 90) AS b1, sumIf(owed, days > 90 AND days <= 180) AS b2,
  sumIf(owed, days > 180) AS b3
FROM (
  SELECT loan_id, intDiv(${nowMs} - due_ms, ${dayMs}) AS days, sum(owed_fen) AS owed
  FROM ${db}.live_instalments WHERE due_ms <= ${nowMs - dayMs}
  GROUP BY due_ms, loan_id, instalment_no HAVING owed > 0
)`;
}

export function liveCompensationSql(db: string): string {
  return `SELECT sum(compensations) AS n, sum(compensated_fen) AS amount
FROM ${db}.live_loan_flows`;
}

async function timedRow(
  client: ClickHouseClient,
  query: string,
): Promise<{ row: Record<string, unknown>; ms: number }> {
  const started = performance.now();
  const result = await client.query({ query, format: 'JSONEachRow' });
  const rows = await result.json<Record<string, unknown>>();
  return { row: rows[0] ?? {}, ms: performance.now() - started };
}

/** The live figures at `nowMs` (every fact recorded so far), with each query's time. */
export async function queryLiveFigures(
  client: ClickHouseClient,
  database: string,
  nowMs: number,
): Promise<{ figures: DisclosureFigures; timings: FigureTimings }> {
  assertIdentifier(database, 'database');
  assert(Number.isSafeInteger(nowMs) && nowMs >= dayMs, 'nowMs is a Unix time in ms');
  const started = performance.now();
  const snapshot = await timedRow(client, `SELECT count() AS n FROM ${database}.live_snap_meta`);
  const lendersSql =
    String(snapshot.row['n']) === '0' ? liveLendersFullSql(database) : liveLendersSql(database);
  const [b, l, o, c] = await Promise.all([
    timedRow(client, liveBalancesSql(database)),
    timedRow(client, lendersSql).then((t) => ({ ...t, ms: performance.now() - started })),
    timedRow(client, liveOverdueSql(database, nowMs)),
    timedRow(client, liveCompensationSql(database)),
  ]);
  const counts = countsOf(b.row, l.row, o.row, c.row);
  const timings = { balancesMs: b.ms, lendersMs: l.ms, overdueMs: o.ms, compensationMs: c.ms };
  return { figures: deriveFigures(counts, nowMs), timings };
}

/**
 * Merges each aggregate table into one part (OPTIMIZE ... FINAL), so paid instalments and the
 * parts of a loan collapse now rather than whenever background merges get to them, then takes
 * the next lender snapshot (one pass over the notes of outstanding loans, in ClickHouse). Call
 * it every few minutes, from one process at a time.
 */
export async function compactLiveTables(client: ClickHouseClient, database: string): Promise<void> {
  assertIdentifier(database, 'database');
  for (const table of derivedTables) {
    await client.command({ query: `OPTIMIZE TABLE ${database}.${table.name} FINAL` });
  }
  for (const query of snapshotStatements(database)) await client.command({ query });
}
