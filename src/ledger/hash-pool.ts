/**
 * Worker threads that check the journal's record hashes in parallel with the replay.
 *
 * Goal: take sha256, the largest single cost of verification, off the thread that replays the
 * balances, since each record's hash depends only on bytes stored in the file (the previous
 * record's hash sits right before it), not on any computation over earlier records.
 *
 * Method: a small pool of plain-JS workers (`eval`, so the same code runs from TypeScript
 * sources and compiled output), each with an instance of the SHA-256 module of sha256-wasm.ts.
 * Each run of records is transferred (not copied) to the next worker in turn, or shared when
 * the caller reuses its buffers (moving a buffer read into by fs cost a verification up to
 * milliseconds a hand-over, and freeing it, garbage collections); the worker copies
 * it into the module's memory, where one call walks the length fields, recomputes every hash
 * over (previous hash, length, body) and stops at the first record whose stored hash differs;
 * it answers that record's index, or -1, and how many records checked out. The caller must not
 * trust its scan until `finish()` says every record it handed over checked out. Released
 * workers wait, unreferenced, for the next pool.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { assert } from '../shared/index.js';
import { sha256Module, workAt } from './sha256-wasm.js';

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { memory, check, checkFast } = new WebAssembly.Instance(workerData.module, {}).exports;
const workAt = workerData.workAt;
parentPort.on('message', ({ id, buffer, offset, length, firstIndex }) => {
  const bytes = new Uint8Array(buffer, offset, length);
  const needed = workAt + bytes.length;
  if (memory.buffer.byteLength < needed) {
    memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
  }
  new Uint8Array(memory.buffer).set(bytes, workAt);
  const fast = checkFast(workAt + 32, workAt + bytes.length);
  const count = fast >= 0 ? fast : check(workAt + 32, workAt + bytes.length);
  const endAt = new DataView(memory.buffer).getUint32(0, true) - workAt;
  const bad = endAt === bytes.length ? -1 : firstIndex + count;
  parentPort.postMessage({ id, bad, count });
});
`;

interface Answer {
  id: number;
  bad: number;
  count: number;
}

/**
 * Workers between uses, unreferenced so that they never hold the process open: starting one
 * took 100 to 250 ms here, as long as verifying a tenth of a million-entry journal.
 */
const idleWorkers: Worker[] = [];
const idleWorkersMax = 4;

function newWorker(): Worker {
  const workerData = { module: sha256Module(), workAt };
  const worker = new Worker(workerSource, { eval: true, workerData });
  // Always listened to, so a worker failing while idle is dropped, not an uncaught error.
  const drop = (): void => {
    const at = idleWorkers.indexOf(worker);
    if (at >= 0) idleWorkers.splice(at, 1);
  };
  worker.on('error', drop);
  worker.on('exit', drop);
  return worker;
}

export class HashPool {
  readonly #workers: Worker[] = [];
  readonly #pending = new Map<number, (answer: Answer) => void>();
  readonly #answers: Promise<Answer>[] = [];
  #next = 0;
  #failure: Error | undefined;

  readonly #onMessage = (answer: Answer): void => {
    const resolve = this.#pending.get(answer.id);
    this.#pending.delete(answer.id);
    resolve?.(answer);
  };

  readonly #onError = (error: Error): void => {
    this.#failure = error;
    for (const resolve of this.#pending.values()) resolve({ id: -1, bad: 0, count: 0 });
    this.#pending.clear();
  };

  constructor(threads = Math.max(1, Math.min(4, os.availableParallelism() - 1))) {
    for (let i = 0; i < threads; i++) {
      const worker = idleWorkers.pop() ?? newWorker();
      worker.ref();
      worker.on('message', this.#onMessage);
      worker.on('error', this.#onError);
      this.#workers.push(worker);
    }
  }

  /**
   * Queues a run of records, `length` bytes of `buffer` from `offset`, which start with the hash
   * before the run's first record. An ArrayBuffer is transferred: the caller must own all of it
   * (never a slice of Node's shared pool) and loses it. A SharedArrayBuffer is shared, not
   * moved: the caller may reuse it once the promise answered resolves.
   */
  check(
    buffer: ArrayBuffer | SharedArrayBuffer,
    offset: number,
    length: number,
    firstIndex: number,
  ): Promise<void> {
    assert(offset >= 0 && offset + length <= buffer.byteLength, 'the run lies within the buffer');
    const id = this.#next++;
    const worker = this.#workers[id % this.#workers.length];
    assert(worker !== undefined, 'the pool has workers');
    const answer = new Promise<Answer>((resolve) => this.#pending.set(id, resolve));
    this.#answers.push(answer);
    const message = { id, buffer, offset, length, firstIndex };
    if (buffer instanceof SharedArrayBuffer) worker.postMessage(message);
    else worker.postMessage(message, [buffer]);
    return answer.then(() => undefined);
  }

  /** Runs handed over and not answered yet. */
  get pending(): number {
    return this.#pending.size;
  }

  get threads(): number {
    return this.#workers.length;
  }

  /**
   * Waits for every answer, then lets the workers go: kept idle for the next pool (they no
   * longer keep the process alive) or, after a failure or beyond a few, stopped.
   */
  async release(): Promise<void> {
    await Promise.all(this.#answers);
    const stopped: Promise<number>[] = [];
    for (const worker of this.#workers.splice(0)) {
      worker.off('message', this.#onMessage);
      worker.off('error', this.#onError);
      if (this.#failure === undefined && idleWorkers.length < idleWorkersMax) {
        worker.unref();
        idleWorkers.push(worker);
      } else {
        stopped.push(worker.terminate());
      }
    }
    await Promise.all(stopped);
  }

  /** Index of the first record with a wrong hash, -1 if none; records checked. */
  async finish(): Promise<{ firstBad: number; checked: number }> {
    const answers = await Promise.all(this.#answers);
    if (this.#failure !== undefined) return { firstBad: 0, checked: 0 };
    let firstBad = -1;
    let checked = 0;
    for (const answer of answers) {
      checked += answer.count;
      if (answer.bad >= 0 && (firstBad < 0 || answer.bad < firstBad)) firstBad = answer.bad;
    }
    return { firstBad, checked };
  }
}
