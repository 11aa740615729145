/**
 * A set of short byte strings (journal ids), each numbered in the order it was first added.
 *
 * Goal: let the verifier's balance fold look ids up straight from the journal's bytes, with no
 * string per entry: decoding three strings and hashing them into a Map was the largest share of
 * a verification, and the strings, kept for the whole run, were most of its garbage.
 *
 * Method: open addressing with linear probing over a power-of-two slot array at most half full;
 * a slot holds the id's 31-bit hash (computed by the caller while it checks the id's
 * characters) and its number + 1 (0: empty), side by side, so a probe reads one cache line and
 * compares bytes (kept in one growing arena) only when the hashes agree. Ids are 1 to 255 bytes.
 * A removed id leaves its bytes in the arena (numbers are never reused) but frees its slot, so a
 * table of what is open stays as small as what is open, and in the cache.
 */
import { assert } from '../shared/index.js';

const slotsMin = 1 << 12;

export class ByteTable {
  /** Ids added so far (removed ones included); the next one added gets this number. */
  size = 0;
  /** Pairs (hash, number + 1), the hash beside the number so a probe touches one cache line. */
  #slots: Int32Array;
  #mask: number;
  #starts: Int32Array;
  #lengths: Uint8Array;
  #arena: Uint8Array;
  #arenaUsed = 0;
  /** Ids in the table: added and not removed. */
  #live = 0;

  /** `expected`: about how many ids will be added, so the table rarely has to grow. */
  constructor(expected = 0) {
    let slots = slotsMin;
    while (slots < 2 * expected) slots *= 2;
    this.#slots = new Int32Array(2 * slots);
    this.#mask = slots - 1;
    this.#starts = new Int32Array(slots / 2);
    this.#lengths = new Uint8Array(slots / 2);
    this.#arena = new Uint8Array(slots * 8);
  }

  /** The number of the id in `bytes[at, at + length)`, or -1 if it was never added. */
  find(bytes: Uint8Array, at: number, length: number, hash: number): number {
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[2 * slot + 1] ?? 0;
      if (stored === 0) return -1;
      if (slots[2 * slot] === hash && this.#matches(stored - 1, bytes, at, length)) {
        return stored - 1;
      }
    }
  }

  /** The number of the id, adding it first if it is new (then the answer equals the old size). */
  intern(bytes: Uint8Array, at: number, length: number, hash: number): number {
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const stored = slots[2 * slot + 1] ?? 0;
      if (stored === 0) break;
      if (slots[2 * slot] === hash && this.#matches(stored - 1, bytes, at, length)) {
        return stored - 1;
      }
    }
    const index = this.#add(bytes, at, length);
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = index + 1;
    this.#live += 1;
    if (2 * this.#live > mask) this.#rehash();
    return index;
  }

  /** The id numbered `index`, as text (ids are ASCII). */
  text(index: number): string {
    const start = this.#starts[index] ?? 0;
    const end = start + (this.#lengths[index] ?? 0);
    return Buffer.from(this.#arena.buffer, start, end - start).toString('latin1');
  }

  /**
   * Takes the id numbered `index` (whose hash is `hash`) out of the table: find no longer
   * answers it, and adding the same bytes again gives a new number.
   */
  remove(index: number, hash: number): void {
    const slots = this.#slots;
    const mask = this.#mask;
    let hole = hash & mask;
    while (slots[2 * hole + 1] !== index + 1) {
      assert(slots[2 * hole + 1] !== 0, 'only an id in the table is removed');
      hole = (hole + 1) & mask;
    }
    // Backward-shift deletion: later entries of the probe run move into the hole when it lies
    // between their home slot and where they are, so no lookup stops early at an empty slot.
    for (let slot = (hole + 1) & mask; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      const home = (slots[2 * slot] ?? 0) & mask;
      if (((slot - home) & mask) >= ((slot - hole) & mask)) {
        slots[2 * hole] = slots[2 * slot] ?? 0;
        slots[2 * hole + 1] = slots[2 * slot + 1] ?? 0;
        hole = slot;
      }
    }
    slots[2 * hole] = 0;
    slots[2 * hole + 1] = 0;
    this.#live -= 1;
  }

  #matches(index: number, bytes: Uint8Array, at: number, length: number): boolean {
    if (this.#lengths[index] !== length) return false;
    const arena = this.#arena;
    const start = this.#starts[index] ?? 0;
    for (let i = 0; i < length; i++) {
      if (arena[start + i] !== bytes[at + i]) return false;
    }
    return true;
  }

  #add(bytes: Uint8Array, at: number, length: number): number {
    assert(length > 0 && length < 0x100, 'a table id is 1 to 255 bytes');
    const index = this.size;
    if (index === this.#starts.length) {
      this.#starts = grown(this.#starts, new Int32Array(2 * index));
      this.#lengths = grown(this.#lengths, new Uint8Array(2 * index));
    }
    if (this.#arenaUsed + length > this.#arena.length) {
      this.#arena = grown(this.#arena, new Uint8Array(2 * (this.#arena.length + length)));
    }
    // A loop, not set(subarray): ids are short, and a view per id would be garbage.
    const arena = this.#arena;
    const start = this.#arenaUsed;
    for (let i = 0; i < length; i++) arena[start + i] = bytes[at + i] ?? 0;
    this.#starts[index] = start;
    this.#lengths[index] = length;
    this.#arenaUsed += length;
    this.size = index + 1;
    return index;
  }

  #rehash(): void {
    const old = this.#slots;
    const slots = new Int32Array(2 * old.length);
    const mask = slots.length / 2 - 1;
    for (let from = 0; from < old.length; from += 2) {
      const stored = old[from + 1] ?? 0;
      if (stored === 0) continue;
      const hash = old[from] ?? 0;
      let slot = hash & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = stored;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
