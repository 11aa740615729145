/**
 * The expiry index of one market: every resting order with an expiry and every tranche with a
 * deadline, earliest first, so a tick finds what is due without walking the book.
 * Method: a binary min-heap in typed arrays keyed by (expiresAtMs, seq), each item carrying
 * the entry's handle (slot and side, book.ts handleOf); the seq tie-break makes the order of
 * expiries, and so of their events, deterministic. Entries that left the book another way
 * (filled, cancelled, frozen) stay in the heap and are skipped when popped (lazy deletion),
 * which keeps cancel O(1); each entry is pushed once, when it first rests. The key is stored
 * with the handle because a forgotten entry's slot is reused: the popped item is the entry's
 * only when the slot still holds the same seq (seqs are unique).
 */
import { assert } from '../shared/index.js';
import { EXPIRY_NONE, type EntryView } from './price-level.js';

export class ExpiryHeap {
  #times = new Float64Array(64);
  #seqs = new Float64Array(64);
  #handles = new Int32Array(64);
  #size = 0;
  /** Key of the item popDue returned last. */
  poppedSeq = 0;

  get size(): number {
    return this.#size;
  }

  /** A restore re-indexes an entry by its view. */
  push(entry: EntryView): void {
    this.pushHandle(entry.slot * 2 + entry.side, entry.expiresAtMs, entry.seq);
  }

  pushHandle(handle: number, expiresAtMs: number, seq: number): void {
    assert(expiresAtMs !== EXPIRY_NONE, 'only entries with an expiry are indexed');
    if (this.#size === this.#handles.length) this.#grow();
    let index = this.#size;
    this.#size += 1;
    const times = this.#times;
    const seqs = this.#seqs;
    const handles = this.#handles;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentTime = times[parent] ?? 0;
      const parentSeq = seqs[parent] ?? 0;
      if (parentTime < expiresAtMs || (parentTime === expiresAtMs && parentSeq < seq)) break;
      times[index] = parentTime;
      seqs[index] = parentSeq;
      handles[index] = handles[parent] ?? 0;
      index = parent;
    }
    times[index] = expiresAtMs;
    seqs[index] = seq;
    handles[index] = handle;
  }

  /**
   * The handle of the earliest item when it is due at `nowMs`, removed from the heap (its seq
   * in poppedSeq); otherwise -1.
   */
  popDue(nowMs: number): number {
    if (this.#size === 0 || (this.#times[0] ?? 0) > nowMs) return -1;
    const handle = this.#handles[0] ?? 0;
    this.poppedSeq = this.#seqs[0] ?? 0;
    this.#size -= 1;
    const last = this.#size;
    if (last > 0) {
      this.#siftDown(this.#times[last] ?? 0, this.#seqs[last] ?? 0, this.#handles[last] ?? 0);
    }
    return handle;
  }

  /** Every item as (handle, seq) pairs in heap order (for audits, not for the hot path). */
  items(): [number, number][] {
    const items: [number, number][] = [];
    for (let index = 0; index < this.#size; index += 1) {
      items.push([this.#handles[index] ?? 0, this.#seqs[index] ?? 0]);
    }
    return items;
  }

  #siftDown(time: number, seq: number, handle: number): void {
    const times = this.#times;
    const seqs = this.#seqs;
    const handles = this.#handles;
    const length = this.#size;
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= length) break;
      let childTime = times[child] ?? 0;
      let childSeq = seqs[child] ?? 0;
      const right = child + 1;
      if (right < length) {
        const rightTime = times[right] ?? 0;
        const rightSeq = seqs[right] ?? 0;
        if (rightTime < childTime || (rightTime === childTime && rightSeq < childSeq)) {
          child = right;
          childTime = rightTime;
          childSeq = rightSeq;
        }
      }
      if (time < childTime || (time === childTime && seq < childSeq)) break;
      times[index] = childTime;
      seqs[index] = childSeq;
      handles[index] = handles[child] ?? 0;
      index = child;
    }
    times[index] = time;
    seqs[index] = seq;
    handles[index] = handle;
  }

  #grow(): void {
    const capacity = this.#handles.length * 2;
    const times = new Float64Array(capacity);
    times.set(this.#times);
    this.#times = times;
    const seqs = new Float64Array(capacity);
    seqs.set(this.#seqs);
    this.#seqs = seqs;
    const handles = new Int32Array(capacity);
    handles.set(this.#handles);
    this.#handles = handles;
  }
}
