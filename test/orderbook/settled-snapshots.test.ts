/**
 * Snapshots cover settled batches only, and a restart reports what the journal replay produced.
 * The host asks a worker for a snapshot only once every answered batch is settled (the promise
 * onOutcomes returned has resolved). So after a crash the batches a service had not made durable
 * downstream are still in the journal, and the next host's recovery() hands them back with
 * their outcomes (for the service to settle again) together with the orders left resting.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandOutcome, MarketCommand } from '../../src/orderbook/index.js';
import { startMatchingHost, type WorkerMatchingHost } from '../../src/orderbook/host.js';
import { Code } from '../../src/shared/index.js';

const marketId = '12M:A';
const root = mkdtempSync(join(tmpdir(), 'orderbook-settled-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function place(ref: number): MarketCommand {
  return {
    kind: 'place',
    ref,
    lenderId: `L${ref % 5}`,
    clientOrderId: `o${ref}`,
    marketId,
    amountFen: 1_000,
    minRateBps: 900 + (ref % 7),
    tif: 'GTC',
  };
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

interface Run {
  host: WorkerMatchingHost;
  answered: CommandOutcome[];
  settle: () => void;
}

/** A host whose batches stay unsettled until settle() (or at once with `settleAtOnce`). */
async function openHost(dir: string, settleAtOnce: boolean): Promise<Run> {
  const answered: CommandOutcome[] = [];
  const waiting: (() => void)[] = [];
  const host = await startMatchingHost({
    markets: [marketId],
    journalDir: dir,
    snapshotEveryBatches: 2,
    commandsPerBatchMax: 1,
    onOutcomes: (outcomes) => {
      answered.push(...outcomes);
      if (settleAtOnce) return undefined;
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
  });
  return { host, answered, settle: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

async function submitAll(run: Run, refs: number[]): Promise<void> {
  for (const ref of refs) {
    expect(run.host.submit(place(ref))).toBe(Code.OK);
    // One batch each: let it be answered before the next goes.
    await until(() => run.answered.some((outcome) => outcome.ref === ref));
  }
}

describe('snapshots wait for settlement', () => {
  it('unsettled batches stay in the journal and come back from recovery()', async () => {
    const dir = join(root, 'unsettled');
    const first = await openHost(dir, false);
    expect(first.host.recovery()).toEqual([
      { shardIndex: 0, replayed: [], restingOrders: [], openTranches: [] },
    ]);
    // Two batches make a snapshot due, but nothing is settled: no snapshot is taken, and the
    // third command waits behind it.
    await submitAll(first, [1, 2]);
    expect(first.host.submit(place(3))).toBe(Code.OK);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.answered.map((outcome) => outcome.ref)).toEqual([1, 2]);
    // Stopping sends the queued command; still nothing settled, so the process ends with the
    // three batches in the journal and none in a snapshot, as a crash would leave them.
    await first.host.stop();
    expect(first.answered.map((outcome) => outcome.ref)).toEqual([1, 2, 3]);
    const second = await openHost(dir, true);
    const [report] = second.host.recovery();
    const replayedRefs = report?.replayed.map((batch) => batch.outcomes.map((o) => o.ref));
    expect(replayedRefs).toEqual([[1], [2], [3]]);
    expect(report?.replayed.every((batch) => batch.nowMs > 0)).toBe(true);
    expect(report?.restingOrders).toEqual([
      ['L1', 'o1'],
      ['L2', 'o2'],
      ['L3', 'o3'],
    ]);
    expect(second.host.recovery()).toEqual([]);
    await second.host.stop();
  });

  it('once settled the snapshot is taken and the queued command goes', async () => {
    const dir = join(root, 'settled');
    const first = await openHost(dir, false);
    await submitAll(first, [1, 2]);
    expect(first.host.submit(place(3))).toBe(Code.OK);
    first.settle();
    await until(() => first.answered.length === 3);
    first.settle();
    await first.host.stop();
    // Batches 1 and 2 are in the snapshot; only batch 3 is replayed after it.
    const second = await openHost(dir, true);
    const [report] = second.host.recovery();
    expect(report?.replayed.map((batch) => batch.outcomes.map((o) => o.ref))).toEqual([[3]]);
    expect(report?.restingOrders.length).toBe(3);
    await second.host.stop();
  });
});
