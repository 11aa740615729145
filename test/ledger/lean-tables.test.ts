/**
 * The verifier's id tables: ByteTable numbers byte strings in order of first sight, finds them
 * again after growing and forgets removed ones; DistinctKeys finds a repeated key wherever it
 * falls in the stream.
 */
import { describe, expect, it } from 'vitest';
import { ByteTable } from '../../src/ledger/byte-table.js';
import { DistinctKeys } from '../../src/ledger/distinct-keys.js';
import { seededRandom } from './helpers.js';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('ByteTable', () => {
  it('numbers ids in order of first sight, across growth, comparing bytes on equal hashes', () => {
    const table = new ByteTable();
    // Hash 7 for every id: every lookup walks a collision chain and compares bytes.
    const ids = Array.from({ length: 3_000 }, (_, i) => latin1(`id-${i}`));
    ids.forEach((id, i) => expect(table.intern(id, 0, id.length, i % 5 === 0 ? 7 : i)).toBe(i));
    ids.forEach((id, i) => expect(table.find(id, 0, id.length, i % 5 === 0 ? 7 : i)).toBe(i));
    expect(table.size).toBe(3_000);
    const padded = latin1(`xx${'id-2995'}`);
    expect(table.find(padded, 2, 7, 7)).toBe(2_995);
    expect(table.intern(padded, 2, 7, 7)).toBe(2_995);
    expect(table.find(latin1('id-3000'), 0, 7, 7)).toBe(-1);
    expect(table.text(2_995)).toBe('id-2995');
  });

  it('forgets removed ids and still finds every other one, as a Map does', () => {
    const table = new ByteTable();
    const model = new Map<string, number>();
    const random = seededRandom(5);
    // Few hashes, so removals shift many probe runs; many operations, so the table grows.
    const hashOf = (id: string): number => id.length * 7 + (id.charCodeAt(id.length - 1) % 9);
    for (let step = 0; step < 20_000; step++) {
      const id = `h${Math.floor(random() * 3_000)}`;
      const bytes = latin1(id);
      const known = model.get(id);
      expect(table.find(bytes, 0, bytes.length, hashOf(id))).toBe(known ?? -1);
      if (known !== undefined && random() < 0.6) {
        table.remove(known, hashOf(id));
        model.delete(id);
      } else if (known === undefined) {
        const size = table.size;
        expect(table.intern(bytes, 0, bytes.length, hashOf(id))).toBe(size);
        model.set(id, size);
      }
    }
    for (const [id, index] of model) {
      expect(table.find(latin1(id), 0, id.length, hashOf(id))).toBe(index);
    }
  });
});

describe('DistinctKeys', () => {
  it('finds no repeat among distinct keys, and the one repeat among many', () => {
    const keys = new DistinctKeys(16);
    for (let i = 0; i < 50_000; i++) keys.add((i * 2_654_435_761) >>> 0, i);
    expect(keys.count).toBe(50_000);
    expect(keys.allDistinct()).toBe(true);
    keys.add((31_337 * 2_654_435_761) >>> 0, 31_337);
    expect(keys.allDistinct()).toBe(false);
    // The same high half with another low half is another key.
    const other = new DistinctKeys();
    other.add(5, 1);
    other.add(5, 2);
    expect(other.allDistinct()).toBe(true);
  });
});
