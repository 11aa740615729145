/**
 * The set of rates (0..rateMax) that have a non-empty level on one side of a book.
 * Method: a two-level bitset of 32-bit words scanned with Math.clz32. The lower level has one
 * bit per rate; the summary has one bit per non-zero lower word. Finding the next best level
 * reads at most a few words (3,600 rates = 113 words = 4 summary words) and never allocates,
 * where a sorted tree of level keys would allocate on every new level.
 */
import { assert } from '../shared/index.js';

/** Index of the lowest set bit of a non-zero 32-bit word. */
function lowestBit(word: number): number {
  return 31 - Math.clz32(word & -word);
}

/** Index of the highest set bit of a non-zero 32-bit word. */
function highestBit(word: number): number {
  return 31 - Math.clz32(word);
}

/** The word with every bit below `bit` cleared. */
function bitsFrom(word: number, bit: number): number {
  return (word >>> bit) << bit;
}

/** The word with every bit above `bit` cleared. */
function bitsUpTo(word: number, bit: number): number {
  const shift = 31 - bit;
  return (word << shift) >>> shift;
}

export class RateSet {
  readonly #words: Uint32Array;
  readonly #summary: Uint32Array;
  readonly #rateMax: number;

  constructor(rateMax: number) {
    assert(Number.isSafeInteger(rateMax), 'rateMax is an integer');
    assert(rateMax > 0, 'rateMax is positive');
    this.#rateMax = rateMax;
    this.#words = new Uint32Array((rateMax >>> 5) + 1);
    this.#summary = new Uint32Array((this.#words.length >>> 5) + 1);
  }

  add(rate: number): void {
    assert(rate >= 0 && rate <= this.#rateMax, 'rate within the set');
    const index = rate >>> 5;
    this.#words[index] = (this.#words[index] ?? 0) | (1 << (rate & 31));
    this.#summary[index >>> 5] = (this.#summary[index >>> 5] ?? 0) | (1 << (index & 31));
  }

  delete(rate: number): void {
    assert(rate >= 0 && rate <= this.#rateMax, 'rate within the set');
    const index = rate >>> 5;
    const word = (this.#words[index] ?? 0) & ~(1 << (rate & 31));
    this.#words[index] = word;
    if (word === 0) {
      this.#summary[index >>> 5] = (this.#summary[index >>> 5] ?? 0) & ~(1 << (index & 31));
    }
  }

  has(rate: number): boolean {
    return (((this.#words[rate >>> 5] ?? 0) >>> (rate & 31)) & 1) === 1;
  }

  /** Lowest member >= from, or -1. */
  nextFrom(from: number): number {
    if (from > this.#rateMax) return -1;
    const start = Math.max(from, 0);
    const index = start >>> 5;
    const word = bitsFrom(this.#words[index] ?? 0, start & 31);
    if (word !== 0) return (index << 5) + lowestBit(word);
    const next = this.#nextWordFrom(index + 1);
    return next === -1 ? -1 : (next << 5) + lowestBit(this.#words[next] ?? 0);
  }

  /** Highest member <= from, or -1. */
  previousFrom(from: number): number {
    if (from < 0) return -1;
    const start = Math.min(from, this.#rateMax);
    const index = start >>> 5;
    const word = bitsUpTo(this.#words[index] ?? 0, start & 31);
    if (word !== 0) return (index << 5) + highestBit(word);
    const previous = this.#previousWordFrom(index - 1);
    return previous === -1 ? -1 : (previous << 5) + highestBit(this.#words[previous] ?? 0);
  }

  /** Lowest non-zero word index >= from, found through the summary, or -1. */
  #nextWordFrom(from: number): number {
    if (from >= this.#words.length) return -1;
    let slot = from >>> 5;
    let summary = bitsFrom(this.#summary[slot] ?? 0, from & 31);
    while (summary === 0) {
      slot += 1;
      if (slot >= this.#summary.length) return -1;
      summary = this.#summary[slot] ?? 0;
    }
    return (slot << 5) + lowestBit(summary);
  }

  /** Highest non-zero word index <= from, found through the summary, or -1. */
  #previousWordFrom(from: number): number {
    if (from < 0) return -1;
    let slot = from >>> 5;
    let summary = bitsUpTo(this.#summary[slot] ?? 0, from & 31);
    while (summary === 0) {
      slot -= 1;
      if (slot < 0) return -1;
      summary = this.#summary[slot] ?? 0;
    }
    return (slot << 5) + highestBit(summary);
  }
}
