/**
 * Whether a long stream of 64-bit keys (hashes of transfer ids) holds any key twice.
 *
 * Goal: check that a million transfer ids are all new without a random memory access per id.
 * A hash table of every id seen is larger than the caches, so each insertion waited on memory,
 * and that wait was most of the verifier's balance fold.
 *
 * Method: keys are appended in order (two Uint32 columns, sequential writes) and only checked
 * at the end: one counting pass and one scatter pass group them by their top 10 bits, and each
 * group, small enough to stay in the cache, goes through a small open-addressing table. Equal
 * keys always land in the same group, so any repeat is found. A repeat of the key means a
 * repeated id or, about once in 2^64 pairs, two ids with the same hash: either way the caller
 * falls back to a check that compares the ids themselves.
 */
const groupBits = 10;
const groups = 1 << groupBits;

export class DistinctKeys {
  #count = 0;
  #high: Uint32Array;
  #low: Uint32Array;

  constructor(expected = 0) {
    const capacity = Math.max(1024, expected);
    this.#high = new Uint32Array(capacity);
    this.#low = new Uint32Array(capacity);
  }

  get count(): number {
    return this.#count;
  }

  add(high: number, low: number): void {
    const index = this.#count;
    if (index === this.#high.length) {
      const high2 = new Uint32Array(2 * index);
      const low2 = new Uint32Array(2 * index);
      high2.set(this.#high);
      low2.set(this.#low);
      this.#high = high2;
      this.#low = low2;
    }
    this.#high[index] = high;
    this.#low[index] = low;
    this.#count = index + 1;
  }

  /** Whether no key was added twice. */
  allDistinct(): boolean {
    const count = this.#count;
    const starts = new Int32Array(groups + 1);
    for (let i = 0; i < count; i++) {
      const at = ((this.#high[i] ?? 0) >>> (32 - groupBits)) + 1;
      starts[at] = (starts[at] ?? 0) + 1;
    }
    let largest = 0;
    for (let group = 0; group < groups; group++) {
      largest = Math.max(largest, starts[group + 1] ?? 0);
      starts[group + 1] = (starts[group + 1] ?? 0) + (starts[group] ?? 0);
    }
    const high = new Uint32Array(count);
    const low = new Uint32Array(count);
    const next = starts.slice(0, groups);
    for (let i = 0; i < count; i++) {
      const key = this.#high[i] ?? 0;
      const group = key >>> (32 - groupBits);
      const at = next[group] ?? 0;
      next[group] = at + 1;
      high[at] = key;
      low[at] = this.#low[i] ?? 0;
    }
    let slots = 16;
    while (slots < 2 * largest) slots *= 2;
    const table = new Int32Array(slots);
    for (let group = 0; group < groups; group++) {
      const start = starts[group] ?? 0;
      const end = starts[group + 1] ?? 0;
      if (!groupDistinct(high, low, start, end, table)) return false;
    }
    return true;
  }
}

/** Whether keys [start, end) are distinct, using `table` (cleared here) as a hash set. */
function groupDistinct(
  high: Uint32Array,
  low: Uint32Array,
  start: number,
  end: number,
  table: Int32Array,
): boolean {
  let mask = table.length - 1;
  while (mask >= 32 && mask + 1 >= 4 * (end - start)) mask >>>= 1;
  table.fill(0, 0, mask + 1);
  for (let i = start; i < end; i++) {
    const keyHigh = high[i];
    const keyLow = low[i] ?? 0;
    for (let slot = keyLow & mask; ; slot = (slot + 1) & mask) {
      const stored = table[slot] ?? 0;
      if (stored === 0) {
        table[slot] = i + 1;
        break;
      }
      if (low[stored - 1] === keyLow && high[stored - 1] === keyHigh) return false;
    }
  }
  return true;
}
