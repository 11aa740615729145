/**
 * Ledger throughput benchmark (not part of the test run):
 *   node --import tsx test/ledger/bench.ts [entries] [fsync|none]
 * Applies a mix of deposits, holds, escrow moves and releases in chunks the way a batching caller
 * would (up to 8 flushes in flight), then times verifyJournal and a reopen (replay) of the file.
 */
import fs from 'node:fs';
import { openLedger, verifyJournal, type Durability } from '../../src/ledger/index.js';
import { tempDir } from './helpers.js';

const entriesWanted = Number(process.argv[2] ?? 1_000_000);
const durability = (process.argv[3] ?? 'fsync') as Durability;
const chunkGroups = 1_024;
const flushesInFlightMax = 8;

const dir = tempDir();
const ledger = await openLedger({ dir, durability });
const inFlight: Promise<number>[] = [];
const commitMs: number[] = [];
const started = performance.now();
for (let group = 0; ledger.entryCount() < entriesWanted;) {
  for (const end = group + chunkGroups; group < end; group++) {
    const user = `user-${group % 10_000}`;
    ledger.deposit(`dep-${group}`, user, 1_000);
    ledger.hold(`hold-${group}`, user, 600);
    ledger.transferHeldToEscrow(`esc-${group}`, `hold-${group}`, `tranche-${group % 500}`, 250);
    ledger.releaseHold(`rel-${group}`, `hold-${group}`);
  }
  const flushStarted = performance.now();
  inFlight.push(ledger.flush().then(() => performance.now() - flushStarted));
  if (inFlight.length >= flushesInFlightMax)
    commitMs.push(await (inFlight.shift() as Promise<number>));
}
commitMs.push(...(await Promise.all(inFlight)));
const applySeconds = (performance.now() - started) / 1000;
const entries = ledger.entryCount();
await ledger.close();
commitMs.sort((a, b) => a - b);
const bytes = fs.statSync(`${dir}/ledger.journal`).size;
console.log(
  `${durability}: ${entries} entries (${(bytes / 1e6).toFixed(1)} MB) durable in ` +
    `${applySeconds.toFixed(2)} s = ${Math.round(entries / applySeconds)} entries/s; ` +
    `commit p50 ${commitMs[Math.floor(commitMs.length / 2)]?.toFixed(1)} ms, ` +
    `p99 ${commitMs[Math.floor(commitMs.length * 0.99)]?.toFixed(1)} ms`,
);

let time = performance.now();
const report = await verifyJournal(dir);
let seconds = (performance.now() - time) / 1000;
console.log(`verify: ok=${report.ok} ${Math.round(report.entries / seconds)} entries/s`);

time = performance.now();
const reopened = await openLedger({ dir, durability: 'none' });
seconds = (performance.now() - time) / 1000;
console.log(`reopen (replay): ${Math.round(reopened.entryCount() / seconds)} entries/s`);
await reopened.close();
fs.rmSync(dir, { recursive: true });
