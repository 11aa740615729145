/**
 * Pro-rata splits by the largest-remainder method.
 *
 * Goal: divide an amount of fen among holders in proportion to their weights so that the parts
 * sum to the amount exactly and the same inputs always give the same parts.
 *
 * Method: each part starts at floor(total · weight / sum of weights), computed in bigint because
 * total · weight can pass 2^53; the fen left over go one each to the parts with the largest
 * remainders, ties to the lower index (the order in which the holders were given, e.g. the
 * order of the notes at origination). A part never exceeds its weight when total <= sum.
 */
import { assert } from '../shared/index.js';

export function splitLargestRemainder(totalFen: number, weights: readonly number[]): number[] {
  assert(Number.isSafeInteger(totalFen) && totalFen >= 0, 'split total is >= 0');
  let sum = 0n;
  for (const weight of weights) {
    assert(Number.isSafeInteger(weight) && weight >= 0, 'split weight is >= 0');
    sum += BigInt(weight);
  }
  const parts = new Array<number>(weights.length).fill(0);
  if (totalFen === 0) return parts;
  assert(sum > 0n, 'a positive amount needs a positive weight to go to');
  const total = BigInt(totalFen);
  const remainders: bigint[] = [];
  let given = 0;
  for (let index = 0; index < weights.length; index++) {
    const scaled = total * BigInt(weights[index] ?? 0);
    const part = Number(scaled / sum);
    parts[index] = part;
    remainders.push(scaled % sum);
    given += part;
  }
  const order = remainders.map((_, index) => index);
  // Largest remainder first; equal remainders keep index order (sort is stable).
  order.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    return ra === rb ? 0 : ra > rb ? -1 : 1;
  });
  for (let left = totalFen - given, at = 0; left > 0; left--, at++) {
    const index = order[at];
    assert(index !== undefined, 'fewer leftover fen than holders');
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

/** floor(amountFen * bps / 10,000), exact even where the product passes 2^53. */
export function bpsOfFen(amountFen: number, bps: number): number {
  assert(Number.isSafeInteger(amountFen) && amountFen >= 0, 'amount is >= 0');
  assert(Number.isSafeInteger(bps) && bps >= 0, 'bps is >= 0');
  return Number((BigInt(amountFen) * BigInt(bps)) / 10_000n);
}
