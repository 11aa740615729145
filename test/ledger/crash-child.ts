/**
 * Child process of the crash test: applies the crash workload in batches with durable group
 * commit and prints each transfer id on stdout only after the flush covering it resolved, until
 * the parent kills it with SIGKILL. Usage: node --import tsx crash-child.ts <dir>
 */
import { openLedger } from '../../src/ledger/index.js';
import { Code } from '../../src/shared/index.js';
import { applyToLedger, groupOps } from './crash-workload.js';

const groupsPerBatch = 40;
/** A safety stop, so an orphaned child cannot run forever. */
const groupsMax = 400_000;

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: crash-child.ts <dir>');
const ledger = await openLedger({ dir, durability: 'fsync' });
for (let group = 0; group < groupsMax;) {
  const acknowledged: string[] = [];
  for (const end = group + groupsPerBatch; group < end; group++) {
    for (const op of groupOps(group)) {
      const code = applyToLedger(ledger, op);
      if (code !== Code.OK) throw new Error(`${op.id} answered ${code}`);
      acknowledged.push(op.id);
    }
  }
  await ledger.flush();
  // Writes to a pipe are synchronous on Linux, so a printed id has left this process.
  process.stdout.write(`${acknowledged.join('\n')}\n`);
}
await ledger.close();
