/**
 * The disclosure sink: facts (fills and every table of tables.ts) go to ClickHouse in batches,
 * in the background, exactly once, spooling to disk while ClickHouse is away.
 *
 * Goal: matching and the ledger never wait for ClickHouse, and no accepted fact is dropped or
 * counted twice. `add`/`addFill` validate and queue in O(1); they never block, never throw for a
 * bad row, and answer OVERLOADED only when memory (and the spool) are full.
 *
 * Method: one queue per table. A background insert starts when a table has `batchRowsMax` rows
 * (whole batches go) or `flushMs` after the first queued row (everything goes). A batch gets a
 * version (unique, increasing) and a query id when it is formed; the version is stored in every
 * row (`inserted_version`). Each try makes up to `attemptsPerTry` attempts with exponential
 * backoff. An attempt that failed may still have landed (the response was lost), so before any
 * new attempt the sink waits until ClickHouse no longer runs the old query id, reads the keys
 * stored with that version, and sends only the rows not yet there: a retry never doubles a row,
 * even on ClickHouse 18.16 where non-replicated tables have no insert deduplication. (The
 * ReplacingMergeTree key is the second line of defence, for a caller that adds a row twice.)
 *
 * When a try fails and `spoolDir` is set, the failed batch and every queued row are written to
 * the disk spool (spool.ts) and memory is freed; the next try replays the spool, oldest segment
 * first, with the same landed check, then sends what is in memory. A spool left by a previous
 * run is replayed after `migrate()`. Inserts run one at a time (one promise chain).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import { drainStream, type ClickHouseClient } from '@clickhouse/client';
import { Code, assert, limits, systemClock, type Clock, type ResultCode } from '../shared/index.js';
import { disclosureClient } from './client.js';
import { toFillRecord, validateFill, type FillRow } from './fill.js';
import { readLiveFigures, type LiveFigures } from './queries.js';
import { defaultDatabase, fillColumns, migrationStatements } from './schema.js';
import { Spool } from './spool.js';
import { assertIdentifier, quoteString } from './sql.js';
import {
  isTableName,
  keySql,
  recordKey,
  tableNames,
  tableSpec,
  toFactRecord,
  type FactRecord,
  type RowOf,
  type TableName,
} from './tables.js';

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

interface Batch {
  table: SinkTable;
  version: number;
  queryId: string;
  maybeLanded: boolean;
  records: FactRecord[];
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

const tsvEscapes: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\0': '\\0',
};
const tsvSpecial = /[\\\t\n\r\0]/;
const tsvSpecialAll = /[\\\t\n\r\0]/g;

/** A TabSeparated field: backslash, tab, line breaks and NUL escaped (18.16 and current). */
export function tsvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return tsvSpecial.test(value)
    ? value.replace(tsvSpecialAll, (ch) => tsvEscapes[ch] ?? ch)
    : value;
}

/**
 * The TabSeparated body, encoded 1,000 rows at a time with a `setImmediate` turn between
 * chunks, so timers and sockets are served while a big batch is encoded and sent. TSV rather
 * than JSONEachRow: ClickHouse parses it about twice as fast (DESIGN.md section 8), and the
 * ingest rate is bounded by the server's parsing. Measured with a 200 k-row flush: handing the
 * client a 50 k-row body encoded in one go stalled the event loop 200-300 ms; a stream without
 * the explicit turn still stalled it 100-200 ms.
 */
/**
 * Fills are the bulk of the rows, so their line is spelt out (about 3x faster than the generic
 * loop, measured); the column order is fillColumns', checked by the tests through a round trip.
 */
function fillLine(r: FactRecord): string {
  const f = (name: string): string => tsvField(r[name] ?? '');
  return (
    `${f('fill_id')}\t${r['seq']}\t${f('market_id')}\t${f('tranche_id')}\t` +
    `${f('borrower_ref')}\t${f('lender_ref')}\t${r['amount_fen']}\t${r['rate_bps']}\t` +
    `${r['time']}\t${r['time_ms']}\t${f('explanation')}\t${r['inserted_version']}\n`
  );
}

async function* tsvChunks(
  rows: readonly FactRecord[],
  columns: readonly string[],
  rowsPerChunk = 1_000,
): AsyncGenerator<string> {
  const isFills = columns === columnsOf('fills');
  for (let i = 0; i < rows.length; i += rowsPerChunk) {
    if (i > 0) await setImmediate();
    let chunk = '';
    for (const row of rows.slice(i, i + rowsPerChunk)) {
      if (isFills) {
        chunk += fillLine(row);
        continue;
      }
      let line = '';
      for (let c = 0; c < columns.length; c += 1) {
        const value = row[columns[c] ?? ''];
        assert(value !== undefined, 'a record has every column');
        const field = typeof value === 'number' ? String(value) : tsvField(value);
        line += c === 0 ? field : `\t${field}`;
      }
      chunk += `${line}\n`;
    }
    yield chunk;
  }
}

/** fills predates tables.ts: its key is (market_id, fill_id), as its ORDER BY. */
const fillsKey = ['market_id', 'fill_id'];

function keyOf(table: SinkTable, record: FactRecord): string {
  if (table !== 'fills') return recordKey(table, record);
  return fillsKey.map((name) => String(record[name])).join('\u001f');
}

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

function keySqlOf(table: SinkTable): string {
  if (table !== 'fills') return keySql(table);
  return `concat(${fillsKey.map((n) => `toString(${n})`).join(", '\\x1f', ")})`;
}

/**
 * A FIFO of records in chunks of at most `chunkRows`: O(1) push and O(1) take of the oldest
 * chunk. Splicing a batch off the head of one big array moved every other row each time
 * (measured: 15% of the CPU of a 500 k-row ingest).
 */
class ChunkQueue {
  readonly #chunkRows: number;
  readonly #chunks: FactRecord[][] = [];
  #length = 0;

  constructor(chunkRows: number) {
    assert(chunkRows > 0, 'chunkRows is positive');
    this.#chunkRows = chunkRows;
  }

  get length(): number {
    return this.#length;
  }

  push(record: FactRecord): void {
    let last = this.#chunks.at(-1);
    if (last === undefined || last.length >= this.#chunkRows) {
      last = [];
      this.#chunks.push(last);
    }
    last.push(record);
    this.#length += 1;
  }

  /** Removes and returns the oldest chunk (empty when the queue is). */
  shift(): FactRecord[] {
    const chunk = this.#chunks.shift() ?? [];
    this.#length -= chunk.length;
    return chunk;
  }

  /** Puts a chunk back at the head (a spool write that was refused). */
  unshift(chunk: FactRecord[]): void {
    if (chunk.length === 0) return;
    this.#chunks.unshift(chunk);
    this.#length += chunk.length;
  }
}

class ClickHouseDisclosureSink implements DisclosureSink {
  readonly #s: SinkSettings;
  readonly #client: ClickHouseClient;
  readonly #spool: Spool | undefined;
  readonly #alarmFraction: number;
  readonly #onSpoolAlarm: (info: SpoolAlarmInfo) => void;
  readonly #queues = new Map<SinkTable, ChunkQueue>();
  /** Rows in the queues (not counting the in-flight batch). */
  #queuedRows = 0;
  /** The batch being inserted, or the one a failed try left; sent again before the queues. */
  #inflight: Batch | undefined;
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
    return this.#enqueue('fills', toFillRecord(row, 0));
  }

  add<T extends TableName>(table: T, row: RowOf<T>): ResultCode {
    if (this.#closed) return Code.SERVICE_UNAVAILABLE;
    if (!isTableName(table)) return Code.INVALID_FIELD;
    const record = toFactRecord(table, row);
    if (typeof record === 'number') return record;
    return this.#enqueue(table, record);
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

  /** Rows held in memory: queued plus the in-flight batch. */
  get #memoryRows(): number {
    return this.#queuedRows + (this.#inflight?.records.length ?? 0);
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

  #enqueue(table: SinkTable, record: FactRecord): ResultCode {
    if (this.#memoryRows >= this.#s.queueRowsMax) return Code.OVERLOADED;
    let queue = this.#queues.get(table);
    if (queue === undefined) {
      queue = new ChunkQueue(this.#s.batchRowsMax);
      this.#queues.set(table, queue);
    }
    queue.push(record);
    this.#queuedRows += 1;
    this.#afterAdd(queue.length);
    return Code.OK;
  }

  /** A full batch goes now, unless ClickHouse is failing: then the retry timer decides. */
  #afterAdd(tableRows: number): void {
    if (tableRows >= this.#s.batchRowsMax && this.#failedTries === 0) {
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
    const full = [...this.#queues.values()].some((q) => q.length >= this.#s.batchRowsMax);
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

  #takeBatch(table: SinkTable, records: FactRecord[]): Batch {
    assert(records.length <= this.#s.batchRowsMax, 'a batch holds at most batchRowsMax rows');
    const version = this.#nextVersion();
    for (const record of records) record['inserted_version'] = version;
    return { table, version, queryId: '', maybeLanded: false, records };
  }

  /**
   * Replays the spool, then the batch left by a failed try, then the queues. With `wholeOnly`
   * (a background run) a table with a full batch queued sends only whole batches, so rows that
   * keep arriving form the next full batch instead of a tiny insert (each insert makes a part).
   */
  async #drain(wholeOnly: boolean): Promise<void> {
    await this.#replaySpool();
    if (this.#inflight !== undefined) await this.#sendInflight(this.#inflight);
    for (const [table, queue] of this.#queues) {
      const keep = wholeOnly && queue.length >= this.#s.batchRowsMax ? 1 : 0;
      const rows = keep === 1 ? queue.length - (queue.length % this.#s.batchRowsMax) : queue.length;
      let remaining = rows;
      while (remaining > 0 && queue.length > 0) {
        const batch = this.#takeBatch(table, queue.shift());
        this.#queuedRows -= batch.records.length;
        remaining -= batch.records.length;
        this.#inflight = batch;
        await this.#sendInflight(batch);
      }
    }
  }

  async #sendInflight(batch: Batch): Promise<void> {
    await this.#insertExactlyOnce(batch);
    this.#inflight = undefined;
  }

  async #replaySpool(): Promise<void> {
    const spool = this.#spool;
    if (spool === undefined) return;
    for (let segment = await spool.oldest(); segment; segment = await spool.oldest()) {
      for (const spooled of segment.batches) {
        assert(spooled.table === 'fills' || isTableName(spooled.table), 'spooled table known');
        // A segment may have been half replayed before a failure: check every batch.
        const batch: Batch = { ...spooled, table: spooled.table as SinkTable, maybeLanded: true };
        await this.#insertExactlyOnce(batch);
      }
      await spool.remove(segment.name);
      this.#spoolFull = false;
      this.#checkSpoolAlarm();
    }
  }

  /**
   * Moves the failed batch and every queued row to the spool, one segment per batch, so a
   * nearly full spool still takes what fits; the rest stays in memory.
   */
  async #spoolMemory(): Promise<void> {
    const spool = this.#spool;
    if (spool === undefined || this.#memoryRows === 0) return;
    if (this.#inflight !== undefined) {
      if (!(await this.#spoolBatch(spool, this.#inflight))) return;
      this.#inflight = undefined;
    }
    for (const [table, queue] of this.#queues) {
      // Rows added while a segment is written go behind the spooled ones: take from the head.
      while (queue.length > 0) {
        const records = queue.shift();
        this.#queuedRows -= records.length;
        if (!(await this.#spoolBatch(spool, this.#takeBatch(table, records)))) {
          queue.unshift(records);
          this.#queuedRows += records.length;
          return;
        }
      }
    }
  }

  async #spoolBatch(spool: Spool, batch: Batch): Promise<boolean> {
    const written = await spool.write([{ ...batch }]);
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

  /** The sink streams its own TSV body with `exec`: `insert()` would encode JSON in one go. */
  async #insertRows(batch: Batch): Promise<void> {
    const columns = columnsOf(batch.table);
    const values = Readable.from(tsvChunks(batch.records, columns), { objectMode: false });
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
    const before = batch.records.length;
    batch.records = batch.records.filter((r) => !landed.has(keyOf(batch.table, r)));
    this.#landedOnRetry += before - batch.records.length;
    this.#inserted += before - batch.records.length;
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
        if (batch.records.length === 0) return;
        batch.queryId = randomUUID();
        batch.maybeLanded = true;
        await this.#insertRows(batch);
        this.#inserted += batch.records.length;
        return;
      } catch (error) {
        this.#failedAttempts += 1;
        const willRetryLater = attempt >= this.#s.attemptsPerTry;
        this.#report(error, { rows: batch.records.length, attempt, willRetryLater });
        if (willRetryLater) throw error;
        await sleep(this.#s.retryBaseMs * 2 ** (attempt - 1));
      }
    }
  }
}

export function createDisclosureSink(options: DisclosureSinkOptions): DisclosureSink {
  return new ClickHouseDisclosureSink(options);
}
