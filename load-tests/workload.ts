/**
 * A seeded order-book workload shared by every contender in the orderbook benchmark: lend orders
 * and tranches clustered around a mid rate over about 100 rate levels, about 10% cancels of
 * orders still resting, many partial fills. Deterministic for a seed, so every contender gets
 * exactly the same commands in the same order.
 */

export type WorkItem =
  | { kind: 'lend'; id: string; lenderId: string; amountUnits: number; rateBps: number }
  | { kind: 'tranche'; id: string; borrowerId: string; amountUnits: number; rateBps: number }
  | { kind: 'cancel'; id: string; lenderId: string };

/** mulberry32: a small, fast, seedable generator; good enough for workloads. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface WorkloadOptions {
  commands: number;
  seed: number;
  midRateBps?: number;
  levels?: number;
  cancelShare?: number;
}

type LiveOrder = { id: string; lenderId: string };

/** Removes and returns a random live order (swap with the last: O(1)); `live` is non-empty. */
function takeRandom(live: LiveOrder[], random: () => number): LiveOrder {
  const index = Math.floor(random() * live.length);
  const victim = live[index] as LiveOrder;
  live[index] = live[live.length - 1] as LiveOrder;
  live.pop();
  return victim;
}

export function buildWorkload(options: WorkloadOptions): WorkItem[] {
  const random = seededRandom(options.seed);
  const mid = options.midRateBps ?? 1000;
  const half = Math.floor((options.levels ?? 100) / 2);
  const cancelShare = options.cancelShare ?? 0.1;
  const items: WorkItem[] = [];
  const live: LiveOrder[] = [];
  for (let i = 0; i < options.commands; i += 1) {
    const roll = random();
    if (roll < cancelShare && live.length > 0) {
      items.push({ kind: 'cancel', ...takeRandom(live, random) });
      continue;
    }
    // Lenders ask a little above mid, tranches offer a little below: they overlap near mid.
    const offset = Math.floor(random() * half) - Math.floor(half / 2);
    const amountUnits = 1 + Math.floor(random() * 100);
    if (random() < 0.5) {
      const lend = { id: `o${i}`, lenderId: `L${i % 1000}` };
      items.push({ kind: 'lend', ...lend, amountUnits, rateBps: mid + offset });
      live.push(lend);
    } else {
      const borrowerId = `B${i % 100}`;
      items.push({ kind: 'tranche', id: `t${i}`, borrowerId, amountUnits, rateBps: mid - offset });
    }
  }
  return items;
}

/**
 * The deep-book profile: the book keeps growing to hundreds of thousands of resting lend orders
 * (tens of millions of resting units) spread over about 100 rate levels above the mid rate;
 * 30% of commands cancel a random resting order (deep in its level, not just the head), 10%
 * are tranches that cross only the best few levels and fill several orders there, the rest are
 * new lend orders. Deterministic for a seed.
 */
export function buildDeepWorkload(options: WorkloadOptions): WorkItem[] {
  const random = seededRandom(options.seed);
  const mid = options.midRateBps ?? 1000;
  const levels = options.levels ?? 100;
  const cancelShare = options.cancelShare ?? 0.3;
  const items: WorkItem[] = [];
  const live: LiveOrder[] = [];
  for (let i = 0; i < options.commands; i += 1) {
    const roll = random();
    if (roll < cancelShare && live.length > 0) {
      items.push({ kind: 'cancel', ...takeRandom(live, random) });
      continue;
    }
    const amountUnits = 1 + Math.floor(random() * 100);
    if (roll < cancelShare + 0.1) {
      const rateBps = mid + Math.floor(random() * 3);
      items.push({ kind: 'tranche', id: `t${i}`, borrowerId: `B${i % 100}`, amountUnits, rateBps });
      continue;
    }
    const lend = { id: `o${i}`, lenderId: `L${i % 1000}` };
    const rateBps = mid + Math.floor(random() * levels);
    items.push({ kind: 'lend', ...lend, amountUnits, rateBps });
    live.push(lend);
  }
  return items;
}
