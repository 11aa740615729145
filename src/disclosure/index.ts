/**
 * Public surface of the disclosure module: facts (fills so far) go to ClickHouse through a
 * batching, retrying sink that never blocks its caller; exact reads and the SQL helpers that
 * stand in for the query parameters ClickHouse 18.16 lacks. Nothing else may be imported from
 * src/disclosure by other modules.
 */
export { createDisclosureSink } from './sink.js';
export type {
  DisclosureSink,
  DisclosureSinkOptions,
  DisclosureSinkStats,
  InsertFailureInfo,
} from './sink.js';
export { createDisclosureQueries, toSafeNumber } from './queries.js';
export type { DisclosureQueries, DisclosureQueriesOptions, LiveFigures } from './queries.js';
export { validateFill, explanationCharsMax } from './fill.js';
export type { FillRow } from './fill.js';
export {
  createDatabaseSql,
  createFillsTableSql,
  defaultDatabase,
  fillColumns,
  migrationStatements,
} from './schema.js';
export { quoteString, isIdentifier } from './sql.js';
