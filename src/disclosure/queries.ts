/**
 * Read side of the disclosure tables.
 *
 * Goal: exact answers (a fill counted once even if a retried insert stored it twice) that run on
 * ClickHouse 18.16 and current releases, with the service's user or the analysts' read-only one.
 *
 * Method: every read of `fills` uses FINAL, which collapses duplicate fill ids at query time
 * before background merges have done it. Values are spliced in with `quoteString` because 18.16
 * has no query parameters. No per-query settings are sent: a `readonly=1` user may not change
 * any (not even output_format_json_quote_64bit_integers), so 64-bit columns arrive as JSON
 * strings and are converted here, refusing values beyond 2^53 instead of rounding them.
 */
import { type ClickHouseClient } from '@clickhouse/client';
import { defaultDatabase } from './schema.js';
import { type FillRow } from './fill.js';
import { disclosureClient } from './client.js';
import { assertIdentifier, quoteString } from './sql.js';

export interface DisclosureQueriesOptions {
  url: string;
  database?: string;
  username?: string;
  password?: string;
  requestTimeoutMs?: number;
}

/** Cumulative lending figures (disclosure guideline: cumulative lending amount and count). */
export interface LiveFigures {
  fills: number;
  amountFen: number;
}

export interface DisclosureQueries {
  /** Every fill of a tranche, in time order (then sequence). */
  fillsForTranche(trancheId: string): Promise<FillRow[]>;
  /** Number of distinct fills stored. */
  fillCount(): Promise<number>;
  liveFigures(): Promise<LiveFigures>;
  close(): Promise<void>;
}

/** Converts a 64-bit column (JSON string or number) to a number, refusing unsafe values. */
export function toSafeNumber(value: unknown, column: string): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new RangeError(`ClickHouse returned ${String(value)} for ${column}: not a safe integer`);
  }
  return n;
}

function stringField(row: Record<string, unknown>, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new TypeError(`ClickHouse returned no string ${column}`);
  return value;
}

function toFillRow(row: Record<string, unknown>): FillRow {
  return {
    fillId: stringField(row, 'fill_id'),
    seq: toSafeNumber(row['seq'], 'seq'),
    marketId: stringField(row, 'market_id'),
    trancheId: stringField(row, 'tranche_id'),
    borrowerRef: stringField(row, 'borrower_ref'),
    lenderRef: stringField(row, 'lender_ref'),
    amountFen: toSafeNumber(row['amount_fen'], 'amount_fen'),
    rateBps: toSafeNumber(row['rate_bps'], 'rate_bps'),
    timeMs: toSafeNumber(row['time_ms'], 'time_ms'),
    explanation: stringField(row, 'explanation'),
  };
}

const fillColumnsSql =
  'fill_id, seq, market_id, tranche_id, borrower_ref, lender_ref, amount_fen, rate_bps, ' +
  'time_ms, explanation';

async function selectRows(
  client: ClickHouseClient,
  query: string,
): Promise<Record<string, unknown>[]> {
  const result = await client.query({ query, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}

/** The figures pushed live; shared with the sink, which already holds a client. */
export async function readLiveFigures(
  client: ClickHouseClient,
  database: string,
): Promise<LiveFigures> {
  assertIdentifier(database, 'database');
  const rows = await selectRows(
    client,
    `SELECT count() AS fills, sum(amount_fen) AS amount FROM ${database}.fills FINAL`,
  );
  const row = rows[0] ?? {};
  return {
    fills: toSafeNumber(row['fills'], 'count()'),
    amountFen: toSafeNumber(row['amount'], 'sum(amount_fen)'),
  };
}

export function createDisclosureQueries(options: DisclosureQueriesOptions): DisclosureQueries {
  const database = options.database ?? defaultDatabase;
  assertIdentifier(database, 'database');
  const client = disclosureClient(options);
  const table = `${database}.fills`;
  return {
    async fillsForTranche(trancheId) {
      const rows = await selectRows(
        client,
        `SELECT ${fillColumnsSql} FROM ${table} FINAL ` +
          `WHERE tranche_id = ${quoteString(trancheId)} ORDER BY time_ms, seq, fill_id`,
      );
      return rows.map(toFillRow);
    },
    async fillCount() {
      const rows = await selectRows(client, `SELECT count() AS n FROM ${table} FINAL`);
      return toSafeNumber(rows[0]?.['n'], 'count()');
    },
    liveFigures: () => readLiveFigures(client, database),
    close: () => client.close(),
  };
}
