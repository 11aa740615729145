/**
 * The durable command journal of one shard, and its snapshots: commands are on disk before
 * their outcomes leave the worker, and snapshot + journal rebuild the shard exactly.
 * Method: one append-only segment file at a time, one record per batch (group commit: one
 * `write` and one `fdatasync` per batch, never per command). A record is a 12-byte header
 * (magic, payload length, CRC-32 of the payload, all little-endian u32) and a JSON payload
 * {epoch, batchId, nowMs, commands}. Reading stops at the first record that is short, has a bad
 * magic or a bad checksum: in the last segment that is a torn tail (a crash during the last
 * write, never acknowledged), which is cut off; in an earlier segment it is corruption, and
 * opening fails. A snapshot starts a new segment: create the empty segment n+1, write the
 * snapshot naming n+1 to a temporary file, fsync, rename, fsync the directory, then move the
 * older segments (name kept) into `archive/` next to them, or delete them with
 * `archiveSegments: false`; a crash at any step leaves a snapshot and the segments it needs.
 * Archived segments are the order history (the analytics backfill replays them from segment 0);
 * recovery never reads them. Retention: kept forever by default; prune `archive/` by hand.
 * This is an edge (file I/O); the engine it feeds stays deterministic.
 */
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { assert } from '../shared/index.js';
import type { ShardData } from './snapshot.js';
import type { MarketCommand } from './types.js';

const recordMagic = 0x314a424f; // "OBJ1" read as little-endian bytes.
const headerBytes = 12;

export interface JournalRecord {
  /** The host run that sent the batch: batch ids are unique within one epoch. */
  epoch: number;
  batchId: number;
  nowMs: number;
  commands: MarketCommand[];
}

interface SnapshotFile {
  segment: number;
  shard: ShardData;
}

export interface JournalContents {
  snapshot: ShardData | null;
  records: JournalRecord[];
  /** Bytes cut off the end of the last segment (a torn write). */
  tornBytes: number;
}

export function encodeRecord(record: JournalRecord): Buffer {
  const payload = Buffer.from(JSON.stringify(record), 'utf8');
  const buffer = Buffer.allocUnsafe(headerBytes + payload.length);
  buffer.writeUInt32LE(recordMagic, 0);
  buffer.writeUInt32LE(payload.length, 4);
  buffer.writeUInt32LE(crc32(payload), 8);
  payload.copy(buffer, headerBytes);
  return buffer;
}

/** Every whole record of a segment, and the byte offset where the valid prefix ends. */
export function decodeRecords(bytes: Buffer): { records: JournalRecord[]; validBytes: number } {
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset + headerBytes <= bytes.length) {
    if (bytes.readUInt32LE(offset) !== recordMagic) break;
    const length = bytes.readUInt32LE(offset + 4);
    const end = offset + headerBytes + length;
    if (end > bytes.length) break;
    const payload = bytes.subarray(offset + headerBytes, end);
    if (crc32(payload) !== bytes.readUInt32LE(offset + 8)) break;
    records.push(JSON.parse(payload.toString('utf8')) as JournalRecord);
    offset = end;
  }
  return { records, validBytes: offset };
}

/** Where a snapshot puts the segments it supersedes, inside the journal directory. */
export const archiveDirName = 'archive';

export interface ShardJournalOptions {
  /**
   * Whether a snapshot moves the segments before it into `archive/` (the default: the order
   * history the analytics backfill replays) or deletes them (tests and benchmarks).
   */
  archiveSegments?: boolean;
}

export class ShardJournal {
  readonly #dir: string;
  readonly #prefix: string;
  readonly #archive: boolean;
  #segment = 0;
  #fd: number;

  /** Opens (creating the directory) and reads what is there; appends go to the last segment. */
  static open(
    dir: string,
    shardIndex: number,
    options: ShardJournalOptions = {},
  ): { journal: ShardJournal; contents: JournalContents } {
    mkdirSync(dir, { recursive: true });
    const prefix = `shard-${shardIndex}`;
    const snapshotPath = join(dir, `${prefix}.snapshot.json`);
    let snapshot: SnapshotFile | null = null;
    if (existsSync(snapshotPath)) {
      snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as SnapshotFile;
    }
    const first = snapshot?.segment ?? 0;
    const segments = listSegments(dir, prefix).filter((segment) => segment >= first);
    const records: JournalRecord[] = [];
    let tornBytes = 0;
    segments.forEach((segment, index) => {
      const path = segmentPath(dir, prefix, segment);
      const bytes = readFileSync(path);
      const decoded = decodeRecords(bytes);
      records.push(...decoded.records);
      if (decoded.validBytes === bytes.length) return;
      assert(index === segments.length - 1, `journal ${path} is corrupt before its end`);
      tornBytes = bytes.length - decoded.validBytes;
      const fd = openSync(path, 'r+');
      ftruncateSync(fd, decoded.validBytes);
      fsyncSync(fd);
      closeSync(fd);
    });
    const last = segments.at(-1) ?? first;
    const journal = new ShardJournal(dir, prefix, last, options.archiveSegments ?? true);
    return { journal, contents: { snapshot: snapshot?.shard ?? null, records, tornBytes } };
  }

  private constructor(dir: string, prefix: string, segment: number, archive: boolean) {
    this.#dir = dir;
    this.#prefix = prefix;
    this.#archive = archive;
    this.#segment = segment;
    this.#fd = openSync(segmentPath(dir, prefix, segment), 'a');
  }

  /** Group commit: the batch is on disk when this returns. */
  append(record: JournalRecord): void {
    const buffer = encodeRecord(record);
    let written = 0;
    while (written < buffer.length) {
      written += writeSync(this.#fd, buffer, written, buffer.length - written);
    }
    fdatasyncSync(this.#fd);
  }

  /** Saves the shard as of the last appended record and starts a new segment. */
  snapshot(shard: ShardData): void {
    const next = this.#segment + 1;
    const nextFd = openSync(segmentPath(this.#dir, this.#prefix, next), 'a');
    fsyncSync(nextFd);
    const file: SnapshotFile = { segment: next, shard };
    const path = join(this.#dir, `${this.#prefix}.snapshot.json`);
    const temporary = `${path}.tmp`;
    const fd = openSync(temporary, 'w');
    writeSync(fd, JSON.stringify(file));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
    syncDirectory(this.#dir);
    closeSync(this.#fd);
    this.#fd = nextFd;
    this.#segment = next;
    this.#retire(next);
  }

  /** Archives (or deletes) the segments before `first`, which the snapshot made unneeded. */
  #retire(first: number): void {
    const older = listSegments(this.#dir, this.#prefix).filter((segment) => segment < first);
    if (older.length === 0) return;
    if (!this.#archive) {
      for (const segment of older) unlinkSync(segmentPath(this.#dir, this.#prefix, segment));
      return;
    }
    const archive = join(this.#dir, archiveDirName);
    mkdirSync(archive, { recursive: true });
    for (const segment of older) {
      const target = segmentPath(archive, this.#prefix, segment);
      // Never overwrite history: a clash (a journal restarted by hand beside an old archive)
      // stays where it is, harmless to recovery, and the backfill refuses the ambiguity.
      if (existsSync(target)) continue;
      renameSync(segmentPath(this.#dir, this.#prefix, segment), target);
    }
    // A rename lost in a crash leaves the segment here, where only the next snapshot looks.
    syncDirectory(archive);
    syncDirectory(this.#dir);
  }

  close(): void {
    closeSync(this.#fd);
  }
}

export function segmentPath(dir: string, prefix: string, segment: number): string {
  return join(dir, `${prefix}.${String(segment).padStart(10, '0')}.journal`);
}

/** The segment numbers of a shard in `dir` (the journal directory or its archive), ascending. */
export function listSegments(dir: string, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix}\\.(\\d{10})\\.journal$`);
  const segments: number[] = [];
  for (const name of readdirSync(dir)) {
    const match = pattern.exec(name);
    if (match?.[1] !== undefined) segments.push(Number(match[1]));
  }
  return segments.sort((a, b) => a - b);
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  fsyncSync(fd);
  closeSync(fd);
}
