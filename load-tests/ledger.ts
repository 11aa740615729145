/**
 * `npm run bench -- ledger`: ledger transfers per second with durable group commit ('fsync':
 * one fdatasync per batch, a batch acknowledged only after it) and buffered ('none': write only),
 * then `verifyJournal` (hash chain + replay of every balance) in entries per second, each the
 * median of several runs in one process. The workload is what the service does per lend order:
 * deposit, hold, a fill into a tranche's escrow, and the release of the rest, applied in chunks
 * the way the backend batches them, with up to 15 flushes in flight. Every transfer is one journal
 * entry. The invariants are checked for every batch, as in production. Prints a JSON line last.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedger, verifyJournal, type Durability } from '../src/ledger/index.js';
import type { Benchmark } from './bench.js';
import { integerOption, median } from './options.js';

const chunkGroups = 1_024;
/** 15 flushes of 4,096 entries stay below limits.journalPendingEntriesMax (65,536). */
const flushesInFlightMax = 15;
const users = 10_000;
const tranches = 500;

interface RunResult {
  transfersPerSec: number;
  /** Transfers per second of CPU used by this process: less sensitive to other load. */
  transfersPerCpuSec: number;
  commitP50Ms: number;
  commitP99Ms: number;
  dir: string;
}

async function applyRun(entries: number, durability: Durability): Promise<RunResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
  const ledger = await openLedger({ dir, durability });
  const inFlight: Promise<number>[] = [];
  const commitMs: number[] = [];
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (let group = 0; ledger.entryCount() < entries;) {
    for (const end = group + chunkGroups; group < end; group++) {
      const user = `user-${group % users}`;
      const hold = `hold-${group}`;
      ledger.deposit(`dep-${group}`, user, 1_000);
      ledger.hold(hold, user, 600);
      ledger.transferHeldToEscrow(`esc-${group}`, hold, `tranche-${group % tranches}`, 250);
      ledger.releaseHold(`rel-${group}`, hold);
    }
    const flushStarted = performance.now();
    inFlight.push(ledger.flush().then(() => performance.now() - flushStarted));
    if (inFlight.length >= flushesInFlightMax) {
      commitMs.push(await (inFlight.shift() ?? Promise.resolve(0)));
    }
  }
  commitMs.push(...(await Promise.all(inFlight)));
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuStarted);
  const applied = ledger.entryCount();
  await ledger.close();
  commitMs.sort((a, b) => a - b);
  const at = (q: number): number => commitMs[Math.floor((commitMs.length - 1) * q)] ?? 0;
  return {
    transfersPerSec: Math.round(applied / seconds),
    transfersPerCpuSec: Math.round(applied / cpuSeconds),
    commitP50Ms: Number(at(0.5).toFixed(2)),
    commitP99Ms: Number(at(0.99).toFixed(2)),
    dir,
  };
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Entries per wall second and per CPU second (all threads, the hash workers included). */
async function verifyRun(dir: string): Promise<[number, number]> {
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const report = await verifyJournal(dir);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuStarted);
  if (!report.ok) throw new Error(`verify failed: ${report.reason}`);
  return [Math.round(report.entries / seconds), Math.round(report.entries / cpuSeconds)];
}

export const bench: Benchmark = {
  summary: 'ledger transfers/s, durable (fsync group commit) and buffered, and verify entries/s',
  options: ['--entries N (default 1000000)  --runs R (default 3)'],
  run: async (args) => {
    const entries = integerOption(args, '--entries', 1_000_000, 20_000_000);
    const runs = integerOption(args, '--runs', 3, 20);
    const durable: RunResult[] = [];
    const buffered: RunResult[] = [];
    const verify: number[] = [];
    const verifyCpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      const fsync = await applyRun(entries, 'fsync');
      durable.push(fsync);
      const [verifyRate, verifyCpuRate] = await verifyRun(fsync.dir);
      verify.push(verifyRate);
      verifyCpu.push(verifyCpuRate);
      fs.rmSync(fsync.dir, { recursive: true });
      const none = await applyRun(entries, 'none');
      buffered.push(none);
      fs.rmSync(none.dir, { recursive: true });
      const line =
        `run ${run + 1}/${runs}: durable ${fsync.transfersPerSec}/s ` +
        `(commit p50 ${fsync.commitP50Ms} ms, p99 ${fsync.commitP99Ms} ms), ` +
        `buffered ${none.transfersPerSec}/s, verify ${verifyRate} entries/s; per CPU second: ` +
        `durable ${fsync.transfersPerCpuSec}, buffered ${none.transfersPerCpuSec}, ` +
        `verify ${verifyCpuRate}\n`;
      process.stdout.write(line);
    }
    const result = {
      entries,
      runs,
      durableTransfersPerSec: median(durable.map((r) => r.transfersPerSec)),
      bufferedTransfersPerSec: median(buffered.map((r) => r.transfersPerSec)),
      verifyEntriesPerSec: median(verify),
      durableTransfersPerCpuSec: median(durable.map((r) => r.transfersPerCpuSec)),
      bufferedTransfersPerCpuSec: median(buffered.map((r) => r.transfersPerCpuSec)),
      verifyEntriesPerCpuSec: median(verifyCpu),
      durableCommitP99Ms: median(durable.map((r) => r.commitP99Ms)),
      loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
};
