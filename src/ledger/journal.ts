/**
 * The append-only, hash-chained journal file: a group-commit writer and a verifying scanner.
 *
 * Goal: make every applied entry durable with as few fsyncs as possible, never acknowledge an
 * entry before it is durable, and on open tell a torn tail (a crash during the last write, safe
 * to cut off) from corruption (stop, name the entry).
 *
 * Method (writer): entries are encoded into the current segment as they are applied. A segment
 * starts with the 32-byte hash of the record before it, so each record's hash input is one
 * contiguous slice (see entry-codec.ts). A writer loop takes the sealed segments, up to four
 * (or seals the current one), writes each with one `write` and then, in 'fsync' mode, makes
 * them durable with one `fdatasync`, resolves the flush promises they covered and immediately
 * takes the next: while one batch is being written, new entries accumulate, so batches grow
 * with load and no timer is needed. A segment holds at most `limits.journalBatchEntriesMax`
 * entries and about 2 MB (a record that does not fit seals it), so one group commit writes at
 * most 8 MB, which bounds a torn tail. The loop is started by a microtask after the first
 * append, so entries applied in one synchronous run share one batch. A failed write or fsync
 * poisons the journal:
 * the in-memory state is ahead of the disk and only a restart and replay can fix that.
 *
 * Method (scanner): the file is streamed in 4 MB chunks; each record's length is range-checked,
 * its hash recomputed over (previous hash, length, body), its body decoded into one reused
 * EntryFields and handed to a visitor. The first bad record ends the scan. It is a torn tail if
 * it is incomplete, its length is out of range, or it is complete but fails its hash and ends
 * exactly at end of file, AND no more than one batch write of bytes follows the last good record;
 * anything else is corruption.
 */
import type { FileHandle } from 'node:fs/promises';
import { assert, limits } from '../shared/index.js';
import {
  EntryFields,
  bodyBytesMax,
  bodyBytesMin,
  checkFileHeader,
  decodeBody,
  encodeUnhashed,
  fileHeaderBytes,
  hashBytes,
  isHeaderPrefix,
  lengthBytes,
  bodyBytesOf,
  recordBytesMax,
  recordHashMatches,
  simpleRecordBytesMax,
} from './entry-codec.js';
import { Sha256Runs } from './sha256-wasm.js';

export type Durability = 'fsync' | 'none';

/** The journal's name inside the ledger directory. */
export const journalFileName = 'ledger.journal';

/** One group-commit write is at most this long, so a torn tail cannot be longer. */
const segmentCapacity = limits.journalBatchEntriesMax * simpleRecordBytesMax;
const segmentBytes = hashBytes + segmentCapacity;
/**
 * Segments written before one fdatasync. Under load the writer finds several sealed segments
 * waiting; syncing them together is what lets durable throughput exceed one segment per fsync.
 */
const segmentsPerSyncMax = 4;
/** What one group commit writes at most, so a torn tail cannot be longer. */
export const tornTailBytesMax = segmentsPerSyncMax * segmentCapacity;
assert(recordBytesMax <= segmentCapacity, 'the largest record fits one segment');
/** Segments kept for reuse; more are allocated under load and dropped after. */
const spareSegmentsMax = 2;

class Segment {
  readonly buffer = Buffer.allocUnsafe(segmentBytes);
  /** Bytes used, counting the leading previous hash. */
  bytes = hashBytes;
  /** Bytes whose records carry their hash; the records after it have an empty hash slot. */
  hashedBytes = hashBytes;
  entries = 0;

  /** Hashes the records appended since the last call, in one call for the whole run. */
  hashPending(hasher: Sha256Runs): void {
    if (this.hashedBytes === this.bytes) return;
    hasher.chain(this.buffer, this.hashedBytes, this.bytes);
    this.hashedBytes = this.bytes;
  }
}

interface FlushWaiter {
  readonly targetEntries: number;
  readonly promise: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class JournalWriter {
  readonly #handle: FileHandle;
  readonly #durability: Durability;
  #current = new Segment();
  #sealed: Segment[] = [];
  #spare: Segment[] = [];
  #appendedEntries: number;
  #durableEntries: number;
  #waiters: FlushWaiter[] = [];
  #writing = false;
  #kickScheduled = false;
  #failure: Error | undefined;
  readonly #hasher = new Sha256Runs();

  /** Called when a batch is sealed, before it is written: the ledger checks its invariants. */
  onBatch: () => void = () => undefined;

  /** `entries` and `headHash` describe the file as it is on disk (all of it durable). */
  constructor(handle: FileHandle, durability: Durability, entries: number, headHash: Buffer) {
    assert(headHash.length === hashBytes, 'head hash is 32 bytes');
    assert(Number.isSafeInteger(entries) && entries >= 0, 'entry count is a safe integer');
    this.#handle = handle;
    this.#durability = durability;
    this.#appendedEntries = entries;
    this.#durableEntries = entries;
    headHash.copy(this.#current.buffer, 0);
  }

  get entryCount(): number {
    return this.#appendedEntries;
  }

  get pendingEntries(): number {
    return this.#appendedEntries - this.#durableEntries;
  }

  get failed(): boolean {
    return this.#failure !== undefined;
  }

  /** The hash of the last appended record: always the last 32 bytes of the current segment. */
  headHash(): string {
    const current = this.#current;
    current.hashPending(this.#hasher);
    return current.buffer.toString('hex', current.bytes - hashBytes, current.bytes);
  }

  /**
   * Encodes one entry; its seq must be the next one. Its hash is computed with the rest of its
   * run when the segment is sealed (or the head hash is asked for). Durable after a flush.
   */
  append(entry: EntryFields): void {
    assert(this.#failure === undefined, 'append after the journal failed');
    assert(entry.seq === this.#appendedEntries + 1, 'seq is the next entry number');
    const recordBytes = lengthBytes + bodyBytesOf(entry) + hashBytes;
    const full = this.#current.entries === limits.journalBatchEntriesMax;
    if (full || this.#current.bytes + recordBytes > segmentBytes) this.#seal();
    const current = this.#current;
    current.bytes = encodeUnhashed(current.buffer, current.bytes, entry) + hashBytes;
    current.entries += 1;
    this.#appendedEntries += 1;
    this.#kick();
  }

  /** Resolves once every entry appended before this call is durable. */
  flush(): Promise<void> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const targetEntries = this.#appendedEntries;
    if (this.#durableEntries >= targetEntries) return Promise.resolve();
    const last = this.#waiters[this.#waiters.length - 1];
    // Many callers flushing the same entries share one promise, so waiters stay bounded.
    if (last !== undefined && last.targetEntries === targetEntries) return last.promise;
    const waiter = newWaiter(targetEntries);
    this.#waiters.push(waiter);
    this.#kick();
    return waiter.promise;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.#handle.close();
    }
  }

  #seal(): void {
    const full = this.#current;
    assert(full.entries > 0, 'only a segment with entries is sealed');
    this.onBatch();
    full.hashPending(this.#hasher);
    const next = this.#spare.pop() ?? new Segment();
    full.buffer.copy(next.buffer, 0, full.bytes - hashBytes, full.bytes);
    next.bytes = hashBytes;
    next.hashedBytes = hashBytes;
    next.entries = 0;
    this.#sealed.push(full);
    this.#current = next;
  }

  #kick(): void {
    if (this.#writing || this.#kickScheduled) return;
    this.#kickScheduled = true;
    queueMicrotask(() => {
      this.#kickScheduled = false;
      if (!this.#writing) void this.#writeLoop();
    });
  }

  async #writeLoop(): Promise<void> {
    this.#writing = true;
    try {
      for (let batch = this.#takeBatch(); batch.length > 0; batch = this.#takeBatch()) {
        for (const segment of batch) await this.#writeSegment(segment);
        if (this.#durability === 'fsync') await this.#handle.datasync();
        for (const segment of batch) {
          this.#durableEntries += segment.entries;
          if (this.#spare.length < spareSegmentsMax) this.#spare.push(segment);
        }
        this.#resolveWaiters();
      }
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#writing = false;
    }
  }

  /** Every sealed segment, up to segmentsPerSyncMax, sealing the current one if none is. */
  #takeBatch(): Segment[] {
    if (this.#failure !== undefined) return [];
    if (this.#sealed.length === 0 && this.#current.entries > 0) this.#seal();
    return this.#sealed.splice(0, segmentsPerSyncMax);
  }

  async #writeSegment(batch: Segment): Promise<void> {
    let offset = hashBytes;
    // A regular file normally takes the whole buffer, but write(2) may legally write less.
    while (offset < batch.bytes) {
      const { bytesWritten } = await this.#handle.write(
        batch.buffer,
        offset,
        batch.bytes - offset,
        null,
      );
      assert(bytesWritten > 0, 'write makes progress');
      offset += bytesWritten;
    }
  }

  #resolveWaiters(): void {
    let ready = 0;
    while (ready < this.#waiters.length) {
      const waiter = this.#waiters[ready];
      if (waiter === undefined || waiter.targetEntries > this.#durableEntries) break;
      ready += 1;
    }
    for (const waiter of this.#waiters.splice(0, ready)) waiter.resolve();
  }

  #fail(error: unknown): void {
    const cause = error instanceof Error ? error : new Error(String(error));
    this.#failure = new Error(`ledger journal write failed: ${cause.message}`, { cause });
    for (const waiter of this.#waiters.splice(0)) waiter.reject(this.#failure);
  }
}

function newWaiter(targetEntries: number): FlushWaiter {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { targetEntries, promise, resolve, reject };
}

export interface ScanProblem {
  /** Index (0-based) of the first entry that is missing, torn or bad. */
  readonly entryIndex: number;
  /** File offset of that entry. */
  readonly offset: number;
  readonly reason: string;
  /** A crash during the last write: cutting the file at `offset` is safe. */
  readonly torn: boolean;
}

export interface ScanReport {
  /** Good entries, all verified and accepted by the visitor. */
  readonly entries: number;
  /** File offset after the last good record (0 if even the header is missing). */
  readonly goodBytes: number;
  readonly fileBytes: number;
  /** Hash of the last good record, or the genesis (zero) hash. */
  readonly headHash: Buffer;
  readonly problem: ScanProblem | undefined;
}

/** Returns undefined to accept the entry, or the reason it is bad. */
/**
 * Returns undefined to accept the entry, or the reason it is bad. `source[start, end)` is the
 * whole record (length, body, hash), valid only during the call.
 */
export type EntryVisitor = (
  entry: EntryFields,
  index: number,
  source: Buffer,
  start: number,
  end: number,
) => string | undefined;

const scanChunkBytes = 4 * 1024 * 1024;

/** Streams a journal, verifying every record and passing each to `visit` in order. */
/**
 * Hash checking delegated by the caller: when given, the scanner does not check hashes itself
 * and hands over each run of records it read, from the previous hash before the first record to
 * the end of the last one, with the index of the first; the caller checks them elsewhere (in
 * worker threads) and must treat the scan as unverified until they all pass.
 */
export type ChunkSink = (bytes: Buffer, firstIndex: number) => void;

export async function scanJournal(
  handle: FileHandle,
  visit: EntryVisitor,
  hashSink?: ChunkSink,
): Promise<ScanReport> {
  const fileBytes = (await handle.stat()).size;
  const genesis = Buffer.alloc(hashBytes);
  if (fileBytes === 0) {
    return { entries: 0, goodBytes: 0, fileBytes, headHash: genesis, problem: undefined };
  }
  const headerProblem = await checkHeader(handle, fileBytes);
  if (headerProblem !== undefined) {
    return { entries: 0, goodBytes: 0, fileBytes, headHash: genesis, problem: headerProblem };
  }
  const hasher = hashSink === undefined ? new Sha256Runs() : undefined;
  const reader = new ChunkReader(handle, fileBytes, hasher);
  const scan = await scanRecords(reader, visit, hashSink);
  const goodBytes = reader.base + reader.pos;
  const headHash = Buffer.from(reader.buffer.subarray(reader.pos - hashBytes, reader.pos));
  return { entries: scan.entries, goodBytes, fileBytes, headHash, problem: scan.problem };
}

async function checkHeader(
  handle: FileHandle,
  fileBytes: number,
): Promise<ScanProblem | undefined> {
  const header = Buffer.alloc(Math.min(fileBytes, fileHeaderBytes));
  await readFully(handle, header, 0);
  const reason = checkFileHeader(header);
  if (reason === undefined) return undefined;
  return { entryIndex: 0, offset: 0, reason, torn: isHeaderPrefix(header) };
}

/**
 * A window on the file. The 32 bytes before `pos` are always kept when refilling, because they
 * are the previous hash the record at `pos` is chained to. It starts inside the header, whose
 * last 32 bytes are the genesis hash.
 */
class ChunkReader {
  readonly buffer = Buffer.allocUnsafe(scanChunkBytes);
  /** File offset of buffer[0]. */
  base = fileHeaderBytes - hashBytes;
  filled = 0;
  pos = hashBytes;
  /** Records ending at or before this offset were found intact by `hasher` at the last refill. */
  hashedUntil = 0;

  constructor(
    readonly handle: FileHandle,
    readonly fileBytes: number,
    /** Checks the hashes of a whole window in one call; undefined when checked elsewhere. */
    readonly hasher: Sha256Runs | undefined,
  ) {}

  get atEndOfFile(): boolean {
    return this.base + this.filled === this.fileBytes;
  }

  async refill(): Promise<void> {
    const keepFrom = this.pos - hashBytes;
    this.buffer.copy(this.buffer, 0, keepFrom, this.filled);
    this.base += keepFrom;
    this.filled -= keepFrom;
    this.pos = hashBytes;
    const wanted = Math.min(
      this.buffer.length - this.filled,
      this.fileBytes - this.base - this.filled,
    );
    const target = this.buffer.subarray(this.filled, this.filled + wanted);
    await readFully(this.handle, target, this.base + this.filled);
    this.filled += wanted;
    // The first record whose hash does not match is left to checkRecord, which says why.
    this.hashedUntil = this.hasher?.check(this.buffer, this.pos, this.filled).endAt ?? 0;
  }
}

async function scanRecords(
  reader: ChunkReader,
  visit: EntryVisitor,
  hashSink: ChunkSink | undefined,
): Promise<{ entries: number; problem: ScanProblem | undefined }> {
  const entry = new EntryFields();
  let entries = 0;
  let runStart = reader.pos;
  let runIndex = 0;
  // Hands the records read since the last hand-over to the sink (a copy: the buffer is reused).
  const handOver = (): void => {
    if (hashSink === undefined || reader.pos === runStart) return;
    // allocUnsafeSlow: never a slice of Node's shared pool, so it can be transferred.
    const copy = Buffer.allocUnsafeSlow(reader.pos - runStart + hashBytes);
    reader.buffer.copy(copy, 0, runStart - hashBytes, reader.pos);
    hashSink(copy, runIndex);
  };
  for (;;) {
    if (reader.filled - reader.pos < recordBytesMax && !reader.atEndOfFile) {
      handOver();
      await reader.refill();
      [runStart, runIndex] = [reader.pos, entries];
    }
    if (reader.filled === reader.pos) {
      handOver();
      return { entries, problem: undefined };
    }
    const result = checkRecord(reader, entry, entries, visit, hashSink === undefined);
    if (typeof result !== 'number') return { entries, problem: boundTornTail(result, reader) };
    reader.pos = result;
    entries += 1;
  }
}

/** Checks the record at reader.pos; returns the offset after it, or the problem. */
function checkRecord(
  reader: ChunkReader,
  entry: EntryFields,
  index: number,
  visit: EntryVisitor,
  checkHash: boolean,
): number | ScanProblem {
  const { buffer, pos } = reader;
  const available = reader.filled - pos;
  if (available < lengthBytes) return problemAt(reader, index, 'record length is incomplete', true);
  const bodyBytes = buffer.readUInt32LE(pos);
  if (bodyBytes < bodyBytesMin || bodyBytes > bodyBytesMax) {
    return problemAt(reader, index, `record length ${bodyBytes} is out of range`, true);
  }
  const bodyEnd = pos + lengthBytes + bodyBytes;
  const recordEnd = bodyEnd + hashBytes;
  if (recordEnd - pos > available) return problemAt(reader, index, 'record is incomplete', true);
  const hashed = recordEnd <= reader.hashedUntil;
  if (checkHash && !hashed && !recordHashMatches(buffer, pos, bodyEnd)) {
    const atEnd = reader.base + recordEnd === reader.fileBytes;
    const reason = atEnd ? 'hash mismatch in the last record' : 'hash mismatch';
    return problemAt(reader, index, reason, atEnd);
  }
  const reason =
    decodeBody(buffer, pos + lengthBytes, bodyBytes, entry) ??
    (entry.seq === index + 1 ? undefined : `seq ${entry.seq} where ${index + 1} belongs`) ??
    visit(entry, index, buffer, pos, recordEnd);
  return reason === undefined ? recordEnd : problemAt(reader, index, reason, false);
}

function problemAt(reader: ChunkReader, index: number, reason: string, torn: boolean): ScanProblem {
  return { entryIndex: index, offset: reader.base + reader.pos, reason, torn };
}

/** A "torn" tail longer than one batch write cannot come from a crash: call it corruption. */
function boundTornTail(problem: ScanProblem, reader: ChunkReader): ScanProblem {
  const tailBytes = reader.fileBytes - problem.offset;
  if (!problem.torn || tailBytes <= tornTailBytesMax) return problem;
  const reason = `${problem.reason}, with ${tailBytes} bytes after it (more than one write)`;
  return { ...problem, reason, torn: false };
}

export async function readFully(
  handle: FileHandle,
  target: Buffer,
  position: number,
): Promise<void> {
  let done = 0;
  while (done < target.length) {
    const { bytesRead } = await handle.read(target, done, target.length - done, position + done);
    // Another process cut the file under us: an operational error, not a broken invariant.
    if (bytesRead === 0) throw new Error('ledger journal shrank while being read');
    done += bytesRead;
  }
}
