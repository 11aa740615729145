/**
 * ClickHouse access for tests: an admin client on the shared server and per-test databases.
 * Each test file creates its databases with names from `uniquePrefix` and drops them after, so
 * parallel files never see each other's rows. The client logger is off: tests assert on the
 * errors they expect instead of reading them on the console.
 */
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { clickhouseUrl, uniquePrefix } from './services.js';

export function adminClient(): ClickHouseClient {
  return createClient({ url: clickhouseUrl(), log: { level: ClickHouseLogLevel.OFF } });
}

/** A fresh database name (not created: the code under test creates it). */
export function testDatabaseName(name: string): string {
  return uniquePrefix(name);
}

export async function dropDatabase(client: ClickHouseClient, database: string): Promise<void> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) throw new Error(`bad name ${database}`);
  await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
}

/** Runs a query and returns its JSONEachRow rows (64-bit integers arrive as strings). */
export async function selectAll(
  client: ClickHouseClient,
  query: string,
): Promise<Record<string, unknown>[]> {
  const result = await client.query({ query, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}
