/**
 * Crash test: a child process applies transfers with durable group commit and prints each id
 * once its flush resolved; the parent SIGKILLs it mid-run at a seeded moment, reopens the ledger
 * and checks that every acknowledged transfer is present and that nothing was applied twice.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openLedger, verifyJournal } from '../../src/ledger/index.js';
import { seededRandom, tempDir } from './helpers.js';
import { ModelLedger } from './model.js';
import {
  applyToLedger,
  applyToModel,
  entriesPerGroup,
  loanCrash,
  entryIndexOf,
  groupOps,
  retryCode,
} from './crash-workload.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const childFile = path.join(here, 'crash-child.ts');
const projectRoot = path.resolve(here, '../..');

/** Runs the child until it acknowledged at least `minAcks` ids plus `extraMs`, then kills it. */
function runAndKill(
  dir: string,
  minAcks: number,
  extraMs: number,
  file = childFile,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, dir], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killScheduled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (killScheduled || stdout.split('\n').length <= minAcks) return;
      killScheduled = true;
      setTimeout(() => child.kill('SIGKILL'), extraMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${stderr}`));
      // Only complete lines were acknowledged; a partial last line is not.
      else resolve(stdout.split('\n').slice(0, -1));
    });
  });
}

describe('crash safety', () => {
  const seed = 20_240_601;
  const random = seededRandom(seed);
  const runs = [0, 1, 2].map(() => ({
    minAcks: 1_000 + Math.floor(random() * 4_000),
    extraMs: Math.floor(random() * 30),
  }));

  it.each(runs)('keeps every acknowledged transfer exactly once (%o)', async (run) => {
    const dir = tempDir();
    const acknowledged = await runAndKill(dir, run.minAcks, run.extraMs);
    const context = `seed ${seed}, run ${JSON.stringify(run)}, dir ${dir}`;
    expect(acknowledged.length, context).toBeGreaterThan(run.minAcks);
    const verification = await verifyJournal(dir);
    const ledger = await openLedger({ dir, durability: 'fsync' });
    const entries = ledger.entryCount();
    // Every acknowledged id is in the journal's prefix (the workload is applied in order).
    const lastAcknowledged = Math.max(...acknowledged.map(entryIndexOf));
    expect(lastAcknowledged, context).toBeLessThan(entries);
    expect(verification.entries, context).toBe(entries);
    // Nothing twice: the journal holds exactly the first `entries` ops, so the balances are the
    // model's after those ops, account for account.
    const model = new ModelLedger();
    for (let index = 0; index < entries; index++) {
      const op = groupOps(Math.floor(index / entriesPerGroup))[index % entriesPerGroup];
      if (op === undefined) throw new Error('workload op missing');
      expect(applyToModel(model, op), context).toBe(0);
    }
    expect(verification.balances, context).toEqual(model.balances);
    for (const [key, fen] of model.balances) expect(ledger.balanceFen(key), key).toBe(fen);
    // Present: retrying acknowledged ops answers the original result and appends nothing.
    for (const id of acknowledged) {
      const index = entryIndexOf(id);
      const op = groupOps(Math.floor(index / entriesPerGroup))[index % entriesPerGroup];
      if (op === undefined) throw new Error(`no op for ${id}`);
      expect(applyToLedger(ledger, op), `${context}: retry ${id}`).toBe(retryCode(op));
    }
    expect(ledger.entryCount(), context).toBe(entries);
    ledger.checkInvariants();
    await ledger.close();
  });
});

describe('crash safety of loan entries', () => {
  it('keeps the origination and every acknowledged repayment exactly once', async () => {
    const dir = tempDir();
    const file = path.join(here, 'crash-loan-child.ts');
    const acknowledged = await runAndKill(dir, 300, 7, file);
    expect(acknowledged[0]).toBe('o');
    const verification = await verifyJournal(dir);
    expect(verification.ok, verification.reason).toBe(true);
    const ledger = await openLedger({ dir, durability: 'fsync' });
    ledger.checkInvariants();
    const entries = ledger.entryCount();
    expect(ledger.originate(loanCrash.request()).code).toBe(0);
    for (const id of acknowledged.slice(1)) {
      const k = Number(id.slice(1));
      const retry = ledger.repay(id, 'T', loanCrash.repayFen, loanCrash.repayMs(k));
      expect(retry, `retry ${id}`).toEqual({ code: 0, paidFen: loanCrash.repayFen });
    }
    expect(ledger.entryCount()).toBe(entries);
    // Nothing twice: the borrower paid exactly 7 fen per repayment in the journal.
    const repayments = entries - (3 * loanCrash.lenders + 2);
    expect(repayments).toBeGreaterThanOrEqual(acknowledged.length - 1);
    const paidFen = 1_000_000_000 - ledger.userBalances('B').availableFen;
    const disbursedFen = loanCrash.lenders * loanCrash.noteFen * (1 - 0.005);
    expect(paidFen + disbursedFen).toBe(repayments * loanCrash.repayFen);
    await ledger.close();
  });
});
