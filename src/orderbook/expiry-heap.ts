/**
 * The expiry index of one market: every resting order with an expiry and every tranche with a
 * deadline, earliest first, so a tick finds what is due without walking the book.
 * Method: a binary min-heap of entries keyed by (expiresAtMs, seq); the seq tie-break makes the
 * order of expiries, and so of their events, deterministic. Entries that left the book another
 * way (filled, cancelled, frozen) stay in the heap and are skipped when popped (lazy deletion),
 * which keeps cancel O(1); each entry is pushed once, when it first rests.
 */
import { assert } from '../shared/index.js';
import { EXPIRY_NONE, type BookEntry } from './price-level.js';

function before(a: BookEntry, b: BookEntry): boolean {
  return a.expiresAtMs < b.expiresAtMs || (a.expiresAtMs === b.expiresAtMs && a.seq < b.seq);
}

export class ExpiryHeap {
  readonly #items: BookEntry[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(entry: BookEntry): void {
    assert(entry.expiresAtMs !== EXPIRY_NONE, 'only entries with an expiry are indexed');
    const items = this.#items;
    let index = items.length;
    items.push(entry);
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex];
      assert(parent !== undefined, 'heap parent exists');
      if (!before(entry, parent)) break;
      items[index] = parent;
      index = parentIndex;
    }
    items[index] = entry;
  }

  /** The earliest entry when it is due at `nowMs`, removed from the heap; otherwise null. */
  popDue(nowMs: number): BookEntry | null {
    const items = this.#items;
    const top = items[0];
    if (top === undefined || top.expiresAtMs > nowMs) return null;
    const last = items.pop();
    assert(last !== undefined, 'heap is not empty');
    if (items.length > 0) this.#siftDown(last);
    return top;
  }

  /** Every indexed entry in heap order (for snapshots and audits, not for the hot path). */
  entries(): readonly BookEntry[] {
    return this.#items;
  }

  #siftDown(entry: BookEntry): void {
    const items = this.#items;
    const length = items.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      let child = items[left] as BookEntry;
      let childIndex = left;
      const rightEntry = items[right];
      if (rightEntry !== undefined && before(rightEntry, child)) {
        child = rightEntry;
        childIndex = right;
      }
      if (!before(child, entry)) break;
      items[index] = child;
      index = childIndex;
    }
    items[index] = entry;
  }
}
