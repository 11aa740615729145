/**
 * Determinism and durability: run, snapshot, run more, kill, restore, compare state hashes.
 * - In-process: a DurableShard journals seeded random batches (every command kind, product
 *   rules on), snapshots part-way, runs more, is dropped without closing (a kill), sometimes
 *   with a torn half-record at the end of the journal; reopening it must give the state hash
 *   of a reference shard that applied the same batches in memory, and keep working.
 * - The record codec: round trip, torn tails cut off, corruption before the end refused.
 * - A child process journaling batches is killed with SIGKILL after a random number of
 *   acknowledgements: reopening finds every acknowledged batch (and at most the one in flight).
 * - Through the host: a worker terminated mid-stream is restarted from snapshot + journal, and
 *   every command is answered exactly once with the outcome a single in-memory run gives.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyBatch,
  createShard,
  stateHash,
  type CommandOutcome,
  type MarketCommand,
  type ShardState,
} from '../../src/orderbook/index.js';
import { DurableShard } from '../../src/orderbook/durable-shard.js';
import { startMatchingHost } from '../../src/orderbook/host.js';
import { decodeRecords, encodeRecord, ShardJournal } from '../../src/orderbook/journal.js';
import { Code } from '../../src/shared/index.js';
import { marketId } from './generator.js';
import { replayInit, replayMarkets, seededBatches, type Batch } from './replay-fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'orderbook-replay-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
function freshDir(): string {
  dirs += 1;
  return join(root, `run-${dirs}`);
}

const markets = replayMarkets;

function hashes(shard: ShardState): string[] {
  return [...shard.markets.values()].map((market) => stateHash(market));
}

describe('snapshot + journal replay', () => {
  for (const seed of [11, 12, 13, 14]) {
    it(`seed ${seed}: run, snapshot, run more, kill, restore gives equal state hashes`, () => {
      const dir = freshDir();
      const all = seededBatches(seed, 60, 25);
      const reference = createShard(markets, {
        restingOrdersPerMarketMax: 100_000,
        closedEntriesPerMarketMax: replayInit(dir, seed).closedEntriesPerMarketMax,
        rules: replayInit(dir, seed).rules,
      });
      const durable = DurableShard.open(replayInit(dir, seed, 7));
      for (const batch of all.slice(0, 40)) {
        const expected = applyBatch(reference, batch.commands, batch.nowMs);
        expect(durable.apply(batch), `seed ${seed}`).toEqual(expected);
        durable.afterBatch();
      }
      // Killed: no close, no final snapshot. Seed 12 also leaves a torn write behind.
      if (seed === 12) {
        const journals = readdirSync(dir)
          .filter((name) => name.endsWith('.journal'))
          .sort();
        const torn = encodeRecord({ epoch: 1, batchId: 99, nowMs: 1, commands: [] });
        appendFileSync(join(dir, journals.at(-1) ?? 'missing'), torn.subarray(0, 9));
      }
      const restored = DurableShard.open(replayInit(dir, seed, 7));
      expect(restored.tornBytes, `seed ${seed}`).toBe(seed === 12 ? 9 : 0);
      expect(hashes(restored.shard), `seed ${seed}: restored`).toEqual(hashes(reference));
      for (const batch of all.slice(40)) {
        const expected = applyBatch(reference, batch.commands, batch.nowMs);
        expect(restored.apply(batch), `seed ${seed}`).toEqual(expected);
        restored.afterBatch();
      }
      restored.close();
      const again = DurableShard.open(replayInit(dir, seed, 7));
      expect(hashes(again.shard), `seed ${seed}: after more`).toEqual(hashes(reference));
      again.close();
    });
  }

  it('answers a resent batch of the same epoch from the replay, not applying it twice', () => {
    const dir = freshDir();
    const all = seededBatches(21, 5, 10);
    const first = DurableShard.open(replayInit(dir, 21));
    const answers = all.map((batch) => first.apply(batch));
    const resend = { ...replayInit(dir, 21), resendBatchIds: [4, 5] };
    const second = DurableShard.open(resend);
    const hashBefore = hashes(second.shard);
    expect(second.apply(all[3] as Batch)).toEqual(answers[3]);
    expect(second.apply(all[4] as Batch)).toEqual(answers[4]);
    expect(hashes(second.shard)).toEqual(hashBefore);
    second.close();
  });
});

/** Runs the child until it has acknowledged `killAfter` batches, then SIGKILLs it. */
function runAndKill(dir: string, seed: number, killAfter: number): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/orderbook/journal-child.ts', dir, String(seed)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let acked = 0;
  let buffered = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('acked ')) acked = Number(line.slice(6));
      if (acked >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(acked));
  });
}

describe('SIGKILL durability', () => {
  it('a killed process keeps every acknowledged batch', async () => {
    const seed = 31;
    const dir = freshDir();
    const killAfter = 20 + Math.floor(Math.random() * 60);
    const acked = await runAndKill(dir, seed, killAfter);
    expect(acked, `killed after ${killAfter}`).toBeGreaterThanOrEqual(killAfter);
    expect(acked, 'the kill came before the child finished').toBeLessThan(400);
    const restored = DurableShard.open(replayInit(dir, seed, 5));
    restored.close();
    // The reference applies the acknowledged batches, then possibly the one in flight.
    const all = seededBatches(seed, 400, 25);
    const reference = createShard(replayMarkets, {
      restingOrdersPerMarketMax: 100_000,
      rules: replayInit(dir, seed).rules,
    });
    const candidates: string[][] = [];
    for (const [index, batch] of all.entries()) {
      if (index > acked) break;
      applyBatch(reference, batch.commands, batch.nowMs);
      if (index + 1 >= acked) candidates.push(hashes(reference));
    }
    expect(candidates, `killed after ${killAfter}, acked ${acked}`).toContainEqual(
      hashes(restored.shard),
    );
  });
});

describe('journal records', () => {
  it('round-trips records and stops at a torn or corrupt tail', () => {
    const records = [1, 2, 3].map((batchId) => ({
      epoch: 5,
      batchId,
      nowMs: 10 * batchId,
      commands: [{ kind: 'tick', ref: batchId, marketId } as MarketCommand],
    }));
    const bytes = Buffer.concat(records.map(encodeRecord));
    expect(decodeRecords(bytes)).toEqual({ records, validBytes: bytes.length });
    for (const cut of [1, 11, 12, bytes.length - 1]) {
      expect(decodeRecords(bytes.subarray(0, cut)).records.length).toBeLessThan(3);
    }
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 2] = (flipped[flipped.length - 2] ?? 0) ^ 0xff;
    expect(decodeRecords(flipped).records).toEqual(records.slice(0, 2));
  });

  it('refuses to open a journal that is corrupt before its last segment', () => {
    const dir = freshDir();
    const { journal } = ShardJournal.open(dir, 3);
    journal.append({ epoch: 1, batchId: 1, nowMs: 1, commands: [] });
    journal.close();
    writeFileSync(join(dir, 'shard-3.0000000000.journal'), Buffer.from('garbage!garbage!'));
    writeFileSync(join(dir, 'shard-3.0000000001.journal'), Buffer.alloc(0));
    expect(() => ShardJournal.open(dir, 3)).toThrow(/corrupt/);
  });
});

function withoutTime(outcome: CommandOutcome): unknown {
  return {
    ...outcome,
    events: outcome.events.map((event) =>
      event.type === 'fill' ? { ...event, timeMs: 0, fillId: '' } : event,
    ),
  };
}

describe('host restart from the journal', () => {
  it('a killed worker loses no command and applies none twice', async () => {
    const dir = freshDir();
    const received = new Map<number, CommandOutcome>();
    let duplicates = 0;
    let failures = 0;
    const host = await startMatchingHost({
      markets: [marketId],
      journalDir: dir,
      snapshotEveryBatches: 3,
      commandsPerBatchMax: 20,
      onWorkerFailure: () => {
        failures += 1;
      },
      onOutcomes: (outcomes) => {
        for (const outcome of outcomes) {
          if (received.has(outcome.ref)) duplicates += 1;
          received.set(outcome.ref, outcome);
        }
      },
    });
    // Place and list only (no expiries), so the outcomes do not depend on the host's clock.
    const commands: MarketCommand[] = [];
    for (let ref = 1; ref <= 600; ref += 1) {
      commands.push(
        ref % 3 === 0
          ? {
              kind: 'list',
              ref,
              trancheId: `t${ref}`,
              marketId,
              borrowerId: `B${ref % 7}`,
              amountFen: 300,
              maxRateBps: 1_000 + (ref % 11),
            }
          : {
              kind: 'place',
              ref,
              lenderId: `L${ref % 13}`,
              clientOrderId: `o${ref}`,
              marketId,
              amountFen: 50 + (ref % 200),
              minRateBps: 995 + (ref % 9),
              tif: 'GTC',
            },
      );
    }
    for (const command of commands.slice(0, 300)) expect(host.submit(command)).toBe(Code.OK);
    await until(() => received.size >= 100);
    await host.crashShardForTest(0);
    await until(() => host.isShardReady(0));
    // Second kill right after the batches are posted, before the worker can answer them all.
    for (const command of commands.slice(300)) expect(host.submit(command)).toBe(Code.OK);
    await new Promise((resolve) => setImmediate(resolve));
    const answeredAtKill = received.size;
    await host.crashShardForTest(0);
    await until(() => received.size >= commands.length);
    expect(answeredAtKill).toBeLessThan(commands.length);
    expect(failures).toBe(2);
    await host.stop();
    expect(duplicates).toBe(0);
    const reference = createShard([marketId]);
    const expected = applyBatch(reference, commands, 1_700_000_000_000).outcomes;
    expect(
      commands.map((command) => withoutTime(received.get(command.ref) as CommandOutcome)),
    ).toEqual(expected.map(withoutTime));
    const reopened = DurableShard.open({ ...replayInit(dir, 0), markets: [marketId], rules: {} });
    expect(hashes(reopened.shard)).toEqual(hashes(reference));
    reopened.close();
  });
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
