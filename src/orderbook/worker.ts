/**
 * Worker entry for one shard: the single writer of its markets.
 * Method: build the shard from workerData, announce readiness, then for every batch message
 * apply the whole batch through the deterministic engine and post one answer. No other I/O:
 * an assertion failure throws, the worker dies, and the host answers the in-flight commands.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { assert } from '../shared/index.js';
import {
  isBatchMessage,
  isWorkerInit,
  protocolVersion,
  type OutcomesMessage,
  type ReadyMessage,
} from './protocol.js';
import { applyBatch, createShard } from './shard.js';

const port = parentPort;
assert(port !== null, 'worker.ts runs inside a worker thread');
const init: unknown = workerData;
assert(isWorkerInit(init), 'workerData is a WorkerInit');

const shard = createShard(init.markets, {
  restingOrdersPerMarketMax: init.restingOrdersPerMarketMax,
});

port.on('message', (message: unknown) => {
  assert(isBatchMessage(message), 'host sent a batch message');
  const result = applyBatch(shard, message.commands, message.nowMs);
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
};
port.postMessage(ready);
