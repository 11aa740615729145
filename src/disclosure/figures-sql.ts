/**
 * The disclosure figures computed by ClickHouse, at any cut-off: live (cut-off = now, once a
 * second) or for a report (the end of a month).
 *
 * Goal: the same integers as `computeFigures` (figures.ts) for the same facts and cut-off, in
 * SQL that runs on ClickHouse 18.16 and current releases, fast enough to push every second.
 *
 * Method: four queries, run in parallel, each one pass over its tables with no JOIN (18.16 has
 * one JOIN per SELECT and builds the right side in memory): per-loan balances come from a UNION
 * ALL of loans (+principal), schedules (+interest) and borrower repayments (-paid) grouped by
 * loan, then by borrower; overdue instalments from schedules (+due) and repayments (-paid)
 * grouped by instalment; lenders and compensatory payouts are single scans. The cut-off is an
 * integer spliced into the SQL (no query parameters on 18.16). No FINAL: the sink stores each row
 * exactly once (see sink.ts), and FINAL would make every query merge on read.
 */
import { type ClickHouseClient } from '@clickhouse/client';
import { assert } from '../shared/index.js';
import { dayMs, deriveFigures, type DisclosureFigures, type FigureCounts } from './figures.js';
import { toSafeNumber } from './queries.js';
import { assertIdentifier } from './sql.js';

/** How long each figure query took, for the metrics and the benchmark. */
export interface FigureTimings {
  balancesMs: number;
  lendersMs: number;
  overdueMs: number;
  compensationMs: number;
}

function loansInScope(db: string, t: number): string {
  return `SELECT loan_id FROM ${db}.loans WHERE originated_ms <= ${t}`;
}

/** One row per loan originated by t: borrower, related party, principal, principal and
 * interest left after borrower repayments up to t. */
function perLoanSql(db: string, t: number): string {
  const scope = loansInScope(db, t);
  return `SELECT loan_id, max(b) AS b, max(rp) AS rp, sum(amt) AS amt, sum(p) AS pl, sum(i) AS il
FROM (
  SELECT loan_id, borrower_ref AS b, related_party AS rp, principal_fen AS amt,
    principal_fen AS p, toInt64(0) AS i
  FROM ${db}.loans WHERE originated_ms <= ${t}
  UNION ALL
  SELECT loan_id, '' AS b, toUInt8(0) AS rp, toInt64(0) AS amt, toInt64(0) AS p,
    interest_fen AS i
  FROM ${db}.schedules WHERE loan_id IN (${scope})
  UNION ALL
  SELECT loan_id, '' AS b, toUInt8(0) AS rp, toInt64(0) AS amt, -principal_fen AS p,
    -interest_fen AS i
  FROM ${db}.repayments
  WHERE payer != 'compensator' AND paid_ms <= ${t} AND loan_id IN (${scope})
) GROUP BY loan_id`;
}

/**
 * The balance figures from per-borrower rows (n, amt, out_n, out_p, out_i, owed, rp_n, rp_p).
 * Shared by the as-of query here and the live query (live.ts), which build those rows from
 * different sources.
 */
export function balancesOverBorrowersSql(perBorrower: string): string {
  return `SELECT sum(n) AS loans, sum(amt) AS amount, count() AS borrowers,
  sum(out_n) AS outstanding_loans, sum(out_p) AS outstanding_principal,
  sum(out_i) AS outstanding_interest, countIf(out_n > 0) AS current_borrowers,
  sum(owed) AS to_repay, max(owed) AS largest,
  arraySum(arraySlice(arrayReverseSort(groupArray(owed)), 1, 10)) AS top10,
  sum(rp_n) AS related_loans, sum(rp_p) AS related_principal
FROM (${perBorrower})`;
}

export function balancesSql(db: string, t: number): string {
  return balancesOverBorrowersSql(`
  SELECT b, count() AS n, sum(amt) AS amt, countIf(pl > 0) AS out_n,
    sumIf(pl, pl > 0) AS out_p, sumIf(il, il > 0) AS out_i,
    sum(greatest(pl, 0) + greatest(il, 0)) AS owed,
    countIf(pl > 0 AND rp = 1) AS rp_n, sumIf(pl, pl > 0 AND rp = 1) AS rp_p
  FROM (${perLoanSql(db, t)}) GROUP BY b
`);
}

export function lendersSql(db: string, t: number): string {
  return `SELECT uniqExact(lender_ref) AS cumulative,
  uniqExactIf(lender_ref, loan_id IN (SELECT loan_id FROM (${perLoanSql(db, t)}) WHERE pl > 0))
    AS current
FROM ${db}.notes WHERE created_ms <= ${t} AND loan_id IN (${loansInScope(db, t)})`;
}

export function overdueSql(db: string, t: number): string {
  const due = t - dayMs;
  return `SELECT sum(owed) AS amount, uniqExact(loan_id) AS loans,
  sumIf(owed, days > 90) AS amount90, uniqExactIf(loan_id, days > 90) AS loans90,
  sumIf(owed, days <= 90) AS b1, sumIf(owed, days > 90 AND days <= 180) AS b2,
  sumIf(owed, days > 180) AS b3
FROM (
  SELECT loan_id, instalment_no, intDiv(${t} - due, ${dayMs}) AS days, sum(amount) AS owed
  FROM (
    SELECT loan_id, instalment_no, due_ms AS due, principal_fen + interest_fen AS amount
    FROM ${db}.schedules
    WHERE due_ms <= ${due} AND loan_id IN (${loansInScope(db, t)})
    UNION ALL
    SELECT loan_id, instalment_no, due_ms AS due, -(principal_fen + interest_fen) AS amount
    FROM ${db}.repayments
    WHERE payer != 'compensator' AND paid_ms <= ${t} AND due_ms <= ${due}
  ) GROUP BY loan_id, instalment_no, due HAVING owed > 0
)`;
}

export function compensationSql(db: string, t: number): string {
  return `SELECT count() AS n, sum(principal_fen + interest_fen + late_fee_fen) AS amount
FROM ${db}.repayments
WHERE payer = 'compensator' AND paid_ms <= ${t} AND loan_id IN (${loansInScope(db, t)})`;
}

async function firstRow(
  client: ClickHouseClient,
  query: string,
): Promise<{ row: Record<string, unknown>; ms: number }> {
  const started = performance.now();
  const result = await client.query({ query, format: 'JSONEachRow' });
  const rows = await result.json<Record<string, unknown>>();
  return { row: rows[0] ?? {}, ms: performance.now() - started };
}

function num(row: Record<string, unknown>, column: string): number {
  return toSafeNumber(row[column] ?? 0, column);
}

/** Every figure at `cutoffMs` as ClickHouse sees the tables now, and the time each query took. */
type Row = Record<string, unknown>;

/**
 * The figure counts from the four result rows (balances, lenders, overdue, compensation). The
 * as-of queries here and the live queries (live.ts) name their columns alike, so both read
 * them through this one mapping.
 */
export function countsOf(b: Row, l: Row, o: Row, c: Row): FigureCounts {
  return {
    cumulativeLoans: num(b, 'loans'),
    cumulativeAmountFen: num(b, 'amount'),
    cumulativeBorrowers: num(b, 'borrowers'),
    cumulativeLenders: num(l, 'cumulative'),
    outstandingLoans: num(b, 'outstanding_loans'),
    outstandingPrincipalFen: num(b, 'outstanding_principal'),
    outstandingInterestFen: num(b, 'outstanding_interest'),
    currentBorrowers: num(b, 'current_borrowers'),
    currentLenders: num(l, 'current'),
    toRepayFen: num(b, 'to_repay'),
    top10ToRepayFen: num(b, 'top10'),
    largestToRepayFen: num(b, 'largest'),
    relatedPartyLoans: num(b, 'related_loans'),
    relatedPartyPrincipalFen: num(b, 'related_principal'),
    overdueLoans: num(o, 'loans'),
    overdueAmountFen: num(o, 'amount'),
    overdue90Loans: num(o, 'loans90'),
    overdue90AmountFen: num(o, 'amount90'),
    overdue1to90AmountFen: num(o, 'b1'),
    overdue91to180AmountFen: num(o, 'b2'),
    overdue181PlusAmountFen: num(o, 'b3'),
    compensatoryCount: num(c, 'n'),
    compensatoryAmountFen: num(c, 'amount'),
  };
}

export async function queryFigures(
  client: ClickHouseClient,
  database: string,
  cutoffMs: number,
): Promise<{ figures: DisclosureFigures; timings: FigureTimings }> {
  assertIdentifier(database, 'database');
  assert(Number.isSafeInteger(cutoffMs) && cutoffMs >= 0, 'cutoffMs is a Unix time in ms');
  const [b, l, o, c] = await Promise.all([
    firstRow(client, balancesSql(database, cutoffMs)),
    firstRow(client, lendersSql(database, cutoffMs)),
    firstRow(client, overdueSql(database, cutoffMs)),
    firstRow(client, compensationSql(database, cutoffMs)),
  ]);
  const counts = countsOf(b.row, l.row, o.row, c.row);
  const timings = { balancesMs: b.ms, lendersMs: l.ms, overdueMs: o.ms, compensationMs: c.ms };
  return { figures: deriveFigures(counts, cutoffMs), timings };
}
