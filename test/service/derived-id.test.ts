import { describe, expect, it } from 'vitest';
import { derivedId, holdIdOf } from '../../src/service/backend.js';
import { isValidId } from '../../src/shared/index.js';

describe('derived ledger ids', () => {
  it('joins short parts readably and keeps them apart', () => {
    expect(holdIdOf('L1', 'o1')).toBe('hold:2.L1:o1');
    // The length prefix keeps ("a:b", "c") apart from ("a", "b:c").
    expect(derivedId('x', 'a:b', 'c')).not.toBe(derivedId('x', 'a', 'b:c'));
    expect(derivedId('x', 'ab', 'c')).not.toBe(derivedId('x', 'a', 'bc'));
  });

  it('hashes parts too long to join, and always yields a valid ledger id', () => {
    const long = holdIdOf('U'.repeat(64), 'o'.repeat(64));
    expect(long).toMatch(/^hold#[0-9a-f]{32}$/);
    expect(holdIdOf('U'.repeat(64), 'o'.repeat(63))).not.toBe(long);
    for (const [user, order] of [
      ['L1', 'o1'],
      ['U'.repeat(30), 'o'.repeat(30)],
      ['U'.repeat(64), 'o'.repeat(64)],
    ] as const) {
      expect(isValidId(holdIdOf(user, order))).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(holdIdOf('L9', 'abc')).toBe(holdIdOf('L9', 'abc'));
    expect(derivedId('fill', '36M:B:12:0')).toBe('fill:36M:B:12:0');
  });
});
