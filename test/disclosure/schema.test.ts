/**
 * The DDL runs on the server we have (18.16 here) and is idempotent; the table keeps one row per
 * fill id under FINAL; the analysts' read-only user can read but not write or create.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { createDisclosureSink, fillColumns } from '../../src/disclosure/index.js';
import { adminClient, dropDatabase, selectAll, testDatabaseName } from '../helpers/clickhouse.js';
import { clickhouseUrl } from '../helpers/services.js';
import { sampleFill } from './fixtures.js';

const admin = adminClient();
const database = testDatabaseName('schema');

afterAll(async () => {
  await dropDatabase(admin, database);
  await admin.close();
});

describe('schema', () => {
  beforeAll(async () => {
    const sink = createDisclosureSink({ url: clickhouseUrl(), database });
    await sink.migrate();
    await sink.migrate(); // twice: IF NOT EXISTS everywhere
    await sink.close();
  });

  it('creates fills with the documented columns, types and comments', async () => {
    const rows = await selectAll(admin, `DESCRIBE TABLE ${database}.fills`);
    // 18.16 names the comment column comment_expression; current releases call it comment.
    const described = rows.map((r) => [
      r['name'],
      r['type'],
      r['comment'] ?? r['comment_expression'],
    ]);
    expect(described).toEqual(fillColumns.map((c) => [c.name, c.type, c.comment]));
  });

  it('is a ReplacingMergeTree ordered by (market_id, fill_id), partitioned by month', async () => {
    const rows = await selectAll(
      admin,
      `SELECT engine, engine_full FROM system.tables ` +
        `WHERE database = '${database}' AND name = 'fills'`,
    );
    expect(rows[0]?.['engine']).toBe('ReplacingMergeTree');
    const full = String(rows[0]?.['engine_full']);
    expect(full).toContain('ReplacingMergeTree(inserted_version)');
    expect(full).toContain('PARTITION BY toYYYYMM(time)');
    expect(full).toContain('ORDER BY (market_id, fill_id)');
  });
});

describe('analyst user (readonly profile)', () => {
  const analyst = createClient({
    url: clickhouseUrl(),
    username: 'analyst',
    password: process.env.CLICKHOUSE_ANALYST_PASSWORD ?? 'analyst',
    log: { level: ClickHouseLogLevel.OFF },
  });
  afterAll(() => analyst.close());

  beforeAll(async () => {
    const sink = createDisclosureSink({ url: clickhouseUrl(), database });
    await sink.migrate();
    sink.addFill(sampleFill({ fillId: 'analyst-1' }));
    await sink.close();
  });

  it('can SELECT', async () => {
    const result = await analyst.query({
      query: `SELECT fill_id FROM ${database}.fills FINAL`,
      format: 'JSONEachRow',
    });
    expect(await result.json()).toEqual([{ fill_id: 'analyst-1' }]);
  });

  it('cannot INSERT', async () => {
    await expect(
      analyst.insert({
        table: `${database}.fills`,
        values: [{ fill_id: 'x' }],
        format: 'JSONEachRow',
      }),
    ).rejects.toThrow(/readonly/i);
  });

  it('cannot CREATE, DROP or change settings', async () => {
    const attempts = [
      `CREATE TABLE ${database}.evil (x UInt8) ENGINE = Memory`,
      `DROP TABLE ${database}.fills`,
      `CREATE DATABASE ${database}_evil`,
    ];
    for (const query of attempts) {
      await expect(analyst.command({ query })).rejects.toThrow(/readonly/i);
    }
    await expect(
      analyst.query({
        query: 'SELECT 1',
        clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
      }),
    ).rejects.toThrow(/readonly/i);
  });
});
