/**
 * `lending disclosure backfill|report`: the operator's commands for the analytics tables.
 *
 * backfill: rebuilds the loan tables (loans, notes, schedules, repayments) and ledger_transfers
 * of a ClickHouse database from a service data directory's ledger journal, and fills,
 * lend_orders and tranches from its order journals (replayed with the service's MARKETS and
 * SHARDS), then checks that ClickHouse's figures at the cut-off equal the figures recomputed
 * from the journals, and says so (exit 1 if not, or if an order journal lacks its history).
 * Running it twice gives the same tables (each table is truncated and refilled).
 * report: the monthly report (CSV) from ClickHouse; with --data-dir also recomputed from the
 * journals and compared.
 */
import { loadConfig } from '../config.js';
import { readJournalFacts, readTrancheMarkets, serviceUserRef } from './backfill.js';
import { computeFigures, type DisclosureFigures } from './figures.js';
import { readOrderFacts, type OrderFacts } from './order-journal.js';
import { monthRange } from './render.js';
import { backfill, createDisclosureReports } from './reports.js';
import { isIdentifier } from './sql.js';

export interface DisclosureCommandContext {
  /** CLICKHOUSE_URL; the commands need a running ClickHouse. */
  clickhouseUrl: string | undefined;
  /** The service's database (CLICKHOUSE_DATABASE): the default target and the refs' salt. */
  database: string;
  /** The service's DATA_DIR: the default --data-dir. */
  dataDir: string;
  /** The service's MARKETS and SHARDS (default: the environment's, as the service reads it). */
  markets?: readonly string[];
  shards?: number;
  out: (text: string) => void;
  err: (text: string) => void;
}

export const disclosureHelp = `  disclosure backfill [--data-dir DIR] [--until ISO-TIME]
        [--database DB]         rebuild loans, notes, schedules, repayments and ledger
                                transfers from the ledger journal, fills, lend orders and
                                tranches from the order journals (MARKETS and SHARDS as the
                                service's), then check ClickHouse's figures against them
  disclosure report --month YYYY-MM [--data-dir DIR]
                                monthly disclosure report (CSV); with --data-dir, also
                                recomputed from the journals and compared`;

class UsageError extends Error {}

function optionValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

function checkOptions(args: readonly string[], allowed: readonly string[]): void {
  for (let i = 1; i < args.length; i += 2) {
    const name = args[i] ?? '';
    if (!allowed.includes(name)) {
      throw new UsageError(
        `unknown option ${JSON.stringify(name)}; allowed: ${allowed.join(', ')}`,
      );
    }
  }
}

function untilOf(args: readonly string[]): number | undefined {
  const text = optionValue(args, '--until');
  if (text === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(text)
    ? Date.parse(text)
    : NaN;
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new UsageError(`--until must be an ISO time like 2026-03-31T23:59:59.999Z, not ${text}`);
  }
  return ms;
}

/** Names every figure that differs, or nothing when the two agree. */
function differences(a: DisclosureFigures, b: DisclosureFigures): string[] {
  return (Object.keys(a) as (keyof DisclosureFigures)[])
    .filter((key) => a[key] !== b[key])
    .map((key) => `${key}: ClickHouse ${a[key]}, journals ${b[key]}`);
}

/**
 * The order tables from the order journals, or undefined (told on stderr) when a shard's
 * history is gone: a partial fills table would pass for a complete one.
 */
async function orderTables(
  dataDir: string,
  untilMs: number | undefined,
  c: DisclosureCommandContext,
): Promise<OrderFacts | undefined> {
  const config = c.markets === undefined || c.shards === undefined ? loadConfig() : undefined;
  const orders = await readOrderFacts(dataDir, {
    ref: serviceUserRef(c.database),
    markets: c.markets ?? config?.markets ?? [],
    shards: c.shards ?? config?.shards ?? 1,
    ...(untilMs === undefined ? {} : { untilMs }),
    onProgress: (records) => c.err(`order journals: ${records} batches replayed\n`),
  }).catch((error: unknown) => {
    // A journal this configuration cannot replay: the ledger tables are still rebuilt.
    if (!(error instanceof Error)) throw error;
    c.err(`order journals: ${error.message}; fills, lend_orders and tranches are not rebuilt\n`);
    return undefined;
  });
  if (orders === undefined) return undefined;
  if (orders.unknownMarketCommands > 0) {
    const n = orders.unknownMarketCommands;
    c.err(`order journals: ${n} commands name a market not in MARKETS (set it as the service's)\n`);
  }
  for (const { shardIndex, firstSegment } of orders.incomplete) {
    c.err(
      `order journal of shard ${shardIndex} starts at segment ${firstSegment}: the segments ` +
        'before it were deleted, so fills, lend_orders and tranches are not rebuilt\n',
    );
  }
  return orders.incomplete.length === 0 ? orders : undefined;
}

async function backfillCommand(args: string[], c: DisclosureCommandContext): Promise<number> {
  checkOptions(args, ['--data-dir', '--until', '--database']);
  const dataDir = optionValue(args, '--data-dir') ?? c.dataDir;
  const untilMs = untilOf(args);
  const database = optionValue(args, '--database') ?? c.database;
  if (!isIdentifier(database)) throw new UsageError(`--database ${database} is not a name`);
  const url = requireUrl(c);
  const started = performance.now();
  const marketOf = await readTrancheMarkets(dataDir);
  c.err(`orderbook journals: ${marketOf.size} tranche listings\n`);
  const orders = await orderTables(dataDir, untilMs, c);
  const facts = await readJournalFacts(dataDir, {
    ref: serviceUserRef(c.database),
    marketOf,
    ...(untilMs === undefined ? {} : { untilMs }),
    onProgress: (entries) => c.err(`ledger journal: ${entries} entries read\n`),
  });
  const { loans, notes, schedules, repayments, ledger_transfers } = facts;
  const ordered = orders === undefined ? {} : pickOrderTables(orders);
  const tables = { loans, notes, schedules, repayments, ledger_transfers, ...ordered };
  const sizes = Object.entries(tables).map(([table, rows]) => `${rows.length} ${table}`);
  c.err(`inserting ${sizes.join(', ')} into ${database}\n`);
  const result = await backfill({ url, database }, tables);
  if (!('rows' in result)) {
    c.err(`a derived row is invalid: ${JSON.stringify(result)}\n`);
    return 1;
  }
  const cutoffMs = untilMs ?? latestFactMs(facts);
  const reports = createDisclosureReports({ url, database, requestTimeoutMs: 600_000 });
  const stored = await reports.figures(cutoffMs).finally(() => reports.close());
  const diff = differences(stored, computeFigures(facts, cutoffMs));
  const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
  const summary = { database, entries: facts.entries, rows: result.rows, cutoffMs, seconds };
  const batches = orders?.records ?? 0;
  const status = { figuresMatchJournals: diff.length === 0, ordersRebuilt: orders !== undefined };
  c.out(`${JSON.stringify({ ...summary, batches, ...status, stored })}\n`);
  for (const line of diff) c.err(`figure differs: ${line}\n`);
  return diff.length === 0 && orders !== undefined ? 0 : 1;
}

function pickOrderTables(orders: OrderFacts): Pick<OrderFacts, OrderTable> {
  return { fills: orders.fills, lend_orders: orders.lend_orders, tranches: orders.tranches };
}

type OrderTable = 'fills' | 'lend_orders' | 'tranches';

function latestFactMs(facts: Awaited<ReturnType<typeof readJournalFacts>>): number {
  let latest = 86_400_000;
  for (const loan of facts.loans) latest = Math.max(latest, loan.originated_ms);
  for (const r of facts.repayments) latest = Math.max(latest, r.paid_ms);
  return latest;
}

function requireUrl(c: DisclosureCommandContext): string {
  if (c.clickhouseUrl === undefined) {
    throw new UsageError('set CLICKHOUSE_URL (e.g. http://127.0.0.1:18123) to a running server');
  }
  return c.clickhouseUrl;
}

async function reportCommand(args: string[], c: DisclosureCommandContext): Promise<number> {
  checkOptions(args, ['--month', '--data-dir']);
  const month = optionValue(args, '--month');
  const range = month === undefined ? undefined : monthRange(month);
  if (month === undefined || range === undefined) {
    throw new UsageError('report needs --month YYYY-MM (a month from 1970-01 on)');
  }
  const reports = createDisclosureReports({ url: requireUrl(c), database: c.database });
  try {
    const csv = await reports.monthlyReportCsv(month);
    if (typeof csv === 'number') throw new UsageError(`no report for month ${month}`);
    c.out(csv);
    const dataDir = optionValue(args, '--data-dir');
    if (dataDir === undefined) return 0;
    const cutoffMs = range.toMs - 1;
    const marketOf = await readTrancheMarkets(dataDir);
    const ref = serviceUserRef(c.database);
    const facts = await readJournalFacts(dataDir, { ref, marketOf, untilMs: cutoffMs });
    const diff = differences(await reports.figures(cutoffMs), computeFigures(facts, cutoffMs));
    for (const line of diff) c.err(`figure differs: ${line}\n`);
    c.err(diff.length === 0 ? 'figures match the journals\n' : '');
    return diff.length === 0 ? 0 : 1;
  } finally {
    await reports.close();
  }
}

/** Runs `disclosure <subcommand>`; answers the exit code (2 for a usage error). */
export async function disclosureCommand(
  args: string[],
  context: DisclosureCommandContext,
): Promise<number> {
  try {
    if (args[0] === 'backfill') return await backfillCommand(args, context);
    if (args[0] === 'report') return await reportCommand(args, context);
    throw new UsageError(`disclosure needs a subcommand: backfill or report\n${disclosureHelp}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.err(`lending disclosure: ${error.message}\n`);
    return 2;
  }
}
