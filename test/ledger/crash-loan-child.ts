/**
 * Child process of the loan crash test: originates a loan of 200 notes (one large journal
 * record) and then repays it 7 fen at a time with durable group commit, printing each transfer
 * id only after the flush covering it resolved, until the parent kills it with SIGKILL.
 * Usage: node --import tsx crash-loan-child.ts <dir>
 */
import { openLedger } from '../../src/ledger/index.js';
import { Code } from '../../src/shared/index.js';
import { loanCrash } from './crash-workload.js';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: crash-loan-child.ts <dir>');
const ledger = await openLedger({ dir, durability: 'fsync' });
for (let i = 0; i < loanCrash.lenders; i++) {
  ledger.deposit(`d${i}`, `L${i}`, loanCrash.noteFen);
  ledger.hold(`h${i}`, `L${i}`, loanCrash.noteFen);
  ledger.transferHeldToEscrow(`f${i}`, `h${i}`, 'T', loanCrash.noteFen);
}
ledger.deposit('dB', 'B', 1_000_000_000);
const origination = ledger.originate(loanCrash.request());
if (origination.code !== Code.OK) throw new Error(`originate answered ${origination.code}`);
await ledger.flush();
process.stdout.write('o\n');
for (let k = 0; k < loanCrash.repaysMax;) {
  const acknowledged: string[] = [];
  for (const end = k + 20; k < end; k++) {
    const { code } = ledger.repay(`p${k}`, 'T', loanCrash.repayFen, loanCrash.repayMs(k));
    if (code !== Code.OK) throw new Error(`p${k} answered ${code}`);
    acknowledged.push(`p${k}`);
  }
  await ledger.flush();
  process.stdout.write(`${acknowledged.join('\n')}\n`);
}
await ledger.close();
