/**
 * The disclosure sink: facts (fills and every table of tables.ts) go to ClickHouse in batches,
 * in the background, exactly once, spooling to disk while ClickHouse is away.
 *
 * Goal: matching and the ledger never wait for ClickHouse, and no accepted fact is dropped or
 * counted twice. `add`/`addFill` validate and queue in O(1); they never block, never throw for a
 * bad row, and answer OVERLOADED only when memory (and the spool) are full.
 *
 * Method: one queue of batches per table. A batch gets its version (unique, increasing) when it
 * opens, so each row is encoded to its TSV line once, as it is added (tsv.ts), and kept as bytes
 * outside the JS heap. A background insert starts when a table has a full batch (`batchRowsMax`
 * rows; whole batches go) or `flushMs` after the first queued row (everything goes); up to
 * `limits.clickhouseInsertsInFlightMax` inserts run at once, so the service encodes and sends
 * one while ClickHouse parses another. The version is stored in every row (`inserted_version`).
 * Each try makes up to `attemptsPerTry` attempts with exponential backoff. An attempt that
 * failed may still have landed (the response was lost), so before any
 * new attempt the sink waits until ClickHouse no longer runs the old query id, reads the keys
 * stored with that version, and sends only the rows not yet there: a retry never doubles a row,
 * even on ClickHouse 18.16 where non-replicated tables have no insert deduplication. (The
 * ReplacingMergeTree key is the second line of defence, for a caller that adds a row twice.)
 *
 * When a try fails and `spoolDir` is set, the failed batch and every queued row are written to
 * the disk spool (spool.ts) and memory is freed; the next try replays the spool, oldest segment
 * first, with the same landed check, then sends what is in memory. A spool left by a previous
 * run is replayed after `migrate()`. Drains run one at a time (one promise chain).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { drainStream, type ClickHouseClient } from '@clickhouse/client';
import { Code, assert, limits, systemClock, type Clock, type ResultCode } from '../shared/index.js';
import { disclosureClient } from './client.js';
import { validateFill, type FillRow } from './fill.js';
import { readLiveFigures, type LiveFigures } from './queries.js';
import { defaultDatabase, fillColumns, migrationStatements } from './schema.js';
import { Spool, type SpooledBatch } from './spool.js';
import { assertIdentifier, quoteString } from './sql.js';
import {
  isTableName,
  keySql,
  tableNames,
  tableSpec,
  toFactRecord,
  type RowOf,
  type TableName,
} from './tables.js';
import { BodyBuilder, bodyLines, fillLine, lineKey, recordLine } from './tsv.js';

export type SinkTable = TableName | 'fills';

export interface DisclosureSinkOptions {
  /** ClickHouse HTTP URL, e.g. http://127.0.0.1:18123. */
  url: string;
  /** Database holding the tables (default `lending`). */
  database?: string;
  username?: string;
  password?: string;
  /** Rows per insert (default limits.clickhouseBatchRowsMax). */
  batchRowsMax?: number;
  /** Longest a row waits before a background insert starts (default limits.clickhouseFlushMs). */
  flushMs?: number;
  /** Rows held in memory (queued plus in flight) before add answers OVERLOADED. */
  queueRowsMax?: number;
  /** Attempts per try before the rows wait for a later try (default 4). */
  attemptsPerTry?: number;
  /** Backoff after the first failed attempt; doubles per attempt (default 100 ms). */
  retryBaseMs?: number;
  /** Wait after a failed try; doubles per failed try up to retryLaterMaxMs (1 s, 60 s). */
  retryLaterMs?: number;
  retryLaterMaxMs?: number;
  /** HTTP request timeout of one insert (default 30 s). */
  requestTimeoutMs?: number;
  /** Source of the batch versions. */
  clock?: Clock;
  /** Told about every failed attempt; wire it to the logger and metrics. */
  onError?: (error: unknown, info: InsertFailureInfo) => void;
  /** Directory of the disk spool; without it rows wait in memory only. */
  spoolDir?: string;
  /** Bytes the spool may hold (default limits.clickhouseSpoolBytesMax). */
  spoolBytesMax?: number;
  /** Told when the spool passes `spoolAlarmFraction` of its bound (default 0.8), or is full. */
  onSpoolAlarm?: (info: SpoolAlarmInfo) => void;
  spoolAlarmFraction?: number;
  /** Longest wait for a failed insert to finish on the server before checking it (10 s). */
  landedWaitMs?: number;
}

export interface InsertFailureInfo {
  rows: number;
  attempt: number;
  /** True when this was the last attempt of the try: the rows now wait for a later try. */
  willRetryLater: boolean;
}

export interface SpoolAlarmInfo {
  bytes: number;
  bytesMax: number;
  rows: number;
  /** True when a write was refused: rows now stay in memory until OVERLOADED. */
  full: boolean;
}

export interface DisclosureSinkStats {
  /** Rows not yet acknowledged by ClickHouse: in memory, in flight and spooled. */
  queued: number;
  /** Rows acknowledged by ClickHouse since the sink was created. */
  inserted: number;
  /** Insert attempts that failed (each retry counts). */
  failedAttempts: number;
  /** Rows and bytes on disk in the spool, and its bound. */
  spooledRows: number;
  spoolBytes: number;
  spoolBytesMax: number;
  /** True while the spool is above its alarm fraction or refused a write. */
  spoolAlarm: boolean;
  /** Rows skipped on a retry because an earlier attempt had already stored them. */
  landedOnRetry: number;
}

export interface DisclosureSink {
  /** Creates the database and tables if missing (safe on every start); then replays a spool. */
  migrate(): Promise<void>;
  /** Validates and queues a fill; OK, INVALID_FIELD, OVERLOADED or SERVICE_UNAVAILABLE (closed). */
  addFill(row: FillRow): ResultCode;
  /** Validates and queues a row of any other table; same codes as addFill. */
  add<T extends TableName>(table: T, row: RowOf<T>): ResultCode;
  /** Inserts every row queued or spooled so far; rejects when ClickHouse stays unavailable. */
  flush(): Promise<void>;
  /**
   * Flushes, then releases the client. Rejects with the count of rows it could neither insert
   * nor spool; rows safely in the spool are replayed by the next sink on the same directory.
   */
  close(): Promise<void>;
  stats(): DisclosureSinkStats;
  /** Cumulative fills and amount as stored (FINAL); rejects when ClickHouse is unavailable. */
  liveFigures(): Promise<LiveFigures>;
}

interface SinkSettings {
  database: string;
  batchRowsMax: number;
  flushMs: number;
  queueRowsMax: number;
  attemptsPerTry: number;
  retryBaseMs: number;
  retryLaterMs: number;
  retryLaterMaxMs: number;
  landedWaitMs: number;
  clock: Clock;
  onError: (error: unknown, info: InsertFailureInfo) => void;
}

function positiveInt(value: number | undefined, fallback: number, what: string): number {
  const result = value ?? fallback;
  assert(Number.isSafeInteger(result) && result > 0, `${what} must be a positive integer`);
  return result;
}

function resolveSettings(o: DisclosureSinkOptions): SinkSettings {
  const database = o.database ?? defaultDatabase;
  assertIdentifier(database, 'database');
  const batchRowsMax = positiveInt(o.batchRowsMax, limits.clickhouseBatchRowsMax, 'batchRowsMax');
  const queueRowsMax = positiveInt(o.queueRowsMax, limits.clickhouseQueueRowsMax, 'queueRowsMax');
  assert(batchRowsMax <= queueRowsMax, 'batchRowsMax must not exceed queueRowsMax');
  return {
    database,
    batchRowsMax,
    queueRowsMax,
    flushMs: positiveInt(o.flushMs, limits.clickhouseFlushMs, 'flushMs'),
    attemptsPerTry: positiveInt(o.attemptsPerTry, 4, 'attemptsPerTry'),
    retryBaseMs: positiveInt(o.retryBaseMs, 100, 'retryBaseMs'),
    retryLaterMs: positiveInt(o.retryLaterMs, 1_000, 'retryLaterMs'),
    retryLaterMaxMs: positiveInt(o.retryLaterMaxMs, 60_000, 'retryLaterMaxMs'),
    landedWaitMs: positiveInt(o.landedWaitMs, 10_000, 'landedWaitMs'),
    clock: o.clock ?? systemClock,
    onError: o.onError ?? (() => {}),
  };
}

/** fills predates tables.ts: its key is (market_id, fill_id), as its ORDER BY. */
const fillsKey = ['market_id', 'fill_id'];

const columnsByTable = new Map<SinkTable, readonly string[]>([
  ['fills', fillColumns.map((column) => column.name)],
  ...tableNames.map((t): [SinkTable, string[]] => [
    t,
    [...Object.keys(tableSpec(t).columns), 'inserted_version'],
  ]),
]);

assert(
  columnsOf('fills').join() ===
    'fill_id,seq,market_id,tranche_id,borrower_ref,lender_ref,amount_fen,rate_bps,time,time_ms,' +
      'explanation,inserted_version',
  'fillLine spells the fills columns in table order',
);

function columnsOf(table: SinkTable): readonly string[] {
  const columns = columnsByTable.get(table);
  assert(columns !== undefined, `table ${table} has columns`);
  return columns;
}

/** Positions of the key columns in a line, for the landed check. */
function keyIndexesOf(table: SinkTable): number[] {
  const columns = columnsOf(table);
  const key = table === 'fills' ? fillsKey : tableSpec(table).key;
  return key.map((name) => {
    const index = columns.indexOf(name);
    assert(index >= 0, `key column ${name} of ${table} is a column`);
    return index;
  });
}

function keySqlOf(table: SinkTable): string {
  if (table !== 'fills') return keySql(table);
  return `concat(${fillsKey.map((n) => `toString(${n})`).join(", '\\x1f', ")})`;
}

/** A batch of one table: its rows already encoded as TSV, with its version in every line. */
interface Batch {
  table: SinkTable;
  version: number;
  queryId: string;
  maybeLanded: boolean;
  rows: number;
  chunks: Buffer[];
}

/** The batch being filled, and the full ones waiting, of one table (FIFO). */
interface TableQueue {
  open: { version: number; body: BodyBuilder } | undefined;
  sealed: Batch[];
  rows: number;
}

/** A spooled batch back into a Batch; spools of earlier releases hold records, not TSV. */
function fromSpool(spooled: SpooledBatch): Batch {
  assert(spooled.table === 'fills' || isTableName(spooled.table), 'spooled table known');
  const table = spooled.table as SinkTable;
  const base = { table, version: spooled.version, queryId: spooled.queryId, maybeLanded: true };
  if (spooled.tsv !== undefined) {
    return { ...base, rows: spooled.rows, chunks: [Buffer.from(spooled.tsv, 'utf8')] };
  }
  const body = new BodyBuilder();
  for (const record of spooled.records ?? []) body.add(recordLine(record, columnsOf(table)));
  return { ...base, rows: body.rows, chunks: body.finish() };
}

function toSpool(batch: Batch): SpooledBatch {
  const { table, version, queryId, maybeLanded, rows } = batch;
  const tsv = Buffer.concat(batch.chunks).toString('utf8');
  return { table, version, queryId, maybeLanded, rows, tsv };
}

class ClickHouseDisclosureSink implements DisclosureSink {
  readonly #s: SinkSettings;
  readonly #client: ClickHouseClient;
  readonly #spool: Spool | undefined;
  readonly #alarmFraction: number;
  readonly #onSpoolAlarm: (info: SpoolAlarmInfo) => void;
  readonly #queues = new Map<SinkTable, TableQueue>();
  /** Rows in the queues (not counting the batches in flight). */
  #queuedRows = 0;
  /** Batches being inserted, or left by a failed try; sent again before the queues. */
  readonly #inflight = new Set<Batch>();
  #lastVersion = 0;
  #inserted = 0;
  #landedOnRetry = 0;
  #failedAttempts = 0;
  /** Consecutive failed tries; sets the wait before the next one. 0 = healthy. */
  #failedTries = 0;
  #spoolAlarm = false;
  #spoolFull = false;
  #timer: NodeJS.Timeout | undefined;
  #timerDelayMs = 0;
  /** A background drain is queued or running; its completion re-arms the timer if needed. */
  #backgroundBusy = false;
  /** Serialises every drain, background or explicit. */
  #chain: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(options: DisclosureSinkOptions) {
    this.#s = resolveSettings(options);
    this.#client = disclosureClient(options);
    const bytesMax = positiveInt(
      options.spoolBytesMax,
      limits.clickhouseSpoolBytesMax,
      'spoolBytesMax',
    );
    this.#spool =
      options.spoolDir === undefined ? undefined : new Spool(options.spoolDir, bytesMax);
    this.#alarmFraction = options.spoolAlarmFraction ?? 0.8;
    assert(this.#alarmFraction > 0 && this.#alarmFraction <= 1, 'spoolAlarmFraction in (0, 1]');
    this.#onSpoolAlarm = options.onSpoolAlarm ?? (() => {});
    this.#checkSpoolAlarm();
  }

  async migrate(): Promise<void> {
    for (const query of migrationStatements(this.#s.database)) {
      await this.#client.command({ query });
    }
    if (this.#spool !== undefined && !this.#spool.empty) this.#arm(0);
  }

  addFill(row: FillRow): ResultCode {
    if (this.#closed) return Code.SERVICE_UNAVAILABLE;
    const code = validateFill(row);
    if (code !== Code.OK) return code;
    if (this.#memoryRows >= this.#s.queueRowsMax) return Code.OVERLOADED;
    const { queue, version, body } = this.#openBatch('fills');
    body.add(fillLine(row, version));
    this.#afterEnqueue('fills', queue);
    return Code.OK;
  }

  add<T extends TableName>(table: T, row: RowOf<T>): ResultCode {
    if (this.#closed) return Code.SERVICE_UNAVAILABLE;
    if (!isTableName(table)) return Code.INVALID_FIELD;
    const record = toFactRecord(table, row);
    if (typeof record === 'number') return record;
    if (this.#memoryRows >= this.#s.queueRowsMax) return Code.OVERLOADED;
    const { queue, version, body } = this.#openBatch(table);
    record['inserted_version'] = version;
    body.add(recordLine(record, columnsOf(table)));
    this.#afterEnqueue(table, queue);
    return Code.OK;
  }

  async flush(): Promise<void> {
    try {
      await this.#exclusive(() => this.#drain(false));
      this.#failedTries = 0;
      this.#spoolFull = false;
      this.#checkSpoolAlarm();
      this.#rearm();
    } catch (error) {
      await this.#afterFailedTry();
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#disarm();
    try {
      await this.flush();
    } catch (error) {
      const rows = this.#memoryRows;
      if (rows > 0) {
        throw new Error(`disclosure sink closed with ${rows} rows not inserted`, { cause: error });
      }
    } finally {
      this.#disarm();
      await this.#client.close();
    }
  }

  /** Rows held in memory: queued plus the batches in flight. */
  get #memoryRows(): number {
    let rows = this.#queuedRows;
    for (const batch of this.#inflight) rows += batch.rows;
    return rows;
  }

  stats(): DisclosureSinkStats {
    const spooledRows = this.#spool?.rows ?? 0;
    return {
      queued: this.#memoryRows + spooledRows,
      inserted: this.#inserted,
      failedAttempts: this.#failedAttempts,
      spooledRows,
      spoolBytes: this.#spool?.bytes ?? 0,
      spoolBytesMax: this.#spool?.bytesMax ?? 0,
      spoolAlarm: this.#spoolAlarm,
      landedOnRetry: this.#landedOnRetry,
    };
  }

  liveFigures(): Promise<LiveFigures> {
    return readLiveFigures(this.#client, this.#s.database);
  }

  /**
   * The table's open batch, opened with a new version if there is none. The version is fixed
   * when the batch opens, so each row is encoded once, with it, as it is added.
   */
  #openBatch(table: SinkTable): { queue: TableQueue; version: number; body: BodyBuilder } {
    let queue = this.#queues.get(table);
    if (queue === undefined) {
      queue = { open: undefined, sealed: [], rows: 0 };
      this.#queues.set(table, queue);
    }
    queue.open ??= { version: this.#nextVersion(), body: new BodyBuilder() };
    return { queue, ...queue.open };
  }

  #afterEnqueue(table: SinkTable, queue: TableQueue): void {
    queue.rows += 1;
    this.#queuedRows += 1;
    if ((queue.open?.body.rows ?? 0) >= this.#s.batchRowsMax) this.#seal(table, queue);
    this.#afterAdd(queue.sealed.length > 0);
  }

  /** Closes the table's open batch: it waits, whole, behind the other full ones. */
  #seal(table: SinkTable, queue: TableQueue): void {
    const open = queue.open;
    if (open === undefined) return;
    queue.open = undefined;
    const { version, body } = open;
    const batch = { table, version, queryId: '', maybeLanded: false, rows: body.rows, chunks: [] };
    queue.sealed.push({ ...batch, chunks: body.finish() });
  }

  /** A full batch goes now, unless ClickHouse is failing: then the retry timer decides. */
  #afterAdd(fullBatch: boolean): void {
    if (fullBatch && this.#failedTries === 0) {
      // Re-arming on every add past a full batch cost more than the add itself (measured).
      if (this.#timer !== undefined && this.#timerDelayMs === 0) return;
      this.#disarm();
      this.#arm(0);
    } else {
      this.#arm(this.#s.flushMs);
    }
  }

  /** Arms the background timer unless one is armed or a background drain will re-arm it. */
  #arm(delayMs: number): void {
    if (this.#closed || this.#timer !== undefined || this.#backgroundBusy) return;
    this.#timerDelayMs = delayMs;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#runBackground();
    }, delayMs);
  }

  #disarm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #runBackground(): void {
    this.#backgroundBusy = true;
    this.#exclusive(() => this.#drain(true)).then(
      () => this.#afterBackground(true),
      () => this.#afterBackground(false),
    );
  }

  async #afterBackground(ok: boolean): Promise<void> {
    if (ok) {
      this.#backgroundBusy = false;
      this.#failedTries = 0;
      this.#spoolFull = false;
      this.#checkSpoolAlarm();
      this.#rearm();
      return;
    }
    await this.#afterFailedTry();
    this.#backgroundBusy = false;
    if (this.#memoryRows > 0 || !(this.#spool?.empty ?? true)) this.#arm(this.#retryLaterDelay());
  }

  /** Counts the failed try, moves what is in memory to the spool, and schedules a retry. */
  async #afterFailedTry(): Promise<void> {
    this.#failedTries += 1;
    await this.#exclusive(() => this.#spoolMemory()).catch((error: unknown) => {
      this.#report(error, { rows: this.#memoryRows, attempt: 0, willRetryLater: true });
    });
    this.#arm(this.#retryLaterDelay());
  }

  /**
   * After a success: rows that arrived during the insert get their own timer (or go now if a
   * batch is full), and a long retry timer left by an earlier failure no longer applies.
   */
  #rearm(): void {
    this.#disarm();
    if (this.#memoryRows === 0) return;
    const full = [...this.#queues.values()].some((q) => q.sealed.length > 0);
    this.#arm(full ? 0 : this.#s.flushMs);
  }

  #retryLaterDelay(): number {
    const exponent = Math.min(Math.max(this.#failedTries - 1, 0), 20);
    return Math.min(this.#s.retryLaterMs * 2 ** exponent, this.#s.retryLaterMaxMs);
  }

  #exclusive(task: () => Promise<void>): Promise<void> {
    const run = this.#chain.then(task);
    this.#chain = run.catch(() => {});
    return run;
  }

  /** Unique and increasing even when the clock stalls or steps back. */
  #nextVersion(): number {
    this.#lastVersion = Math.max(this.#s.clock.nowMs() * 1_000, this.#lastVersion + 1);
    return this.#lastVersion;
  }

  /**
   * The batches this drain sends, oldest first per table. A background run (`wholeOnly`) of a
   * table with full batches sends only those, so rows that keep arriving form the next full
   * batch instead of a tiny insert (each insert makes a part); otherwise the open batch goes too.
   */
  *#batchesToSend(wholeOnly: boolean): Generator<Batch> {
    for (const [table, queue] of this.#queues) {
      if (!wholeOnly || queue.sealed.length === 0) this.#seal(table, queue);
      // Bounded by what is queued now: rows arriving meanwhile wait for the next drain.
      const count = queue.sealed.length;
      for (let i = 0; i < count; i += 1) {
        const batch = queue.sealed.shift();
        if (batch === undefined) return;
        queue.rows -= batch.rows;
        this.#queuedRows -= batch.rows;
        yield batch;
      }
    }
  }

  /**
   * Replays the spool, then the batches a failed try left, then the queues, with up to
   * `clickhouseInsertsInFlightMax` inserts at once. After a failure no new insert starts; the
   * ones running finish, and every batch not acknowledged stays in #inflight for the next try.
   */
  async #drain(wholeOnly: boolean): Promise<void> {
    await this.#replaySpool();
    const running = new Set<Promise<void>>();
    let failure: { error: unknown } | undefined;
    const start = (batch: Batch): void => {
      this.#inflight.add(batch);
      const run: Promise<void> = this.#insertExactlyOnce(batch).then(
        () => void this.#inflight.delete(batch),
        (error: unknown) => void (failure ??= { error }),
      );
      const tracked: Promise<void> = run.finally(() => running.delete(tracked));
      running.add(tracked);
    };
    const leftOver = [...this.#inflight];
    for (const batch of [...leftOver, ...this.#batchesToSend(wholeOnly)]) {
      while (running.size >= limits.clickhouseInsertsInFlightMax) await Promise.race(running);
      if (failure !== undefined) {
        this.#inflight.add(batch);
        continue;
      }
      start(batch);
    }
    await Promise.all(running);
    if (failure !== undefined) throw failure.error;
  }

  async #replaySpool(): Promise<void> {
    const spool = this.#spool;
    if (spool === undefined) return;
    for (let segment = await spool.oldest(); segment; segment = await spool.oldest()) {
      // A segment may have been half replayed before a failure: check every batch.
      for (const spooled of segment.batches) await this.#insertExactlyOnce(fromSpool(spooled));
      await spool.remove(segment.name);
      this.#spoolFull = false;
      this.#checkSpoolAlarm();
    }
  }

  /**
   * Moves the failed batches and every queued row to the spool, one segment per batch, so a
   * nearly full spool still takes what fits; the rest stays in memory.
   */
  async #spoolMemory(): Promise<void> {
    const spool = this.#spool;
    if (spool === undefined || this.#memoryRows === 0) return;
    for (const batch of [...this.#inflight].sort((a, b) => a.version - b.version)) {
      if (!(await this.#spoolBatch(spool, batch))) return;
      this.#inflight.delete(batch);
    }
    for (const [table, queue] of this.#queues) {
      // Rows added while a segment is written go behind the spooled ones: take from the head.
      this.#seal(table, queue);
      while (queue.sealed.length > 0) {
        const batch = queue.sealed[0];
        assert(batch !== undefined, 'a sealed batch is queued');
        if (!(await this.#spoolBatch(spool, batch))) return;
        queue.sealed.shift();
        queue.rows -= batch.rows;
        this.#queuedRows -= batch.rows;
      }
    }
  }

  async #spoolBatch(spool: Spool, batch: Batch): Promise<boolean> {
    const written = await spool.write([toSpool(batch)]);
    this.#spoolFull = !written;
    this.#checkSpoolAlarm();
    return written;
  }

  #checkSpoolAlarm(): void {
    const spool = this.#spool;
    if (spool === undefined) return;
    const alarm = this.#spoolFull || spool.bytes >= spool.bytesMax * this.#alarmFraction;
    if (alarm && !this.#spoolAlarm) {
      const info = { bytes: spool.bytes, bytesMax: spool.bytesMax, rows: spool.rows };
      try {
        this.#onSpoolAlarm({ ...info, full: this.#spoolFull });
      } catch {
        // The alarm is also visible in stats().spoolAlarm.
      }
    }
    this.#spoolAlarm = alarm;
  }

  /**
   * The sink streams its own TSV body with `exec`: `insert()` would encode JSON in one go.
   * TSV because ClickHouse parses it about twice as fast as JSONEachRow (DESIGN.md section 8).
   */
  async #insertRows(batch: Batch): Promise<void> {
    const columns = columnsOf(batch.table);
    const values = Readable.from(batch.chunks, { objectMode: false });
    const table = `${this.#s.database}.${batch.table}`;
    const query = `INSERT INTO ${table} (${columns.join(', ')}) FORMAT TabSeparated`;
    const result = await this.#client.exec({ query, values, query_id: batch.queryId });
    await drainStream(result.stream);
  }

  async #select(query: string): Promise<Record<string, unknown>[]> {
    const result = await this.#client.query({ query, format: 'JSONEachRow' });
    return result.json<Record<string, unknown>>();
  }

  /** Waits until the server no longer runs `queryId` (an insert whose answer was lost). */
  async #waitFinished(queryId: string): Promise<void> {
    const deadline = Date.now() + this.#s.landedWaitMs;
    const query =
      'SELECT count() AS n FROM system.processes ' + `WHERE query_id = ${quoteString(queryId)}`;
    for (;;) {
      const rows = await this.#select(query);
      if (String(rows[0]?.['n']) === '0') return;
      if (Date.now() > deadline) throw new Error(`insert ${queryId} still running`);
      await sleep(50);
    }
  }

  /** Drops from the batch the rows an earlier attempt already stored (same version). */
  async #removeLanded(batch: Batch): Promise<void> {
    if (batch.queryId !== '') await this.#waitFinished(batch.queryId);
    const table = `${this.#s.database}.${batch.table}`;
    const key = keySqlOf(batch.table);
    const rows = await this.#select(
      `SELECT ${key} AS k FROM ${table} WHERE inserted_version = ${batch.version}`,
    );
    if (rows.length === 0) return;
    const landed = new Set(rows.map((row) => String(row['k'])));
    const keyIndexes = keyIndexesOf(batch.table);
    const kept = bodyLines(batch.chunks).filter((line) => !landed.has(lineKey(line, keyIndexes)));
    const skipped = batch.rows - kept.length;
    batch.rows = kept.length;
    batch.chunks = kept.length === 0 ? [] : [Buffer.from(`${kept.join('\n')}\n`, 'utf8')];
    this.#landedOnRetry += skipped;
    this.#inserted += skipped;
  }

  /** A throwing logger must not turn into lost rows or a stuck retry loop. */
  #report(error: unknown, info: InsertFailureInfo): void {
    try {
      this.#s.onError(error, info);
    } catch {
      // Nothing sensible to do: the failure is still counted in stats().failedAttempts.
    }
  }

  async #insertExactlyOnce(batch: Batch): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (batch.maybeLanded) await this.#removeLanded(batch);
        if (batch.rows === 0) return;
        batch.queryId = randomUUID();
        batch.maybeLanded = true;
        await this.#insertRows(batch);
        this.#inserted += batch.rows;
        return;
      } catch (error) {
        this.#failedAttempts += 1;
        const willRetryLater = attempt >= this.#s.attemptsPerTry;
        this.#report(error, { rows: batch.rows, attempt, willRetryLater });
        if (willRetryLater) throw error;
        await sleep(this.#s.retryBaseMs * 2 ** (attempt - 1));
      }
    }
  }
}

export function createDisclosureSink(options: DisclosureSinkOptions): DisclosureSink {
  return new ClickHouseDisclosureSink(options);
}
