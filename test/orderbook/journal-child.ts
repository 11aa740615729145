/**
 * Child process for the SIGKILL durability test: opens a durable shard in the directory given
 * on the command line, applies the seeded batches one by one and prints `acked <batchId>` after
 * each batch is journaled and applied (what a worker would then acknowledge). The parent kills
 * it with SIGKILL at an arbitrary moment. Run with `node --import tsx`.
 */
import { DurableShard } from '../../src/orderbook/durable-shard.js';
import { seededBatches, replayInit } from './replay-fixtures.js';

const [dir, seedText] = process.argv.slice(2);
if (dir === undefined || seedText === undefined) throw new Error('usage: <dir> <seed>');
const seed = Number(seedText);
const durable = DurableShard.open(replayInit(dir, seed, 5));
for (const batch of seededBatches(seed, 400, 25)) {
  durable.apply(batch);
  process.stdout.write(`acked ${batch.batchId}\n`);
  durable.afterBatch();
}
process.stdout.write('done\n');
