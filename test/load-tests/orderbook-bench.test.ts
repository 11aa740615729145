/**
 * The orderbook benchmark is not timed here (speed is reported by `npm run bench`, never
 * asserted); this checks that it runs every contender on a small workload and reports every
 * figure, so a broken benchmark is caught by CI rather than by the next person who runs it.
 */
import { describe, expect, it } from 'vitest';
import { runOrderbookBench } from '../../load-tests/orderbook.js';
import { buildDeepWorkload, buildWorkload } from '../../load-tests/workload.js';

describe('orderbook benchmark', () => {
  it('builds the same workload for the same seed, with cancels and both sides', () => {
    const first = buildWorkload({ commands: 5_000, seed: 7 });
    expect(buildWorkload({ commands: 5_000, seed: 7 })).toEqual(first);
    const kinds = new Set(first.map((item) => item.kind));
    expect(kinds).toEqual(new Set(['lend', 'tranche', 'cancel']));
    const cancels = first.filter((item) => item.kind === 'cancel').length;
    expect(cancels / first.length).toBeGreaterThan(0.05);
    expect(cancels / first.length).toBeLessThan(0.15);
  });

  it('builds a deep book: mostly resting lend orders, frequent cancels, a few tranches', () => {
    const items = buildDeepWorkload({ commands: 5_000, seed: 7 });
    expect(buildDeepWorkload({ commands: 5_000, seed: 7 })).toEqual(items);
    const share = (kind: string): number =>
      items.filter((item) => item.kind === kind).length / items.length;
    expect(share('cancel')).toBeGreaterThan(0.2);
    expect(share('tranche')).toBeLessThan(0.15);
    expect(share('lend')).toBeGreaterThan(0.5);
  });

  it('reports every figure for the deep profile too', async () => {
    const result = await runOrderbookBench({ profile: 'deep', commands: 3_000, runs: 1, seed: 1 });
    expect(result.profile).toBe('deep');
    for (const key of [
      'oursOpsPerSec',
      'hostOpsPerSec',
      'peerOpsPerSec',
      'oursCpuOpsPerSec',
    ] as const) {
      expect(result[key]).toBeGreaterThan(0);
    }
  });

  it('reports every figure for each contender', async () => {
    const result = await runOrderbookBench({ commands: 5_000, runs: 1, seed: 1 });
    for (const key of ['oursOpsPerSec', 'hostOpsPerSec', 'peerOpsPerSec', 'p99Us'] as const) {
      expect(result[key]).toBeGreaterThan(0);
    }
    expect(result.ratio).toBeCloseTo(result.oursOpsPerSec / result.peerOpsPerSec, 1);
  });
});
