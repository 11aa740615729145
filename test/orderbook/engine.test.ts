/**
 * Table tests of the market rules: price-time priority, the rate of a fill, partial fills,
 * IOC and FOK, cancel, the self-funding skip and idempotency. Every test drives a real market
 * and checks the internal invariants after each command (see helpers.ts).
 */
import { describe, expect, it } from 'vitest';
import { snapshotBook, stateHash, type MarketEvent } from '../../src/orderbook/index.js';
import { Code, limits } from '../../src/shared/index.js';
import { Driver, cancel, list, place } from './helpers.js';

function fills(events: MarketEvent[]) {
  return events.flatMap((event) =>
    event.type === 'fill'
      ? [
          {
            lenderId: event.lenderId,
            trancheId: event.trancheId,
            amountFen: event.amountFen,
            rateBps: event.rateBps,
          },
        ]
      : [],
  );
}

function types(events: MarketEvent[]): string[] {
  return events.map((event) => event.type);
}

describe('price-time priority', () => {
  it('a tranche takes the lowest lend rate first, then the earliest at one rate', () => {
    const driver = new Driver();
    driver.runAll([
      place('L1', 'a', 100, 1_000),
      place('L2', 'b', 100, 900),
      place('L3', 'c', 100, 900),
      place('L4', 'd', 100, 1_100),
    ]);
    const outcome = driver.run(list('T1', 'B1', 250, 1_000));
    expect(fills(outcome.events)).toEqual([
      { lenderId: 'L2', trancheId: 'T1', amountFen: 100, rateBps: 900 },
      { lenderId: 'L3', trancheId: 'T1', amountFen: 100, rateBps: 900 },
      { lenderId: 'L1', trancheId: 'T1', amountFen: 50, rateBps: 1_000 },
    ]);
    // L4 asks 1,100 bps, above the tranche's maximum: it does not cross.
    expect(snapshotBook(driver.market).lend).toEqual([
      { rateBps: 1_000, amountFen: 50, count: 1 },
      { rateBps: 1_100, amountFen: 100, count: 1 },
    ]);
  });

  it('a lender takes the highest tranche rate first, then the earliest at one rate', () => {
    const driver = new Driver();
    driver.runAll([
      list('T1', 'B1', 100, 1_000),
      list('T2', 'B2', 100, 1_200),
      list('T3', 'B3', 100, 1_200),
      list('T4', 'B4', 100, 800),
    ]);
    const outcome = driver.run(place('L1', 'a', 250, 900));
    expect(fills(outcome.events)).toEqual([
      { lenderId: 'L1', trancheId: 'T2', amountFen: 100, rateBps: 1_200 },
      { lenderId: 'L1', trancheId: 'T3', amountFen: 100, rateBps: 1_200 },
      { lenderId: 'L1', trancheId: 'T1', amountFen: 50, rateBps: 1_000 },
    ]);
    expect(snapshotBook(driver.market).tranches).toEqual([
      { rateBps: 1_000, amountFen: 50, count: 1 },
      { rateBps: 800, amountFen: 100, count: 1 },
    ]);
  });

  it('fills at the resting side rate, in both directions', () => {
    const driver = new Driver();
    driver.run(place('L1', 'a', 100, 700));
    const tranche = driver.run(list('T1', 'B1', 100, 1_500));
    expect(fills(tranche.events)[0]?.rateBps).toBe(700);
    driver.run(list('T2', 'B1', 100, 1_500));
    const order = driver.run(place('L2', 'b', 100, 700));
    expect(fills(order.events)[0]?.rateBps).toBe(1_500);
  });

  it('crosses exactly when the tranche maximum equals the lend minimum', () => {
    const driver = new Driver();
    driver.run(place('L1', 'a', 100, 1_000));
    expect(fills(driver.run(list('T1', 'B1', 100, 999)).events)).toEqual([]);
    expect(fills(driver.run(list('T2', 'B1', 100, 1_000)).events)).toHaveLength(1);
  });
});

describe('fills and events', () => {
  it('describes a partial fill of both sides exactly', () => {
    const driver = new Driver();
    const rested = driver.run(list('T1', 'B1', 500_000, 1_000));
    const outcome = driver.run(place('L1', 'a', 800_000, 900));
    expect(outcome).toEqual({
      ref: 2,
      seq: 2,
      code: Code.OK,
      events: [
        {
          type: 'accepted',
          marketId: '36M:B',
          lenderId: 'L1',
          clientOrderId: 'a',
          amountFen: 800_000,
          filledFen: 500_000,
          restingFen: 300_000,
          state: 'resting',
        },
        {
          type: 'fill',
          fillId: '36M:B:2:1',
          marketId: '36M:B',
          trancheId: 'T1',
          borrowerId: 'B1',
          lenderId: 'L1',
          clientOrderId: 'a',
          amountFen: 500_000,
          rateBps: 1_000,
          orderRemainingFen: 300_000,
          trancheRemainingFen: 0,
          timeMs: driver.nowMs,
          explanation:
            "filled 500000 fen at 1000 bps, the resting tranche's rate (price-time priority: " +
            "best rate 1000 bps, listed at seq 1); amount set by the tranche's remaining need; " +
            'order has 300000 fen left; tranche now fully funded',
          rule: 'tranche_remaining',
          restingSide: 'tranche',
          restingSeq: 1,
        },
        {
          type: 'tranche_funded',
          marketId: '36M:B',
          trancheId: 'T1',
          borrowerId: 'B1',
          amountFen: 500_000,
          reason: 'fully_funded',
        },
      ],
    });
    expect(rested.events).toEqual([
      {
        type: 'tranche_listed',
        marketId: '36M:B',
        trancheId: 'T1',
        borrowerId: 'B1',
        amountFen: 500_000,
        maxRateBps: 1_000,
        filledFen: 0,
      },
    ]);
  });

  it('closes a resting order that a tranche fills completely, and funds the tranche last', () => {
    const driver = new Driver();
    driver.run(place('L1', 'a', 100, 900));
    const outcome = driver.run(list('T1', 'B1', 100, 1_000));
    expect(types(outcome.events)).toEqual([
      'tranche_listed',
      'fill',
      'order_closed',
      'tranche_funded',
    ]);
    expect(outcome.events[0]).toMatchObject({ filledFen: 100 });
    expect(outcome.events[2]).toMatchObject({ reason: 'filled', releasedFen: 0, lenderId: 'L1' });
    expect(snapshotBook(driver.market)).toEqual({
      marketId: '36M:B',
      seq: 2,
      lend: [],
      tranches: [],
    });
  });

  it('closes an order filled on arrival with reason filled', () => {
    const driver = new Driver();
    driver.run(list('T1', 'B1', 1_000, 1_000));
    const outcome = driver.run(place('L1', 'a', 400, 900));
    expect(types(outcome.events)).toEqual(['accepted', 'fill', 'order_closed']);
    expect(outcome.events[0]).toMatchObject({ state: 'filled', filledFen: 400, restingFen: 0 });
    expect(outcome.events[2]).toMatchObject({ reason: 'filled', releasedFen: 0 });
  });

  it('numbers fill ids per command and assigns monotonic seqs to accepted commands only', () => {
    const driver = new Driver();
    driver.runAll([place('L1', 'a', 10, 900), place('L2', 'b', 10, 900)]);
    const rejected = driver.run(place('L3', 'c', 0, 900));
    expect(rejected.seq).toBe(0);
    const outcome = driver.run(list('T1', 'B1', 20, 900));
    expect(outcome.seq).toBe(3);
    const ids = outcome.events.flatMap((event) => (event.type === 'fill' ? [event.fillId] : []));
    expect(ids).toEqual(['36M:B:3:1', '36M:B:3:2']);
  });
});

describe('time in force', () => {
  it('IOC fills what it can and releases the rest', () => {
    const driver = new Driver();
    driver.run(list('T1', 'B1', 300, 1_000));
    const outcome = driver.run(place('L1', 'a', 1_000, 900, 'IOC'));
    expect(types(outcome.events)).toEqual(['accepted', 'fill', 'tranche_funded', 'order_closed']);
    expect(outcome.events[0]).toMatchObject({ state: 'cancelled', filledFen: 300, restingFen: 0 });
    expect(outcome.events[3]).toMatchObject({ reason: 'ioc_remainder', releasedFen: 700 });
    expect(snapshotBook(driver.market).lend).toEqual([]);
  });

  it('IOC with nothing to fill releases everything and never rests', () => {
    const driver = new Driver();
    const outcome = driver.run(place('L1', 'a', 1_000, 900, 'IOC'));
    expect(outcome.code).toBe(Code.OK);
    expect(outcome.events[1]).toMatchObject({ reason: 'ioc_remainder', releasedFen: 1_000 });
    expect(driver.run(cancel('L1', 'a')).code).toBe(Code.ORDER_NOT_FOUND);
  });

  it('FOK that cannot fill completely is rejected with no effect', () => {
    const driver = new Driver();
    driver.runAll([list('T1', 'B1', 300, 1_000), list('T2', 'L1', 500, 1_000)]);
    const before = stateHash(driver.market);
    // T2 belongs to L1 itself, so only 300 fen of the 800 in the book can fund L1.
    const outcome = driver.run(place('L1', 'a', 400, 900, 'FOK'));
    expect(outcome).toEqual({ ref: 3, seq: 0, code: Code.FOK_NOT_FILLABLE, events: [] });
    expect(stateHash(driver.market)).toBe(before);
    // No effect includes the id: the same order may be sent again once it can fill.
    driver.run(list('T3', 'B3', 100, 950));
    expect(driver.run(place('L1', 'a', 400, 900, 'FOK')).code).toBe(Code.OK);
  });

  it('FOK that can fill completely fills across tranches', () => {
    const driver = new Driver();
    driver.runAll([list('T1', 'B1', 300, 1_000), list('T2', 'B2', 300, 950)]);
    const outcome = driver.run(place('L1', 'a', 600, 900, 'FOK'));
    expect(outcome.seq).toBe(3);
    expect(outcome.events[0]).toMatchObject({ state: 'filled', filledFen: 600 });
    expect(fills(outcome.events).map((fill) => fill.trancheId)).toEqual(['T1', 'T2']);
  });
});

describe('cancel', () => {
  it('releases the unfilled rest of a partly filled order', () => {
    const driver = new Driver();
    driver.run(place('L1', 'a', 1_000, 900));
    driver.run(list('T1', 'B1', 300, 1_000));
    const outcome = driver.run(cancel('L1', 'a'));
    expect(outcome).toEqual({
      ref: 3,
      seq: 3,
      code: Code.OK,
      events: [
        {
          type: 'order_closed',
          marketId: '36M:B',
          lenderId: 'L1',
          clientOrderId: 'a',
          releasedFen: 700,
          reason: 'cancelled',
        },
      ],
    });
    expect(snapshotBook(driver.market).lend).toEqual([]);
  });

  it.each([
    ['an unknown order', [], cancel('L1', 'zz')],
    ['an order of another lender', [place('L2', 'a', 10, 900)], cancel('L1', 'a')],
    [
      'an already cancelled order',
      [place('L1', 'a', 10, 900), cancel('L1', 'a')],
      cancel('L1', 'a'),
    ],
    ['a filled order', [list('T1', 'B1', 10, 900), place('L1', 'a', 10, 900)], cancel('L1', 'a')],
  ])('answers ORDER_NOT_FOUND for %s', (_name, setup, command) => {
    const driver = new Driver();
    driver.runAll(setup);
    expect(driver.run(command)).toMatchObject({ seq: 0, code: Code.ORDER_NOT_FOUND, events: [] });
  });

  it('keeps the priority of the others when the middle of a level is cancelled', () => {
    const driver = new Driver();
    driver.runAll([
      place('L1', 'a', 10, 900),
      place('L2', 'b', 10, 900),
      place('L3', 'c', 10, 900),
    ]);
    driver.run(cancel('L2', 'b'));
    const outcome = driver.run(list('T1', 'B1', 20, 900));
    expect(fills(outcome.events).map((fill) => fill.lenderId)).toEqual(['L1', 'L3']);
  });
});

describe('self-funding', () => {
  it('a tranche skips its own borrower lend order, which stays in the book', () => {
    const driver = new Driver();
    driver.runAll([place('U1', 'a', 100, 800), place('U2', 'b', 100, 900)]);
    const outcome = driver.run(list('T1', 'U1', 150, 1_000));
    expect(fills(outcome.events)).toEqual([
      { lenderId: 'U2', trancheId: 'T1', amountFen: 100, rateBps: 900 },
    ]);
    expect(snapshotBook(driver.market).lend).toEqual([{ rateBps: 800, amountFen: 100, count: 1 }]);
    expect(snapshotBook(driver.market).tranches).toEqual([
      { rateBps: 1_000, amountFen: 50, count: 1 },
    ]);
  });

  it('a lender skips a tranche of their own loan and funds the next one', () => {
    const driver = new Driver();
    driver.runAll([list('T1', 'U1', 100, 1_200), list('T2', 'U2', 100, 1_000)]);
    const outcome = driver.run(place('U1', 'a', 100, 900));
    expect(fills(outcome.events)).toEqual([
      { lenderId: 'U1', trancheId: 'T2', amountFen: 100, rateBps: 1_000 },
    ]);
    expect(snapshotBook(driver.market).tranches).toEqual([
      { rateBps: 1_200, amountFen: 100, count: 1 },
    ]);
  });

  it('a later lender still reaches a tranche behind a skipped self-owned one', () => {
    const driver = new Driver();
    driver.runAll([list('T1', 'U1', 100, 1_200), place('U1', 'a', 100, 900)]);
    const outcome = driver.run(place('U2', 'b', 100, 900));
    expect(fills(outcome.events)).toEqual([
      { lenderId: 'U2', trancheId: 'T1', amountFen: 100, rateBps: 1_200 },
    ]);
  });
});

describe('idempotency', () => {
  it('answers a repeated place with the original outcome and changes nothing', () => {
    const driver = new Driver();
    const first = driver.run(place('L1', 'a', 1_000, 900));
    driver.run(list('T1', 'B1', 400, 1_000));
    const before = stateHash(driver.market);
    const again = driver.run(place('L1', 'a', 1_000, 900));
    expect(again).toEqual({ ...first, ref: 3 });
    expect(stateHash(driver.market)).toBe(before);
  });

  it('answers a repeated IOC with its original accepted event only', () => {
    const driver = new Driver();
    driver.run(list('T1', 'B1', 400, 1_000));
    const first = driver.run(place('L1', 'a', 1_000, 900, 'IOC'));
    const again = driver.run(place('L1', 'a', 1_000, 900, 'IOC'));
    expect(again).toEqual({ ref: 3, seq: first.seq, code: Code.OK, events: [first.events[0]] });
  });

  it.each([
    ['amount', place('L1', 'a', 1_001, 900)],
    ['rate', place('L1', 'a', 1_000, 901)],
    ['time in force', place('L1', 'a', 1_000, 900, 'IOC')],
  ])('rejects a reused order id with a different %s', (_field, command) => {
    const driver = new Driver();
    driver.run(place('L1', 'a', 1_000, 900));
    expect(driver.run(command)).toMatchObject({
      seq: 0,
      code: Code.DUPLICATE_ORDER_ID,
      events: [],
    });
  });

  it('keeps order ids per lender', () => {
    const driver = new Driver();
    driver.run(place('L1', 'a', 1_000, 900));
    expect(driver.run(place('L2', 'a', 5, 800))).toMatchObject({ seq: 2, code: Code.OK });
  });

  it('answers a repeated listing with the original outcome', () => {
    const driver = new Driver();
    driver.run(place('L1', 'a', 100, 900));
    const first = driver.run(list('T1', 'B1', 500, 1_000));
    const before = stateHash(driver.market);
    const again = driver.run(list('T1', 'B1', 500, 1_000));
    expect(again).toEqual({ ref: 3, seq: first.seq, code: Code.OK, events: [first.events[0]] });
    expect(stateHash(driver.market)).toBe(before);
  });

  it.each([
    ['borrower', list('T1', 'B2', 500, 1_000)],
    ['amount', list('T1', 'B1', 501, 1_000)],
    ['rate', list('T1', 'B1', 500, 1_001)],
  ])('rejects a reused tranche id with a different %s', (_field, command) => {
    const driver = new Driver();
    driver.run(list('T1', 'B1', 500, 1_000));
    expect(driver.run(command)).toMatchObject({ seq: 0, code: Code.TRANCHE_EXISTS, events: [] });
  });
});

describe('book snapshots', () => {
  it('shows the top levels, lend lowest first and tranches highest first', () => {
    const driver = new Driver();
    for (let index = 0; index < limits.bookDepthLevels + 2; index += 1) {
      driver.run(place('L1', `o${index}`, 10, 2_000 + index));
      driver.run(place('L2', `p${index}`, 5, 2_000 + index));
      driver.run(list(`T${index}`, 'B1', 7, 1_000 - index));
    }
    const book = snapshotBook(driver.market);
    expect(book.lend).toHaveLength(limits.bookDepthLevels);
    expect(book.lend[0]).toEqual({ rateBps: 2_000, amountFen: 15, count: 2 });
    expect(book.tranches).toHaveLength(limits.bookDepthLevels);
    expect(book.tranches[0]).toEqual({ rateBps: 1_000, amountFen: 7, count: 1 });
    expect(book.tranches[9]).toEqual({ rateBps: 991, amountFen: 7, count: 1 });
  });

  it('handles the extreme rates', () => {
    const driver = new Driver();
    driver.runAll([
      place('L1', 'a', 10, limits.rateBpsMax),
      place('L1', 'b', 10, limits.rateBpsMin),
    ]);
    driver.run(list('T1', 'B1', 5, limits.rateBpsMin));
    expect(snapshotBook(driver.market).lend).toEqual([
      { rateBps: limits.rateBpsMin, amountFen: 5, count: 1 },
      { rateBps: limits.rateBpsMax, amountFen: 10, count: 1 },
    ]);
  });
});

describe('state hash', () => {
  it('is equal for equal histories and changes with the book', () => {
    const commands = [place('L1', 'a', 100, 900), list('T1', 'B1', 60, 1_000)];
    const first = new Driver();
    const second = new Driver();
    first.runAll(commands);
    second.runAll(commands);
    expect(stateHash(first.market)).toBe(stateHash(second.market));
    first.run(cancel('L1', 'a'));
    expect(stateHash(first.market)).not.toBe(stateHash(second.market));
  });
});
