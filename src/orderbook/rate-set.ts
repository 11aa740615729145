/**
 * The set of rates (0..rateBpsMax) that have a non-empty level on one side of a book.
 * Method: a bitset of 32-bit words scanned with Math.clz32, so finding the next best level
 * costs at most rateBpsMax / 32 word reads (113 for 3,600 bps) and no allocation, instead of
 * a sorted tree of level keys that would allocate on every new level.
 */
import { assert } from '../shared/index.js';

export class RateSet {
  readonly #words: Uint32Array;
  readonly #rateMax: number;

  constructor(rateMax: number) {
    assert(Number.isSafeInteger(rateMax), 'rateMax is an integer');
    assert(rateMax > 0, 'rateMax is positive');
    this.#rateMax = rateMax;
    this.#words = new Uint32Array((rateMax >>> 5) + 1);
  }

  add(rate: number): void {
    assert(rate >= 0 && rate <= this.#rateMax, 'rate within the set');
    this.#words[rate >>> 5] = (this.#words[rate >>> 5] ?? 0) | (1 << (rate & 31));
  }

  delete(rate: number): void {
    assert(rate >= 0 && rate <= this.#rateMax, 'rate within the set');
    this.#words[rate >>> 5] = (this.#words[rate >>> 5] ?? 0) & ~(1 << (rate & 31));
  }

  has(rate: number): boolean {
    return (((this.#words[rate >>> 5] ?? 0) >>> (rate & 31)) & 1) === 1;
  }

  /** Lowest member >= from, or -1. */
  nextFrom(from: number): number {
    if (from > this.#rateMax) return -1;
    let index = from >>> 5;
    // Mask off the bits below `from` in its word, then scan whole words upward.
    let word = ((this.#words[index] ?? 0) >>> (from & 31)) << (from & 31);
    while (word === 0) {
      index += 1;
      if (index >= this.#words.length) return -1;
      word = this.#words[index] ?? 0;
    }
    const lowestBit = 31 - Math.clz32(word & -word);
    return (index << 5) + lowestBit;
  }

  /** Highest member <= from, or -1. */
  previousFrom(from: number): number {
    if (from < 0) return -1;
    const start = Math.min(from, this.#rateMax);
    let index = start >>> 5;
    // Keep only the bits at or below `start` in its word, then scan whole words downward.
    const shift = 31 - (start & 31);
    let word = ((this.#words[index] ?? 0) << shift) >>> shift;
    while (word === 0) {
      index -= 1;
      if (index < 0) return -1;
      word = this.#words[index] ?? 0;
    }
    return (index << 5) + 31 - Math.clz32(word);
  }
}
