/**
 * The fast pass of verifyJournal: the lean balance fold on this thread, the hash chain checked
 * on both cores.
 *
 * Goal: verify a journal of plain transfers at a million entries a second on two cores, with
 * the same answer the posting core's replay gives, and hand anything it cannot vouch for back
 * to the slower passes that name the first bad entry.
 *
 * Method: the file is read in runs of whole records, each into one of a few buffers shared with
 * the workers (the next run is read while one is folded), starting with the hash before the
 * run's first record. This thread folds a run (balance-fold.ts), then hands it over for
 * hashing: to a worker of the hash pool while the pool is keeping up, else checked here in the
 * WebAssembly module (sha256-wasm.ts), so neither core waits on the other whichever of folding
 * and hashing is slower on the day. The bytes after the run's last whole record (and the hash
 * before them) start the next run. The
 * answer counts only if every record folded, every hash matched and the file ended with a whole
 * record; otherwise it says whether the fold met a kind it does not cover ('unsupported': the
 * posting core can still verify the journal quickly) or anything else ('unsure').
 */
import type { FileHandle } from 'node:fs/promises';
import { assert } from '../shared/index.js';
import { BalanceFold, FoldStop } from './balance-fold.js';
import { checkFileHeader, fileHeaderBytes, hashBytes, recordBytesMax } from './entry-codec.js';
import { HashPool } from './hash-pool.js';
import { readFully } from './journal.js';
import { Sha256Runs } from './sha256-wasm.js';

export interface LeanVerification {
  entries: number;
  headHash: string;
  balances: Map<string, number>;
}

export type LeanOutcome = LeanVerification | 'unsupported' | 'unsure';

export interface LeanOptions {
  /** Hash-checking worker threads (at least 1). Default: the hash pool's. */
  threads?: number | undefined;
  /** Bytes read per run: small enough that the last run's hashing is a short tail. */
  runBytes?: number;
  /** Runs queued per worker before this thread hashes the next run itself. */
  queuedPerWorker?: number;
}

const runBytesDefault = 1024 * 1024;
/** Two runs queued per worker keep it busy between hand-overs. */
const queuedPerWorkerDefault = 2;

/** A buffer runs are read into, shared with the workers. */
interface RunBuffer {
  readonly bytes: Buffer;
  /** Settles once no worker reads it any more. */
  free: Promise<void>;
}

/** A run's new bytes go after room for a hash and the part of a record the last run left. */
const slack = hashBytes + recordBytesMax;

/**
 * Hashes one run after another, in a worker when one is free enough, else here, and lends out
 * the buffers runs are read into: shared with the workers and reused, since moving a buffer
 * that fs had read into cost milliseconds a hand-over, and a fresh one per run, collections.
 */
class RunHasher {
  readonly #pool: HashPool;
  readonly #queuedMax: number;
  readonly #here = new Sha256Runs();
  readonly #buffers: RunBuffer[] = [];
  #next = 0;
  #bad = false;
  #checkedHere = 0;

  constructor(threads: number | undefined, queuedPerWorker: number, runBytes: number) {
    this.#pool = new HashPool(threads);
    this.#queuedMax = queuedPerWorker * this.#pool.threads;
    // The queued runs, the one being folded, the one read ahead and a spare.
    for (let i = 0; i < this.#queuedMax + 3; i++) {
      const bytes = Buffer.from(new SharedArrayBuffer(slack + runBytes));
      this.#buffers.push({ bytes, free: Promise.resolve() });
    }
  }

  /** The buffer to read the next run into, once no worker is reading it any more. */
  async take(): Promise<RunBuffer> {
    const buffer = this.#buffers[this.#next];
    assert(buffer !== undefined, 'the hasher has buffers');
    this.#next = (this.#next + 1) % this.#buffers.length;
    await buffer.free;
    return buffer;
  }

  /** `buffer.bytes[start, end)`: the previous hash, then `records` whole records. */
  check(buffer: RunBuffer, start: number, end: number, firstIndex: number, records: number): void {
    if (this.#pool.pending < this.#queuedMax) {
      const shared = buffer.bytes.buffer as SharedArrayBuffer;
      buffer.free = this.#pool.check(shared, start, end - start, firstIndex);
      return;
    }
    const { records: matched, endAt } = this.#here.check(buffer.bytes, start + hashBytes, end);
    this.#bad ||= matched !== records || endAt !== end;
    this.#checkedHere += records;
  }

  /** Releases the workers; answers whether exactly `records` records were checked, all good. */
  async finish(records: number): Promise<boolean> {
    await this.#pool.release();
    const pool = await this.#pool.finish();
    return !this.#bad && pool.firstBad < 0 && pool.checked + this.#checkedHere === records;
  }

  /** Releases the workers, or they would keep the process alive. */
  async stop(): Promise<void> {
    await this.#pool.release();
  }
}

export async function verifyLean(
  handle: FileHandle,
  options: LeanOptions = {},
): Promise<LeanOutcome> {
  const fileBytes = (await handle.stat()).size;
  if (fileBytes < fileHeaderBytes) return 'unsure';
  const header = Buffer.alloc(fileHeaderBytes);
  await readFully(handle, header, 0);
  if (checkFileHeader(header) !== undefined) return 'unsure';
  // Most entries are transfers, and plain records take 60 to 100 bytes.
  const fold = new BalanceFold(Math.ceil(fileBytes / 80));
  // A small journal needs no buffers larger than itself.
  const runBytes = Math.min(options.runBytes ?? runBytesDefault, fileBytes);
  const queued = options.queuedPerWorker ?? queuedPerWorkerDefault;
  const hasher = new RunHasher(options.threads, queued, runBytes);
  let tail: Buffer;
  try {
    tail = await foldFile(handle, fileBytes, fold, hasher, runBytes);
  } catch (error) {
    await hasher.stop();
    throw error;
  }
  if (fold.stop !== FoldStop.none) {
    await hasher.stop();
    return fold.stop === FoldStop.unsupported ? 'unsupported' : 'unsure';
  }
  // Checked while the workers hash the last runs.
  const folded = fold.idsDistinct() && fold.checkInvariants();
  const intact = await hasher.finish(fold.entries);
  // Bytes after the last whole record are a torn or damaged tail: the sequential pass says which.
  if (tail.length !== hashBytes || !intact || !folded) return 'unsure';
  return { entries: fold.entries, headHash: tail.toString('hex'), balances: fold.balances() };
}

/**
 * Reads and folds the records after the header until the end of the file or a record that
 * does not fold, handing each run to `hasher`; the next run is read while one is folded.
 * Answers the bytes not folded, after the hash that precedes them (only that hash when the
 * file ends with a whole record).
 */
async function foldFile(
  handle: FileHandle,
  fileBytes: number,
  fold: BalanceFold,
  hasher: RunHasher,
  runBytes: number,
): Promise<Buffer> {
  const readRun = async (position: number): Promise<{ buffer: RunBuffer; end: number }> => {
    const buffer = await hasher.take();
    const end = slack + Math.min(runBytes, fileBytes - position);
    await readFully(handle, buffer.bytes.subarray(slack, end), position);
    return { buffer, end };
  };
  // The header ends with the genesis hash, the "previous hash" of the first record.
  let carry = Buffer.alloc(hashBytes);
  let position = fileHeaderBytes;
  let reading = position < fileBytes ? readRun(position) : undefined;
  try {
    while (reading !== undefined) {
      const { buffer, end } = await reading;
      position += end - slack;
      reading = position < fileBytes ? readRun(position) : undefined;
      const start = slack - carry.length;
      carry.copy(buffer.bytes, start);
      const firstIndex = fold.entries;
      const done = fold.foldRun(buffer.bytes, start + hashBytes, end);
      carry = Buffer.from(buffer.bytes.subarray(done - hashBytes, end));
      if (fold.stop !== FoldStop.none) break;
      if (done === start + hashBytes) continue;
      hasher.check(buffer, start, done, firstIndex, fold.entries - firstIndex);
    }
  } finally {
    // A read ahead still running must not outlive the file handle (the caller closes it).
    await reading?.catch(() => undefined);
  }
  return carry;
}
