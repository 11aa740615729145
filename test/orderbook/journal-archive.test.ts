/**
 * The order journal keeps its history: a snapshot moves the segments it supersedes into
 * `archive/` (name kept) instead of deleting them, recovery never reads them, and with
 * `archiveSegments: false` they are deleted as before. A crash between the snapshot and the
 * move leaves a superseded segment where it was: recovery ignores it and the next snapshot
 * archives it; a segment whose name is already archived is never overwritten.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  archiveDirName,
  decodeRecords,
  ShardJournal,
  type JournalRecord,
} from '../../src/orderbook/journal.js';
import { createShard } from '../../src/orderbook/shard.js';
import { shardData } from '../../src/orderbook/snapshot.js';

const root = mkdtempSync(join(tmpdir(), 'orderbook-journal-archive-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
function freshDir(): string {
  dirs += 1;
  return join(root, `run-${dirs}`);
}

const emptyShard = shardData(createShard(['36M:B']));

function record(batchId: number): JournalRecord {
  const command = { kind: 'tick' as const, ref: -batchId, marketId: '36M:B' };
  return { epoch: 1, batchId, nowMs: 1_700_000_000_000 + batchId, commands: [command] };
}

function segmentFile(segment: number): string {
  return `shard-0.${String(segment).padStart(10, '0')}.journal`;
}

function batchIds(path: string): number[] {
  return decodeRecords(readFileSync(path)).records.map((r) => r.batchId);
}

/** Journals batches 1-3, snapshot, 4-5, snapshot, 6: segments 0 and 1 are superseded. */
function journalTwoSnapshots(dir: string, archiveSegments?: boolean): void {
  const options = archiveSegments === undefined ? {} : { archiveSegments };
  const { journal } = ShardJournal.open(dir, 0, options);
  for (const id of [1, 2, 3]) journal.append(record(id));
  journal.snapshot(emptyShard);
  for (const id of [4, 5]) journal.append(record(id));
  journal.snapshot(emptyShard);
  journal.append(record(6));
  journal.close();
}

describe('order journal segment retention', () => {
  it('archives the superseded segments by default; recovery reads after the snapshot', () => {
    const dir = freshDir();
    journalTwoSnapshots(dir);
    const archive = join(dir, archiveDirName);
    expect(readdirSync(archive).sort()).toEqual([segmentFile(0), segmentFile(1)]);
    expect(batchIds(join(archive, segmentFile(0)))).toEqual([1, 2, 3]);
    expect(batchIds(join(archive, segmentFile(1)))).toEqual([4, 5]);
    const live = readdirSync(dir).filter((name) => name.endsWith('.journal'));
    expect(live).toEqual([segmentFile(2)]);
    const { journal, contents } = ShardJournal.open(dir, 0);
    expect(contents.records.map((r) => r.batchId)).toEqual([6]);
    journal.close();
  });

  it('deletes them with archiveSegments: false', () => {
    const dir = freshDir();
    journalTwoSnapshots(dir, false);
    expect(existsSync(join(dir, archiveDirName))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.journal'))).toEqual([segmentFile(2)]);
  });

  it('a segment left behind by a crash is ignored by recovery and archived next time', () => {
    const dir = freshDir();
    journalTwoSnapshots(dir);
    // As if the crash came after the snapshot's rename, before segment 1 was moved.
    const archived = join(dir, archiveDirName, segmentFile(1));
    copyFileSync(archived, join(dir, segmentFile(1)));
    rmSync(archived);
    const { journal, contents } = ShardJournal.open(dir, 0);
    expect(contents.records.map((r) => r.batchId)).toEqual([6]);
    journal.snapshot(emptyShard);
    journal.close();
    expect(batchIds(archived)).toEqual([4, 5]);
    const archive = readdirSync(join(dir, archiveDirName)).sort();
    expect(archive).toEqual([segmentFile(0), segmentFile(1), segmentFile(2)]);
  });

  it('never overwrites an archived segment of the same name', () => {
    const dir = freshDir();
    journalTwoSnapshots(dir);
    // A journal restarted by hand beside the old archive: its segment 0 clashes.
    for (const name of readdirSync(dir)) {
      if (name.startsWith('shard-0.')) rmSync(join(dir, name));
    }
    const { journal } = ShardJournal.open(dir, 0);
    journal.append(record(7));
    journal.snapshot(emptyShard);
    journal.close();
    expect(batchIds(join(dir, archiveDirName, segmentFile(0)))).toEqual([1, 2, 3]);
    expect(batchIds(join(dir, segmentFile(0)))).toEqual([7]);
  });
});
