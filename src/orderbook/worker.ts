/**
 * Worker entry for one shard: the single writer of its markets.
 * Method: open the durable shard from workerData (restore + replay when it has a journal),
 * announce readiness (with the replay's outcomes on the first start of a host run), then for
 * every batch message journal and apply it (DurableShard) and post one answer; snapshot when
 * the host says so. An assertion failure throws, the
 * worker dies, and the host restarts it (or answers the in-flight commands when it cannot).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { assert } from '../shared/index.js';
import { DurableShard } from './durable-shard.js';
import {
  isBatchMessage,
  isSnapshotMessage,
  isWorkerInit,
  protocolVersion,
  type OutcomesMessage,
  type ReadyMessage,
} from './protocol.js';

const port = parentPort;
assert(port !== null, 'worker.ts runs inside a worker thread');
const init: unknown = workerData;
assert(isWorkerInit(init), 'workerData is a WorkerInit');

const durable = DurableShard.open(init);

port.on('message', (message: unknown) => {
  if (isSnapshotMessage(message)) {
    durable.snapshot();
    return;
  }
  assert(isBatchMessage(message), 'host sent a batch message');
  const result = durable.apply(message);
  const answer: OutcomesMessage = {
    type: 'outcomes',
    version: protocolVersion,
    batchId: message.batchId,
    outcomes: result.outcomes,
    books: result.books,
  };
  port.postMessage(answer);
});

const ready: ReadyMessage = {
  type: 'ready',
  version: protocolVersion,
  shardIndex: init.shardIndex,
  replayed: durable.replayedBatches.splice(0),
  restingOrders: init.reportReplay ? durable.restingOrders() : [],
  openTranches: init.reportReplay ? durable.openTranches() : [],
};
port.postMessage(ready);
