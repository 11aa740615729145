/**
 * Outage safety of the sink against the real ClickHouse, through a TCP proxy the test cuts: rows
 * spool to disk while ClickHouse is away and arrive exactly once when it returns (counted without
 * FINAL and without merges, so a duplicate would show); a lost response does not double a batch;
 * a spool left by a closed sink is replayed by the next one; the spool bound raises the alarm.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDisclosureSink,
  type DisclosureSinkOptions,
  type RowOf,
  type SpoolAlarmInfo,
} from '../../src/disclosure/index.js';
import { Code } from '../../src/shared/index.js';
import { adminClient, dropDatabase, selectAll, testDatabaseName } from '../helpers/clickhouse.js';
import { clickhouseUrl } from '../helpers/services.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { eventually, sampleFill } from './fixtures.js';

const admin = adminClient();
const databases: string[] = [];
const spoolDirs: string[] = [];
let proxy: TcpProxy;

beforeAll(async () => {
  const target = new URL(clickhouseUrl());
  proxy = await startTcpProxy(target.hostname, Number(target.port));
});

afterAll(async () => {
  await proxy.close();
  for (const database of databases) await dropDatabase(admin, database);
  await admin.close();
  for (const dir of spoolDirs) rmSync(dir, { recursive: true, force: true });
});

async function setup(options: Partial<DisclosureSinkOptions> = {}) {
  const database = testDatabaseName('outage');
  databases.push(database);
  const spoolDir = mkdtempSync(join(tmpdir(), 'disclosure-spool-'));
  spoolDirs.push(spoolDir);
  await createDisclosureSink({ url: clickhouseUrl(), database }).migrate();
  const settings: DisclosureSinkOptions = {
    url: `http://127.0.0.1:${proxy.port}`,
    database,
    spoolDir,
    batchRowsMax: 200,
    flushMs: 10,
    attemptsPerTry: 2,
    retryBaseMs: 5,
    retryLaterMs: 20,
    retryLaterMaxMs: 100,
    ...options,
  };
  return { database, spoolDir, settings };
}

function event(n: number): RowOf<'risk_events'> {
  return {
    event_id: `e-${n}`,
    user_ref: 'u:0a1b2c3d4e5f',
    kind: 'login',
    device_ref: 'd:99aa',
    ip_masked: '203.0.113.*',
    amount_fen: 0,
    outcome: 'approve',
    time_ms: 1_767_225_600_000 + n,
  };
}

/** Raw counts: every stored copy, and distinct ids. Equal when nothing is doubled. */
async function counts(database: string, table: string, id: string) {
  const rows = await selectAll(
    admin,
    `SELECT count() AS n, uniqExact(${id}) AS u FROM ${database}.${table}`,
  );
  return { rows: Number(rows[0]?.['n']), distinct: Number(rows[0]?.['u']) };
}

describe('outage: ClickHouse cut in the middle of a run', () => {
  it('spools to disk, never blocks, and delivers every row exactly once', async () => {
    const { database, spoolDir, settings } = await setup();
    const sink = createDisclosureSink(settings);
    const total = 3_000;
    let added = 0;
    let maxSpooled = 0;
    const addSome = (n: number): void => {
      for (let i = 0; i < n; i += 1, added += 1) {
        expect(sink.addFill(sampleFill({ fillId: `o-${added}` }))).toBe(Code.OK);
        expect(sink.add('risk_events', event(added))).toBe(Code.OK);
      }
    };
    const tick = async (): Promise<void> => {
      addSome(100);
      maxSpooled = Math.max(maxSpooled, sink.stats().spooledRows);
      await new Promise((resolve) => setTimeout(resolve, 10));
    };
    while (added < total / 3) await tick();
    proxy.cut();
    while (added < (2 * total) / 3) await tick();
    await eventually(() => sink.stats().spooledRows > 0, 10_000);
    expect(readdirSync(spoolDir).length).toBeGreaterThan(0);
    proxy.restore();
    while (added < total) await tick();
    await eventually(() => sink.stats().queued === 0, 20_000);
    await sink.close();

    expect(sink.stats().failedAttempts).toBeGreaterThan(0);
    expect(maxSpooled).toBeGreaterThan(0);
    expect(await counts(database, 'fills', 'fill_id')).toEqual({ rows: total, distinct: total });
    expect(await counts(database, 'risk_events', 'event_id')).toEqual({
      rows: total,
      distinct: total,
    });
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('does not double a batch whose response was lost after it landed', async () => {
    const { database, settings } = await setup({ retryBaseMs: 50 });
    const sink = createDisclosureSink({ ...settings, flushMs: 60_000 });
    for (let i = 0; i < 50; i += 1) sink.addFill(sampleFill({ fillId: `lost-${i}` }));
    proxy.dropResponses(1);
    await sink.flush();
    expect(sink.stats()).toMatchObject({ queued: 0, inserted: 50, landedOnRetry: 50 });
    expect(sink.stats().failedAttempts).toBeGreaterThanOrEqual(1);
    expect(await counts(database, 'fills', 'fill_id')).toEqual({ rows: 50, distinct: 50 });
    await sink.close();
  });

  it('replays a spool left by a sink closed during the outage, in a new sink', async () => {
    const { database, settings } = await setup();
    proxy.cut();
    const first = createDisclosureSink(settings);
    for (let i = 0; i < 500; i += 1) first.add('risk_events', event(i));
    await first.close(); // resolves: the rows are safe in the spool
    expect(first.stats()).toMatchObject({ queued: 500, spooledRows: 500, inserted: 0 });
    proxy.restore();

    const second = createDisclosureSink(settings);
    expect(second.stats().spooledRows).toBe(500);
    await second.migrate(); // replays the spool in the background
    await eventually(() => second.stats().queued === 0, 10_000);
    await second.close();
    expect(await counts(database, 'risk_events', 'event_id')).toEqual({ rows: 500, distinct: 500 });
  });

  it('raises the alarm near the bound; OVERLOADED when disk and memory are full', async () => {
    const alarms: SpoolAlarmInfo[] = [];
    const { settings } = await setup({
      spoolBytesMax: 40_000,
      spoolAlarmFraction: 0.5,
      queueRowsMax: 300,
      batchRowsMax: 100,
      onSpoolAlarm: (info) => alarms.push(info),
    });
    proxy.cut();
    const sink = createDisclosureSink(settings);
    let overloaded = false;
    for (let i = 0; i < 5_000 && !overloaded; i += 1) {
      const code = sink.add('risk_events', event(i));
      if (code === Code.OVERLOADED) overloaded = true;
      else expect(code).toBe(Code.OK);
      if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    expect(overloaded).toBe(true);
    expect(sink.stats().spoolAlarm).toBe(true);
    expect(sink.stats().spoolBytes).toBeLessThanOrEqual(40_000);
    expect(alarms.length).toBeGreaterThanOrEqual(1);
    expect(alarms[0]?.bytesMax).toBe(40_000);
    proxy.restore();
    await eventually(() => sink.stats().queued === 0, 10_000);
    expect(sink.stats().spoolAlarm).toBe(false);
    await sink.close();
  });
});
