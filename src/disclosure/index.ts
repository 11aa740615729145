/**
 * Public surface of the disclosure module: facts go to ClickHouse through a batching, retrying,
 * spooling sink that never blocks its caller (sink.ts); personal data is masked or hashed first
 * (privacy.ts); the regulator's figures come from ClickHouse (figures-sql.ts) or from plain
 * facts (figures.ts), with renderers, monthly and operating reports and a backfill (reports.ts).
 * Nothing else may be imported from src/disclosure by other modules.
 */
export { createDisclosureSink } from './sink.js';
export type {
  DisclosureSink,
  DisclosureSinkOptions,
  DisclosureSinkStats,
  InsertFailureInfo,
  SinkTable,
  SpoolAlarmInfo,
} from './sink.js';
export { createDisclosureQueries, toSafeNumber } from './queries.js';
export type { DisclosureQueries, DisclosureQueriesOptions, LiveFigures } from './queries.js';
export { validateFill, explanationCharsMax } from './fill.js';
export type { FillRow } from './fill.js';
export { fillRowOf } from './fill.js';
export {
  createDatabaseSql,
  createFillsTableSql,
  defaultDatabase,
  fillColumns,
  migrationStatements,
} from './schema.js';
export { quoteString, isIdentifier } from './sql.js';
export {
  columnType,
  createTableSql,
  tableNames,
  tableSpecs,
  toFactRecord,
  type ColumnKind,
  type ColumnSpec,
  type LoanFact,
  type NoteFact,
  type RepaymentFact,
  type RowOf,
  type ScheduleFact,
  type TableName,
  type TableSpec,
  type TrancheFact,
} from './tables.js';
export {
  hashId,
  isHashedRef,
  looksLikePersonalData,
  maskBankCard,
  maskIdNumber,
  maskIp,
  maskName,
  maskPhone,
  withoutHashedRefs,
} from './privacy.js';
export {
  computeFigures,
  dayMs,
  deriveFigures,
  figureCatalogue,
  overdueStatusRows,
  ratioBps,
  type DisclosureFacts,
  type DisclosureFigures,
  type FigureCounts,
  type FigureKey,
  type OverdueStatusRow,
} from './figures.js';
export { queryFigures, type FigureTimings } from './figures-sql.js';
export { derivedTables, queryLiveFigures, snapshotMarginS } from './live.js';
export { queryOperatingFigures, type OperatingFigures } from './operating.js';
export {
  csvField,
  figureLines,
  monthRange,
  renderFiguresCsv,
  renderFiguresJson,
  renderMonthlyReportCsv,
  type FigureLine,
  type MonthlyReport,
} from './render.js';
export {
  backfill,
  createDisclosureReports,
  type BackfillFacts,
  type BackfillResult,
  type DisclosureReports,
  type DisclosureReportsOptions,
} from './reports.js';
export {
  readJournalFacts,
  readTrancheMarkets,
  serviceUserRef,
  type JournalFacts,
  type JournalFactsOptions,
} from './backfill.js';
export {
  LedgerFollower,
  followerStateDir,
  readTimeMarks,
  type JournalPosition,
  type LedgerFollowerOptions,
  type TransferSink,
} from './ledger-follower.js';
export { TransferReader, entryTimeMs, partId, type TransferRow } from './ledger-transfers.js';
export {
  provinceOf,
  riskEventRow,
  userRow,
  type DecisionInput,
  type EventOrigin,
  type RiskEventRow,
  type UserInput,
  type UserRow,
} from './user-facts.js';
export {
  OrderFactBuilder,
  orderJournalSegments,
  readOrderFacts,
  type OrderFacts,
  type OrderJournalOptions,
} from './order-journal.js';
export { disclosureCommand, disclosureHelp, type DisclosureCommandContext } from './command.js';
export { repaymentId, repaymentRows } from './repayments.js';
export type { PeriodState, RepaymentInput } from './repayments.js';
