/**
 * The sink against the real ClickHouse: rows read back exactly (numbers, not strings, up to
 * 2^53-1), a retried insert never doubles a fill, bad rows and overload are answered with codes,
 * background flushes happen without the caller waiting, and an outage keeps rows queued until
 * ClickHouse is back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createDisclosureQueries,
  createDisclosureSink,
  type DisclosureQueries,
  type DisclosureSink,
  type FillRow,
} from '../../src/disclosure/index.js';
import { Code } from '../../src/shared/index.js';
import { adminClient, dropDatabase, selectAll, testDatabaseName } from '../helpers/clickhouse.js';
import { clickhouseUrl } from '../helpers/services.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { eventually, sampleFill } from './fixtures.js';

const admin = adminClient();
const databases: string[] = [];
const closers: (() => Promise<unknown>)[] = [];

/** A migrated database of its own plus a sink and queries on it, cleaned up after the test. */
async function setupSink(
  options: Partial<Parameters<typeof createDisclosureSink>[0]> = {},
): Promise<{ sink: DisclosureSink; queries: DisclosureQueries; database: string }> {
  const database = testDatabaseName('sink');
  databases.push(database);
  const sink = createDisclosureSink({ url: clickhouseUrl(), database, ...options });
  const queries = createDisclosureQueries({ url: clickhouseUrl(), database });
  closers.push(
    () => sink.close().catch(() => undefined),
    () => queries.close(),
  );
  await createDisclosureSink({ url: clickhouseUrl(), database }).migrate();
  return { sink, queries, database };
}

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

afterAll(async () => {
  for (const database of databases) await dropDatabase(admin, database);
  await admin.close();
});

describe('disclosure sink', () => {
  it('migrates twice without complaint', async () => {
    const { sink } = await setupSink();
    await sink.migrate();
    await sink.migrate();
  });

  it('inserts rows and reads them back exactly, amounts as numbers up to 2^53-1', async () => {
    const { sink, queries } = await setupSink();
    const big = Number.MAX_SAFE_INTEGER;
    const rows: FillRow[] = [
      sampleFill({ trancheId: 'tr-exact', amountFen: big, seq: big, timeMs: 1_700_000_000_001 }),
      sampleFill({ trancheId: 'tr-exact', amountFen: 1, timeMs: 1_700_000_000_002 }),
      sampleFill({
        trancheId: 'tr-exact',
        explanation: "it's \\ 中文\n'; --",
        timeMs: 1_700_000_000_003,
      }),
      sampleFill({ trancheId: 'tr-other' }),
    ];
    for (const row of rows) expect(sink.addFill(row)).toBe(Code.OK);
    await sink.flush();
    expect(sink.stats()).toMatchObject({ queued: 0, inserted: 4, failedAttempts: 0 });

    const read = await queries.fillsForTranche('tr-exact');
    expect(read).toEqual(rows.slice(0, 3));
    expect(typeof read[0]?.amountFen).toBe('number');
    expect(await queries.fillCount()).toBe(4);
    // The sum passes 2^53: refused rather than rounded.
    await expect(queries.liveFigures()).rejects.toThrow(/not a safe integer/);
    expect(await queries.fillsForTranche("tr-exact' OR '1'='1")).toEqual([]);
  });

  it('stores time as UTC seconds and keeps the milliseconds', async () => {
    const { sink, database } = await setupSink();
    sink.addFill(sampleFill({ fillId: 'utc', timeMs: Date.UTC(2024, 0, 31, 23, 59, 59, 999) }));
    await sink.flush();
    const rows = await selectAll(
      admin,
      `SELECT toString(time) AS t, toYYYYMM(time) AS m, time_ms FROM ${database}.fills`,
    );
    expect(rows).toEqual([{ t: '2024-01-31 23:59:59', m: 202401, time_ms: '1706745599999' }]);
  });

  it('reads a fill inserted twice (a retried insert) once, with FINAL', async () => {
    const { sink, queries, database } = await setupSink();
    const fill = sampleFill({ trancheId: 'tr-dup' });
    sink.addFill(fill);
    await sink.flush();
    sink.addFill(fill); // the retry: same fill, a second insert
    sink.addFill(sampleFill({ trancheId: 'tr-dup' }));
    await sink.flush();

    const raw = await selectAll(admin, `SELECT count() AS n FROM ${database}.fills`);
    expect(raw[0]?.['n']).toBe('3'); // both copies are stored until a merge
    expect(await queries.fillCount()).toBe(2);
    const read = await queries.fillsForTranche('tr-dup');
    expect(read.map((r) => r.fillId)).toEqual([fill.fillId, expect.any(String)]);
    expect(await sink.liveFigures()).toEqual({
      fills: 2,
      amountFen: fill.amountFen + (read[1]?.amountFen ?? 0),
    });

    await admin.command({ query: `OPTIMIZE TABLE ${database}.fills FINAL` });
    const merged = await selectAll(admin, `SELECT count() AS n FROM ${database}.fills`);
    expect(merged[0]?.['n']).toBe('2'); // and the merge really removes the duplicate
  });

  it('rejects bad rows with INVALID_FIELD and queues nothing for them', async () => {
    const { sink } = await setupSink();
    const bad: Partial<FillRow>[] = [
      { amountFen: 0 },
      { amountFen: -5 },
      { amountFen: 1.5 },
      { amountFen: Number.MAX_SAFE_INTEGER + 1 },
      { amountFen: Number.NaN },
      { amountFen: '100' as unknown as number },
      { seq: -1 },
      { seq: 2 ** 53 },
      { rateBps: 0 },
      { rateBps: 3_601 },
      { rateBps: 8.5 },
      { timeMs: -1 },
      { timeMs: 2 ** 52 },
      { fillId: '' },
      { fillId: 'has space' },
      { fillId: 'x'.repeat(65) },
      { trancheId: 'tr\n1' },
      { marketId: '36M:Z' },
      { borrowerRef: '张三' },
      { lenderRef: '' },
      { explanation: 'x'.repeat(4_097) },
      { explanation: 'lone \ud800 surrogate' },
      { explanation: undefined as unknown as string },
    ];
    for (const overrides of bad) {
      expect(sink.addFill(sampleFill(overrides)), JSON.stringify(overrides)).toBe(
        Code.INVALID_FIELD,
      );
    }
    expect(sink.addFill(null as unknown as FillRow)).toBe(Code.INVALID_FIELD);
    expect(sink.stats().queued).toBe(0);
  });

  it('answers OVERLOADED when the queue is full, and accepts again after a flush', async () => {
    const { sink } = await setupSink({ queueRowsMax: 3, batchRowsMax: 3, flushMs: 60_000 });
    expect([1, 2, 3].map(() => sink.addFill(sampleFill()))).toEqual([Code.OK, Code.OK, Code.OK]);
    expect(sink.addFill(sampleFill())).toBe(Code.OVERLOADED);
    await sink.flush();
    expect(sink.addFill(sampleFill())).toBe(Code.OK);
  });

  it('flushes in the background flushMs after the first row', async () => {
    const { sink, queries } = await setupSink({ batchRowsMax: 5, flushMs: 100 });
    sink.addFill(sampleFill());
    sink.addFill(sampleFill());
    expect(sink.stats().queued).toBe(2); // addFill never waits for ClickHouse
    await eventually(() => sink.stats().inserted === 2);
    expect(await queries.fillCount()).toBe(2);
  });

  it('sends full batches at once, and the remainder only after flushMs', async () => {
    const { sink } = await setupSink({ batchRowsMax: 5, flushMs: 60_000 });
    for (let i = 0; i < 12; i += 1) sink.addFill(sampleFill());
    await eventually(() => sink.stats().inserted === 10);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.stats()).toMatchObject({ queued: 2, inserted: 10 });
    await sink.flush();
    expect(sink.stats()).toMatchObject({ queued: 0, inserted: 12 });
  });

  it('answers SERVICE_UNAVAILABLE after close', async () => {
    const { sink } = await setupSink();
    await sink.close();
    expect(sink.addFill(sampleFill())).toBe(Code.SERVICE_UNAVAILABLE);
  });
});

describe('disclosure sink during a ClickHouse outage', () => {
  let proxy: TcpProxy;
  beforeAll(async () => {
    const target = new URL(clickhouseUrl());
    proxy = await startTcpProxy(target.hostname, Number(target.port));
  });
  afterAll(() => proxy.close());

  it('keeps rows queued, retries with backoff, then inserts them once', async () => {
    const { queries, database } = await setupSink();
    const errors: { attempt: number; willRetryLater: boolean }[] = [];
    const sink = createDisclosureSink({
      url: `http://127.0.0.1:${proxy.port}`,
      database,
      flushMs: 10,
      attemptsPerTry: 3,
      retryBaseMs: 5,
      retryLaterMs: 20,
      retryLaterMaxMs: 40,
      onError: (_, info) => errors.push(info),
    });
    closers.push(() => sink.close().catch(() => undefined));
    proxy.cut();
    for (let i = 0; i < 10; i += 1) expect(sink.addFill(sampleFill())).toBe(Code.OK);
    await eventually(() => sink.stats().failedAttempts >= 6);
    expect(sink.stats()).toMatchObject({ queued: 10, inserted: 0 });
    expect(errors.slice(0, 3)).toEqual([
      { rows: 10, attempt: 1, willRetryLater: false },
      { rows: 10, attempt: 2, willRetryLater: false },
      { rows: 10, attempt: 3, willRetryLater: true },
    ]);
    await expect(sink.flush()).rejects.toThrow();
    expect(sink.addFill(sampleFill())).toBe(Code.OK); // still accepting while ClickHouse is down

    proxy.restore();
    await eventually(() => sink.stats().queued === 0);
    expect(sink.stats().inserted).toBe(11);
    expect(await queries.fillCount()).toBe(11);
  });

  it('close() reports the rows it could not insert', async () => {
    const { database } = await setupSink();
    const sink = createDisclosureSink({
      url: `http://127.0.0.1:${proxy.port}`,
      database,
      attemptsPerTry: 2,
      retryBaseMs: 5,
    });
    proxy.cut();
    sink.addFill(sampleFill());
    sink.addFill(sampleFill());
    await expect(sink.close()).rejects.toThrow('disclosure sink closed with 2 rows not inserted');
    proxy.restore();
  });
});
