/** Sample fills for the disclosure tests. */
import type { FillRow } from '../../src/disclosure/index.js';

let next = 0;

/** A valid fill with a fresh id; override fields to build edge cases or bad rows. */
export function sampleFill(overrides: Partial<FillRow> = {}): FillRow {
  next += 1;
  return {
    fillId: `f-${next}`,
    seq: next,
    marketId: '36M:B',
    trancheId: 'tr-1',
    borrowerRef: 'b:5f2c9a1e',
    lenderRef: 'l:a81b44d0',
    amountFen: 100_000 + next,
    rateBps: 850,
    timeMs: 1_700_000_000_000 + next,
    explanation: 'best rate 8.50%, earliest at that rate',
    ...overrides,
  };
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
