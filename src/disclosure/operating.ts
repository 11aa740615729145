/**
 * Operating figures people expect beside the regulator's: volume by day, average loan size and
 * rate by grade, funding time of tranches, and lender concentration, over a time range.
 *
 * Method: one query per figure, run in parallel, on 18.16-compatible SQL; every average is
 * computed from integer sums with half-up rounding (`intDiv(2 * sum + n, 2 * n)`), so the figures
 * are exact and reproducible. Tranches are read with FINAL: a tranche is written when listed and
 * again when it funds, and only the latest row counts.
 */
import { type ClickHouseClient } from '@clickhouse/client';
import { assert } from '../shared/index.js';
import { toSafeNumber } from './queries.js';
import { assertIdentifier } from './sql.js';

export interface OperatingFigures {
  fromMs: number;
  toMs: number;
  /** Fills per UTC day in [fromMs, toMs). */
  volumeByDay: { day: string; fills: number; amountFen: number }[];
  /** Loans originated in the range, per grade; the rate is weighted by principal. */
  byGrade: {
    grade: string;
    loans: number;
    principalFen: number;
    averagePrincipalFen: number;
    averageRateBps: number;
  }[];
  /** Tranches funded in the range: time from listing to funded. */
  funding: { tranches: number; averageMs: number; medianMs: number; p90Ms: number; maxMs: number };
  /** Notes created in the range, by lender. */
  lenders: {
    lenders: number;
    amountFen: number;
    top10ShareBps: number;
    largestShareBps: number;
  };
}

async function rows(client: ClickHouseClient, query: string): Promise<Record<string, unknown>[]> {
  const result = await client.query({ query, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}

const n = (row: Record<string, unknown> | undefined, column: string): number =>
  toSafeNumber(row?.[column] ?? 0, column);

/** Half up, like ratioBps: share of `part` in `whole`, basis points. */
function shareBps(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Number((BigInt(part) * 20_000n + BigInt(whole)) / (2n * BigInt(whole)));
}

export function operatingSql(db: string, fromMs: number, toMs: number): Record<string, string> {
  const fromS = Math.floor(fromMs / 1000);
  const toS = Math.ceil(toMs / 1000);
  return {
    volume: `SELECT toString(toDate(time)) AS day, count() AS fills, sum(amount_fen) AS amount
FROM ${db}.fills WHERE time >= toDateTime(${fromS}) AND time < toDateTime(${toS})
  AND time_ms >= ${fromMs} AND time_ms < ${toMs}
GROUP BY day ORDER BY day`,
    grades: `SELECT grade, count() AS loans, sum(principal_fen) AS principal,
  intDiv(2 * sum(principal_fen) + count(), 2 * count()) AS average_principal,
  intDiv(2 * sum(principal_fen * rate_bps) + sum(principal_fen), 2 * sum(principal_fen))
    AS average_rate
FROM ${db}.loans WHERE originated_ms >= ${fromMs} AND originated_ms < ${toMs} AND principal_fen > 0
GROUP BY grade ORDER BY grade`,
    funding: `SELECT count() AS n, intDiv(sum(d), greatest(count(), 1)) AS average,
  quantileExact(0.5)(d) AS median, quantileExact(0.9)(d) AS p90, max(d) AS longest
FROM (SELECT closed_ms - listed_ms AS d FROM ${db}.tranches FINAL
  WHERE status = 'funded' AND closed_ms >= ${fromMs} AND closed_ms < ${toMs}
    AND closed_ms >= listed_ms)`,
    lenders: `SELECT count() AS lenders, sum(x) AS total, max(x) AS largest,
  arraySum(arraySlice(arrayReverseSort(groupArray(x)), 1, 10)) AS top10
FROM (SELECT lender_ref, sum(principal_fen) AS x FROM ${db}.notes
  WHERE created_ms >= ${fromMs} AND created_ms < ${toMs} GROUP BY lender_ref)`,
  };
}

export async function queryOperatingFigures(
  client: ClickHouseClient,
  database: string,
  fromMs: number,
  toMs: number,
): Promise<OperatingFigures> {
  assertIdentifier(database, 'database');
  assert(Number.isSafeInteger(fromMs) && fromMs >= 0, 'fromMs is a Unix time in ms');
  assert(Number.isSafeInteger(toMs) && toMs >= fromMs, 'toMs is a Unix time >= fromMs');
  const sql = operatingSql(database, fromMs, toMs);
  const [volume, grades, funding, lenders] = await Promise.all(
    [sql['volume'], sql['grades'], sql['funding'], sql['lenders']].map((q) =>
      rows(client, q ?? ''),
    ),
  );
  const f = funding?.[0];
  const l = lenders?.[0];
  const total = n(l, 'total');
  return {
    fromMs,
    toMs,
    volumeByDay: (volume ?? []).map((r) => ({
      day: String(r['day']),
      fills: n(r, 'fills'),
      amountFen: n(r, 'amount'),
    })),
    byGrade: (grades ?? []).map((r) => ({
      grade: String(r['grade']),
      loans: n(r, 'loans'),
      principalFen: n(r, 'principal'),
      averagePrincipalFen: n(r, 'average_principal'),
      averageRateBps: n(r, 'average_rate'),
    })),
    funding: {
      tranches: n(f, 'n'),
      averageMs: n(f, 'average'),
      medianMs: n(f, 'median'),
      p90Ms: n(f, 'p90'),
      maxMs: n(f, 'longest'),
    },
    lenders: {
      lenders: n(l, 'lenders'),
      amountFen: total,
      top10ShareBps: shareBps(n(l, 'top10'), total),
      largestShareBps: shareBps(n(l, 'largest'), total),
    },
  };
}
