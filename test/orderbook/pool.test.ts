/**
 * The typed-array structures under the book: the entry pool (slots, flags, per-lender cap
 * records and their free list), the expiry heap, the closed queue, slot reuse after a market
 * forgets an entry, and the detached BookEntry a restore indexes.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  createMarket,
  stateHash,
  validateInternalState,
  type MarketCommand,
} from '../../src/orderbook/index.js';
import { ExpiryHeap } from '../../src/orderbook/expiry-heap.js';
import {
  BookEntry,
  C_AMOUNT,
  EntryPool,
  SIDE_LEND,
  SIDE_TRANCHE,
} from '../../src/orderbook/price-level.js';
import { Code } from '../../src/shared/index.js';

const marketId = '36M:B';
const nowMs = 1_700_000_000_000;

function place(lenderId: string, clientOrderId: string, extra: object = {}): MarketCommand {
  const base = { kind: 'place', ref: 0, lenderId, clientOrderId, marketId };
  return { ...base, amountFen: 100, minRateBps: 900, tif: 'GTC', ...extra } as MarketCommand;
}

function list(trancheId: string, amountFen: number, maxRateBps = 1_000): MarketCommand {
  return { kind: 'list', ref: 0, trancheId, marketId, borrowerId: 'B', amountFen, maxRateBps };
}

describe('EntryPool', () => {
  it('grows past its capacity and keeps every slot', () => {
    const pool = new EntryPool(SIDE_LEND, 2);
    for (let slot = 0; slot < 100; slot += 1) pool.init(slot, slot % 7, 900, slot + 1, 0, slot, 5);
    expect(pool.capacity).toBeGreaterThanOrEqual(100);
    for (let slot = 0; slot < 100; slot += 1) {
      expect(pool.present(slot)).toBe(true);
      expect(pool.cold(slot, C_AMOUNT)).toBe(slot + 1);
      expect(pool.remaining(slot)).toBe(slot + 1);
    }
    expect(pool.present(100)).toBe(false);
    pool.release(3);
    expect(pool.present(3)).toBe(false);
    expect(pool.cold(3, C_AMOUNT)).toBe(4);
  });

  it('keeps cap totals per lender in first-fill order and reuses freed records', () => {
    const pool = new EntryPool(SIDE_TRANCHE, 4);
    pool.init(0, 1, 1_000, 1_000, 0, 1, 5);
    pool.init(1, 1, 1_000, 1_000, 0, 2, 5);
    expect(pool.lenderPairs(0)).toBeNull();
    pool.addLenderUse(0, 7, 10);
    pool.addLenderUse(0, 3, 5);
    pool.addLenderUse(0, 7, 1);
    pool.addLenderUse(1, 9, 2);
    expect(pool.lenderPairs(0)).toEqual([7, 11, 3, 5]);
    expect(pool.lenderUsedFen(0, 3)).toBe(5);
    expect(pool.lenderUsedFen(0, 9)).toBe(0);
    const records = pool.capRecords;
    for (let round = 0; round < 50; round += 1) {
      pool.release(0);
      pool.init(0, 1, 1_000, 1_000, 0, 10 + round, 5);
      expect(pool.lenderPairs(0)).toBeNull();
      for (let lender = 0; lender < 3; lender += 1) pool.addLenderUse(0, lender, 1);
    }
    // Released records go back to the free list, so the record store did not grow.
    expect(pool.capRecords).toBe(records);
    expect(pool.lenderPairs(1)).toEqual([9, 2]);
  });

  it('tracks resting, time in force and accepted state in the flags', () => {
    const pool = new EntryPool(SIDE_LEND);
    pool.init(5, 2, 900, 100, 1, 3, 5);
    expect(pool.resting(5)).toBe(false);
    pool.setResting(5, true);
    pool.setState(5, 2);
    expect([pool.resting(5), pool.tifCode(5), pool.stateCode(5)]).toEqual([true, 1, 2]);
    pool.setResting(5, false);
    expect([pool.resting(5), pool.tifCode(5), pool.stateCode(5)]).toEqual([false, 1, 2]);
    pool.setAllocations(5, []);
    expect(pool.allocationsOf(5)).toEqual([]);
    pool.init(5, 2, 900, 100, 0, 4, 5);
    expect(pool.allocationsOf(5)).toBeNull();
  });
});

describe('BookEntry', () => {
  it('is a detached entry until a market indexes it, then a view of its slot', () => {
    const market = createMarket(marketId);
    const lenderNo = market.ids.account('L1');
    const orderNo = market.ids.order(lenderNo, 'o1', true);
    const entry = new BookEntry(SIDE_LEND, lenderNo, 'L1', orderNo, 'o1', 900, 500, 'IOC', 4, 99);
    entry.filledFen = 200;
    entry.acceptedState = 'cancelled';
    market.index(entry);
    expect(entry.pool).toBe(market.lend.pool);
    expect(market.lend.pool.filled(orderNo)).toBe(200);
    expect(market.lend.pool.remaining(orderNo)).toBe(300);
    const view = market.ordersById.get('L1', 'o1');
    expect(view).toMatchObject({ ownerId: 'L1', entryId: 'o1', amountFen: 500, filledFen: 200 });
    expect(view).toMatchObject({ tif: 'IOC', acceptedState: 'cancelled', expiresAtMs: 99 });
    expect(view?.remainingFen).toBe(300);
  });
});

describe('ExpiryHeap', () => {
  it('pops due handles by (time, seq), leaving the rest', () => {
    const heap = new ExpiryHeap();
    let state = 7;
    const random = (): number => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const items: [number, number, number][] = [];
    for (let seq = 1; seq <= 500; seq += 1) {
      const time = Math.floor(random() * 50);
      items.push([time, seq, seq * 2 + (seq % 2)]);
      heap.pushHandle(seq * 2 + (seq % 2), time, seq);
    }
    items.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const popped: [number, number, number][] = [];
    for (let handle = heap.popDue(24); handle !== -1; handle = heap.popDue(24)) {
      popped.push([-1, heap.poppedSeq, handle]);
    }
    const due = items.filter((item) => item[0] <= 24);
    expect(popped.map((item) => [item[1], item[2]])).toEqual(due.map((item) => [item[1], item[2]]));
    expect(heap.size).toBe(500 - due.length);
  });
});

describe('slots reused after the market forgets an entry', () => {
  it('a stale expiry of a forgotten order does not close the order now in its slot', () => {
    const market = createMarket(marketId, { closedEntriesMax: 0 });
    const run = (command: MarketCommand, time: number) => applyCommand(market, command, time);
    expect(run(place('L1', 'a', { expiresAtMs: nowMs + 10 }), nowMs).code).toBe(Code.OK);
    const slot = market.ids.findOrder('L1', 'a');
    const cancel: MarketCommand = {
      kind: 'cancel',
      ref: 0,
      lenderId: 'L1',
      clientOrderId: 'a',
      marketId,
    };
    expect(run(cancel, nowMs + 1).code).toBe(Code.OK);
    // Forgotten at once (nothing closed is remembered): the next order takes the same slot.
    expect(run(place('L2', 'b', { expiresAtMs: nowMs + 100 }), nowMs + 2).code).toBe(Code.OK);
    expect(market.ids.findOrder('L2', 'b')).toBe(slot);
    const tick: MarketCommand = { kind: 'tick', ref: 0, marketId };
    expect(run(tick, nowMs + 50)).toMatchObject({ seq: 0, events: [] });
    expect(market.ordersById.get('L2', 'b')?.resting).toBe(true);
    const due = run(tick, nowMs + 100);
    expect(due.events).toMatchObject([{ type: 'order_closed', clientOrderId: 'b' }]);
    validateInternalState(market, nowMs + 100);
  });

  it('an outcome still names an entry the same command forgot', () => {
    const market = createMarket(marketId, { closedEntriesMax: 0 });
    expect(applyCommand(market, place('L1', 'a'), nowMs).code).toBe(Code.OK);
    const outcome = applyCommand(market, list('t1', 100), nowMs);
    expect(outcome.events.map((event) => event.type)).toEqual([
      'tranche_listed',
      'fill',
      'order_closed',
      'tranche_funded',
    ]);
    expect(outcome.events[1]).toMatchObject({
      lenderId: 'L1',
      clientOrderId: 'a',
      trancheId: 't1',
    });
    expect(market.ids.findOrder('L1', 'a')).toBeUndefined();
    expect(market.tranchesById.get('t1')).toBeUndefined();
  });
});

describe('the closed queue', () => {
  for (const closedMax of [10, 1_500, 5_000]) {
    it(`remembers the last ${closedMax} closed entries in order`, () => {
      const market = createMarket(marketId, { closedEntriesMax: closedMax });
      const replay = createMarket(marketId, { closedEntriesMax: closedMax });
      for (let index = 0; index < 3_000; index += 1) {
        const ioc = place(`L${index % 5}`, `o${index}`, { tif: 'IOC' });
        expect(applyCommand(market, ioc, nowMs).code).toBe(Code.OK);
        applyCommand(replay, ioc, nowMs);
      }
      const kept = Math.min(closedMax, 3_000);
      const ids = market.closedEntries().map((entry) => entry.entryId);
      expect(ids).toEqual(Array.from({ length: kept }, (_, at) => `o${3_000 - kept + at}`));
      expect(market.ordersById.size).toBe(kept);
      expect(stateHash(market)).toBe(stateHash(replay));
    });
  }
});
