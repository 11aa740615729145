/**
 * The disclosure sink: fills go to ClickHouse in batches, in the background.
 *
 * Goal: matching and the ledger never wait for ClickHouse, and no accepted fill is ever dropped
 * silently. A slow or absent ClickHouse costs memory up to a bound, then `addFill` answers
 * OVERLOADED; it never blocks and never throws for a bad row.
 *
 * Method: `addFill` validates the row and appends it to an in-memory queue (O(1)). A background
 * insert starts when `batchRowsMax` rows are queued (whole batches go) or `flushMs` after the
 * first queued row (everything goes); rows that arrive during an insert get a fresh `flushMs`,
 * so a row waits at most about twice `flushMs` plus one insert. Rows are JSON-encoded in chunks
 * while the request body streams out, so a big batch never stalls the event loop. A batch
 * stays at the head of the queue until ClickHouse acknowledges it, so `queued` counts in-flight
 * rows and a failed insert leaves its rows where they were. Each try makes up to
 * `attemptsPerTry` attempts with exponential backoff; when they all fail the rows wait, and the
 * next try comes after `retryLaterMs`, doubling per failed try up to `retryLaterMaxMs`. Inserts
 * run one at a time (one promise chain), so order is kept and batches never race.
 *
 * An attempt that failed may still have landed (a timeout after the server committed), so the
 * retry can insert a fill twice: the table is a ReplacingMergeTree keyed by fill id and exact
 * reads use FINAL (see schema.ts, queries.ts). That is also why retries need no dedup token.
 *
 * Not built yet (later issue): spooling the queue to disk during a long outage and replaying it
 * after a restart. Until then rows still queued when the process dies never reach ClickHouse
 * (the ledger's journal keeps the facts), and `close()` reports how many rows it could not
 * insert.
 */
import { Readable } from 'node:stream';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import { drainStream, type ClickHouseClient } from '@clickhouse/client';
import { Code, assert, limits, systemClock, type Clock, type ResultCode } from '../shared/index.js';
import { disclosureClient } from './client.js';
import { toFillRecord, validateFill, type FillRecord, type FillRow } from './fill.js';
import { readLiveFigures, type LiveFigures } from './queries.js';
import { defaultDatabase, migrationStatements } from './schema.js';
import { assertIdentifier } from './sql.js';

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
  /** Rows held (queued plus in flight) before addFill answers OVERLOADED. */
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
  /** Source of `inserted_version` (the time a row was queued). */
  clock?: Clock;
  /** Told about every failed attempt; wire it to the logger and metrics. */
  onError?: (error: unknown, info: InsertFailureInfo) => void;
}

export interface InsertFailureInfo {
  rows: number;
  attempt: number;
  /** True when this was the last attempt of the try: the rows now wait for a later try. */
  willRetryLater: boolean;
}

export interface DisclosureSinkStats {
  /** Rows not yet acknowledged by ClickHouse, in flight included. */
  queued: number;
  /** Rows acknowledged by ClickHouse since the sink was created. */
  inserted: number;
  /** Insert attempts that failed (each retry counts). */
  failedAttempts: number;
}

export interface DisclosureSink {
  /** Creates the database and tables if missing. Safe to run on every start. */
  migrate(): Promise<void>;
  /** Validates and queues a fill; OK, INVALID_FIELD, OVERLOADED or SERVICE_UNAVAILABLE (closed). */
  addFill(row: FillRow): ResultCode;
  /** Inserts every row queued so far; rejects (rows kept) when ClickHouse stays unavailable. */
  flush(): Promise<void>;
  /** Flushes, then releases the client; rejects with the count of rows it could not insert. */
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
    clock: o.clock ?? systemClock,
    onError: o.onError ?? (() => {}),
  };
}

/**
 * The JSONEachRow body, encoded 1,000 rows (about 250 kB) at a time with a `setImmediate` turn
 * between chunks, so timers and sockets are served while a big batch is encoded and sent.
 * Measured with a 200 k-row flush: handing the client a 50 k-row array (encoded in one go)
 * stalled the event loop 200-300 ms; a stream without the explicit turn still stalled it
 * 100-200 ms, because a stream pulls chunk after chunk in microtasks while the socket accepts.
 */
async function* jsonEachRowChunks(
  rows: readonly FillRecord[],
  rowsPerChunk = 1_000,
): AsyncGenerator<string> {
  for (let i = 0; i < rows.length; i += rowsPerChunk) {
    if (i > 0) await setImmediate();
    let chunk = '';
    for (const row of rows.slice(i, i + rowsPerChunk)) chunk += `${JSON.stringify(row)}\n`;
    yield chunk;
  }
}

class ClickHouseDisclosureSink implements DisclosureSink {
  readonly #s: SinkSettings;
  readonly #client: ClickHouseClient;
  readonly #table: string;
  /** Oldest first; a batch being inserted stays here until acknowledged. */
  readonly #queue: FillRecord[] = [];
  #inserted = 0;
  #failedAttempts = 0;
  /** Consecutive failed tries; sets the wait before the next one. 0 = healthy. */
  #failedTries = 0;
  #timer: NodeJS.Timeout | undefined;
  /** A background drain is queued or running; its completion re-arms the timer if needed. */
  #backgroundBusy = false;
  /** Serialises every drain, background or explicit. */
  #chain: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(options: DisclosureSinkOptions) {
    this.#s = resolveSettings(options);
    this.#client = disclosureClient(options);
    this.#table = `${this.#s.database}.fills`;
  }

  async migrate(): Promise<void> {
    for (const query of migrationStatements(this.#s.database)) {
      await this.#client.command({ query });
    }
  }

  addFill(row: FillRow): ResultCode {
    if (this.#closed) return Code.SERVICE_UNAVAILABLE;
    const code = validateFill(row);
    if (code !== Code.OK) return code;
    if (this.#queue.length >= this.#s.queueRowsMax) return Code.OVERLOADED;
    this.#queue.push(toFillRecord(row, this.#s.clock.nowMs()));
    this.#afterAdd();
    return Code.OK;
  }

  async flush(): Promise<void> {
    try {
      await this.#exclusive(() => this.#drain(this.#queue.length));
      this.#failedTries = 0;
      this.#rearm();
    } catch (error) {
      this.#failedTries += 1;
      this.#arm(this.#retryLaterDelay());
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
      const rows = this.#queue.length;
      throw new Error(`disclosure sink closed with ${rows} rows not inserted`, { cause: error });
    } finally {
      await this.#client.close();
    }
  }

  stats(): DisclosureSinkStats {
    return {
      queued: this.#queue.length,
      inserted: this.#inserted,
      failedAttempts: this.#failedAttempts,
    };
  }

  liveFigures(): Promise<LiveFigures> {
    return readLiveFigures(this.#client, this.#s.database);
  }

  /** A full batch goes now, unless ClickHouse is failing: then the retry timer decides. */
  #afterAdd(): void {
    if (this.#queue.length >= this.#s.batchRowsMax && this.#failedTries === 0) {
      this.#disarm();
      this.#arm(0);
    } else {
      this.#arm(this.#s.flushMs);
    }
  }

  /** Arms the background timer unless one is armed or a background drain will re-arm it. */
  #arm(delayMs: number): void {
    if (this.#closed || this.#timer !== undefined || this.#backgroundBusy) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#runBackground();
    }, delayMs);
  }

  #disarm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * With a full batch queued only whole batches go, so the rows that keep arriving at a high
   * rate form the next full batch instead of a tiny insert (each insert makes a new part);
   * otherwise flushMs has passed and everything goes. Counted when the drain starts.
   */
  #runBackground(): void {
    this.#backgroundBusy = true;
    const rows = (): number => {
      const n = this.#queue.length;
      return n >= this.#s.batchRowsMax ? n - (n % this.#s.batchRowsMax) : n;
    };
    this.#exclusive(() => this.#drain(rows())).then(
      () => this.#afterBackground(true),
      () => this.#afterBackground(false),
    );
  }

  #afterBackground(ok: boolean): void {
    this.#backgroundBusy = false;
    if (ok) {
      this.#failedTries = 0;
      this.#rearm();
    } else {
      this.#failedTries += 1;
      if (this.#queue.length > 0) this.#arm(this.#retryLaterDelay());
    }
  }

  /**
   * After a success: rows that arrived during the insert get their own timer (or go now if a
   * batch is full), and a long retry timer left by an earlier failure no longer applies.
   */
  #rearm(): void {
    this.#disarm();
    if (this.#queue.length === 0) return;
    this.#arm(this.#queue.length >= this.#s.batchRowsMax ? 0 : this.#s.flushMs);
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

  /**
   * Sends the oldest `rows` rows, batch by batch; rows added meanwhile wait for the next drain,
   * so a steady trickle cannot turn into a stream of one-row inserts.
   */
  async #drain(rows: number): Promise<void> {
    let remaining = rows;
    while (remaining > 0 && this.#queue.length > 0) {
      const batch = this.#queue.slice(0, Math.min(remaining, this.#s.batchRowsMax));
      await this.#insertWithRetry(batch);
      // Only drains remove rows and they run one at a time, so the head is still this batch.
      this.#queue.splice(0, batch.length);
      this.#inserted += batch.length;
      remaining -= batch.length;
    }
  }

  /**
   * `insert()` takes only arrays (encoded at once) or object streams (measured slower, one
   * stream step per row) for JSON formats, so the sink sends its own byte stream with `exec`.
   */
  async #insertRows(rows: readonly FillRecord[]): Promise<void> {
    const values = Readable.from(jsonEachRowChunks(rows), { objectMode: false });
    const query = `INSERT INTO ${this.#table} FORMAT JSONEachRow`;
    const result = await this.#client.exec({ query, values });
    await drainStream(result.stream);
  }

  /** A throwing logger must not turn into lost rows or a stuck retry loop. */
  #report(error: unknown, info: InsertFailureInfo): void {
    try {
      this.#s.onError(error, info);
    } catch {
      // Nothing sensible to do: the failure is still counted in stats().failedAttempts.
    }
  }

  async #insertWithRetry(batch: FillRecord[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.#insertRows(batch);
        return;
      } catch (error) {
        this.#failedAttempts += 1;
        const willRetryLater = attempt >= this.#s.attemptsPerTry;
        this.#report(error, { rows: batch.length, attempt, willRetryLater });
        if (willRetryLater) throw error;
        await sleep(this.#s.retryBaseMs * 2 ** (attempt - 1));
      }
    }
  }
}

export function createDisclosureSink(options: DisclosureSinkOptions): DisclosureSink {
  return new ClickHouseDisclosureSink(options);
}
