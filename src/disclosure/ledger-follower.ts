/**
 * The ledger follower: tails the ledger journal file and hands its transfers to the disclosure
 * sink as `ledger_transfers` rows (ledger-transfers.ts), each exactly once after deduplication.
 *
 * Goal: the ledger never waits for it (it only reads the file, on its own timer, a bounded
 * number of bytes per step) and a crash or restart neither loses nor doubles a row.
 *
 * Method: each step reads up to `readBytesMax` bytes after the last whole record read, checks
 * every record (hash chain, sequence number) and stops at the first incomplete one: the writer
 * may be in the middle of it. Rows go to the sink, then `sink.flush()`; only when the flush
 * succeeds is the cursor (entries and byte offset) written, atomically, under `stateDir`. While
 * a flush fails nothing more is read: the rows wait in the sink (and its spool). After a crash,
 * the entries after the cursor are read again and their rows added again; they carry the same
 * key (transfer_id) and the same time, so the ReplacingMergeTree keeps one (FINAL at once).
 * The same time matters: a row is only replaced within its month partition. So before the rows
 * of entries that carry no time are handed over, the follower appends the time it dates them
 * with to a times file (`<from> <until> <timeMs>` lines, fsynced), and a re-read uses it; the
 * backfill dates those entries from the same file.
 *
 * The journal names no owner for holds nor borrower for repayments, so every start reads the
 * journal from its first entry (bounded steps, back to back) to learn them, and emits rows only
 * from the cursor on.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EntryFields,
  bodyBytesOf,
  bodyBytesMax,
  bodyBytesMin,
  checkFileHeader,
  decodeBody,
  fileHeaderBytes,
  hashBytes,
  lengthBytes,
  recordBytesMax,
  recordHashMatches,
} from '../ledger/entry-codec.js';
import { journalFileName } from '../ledger/journal.js';
import { Code, systemClock, type ResultCode } from '../shared/index.js';
import { TransferReader, type TransferRow } from './ledger-transfers.js';

/** What the follower needs of the sink (DisclosureSink has both). */
export interface TransferSink {
  add(table: 'ledger_transfers', row: TransferRow): ResultCode;
  flush(): Promise<void>;
}

export interface LedgerFollowerOptions {
  /** The ledger's folder (`<dataDir>/ledger`); the journal is its `ledger.journal`. */
  ledgerDir: string;
  /** Folder of the cursor and the times file (default `<dataDir>/disclosure/ledger-follower`). */
  stateDir: string;
  sink: TransferSink;
  /** User id -> the ref stored in ClickHouse (serviceUserRef). */
  ref: (userId: string) => string;
  /** Pause between steps when the journal has nothing new (default 500 ms). */
  intervalMs?: number;
  /** Bytes read per step (default 1 MiB); more only when one record is longer. */
  readBytesMax?: number;
  nowMs?: () => number;
  /** Told about read, flush or cursor failures; the follower retries on the next step. */
  onError?: (context: string, error: unknown) => void;
}

/** A position in the journal: entries before it, and the byte offset of the next record. */
export interface JournalPosition {
  entries: number;
  offset: number;
}

interface TimeMark {
  from: number;
  until: number;
  timeMs: number;
}

const start: JournalPosition = { entries: 0, offset: fileHeaderBytes };
const cursorName = 'cursor.json';
const timesName = 'times';

/** The default state folder of a service data folder. */
export function followerStateDir(dataDir: string): string {
  return join(dataDir, 'disclosure', 'ledger-follower');
}

/**
 * The times file of a state folder: when the entries that carry no time were read. `fromEntry`
 * skips the marks of entries before it (the follower needs none below its cursor).
 */
export function readTimeMarks(stateDir: string, fromEntry = 0): TimeMarks {
  let text = '';
  try {
    text = readFileSync(join(stateDir, timesName), 'utf8');
  } catch {
    return new TimeMarks([]);
  }
  const marks: TimeMark[] = [];
  for (const line of text.split('\n')) {
    const [from, until, timeMs] = line.split(' ').map(Number);
    // A line torn by a crash is dropped: its rows were never handed over.
    if (from === undefined || until === undefined || timeMs === undefined) continue;
    if (![from, until, timeMs].every((n) => Number.isSafeInteger(n) && n >= 0)) continue;
    if (until > fromEntry) marks.push({ from, until, timeMs });
  }
  return new TimeMarks(marks);
}

/** Marks in entry order; `timeOf(index)` finds the one covering an entry. */
export class TimeMarks {
  #marks: TimeMark[];
  #until: number;
  constructor(marks: TimeMark[]) {
    this.#marks = marks.filter((m) => m.until > m.from).sort((a, b) => a.from - b.from);
    this.#until = this.#marks.reduce((max, m) => Math.max(max, m.until), 0);
  }

  /** Entries from here on have no time recorded yet. */
  get until(): number {
    return this.#until;
  }

  /** Forgets the marks of entries before `entries` (stored rows are never read again). */
  dropBefore(entries: number): void {
    const keep = this.#marks.findIndex((m) => m.until > entries);
    this.#marks = keep < 0 ? [] : this.#marks.slice(keep);
  }

  timeOf(index: number): number | undefined {
    let [low, high] = [0, this.#marks.length - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const mark = this.#marks[mid];
      if (mark === undefined) return undefined;
      if (index < mark.from) high = mid - 1;
      else if (index >= mark.until) low = mid + 1;
      else return mark.timeMs;
    }
    return undefined;
  }

  /** Appends a mark after the others (the follower marks in entry order). */
  add(mark: TimeMark): void {
    this.#marks.push(mark);
    this.#until = Math.max(this.#until, mark.until);
  }
}

function readCursor(stateDir: string): JournalPosition {
  try {
    const value = JSON.parse(readFileSync(join(stateDir, cursorName), 'utf8')) as unknown;
    const { entries, offset } = value as Partial<JournalPosition>;
    if (Number.isSafeInteger(entries) && Number.isSafeInteger(offset)) {
      return { entries: entries as number, offset: offset as number };
    }
  } catch {
    // No cursor yet: everything is new.
  }
  return start;
}

/** One decoded entry with its own copy of the fields (the read buffer is reused). */
function copyEntry(from: EntryFields): EntryFields {
  const copy = new EntryFields();
  Object.assign(copy, from);
  copy.args = Uint8Array.from(from.args);
  return copy;
}

export class LedgerFollower {
  readonly #o: Required<Omit<LedgerFollowerOptions, 'onError'>> & {
    onError: (context: string, error: unknown) => void;
  };
  readonly #reader: TransferReader;
  readonly #marks: TimeMarks;
  /** Rows of entries before it are stored (flushed); written to the cursor file. */
  #committed: JournalPosition;
  /** The next record to read. */
  #next: JournalPosition = start;
  /** Rows handed to the sink up to here, not yet flushed. */
  #pending: JournalPosition | undefined;
  #handle: FileHandle | undefined;
  #timer: NodeJS.Timeout | undefined;
  #step: Promise<void> = Promise.resolve();
  #stopped = false;
  #lastProblem = '';
  /** The last read stopped at readBytesMax, not at the end of the file. */
  #behind = false;

  constructor(options: LedgerFollowerOptions) {
    this.#o = {
      intervalMs: 500,
      readBytesMax: 1 << 20,
      nowMs: () => systemClock.nowMs(),
      onError: () => {},
      ...options,
    };
    mkdirSync(this.#o.stateDir, { recursive: true });
    this.#reader = new TransferReader(options.ref);
    this.#committed = readCursor(this.#o.stateDir);
    this.#marks = readTimeMarks(this.#o.stateDir, this.#committed.entries);
  }

  /** Entries whose rows are stored, and the next entry to read. */
  get position(): { committed: JournalPosition; next: JournalPosition } {
    return { committed: { ...this.#committed }, next: { ...this.#next } };
  }

  start(): void {
    this.#schedule(0);
  }

  /** Stops the timer, then reads and stores what the journal holds now (call before close). */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#step;
    try {
      while ((await this.poll()) > 0);
    } finally {
      await this.#handle?.close();
      this.#handle = undefined;
    }
  }

  /**
   * One step: finishes a pending flush, or reads up to readBytesMax bytes of new records and
   * hands their rows over. Answers the entries read (0: nothing new, or waiting for the sink).
   */
  async poll(): Promise<number> {
    if (this.#pending !== undefined && !(await this.#commit())) return 0;
    const { entries, end } = await this.#read();
    if (entries.length === 0) return 0;
    const first = this.#next.entries;
    const emitFrom = Math.max(first, this.#committed.entries);
    await this.#markTimes(emitFrom, first + entries.length);
    this.#checkCursor(first, entries);
    const handed = this.#hand(entries, first, emitFrom);
    this.#next = handed ?? end;
    if (this.#next.entries > this.#committed.entries) {
      this.#pending = { ...this.#next };
      await this.#commit();
    }
    return entries.length;
  }

  /** The cursor must fall on a record boundary of this journal; else it is another journal's. */
  #checkCursor(first: number, entries: EntryFields[]): void {
    const at = this.#committed.entries;
    if (at < first || at >= first + entries.length || at === 0) return;
    let offset = this.#next.offset;
    for (const entry of entries.slice(0, at - first)) offset += recordBytesOf(entry);
    if (offset !== this.#committed.offset) {
      const detail = `entry ${at} at byte ${offset}, cursor says ${this.#committed.offset}`;
      this.#o.onError('ledger journal does not match the follower cursor', new Error(detail));
    }
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#step = this.poll().then(
        // Back to back only while behind (a full read): one step, and one times line, per
        // interval once caught up.
        (read) => this.#schedule(read > 0 && this.#behind ? 0 : this.#o.intervalMs),
        (error: unknown) => {
          this.#o.onError('ledger follower step failed', error);
          this.#schedule(this.#o.intervalMs);
        },
      );
    }, delayMs);
    this.#timer.unref();
  }

  /**
   * Rows of entries from `emitFrom` on go to the sink; earlier ones only teach owners. Answers
   * the position of the first entry the sink could not take (OVERLOADED), if any.
   */
  #hand(entries: EntryFields[], first: number, emitFrom: number): JournalPosition | undefined {
    let offset = this.#next.offset;
    for (const [i, entry] of entries.entries()) {
      const index = first + i;
      const rows = this.#reader.rows(entry, this.#marks.timeOf(index) ?? 0);
      if (index >= emitFrom) {
        for (const row of rows) {
          const code = this.#o.sink.add('ledger_transfers', row);
          if (code === Code.OVERLOADED) return { entries: index, offset };
          if (code !== Code.OK) this.#o.onError(`ledger transfer ${row.transfer_id} refused`, code);
        }
      }
      offset += recordBytesOf(entry);
    }
    return undefined;
  }

  /** Records when the entries in [from, until) not dated yet were read, before any row leaves. */
  async #markTimes(from: number, until: number): Promise<void> {
    const markFrom = Math.max(from, this.#marks.until);
    if (markFrom >= until) return;
    const mark = { from: markFrom, until, timeMs: this.#o.nowMs() };
    const handle = await open(join(this.#o.stateDir, timesName), 'a');
    try {
      await handle.appendFile(`${mark.from} ${mark.until} ${mark.timeMs}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    this.#marks.add(mark);
  }

  /** Flushes the sink; on success the cursor moves to what was handed over. */
  async #commit(): Promise<boolean> {
    const pending = this.#pending;
    if (pending === undefined) return true;
    try {
      await this.#o.sink.flush();
      await this.#writeCursor(pending);
    } catch (error) {
      this.#o.onError('ledger transfers not stored yet; retrying', error);
      return false;
    }
    this.#committed = pending;
    this.#pending = undefined;
    this.#marks.dropBefore(pending.entries);
    return true;
  }

  async #writeCursor(position: JournalPosition): Promise<void> {
    const file = join(this.#o.stateDir, cursorName);
    const handle = await open(`${file}.tmp`, 'w');
    try {
      await handle.writeFile(JSON.stringify(position));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(`${file}.tmp`, file);
  }

  async #file(): Promise<FileHandle | undefined> {
    if (this.#handle !== undefined) return this.#handle;
    try {
      this.#handle = await open(join(this.#o.ledgerDir, journalFileName), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const header = Buffer.alloc(fileHeaderBytes);
    const { bytesRead } = await this.#handle.read(header, 0, fileHeaderBytes, 0);
    const reason = bytesRead < fileHeaderBytes ? undefined : checkFileHeader(header);
    if (bytesRead < fileHeaderBytes || reason !== undefined) {
      await this.#handle.close();
      this.#handle = undefined;
      if (reason !== undefined) throw new Error(`ledger journal: ${reason}`);
    }
    return this.#handle;
  }

  /** The whole, intact records after #next, up to readBytesMax bytes. */
  async #read(): Promise<{ entries: EntryFields[]; end: JournalPosition }> {
    const none = { entries: [], end: this.#next };
    this.#behind = false;
    const handle = await this.#file();
    if (handle === undefined) return none;
    const size = (await handle.stat()).size;
    const available = size - this.#next.offset;
    if (available <= 0) return none;
    // The previous record's hash comes first: each record's hash is chained to it.
    const read = async (limit: number): Promise<Buffer> => {
      const bytes = hashBytes + Math.min(available, limit);
      const buffer = Buffer.allocUnsafe(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, this.#next.offset - hashBytes);
      return buffer.subarray(0, bytesRead);
    };
    this.#behind = available > this.#o.readBytesMax;
    const parsed = this.#parse(await read(this.#o.readBytesMax));
    if (parsed.entries.length > 0 || available <= this.#o.readBytesMax) return parsed;
    // A record longer than a step: read it whole (they are at most recordBytesMax).
    return this.#parse(await read(recordBytesMax));
  }

  #parse(buffer: Buffer): { entries: EntryFields[]; end: JournalPosition } {
    const entries: EntryFields[] = [];
    const entry = new EntryFields();
    let pos = hashBytes;
    for (;;) {
      const index = this.#next.entries + entries.length;
      const after = this.#checkRecord(buffer, pos, entry, index);
      if (typeof after === 'string') {
        // Reported once: the follower keeps trying, and a restart of the ledger says more.
        if (after !== '' && after !== this.#lastProblem) {
          this.#o.onError('ledger journal unreadable; the follower waits', new Error(after));
        }
        this.#lastProblem = after;
        break;
      }
      entries.push(copyEntry(entry));
      pos = after;
    }
    const offset = this.#next.offset + pos - hashBytes;
    return { entries, end: { entries: this.#next.entries + entries.length, offset } };
  }

  /** The offset after the record at `pos`; '' when it is not all there yet; else the problem. */
  #checkRecord(buffer: Buffer, pos: number, into: EntryFields, index: number): number | string {
    if (buffer.length - pos < lengthBytes) return '';
    const bodyBytes = buffer.readUInt32LE(pos);
    if (bodyBytes < bodyBytesMin || bodyBytes > bodyBytesMax) {
      return `entry ${index}: record length ${bodyBytes} out of range`;
    }
    const bodyEnd = pos + lengthBytes + bodyBytes;
    if (bodyEnd + hashBytes > buffer.length) return '';
    // The last record read may be one the writer is still writing: try it again later.
    if (!recordHashMatches(buffer, pos, bodyEnd)) {
      return bodyEnd + hashBytes === buffer.length ? '' : `entry ${index}: hash mismatch`;
    }
    const reason = decodeBody(buffer, pos + lengthBytes, bodyBytes, into);
    if (reason !== undefined) return `entry ${index}: ${reason}`;
    if (into.seq !== index + 1) return `entry ${index}: seq ${into.seq}`;
    return bodyEnd + hashBytes;
  }
}

function recordBytesOf(entry: EntryFields): number {
  return lengthBytes + bodyBytesOf(entry) + hashBytes;
}
