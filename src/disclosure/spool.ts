/**
 * The disk spool: where insert batches wait while ClickHouse is unreachable.
 *
 * Goal: a long outage costs bounded disk instead of unbounded memory, batches survive a restart
 * of the service, and each replayed batch keeps the version and query id it was first sent with
 * so the sink can tell whether an attempt already landed (no duplicates on replay).
 *
 * Method: a directory of segment files, each written once (to a temporary name, fdatasync, then
 * renamed, so a crash leaves either a whole segment or none) and deleted once every batch in it
 * is acknowledged. A segment is JSON lines, one batch (its TSV body as a string) per line.
 * Names are `<16-digit sequence>-<rows>.jsonl`, so the oldest sorts first and the row count is
 * known without reading. The byte bound is checked before writing: a write that would pass it is
 * refused and the rows stay in memory (where the sink's own bound answers OVERLOADED).
 */
import { mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { assert } from '../shared/index.js';

export interface SpooledBatch {
  table: string;
  version: number;
  /** Query id of the last attempt, if any: the sink waits for it to finish before checking. */
  queryId: string;
  /** True when an attempt was sent: the rows may already be in ClickHouse. */
  maybeLanded: boolean;
  rows: number;
  /** The batch's TabSeparated body (every line ends with a line break). */
  tsv?: string;
  /** What spools of earlier releases held instead of `tsv`: one record per row. */
  records?: Record<string, string | number>[];
}

interface Segment {
  name: string;
  rows: number;
  bytes: number;
}

const segmentPattern = /^(\d{16})-(\d+)\.jsonl$/;

export class Spool {
  readonly #dir: string;
  readonly #bytesMax: number;
  readonly #segments: Segment[] = [];
  #next = 0;
  #bytes = 0;
  #rows = 0;

  /** Scans the directory (synchronously: once, at start) for segments left by a previous run. */
  constructor(dir: string, bytesMax: number) {
    assert(Number.isSafeInteger(bytesMax) && bytesMax > 0, 'spool bytesMax must be positive');
    this.#dir = dir;
    this.#bytesMax = bytesMax;
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir).sort()) {
      const match = segmentPattern.exec(name);
      if (match === null) {
        // A temporary file of a write that crashed: its batches are still in memory or lost
        // with the process that wrote them, never half-acknowledged; remove it.
        if (name.endsWith('.tmp')) unlinkSync(join(dir, name));
        continue;
      }
      const bytes = statSync(join(dir, name)).size;
      this.#segments.push({ name, rows: Number(match[2]), bytes });
      this.#bytes += bytes;
      this.#rows += Number(match[2]);
      this.#next = Math.max(this.#next, Number(match[1]) + 1);
    }
  }

  get bytes(): number {
    return this.#bytes;
  }

  get rows(): number {
    return this.#rows;
  }

  get bytesMax(): number {
    return this.#bytesMax;
  }

  get empty(): boolean {
    return this.#segments.length === 0;
  }

  /** Writes one segment; answers false (nothing written) when it would pass the bound. */
  async write(batches: readonly SpooledBatch[]): Promise<boolean> {
    if (batches.length === 0) return true;
    const text = batches.map((b) => `${JSON.stringify(b)}\n`).join('');
    const bytes = Buffer.byteLength(text);
    if (this.#bytes + bytes > this.#bytesMax) return false;
    const rows = batches.reduce((sum, b) => sum + b.rows, 0);
    const name = `${String(this.#next).padStart(16, '0')}-${rows}.jsonl`;
    this.#next += 1;
    const temporary = join(this.#dir, `${name}.tmp`);
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(text);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temporary, join(this.#dir, name));
    this.#segments.push({ name, rows, bytes });
    this.#bytes += bytes;
    this.#rows += rows;
    return true;
  }

  /** The oldest segment's name and batches, or undefined when the spool is empty. */
  async oldest(): Promise<{ name: string; batches: SpooledBatch[] } | undefined> {
    const segment = this.#segments[0];
    if (segment === undefined) return undefined;
    const text = await readFile(join(this.#dir, segment.name), 'utf8');
    const batches = text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const batch = JSON.parse(line) as SpooledBatch;
        // Spools of earlier releases have no row count: their records are the rows.
        batch.rows ??= batch.records?.length ?? 0;
        return batch;
      });
    return { name: segment.name, batches };
  }

  /** Deletes an acknowledged segment (always the oldest: replay goes in order). */
  async remove(name: string): Promise<void> {
    const segment = this.#segments[0];
    assert(segment !== undefined && segment.name === name, 'spool removes the oldest segment');
    await unlink(join(this.#dir, name));
    this.#segments.shift();
    this.#bytes -= segment.bytes;
    this.#rows -= segment.rows;
  }
}
