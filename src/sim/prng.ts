/**
 * The simulator's only source of randomness: a seeded PRNG (mulberry32), so one seed always
 * replays the same scenario, faults included.
 */
import { assert } from '../shared/index.js';

export class Prng {
  #state: number;

  constructor(seed: number) {
    assert(Number.isSafeInteger(seed), 'seed is an integer');
    assert(seed >= 0, 'seed is not negative');
    // Fold the high bits in so seeds above 2^32 still differ.
    this.#state = (seed ^ Math.floor(seed / 0x1_0000_0000)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    assert(Number.isSafeInteger(min) && Number.isSafeInteger(max), 'bounds are integers');
    assert(min <= max, 'min <= max');
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    assert(items.length > 0, 'pick from a non-empty list');
    const item = items[this.int(0, items.length - 1)];
    assert(item !== undefined, 'index within the list');
    return item;
  }

  /** One key of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const keys = Object.keys(weights) as K[];
    let total = 0;
    for (const key of keys) total += weights[key];
    assert(total > 0, 'some weight is positive');
    let point = this.next() * total;
    for (const key of keys) {
      point -= weights[key];
      if (point < 0) return key;
    }
    return this.pick(keys);
  }
}
