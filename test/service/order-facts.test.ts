/**
 * LendOrderFacts alone: the lend_orders row an order has after each engine event, from the
 * place command's rate floor and time in force, with amounts from the engine's remainders (a
 * fill the accepted event already counted is not counted again), every row valid for the table.
 */
import { describe, expect, it } from 'vitest';
import { serviceUserRef, toFactRecord } from '../../src/disclosure/index.js';
import { Code } from '../../src/shared/index.js';
import type { MarketEvent, PlaceCommand } from '../../src/orderbook/index.js';
import { LendOrderFacts, type LendOrderRow } from '../../src/service/order-facts.js';

const ref = serviceUserRef('order_facts_test');
const t0 = Date.UTC(2025, 4, 1, 8);
const market = '12M:B';
const key = { marketId: market, lenderId: 'L1', clientOrderId: 'o-1' };

function place(over: Partial<PlaceCommand> = {}): PlaceCommand {
  return {
    kind: 'place',
    ref: 1,
    ...key,
    amountFen: 100_000,
    minRateBps: 900,
    tif: 'GTC',
    ...over,
  };
}

function setup(ordersMax?: number): { facts: LendOrderFacts; rows: LendOrderRow[] } {
  const rows: LendOrderRow[] = [];
  const facts = new LendOrderFacts(ref, (row) => void rows.push(row), ordersMax);
  return { facts, rows };
}

const accepted = (filledFen: number, state: 'resting' | 'filled' | 'cancelled'): MarketEvent => ({
  type: 'accepted',
  ...key,
  amountFen: 100_000,
  filledFen,
  restingFen: 100_000 - filledFen,
  state,
});

const fill = (amountFen: number, orderRemainingFen: number): MarketEvent => ({
  type: 'fill',
  fillId: `f-${orderRemainingFen}`,
  marketId: market,
  trancheId: 'T1',
  borrowerId: 'B1',
  lenderId: 'L1',
  clientOrderId: 'o-1',
  amountFen,
  rateBps: 1_000,
  orderRemainingFen,
  trancheRemainingFen: 0,
  timeMs: t0,
  rule: 'order_remaining',
  restingSide: 'tranche',
  restingSeq: 1,
  explanation: '',
});

const closed = (
  reason: 'cancelled' | 'filled' | 'expired',
  releasedFen: number,
  clientOrderId = key.clientOrderId,
): MarketEvent => ({ type: 'order_closed', ...key, clientOrderId, releasedFen, reason });

describe('LendOrderFacts', () => {
  it('opens, fills in part, amends, reduces and cancels an order, one row each', () => {
    const { facts, rows } = setup();
    facts.placed(place(), t0);
    facts.onEvent(accepted(30_000, 'resting'), t0 + 1);
    facts.onEvent(fill(30_000, 70_000), t0 + 1);
    facts.onEvent({ type: 'order_amended', ...key, minRateBps: 800, remainingFen: 60_000 }, t0 + 2);
    facts.onEvent(
      { type: 'order_reduced', ...key, releasedFen: 20_000, remainingFen: 40_000 },
      t0 + 3,
    );
    facts.onEvent(closed('cancelled', 40_000), t0 + 4);
    expect(rows.map((r) => [r.status, r.filled_fen, r.min_rate_bps, r.closed_ms])).toEqual([
      ['open', 30_000, 900, 0],
      // The accepted event counted this fill already.
      ['open', 30_000, 900, 0],
      ['open', 40_000, 800, 0],
      ['open', 40_000, 800, 0],
      ['cancelled', 40_000, 800, t0 + 4],
    ]);
    const last = rows.at(-1);
    expect(last).toMatchObject({
      order_id: 'o-1',
      lender_ref: ref('L1'),
      market_id: market,
      amount_fen: 100_000,
      tif: 'GTC',
      placed_ms: t0,
    });
    for (const row of rows) expect(typeof toFactRecord('lend_orders', row)).toBe('object');
    expect(facts.size).toBe(0);
  });

  it('fills an order completely: filled, then closed as filled', () => {
    const { facts, rows } = setup();
    facts.placed(place({ tif: 'IOC' }), t0);
    facts.onEvent(accepted(100_000, 'filled'), t0);
    facts.onEvent(fill(100_000, 0), t0);
    facts.onEvent(closed('filled', 0), t0);
    expect(rows.map((r) => [r.status, r.filled_fen, r.tif])).toEqual([
      ['filled', 100_000, 'IOC'],
      ['filled', 100_000, 'IOC'],
      ['filled', 100_000, 'IOC'],
    ]);
  });

  it('expires an order at its time, and ignores the accepted event of a retried place', () => {
    const { facts, rows } = setup();
    facts.placed(place(), t0);
    facts.onEvent(accepted(0, 'resting'), t0);
    facts.onEvent(closed('expired', 100_000), t0 + 60_000);
    facts.placed(place(), t0 + 70_000);
    facts.onEvent(accepted(0, 'resting'), t0 + 70_000);
    expect(rows.map((r) => [r.status, r.closed_ms, r.placed_ms])).toEqual([
      ['open', 0, t0],
      ['expired', t0 + 60_000, t0],
    ]);
  });

  it('writes a place refused before the engine, or by it (found by its command ref)', () => {
    const { facts, rows } = setup();
    expect(facts.rejected(place({ clientOrderId: 'o-2' }), Code.INSUFFICIENT_FUNDS, t0)).toBe(true);
    facts.placed(place({ ref: 7 }), t0);
    expect(facts.refused(7, Code.BELOW_MIN_TICKET, t0 + 5)).toBe(true);
    expect(facts.refused(8, Code.BELOW_MIN_TICKET, t0)).toBe(false);
    expect(rows.map((r) => [r.order_id, r.status, r.min_rate_bps, r.closed_ms])).toEqual([
      ['o-2', 'rejected', 900, t0],
      ['o-1', 'rejected', 900, t0 + 5],
    ]);
    for (const row of rows) expect(typeof toFactRecord('lend_orders', row)).toBe('object');
    expect(facts.size).toBe(0);
  });

  it("never writes a duplicate id's refusal over the order that owns the id", () => {
    const { facts, rows } = setup();
    facts.placed(place({ ref: 1 }), t0);
    facts.onEvent(accepted(0, 'resting'), t0);
    const other = place({ ref: 2, amountFen: 5 });
    facts.placed(other, t0 + 1);
    expect(facts.refused(2, Code.DUPLICATE_ORDER_ID, t0 + 1)).toBe(false);
    expect(facts.rejected(other, Code.DUPLICATE_ORDER_ID, t0 + 1)).toBe(false);
    expect(facts.rejected(other, Code.INSUFFICIENT_FUNDS, t0 + 1)).toBe(false);
    expect(rows.map((r) => [r.status, r.amount_fen])).toEqual([['open', 100_000]]);
  });

  it('stays within its bound, and says how many orders it forgot', () => {
    const { facts, rows } = setup(2);
    for (const id of ['a', 'b', 'c']) facts.placed(place({ clientOrderId: id }), t0);
    expect(facts.size).toBe(2);
    expect(facts.forgotten).toBe(1);
    // The forgotten order's events write nothing: its placement time is unknown.
    facts.onEvent(closed('cancelled', 1, 'a'), t0);
    expect(rows).toEqual([]);
  });

  it('ignores events of other kinds and of orders it never saw placed', () => {
    const { facts, rows } = setup();
    // A restart replays the book's journal: accepted events of orders placed before it.
    facts.onEvent(accepted(0, 'resting'), t0);
    facts.onEvent(fill(10_000, 90_000), t0);
    facts.onEvent(closed('cancelled', 90_000), t0);
    facts.onEvent({ type: 'account_status', marketId: market, accountId: 'L1', frozen: true }, t0);
    expect(rows).toEqual([]);
  });
});
