/**
 * ClickHouse DDL for the disclosure facts.
 *
 * Goal: tables that analysts can read directly, that survive retried inserts without counting a
 * fill twice, and that run unchanged on Debian's ClickHouse 18.16 and on current releases.
 *
 * Method: plain `CREATE ... IF NOT EXISTS` statements (idempotent, so `migrate` can run on every
 * start). `fills` is a ReplacingMergeTree keyed by (market_id, fill_id): a fill inserted twice
 * (a retry after a timeout whose first attempt did land) is collapsed by background merges, and
 * exact queries read with `FINAL` (supported by 18.16 for ReplacingMergeTree, checked by the
 * tests) so they never see the duplicate before the merge. Each column carries a COMMENT (18.16
 * accepts them), so `DESCRIBE TABLE` documents the table for analysts.
 */
import { assertIdentifier, quoteString } from './sql.js';
import { liveMigrationStatements } from './live.js';
import { createTableSql, tableNames } from './tables.js';

export const defaultDatabase = 'lending';

interface Column {
  name: string;
  type: string;
  comment: string;
}

/** The `fills` columns, in table order. */
export const fillColumns: readonly Column[] = [
  { name: 'fill_id', type: 'String', comment: 'Fill id assigned by the matcher; unique.' },
  { name: 'seq', type: 'UInt64', comment: 'Sequence number of the command that made the fill.' },
  { name: 'market_id', type: 'String', comment: 'Market (term x risk grade), e.g. 36M:B.' },
  { name: 'tranche_id', type: 'String', comment: 'Tranche (loan part) that was funded.' },
  {
    name: 'borrower_ref',
    type: 'String',
    comment: 'Borrower, hashed or masked before leaving the service; never a name or ID number.',
  },
  {
    name: 'lender_ref',
    type: 'String',
    comment: 'Lender, hashed or masked before leaving the service; never a name or ID number.',
  },
  { name: 'amount_fen', type: 'Int64', comment: 'Amount funded, in fen (0.01 CNY).' },
  { name: 'rate_bps', type: 'UInt32', comment: 'Interest rate, basis points per year.' },
  { name: 'time', type: "DateTime('UTC')", comment: 'Time of the fill, UTC, whole seconds.' },
  { name: 'time_ms', type: 'UInt64', comment: 'Time of the fill, Unix milliseconds (UTC).' },
  { name: 'explanation', type: 'String', comment: 'Why this lender got this amount and rate.' },
  {
    name: 'inserted_version',
    type: 'UInt64',
    comment: 'Version for ReplacingMergeTree: the highest one of duplicate fills is kept.',
  },
];

export function createDatabaseSql(database: string): string {
  assertIdentifier(database, 'database');
  return `CREATE DATABASE IF NOT EXISTS ${database}`;
}

/**
 * `time` is `DateTime('UTC')` rather than bare `DateTime` so that text output and functions
 * such as toYYYYMM use UTC whatever the server's time zone. Duplicates only collapse within a
 * partition; a fill's time never changes, so its copies always share the month partition.
 */
export function createFillsTableSql(database: string): string {
  assertIdentifier(database, 'database');
  const columns = fillColumns.map(
    (c) => `    ${c.name} ${c.type} COMMENT ${quoteString(c.comment)}`,
  );
  return [
    `CREATE TABLE IF NOT EXISTS ${database}.fills (`,
    columns.join(',\n'),
    ')',
    'ENGINE = ReplacingMergeTree(inserted_version)',
    'PARTITION BY toYYYYMM(time)',
    'ORDER BY (market_id, fill_id)',
  ].join('\n');
}

/**
 * Every statement `migrate` runs, in order: the database, fills, tables.ts's tables, then the
 * aggregate tables and materialized views of the live figures (live.ts).
 */
export function migrationStatements(database: string): string[] {
  return [
    createDatabaseSql(database),
    createFillsTableSql(database),
    ...tableNames.map((table) => createTableSql(database, table)),
    ...liveMigrationStatements(database),
  ];
}
