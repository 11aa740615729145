/**
 * Table tests of the P2P market rules added on top of price-time matching: reduce (keeps
 * priority), amend (loses priority), expiry and the tick, minimum ticket, the lender cap,
 * frozen accounts, tranche deadlines with the minimum funded share, and the explanation of each
 * allocation. Each test drives a real market with its invariants checked after every command.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  createMarket,
  renderExplanations,
  snapshotBook,
  validateInternalState,
  type MarketCommand,
  type MarketEvent,
  type MarketOptions,
} from '../../src/orderbook/index.js';
import { Code } from '../../src/shared/index.js';
import { cancel, list, marketId, place } from './helpers.js';

class RulesDriver {
  readonly market;
  nowMs = 1_000_000;
  #ref = 0;

  constructor(options: MarketOptions = {}) {
    this.market = createMarket(marketId, options);
  }

  run(command: MarketCommand) {
    this.#ref += 1;
    this.nowMs += 1;
    const outcome = applyCommand(this.market, { ...command, ref: this.#ref }, this.nowMs);
    renderExplanations(outcome, this.market.rules);
    validateInternalState(this.market, this.nowMs);
    return outcome;
  }
}

const reduce = (lenderId: string, clientOrderId: string, reduceByFen: number): MarketCommand => ({
  kind: 'reduce',
  ref: 0,
  lenderId,
  clientOrderId,
  marketId,
  reduceByFen,
});
const amend = (lenderId: string, clientOrderId: string, minRateBps: number): MarketCommand => ({
  kind: 'amend',
  ref: 0,
  lenderId,
  clientOrderId,
  marketId,
  minRateBps,
});
const tick: MarketCommand = { kind: 'tick', ref: 0, marketId };
const freeze = (accountId: string): MarketCommand => ({
  kind: 'freeze',
  ref: 0,
  marketId,
  accountId,
});
const unfreeze = (accountId: string): MarketCommand => ({
  kind: 'unfreeze',
  ref: 0,
  marketId,
  accountId,
});

function fills(events: MarketEvent[]): string[] {
  return events.flatMap((e) =>
    e.type === 'fill' ? [`${e.lenderId}:${e.amountFen}:${e.rule}`] : [],
  );
}

describe('reduce and amend', () => {
  it('reduce keeps time priority and releases the amount; reducing everything cancels', () => {
    const d = new RulesDriver();
    d.run(place('L1', 'a', 100, 900));
    d.run(place('L2', 'b', 100, 900));
    expect(d.run(reduce('L1', 'a', 60)).events).toEqual([
      {
        type: 'order_reduced',
        marketId,
        lenderId: 'L1',
        clientOrderId: 'a',
        releasedFen: 60,
        remainingFen: 40,
      },
    ]);
    expect(fills(d.run(list('T1', 'B1', 50, 900)).events)).toEqual([
      'L1:40:order_remaining',
      'L2:10:tranche_remaining',
    ]);
    const closed = d.run(reduce('L2', 'b', 500)).events[0];
    expect(closed).toMatchObject({ type: 'order_closed', releasedFen: 90, reason: 'cancelled' });
  });

  it('amend loses time priority and can match at once', () => {
    const d = new RulesDriver();
    d.run(place('L1', 'a', 100, 900));
    d.run(place('L2', 'b', 100, 900));
    const amended = d.run(amend('L1', 'a', 900));
    expect(amended.events[0]).toMatchObject({ type: 'order_amended', minRateBps: 900 });
    expect(fills(d.run(list('T1', 'B1', 150, 900)).events)).toEqual([
      'L2:100:order_remaining',
      'L1:50:tranche_remaining',
    ]);
    d.run(list('T2', 'B1', 30, 800));
    expect(fills(d.run(amend('L1', 'a', 800)).events)).toEqual(['L1:30:tranche_remaining']);
    expect(snapshotBook(d.market).lend).toEqual([{ rateBps: 800, amountFen: 20, count: 1 }]);
  });

  it.each([
    ['reduce by zero', reduce('L1', 'a', 0), Code.AMOUNT_MUST_BE_POSITIVE],
    ['reduce by a fraction', reduce('L1', 'a', 1.5), Code.AMOUNT_NOT_SAFE_INTEGER],
    ['reduce an unknown order', reduce('L1', 'zz', 5), Code.ORDER_NOT_FOUND],
    ['amend to a rate out of range', amend('L1', 'a', 0), Code.RATE_OUT_OF_RANGE],
    ['amend a bad id', amend('L1', 'bad id', 900), Code.INVALID_ORDER_ID],
    [
      'amend in another market',
      { ...amend('L1', 'a', 900), marketId: '12M:A' },
      Code.UNKNOWN_MARKET,
    ],
  ])('rejects %s', (_name, command, code) => {
    const d = new RulesDriver();
    d.run(place('L1', 'a', 100, 900));
    const seq = d.market.lastSeq;
    expect(d.run(command).code).toBe(code);
    expect(d.market.lastSeq).toBe(seq);
  });
});

describe('expiry and the tick', () => {
  it('an order is never filled at or after its expiry and the tick closes it', () => {
    const d = new RulesDriver();
    d.run({ ...place('L1', 'a', 100, 900), expiresAtMs: d.nowMs + 3 });
    d.nowMs += 5;
    expect(fills(d.run(list('T1', 'B1', 50, 900)).events)).toEqual([]);
    expect(d.run(cancel('L1', 'a')).code).toBe(Code.ORDER_NOT_FOUND);
    const swept = d.run(tick);
    expect(swept.seq).toBeGreaterThan(0);
    expect(swept.events).toEqual([
      {
        type: 'order_closed',
        marketId,
        lenderId: 'L1',
        clientOrderId: 'a',
        releasedFen: 100,
        reason: 'expired',
      },
    ]);
    expect(d.run(tick)).toMatchObject({ seq: 0, code: Code.OK, events: [] });
  });

  it.each([
    ['an expiry now', { ...place('L1', 'a', 100, 900), expiresAtMs: 1_000_001 }],
    ['a deadline in the past', { ...list('T1', 'B1', 100, 900), deadlineMs: 5 }],
  ])('rejects %s with EXPIRY_NOT_IN_FUTURE', (_name, command) => {
    expect(new RulesDriver().run(command).code).toBe(Code.EXPIRY_NOT_IN_FUTURE);
  });

  it('rejects a malformed expiry with INVALID_FIELD', () => {
    // @ts-expect-error a string expiry, as a careless decoder would produce
    const command: MarketCommand = { ...place('L1', 'a', 100, 900), expiresAtMs: '9' };
    expect(new RulesDriver().run(command).code).toBe(Code.INVALID_FIELD);
  });
});

describe('amount rules', () => {
  it('minimum ticket: rejects a smaller place, skips a small fill, waives it to complete', () => {
    const d = new RulesDriver({ minTicketFen: 50 });
    expect(d.run(place('L1', 'x', 49, 900)).code).toBe(Code.BELOW_MIN_TICKET);
    d.run(list('T1', 'B1', 120, 900));
    expect(fills(d.run(place('L1', 'a', 100, 900)).events)).toEqual(['L1:100:order_remaining']);
    const last = d.run(place('L2', 'b', 60, 900)).events.find((e) => e.type === 'fill');
    expect(last).toMatchObject({ amountFen: 20, rule: 'tranche_remaining' });
    expect(last?.type === 'fill' && last.explanation).toContain('minimum ticket is waived');
    d.run(list('T2', 'B1', 100, 900));
    // L2 has 40 left, below the ticket and not completing T2: no fill, both rest.
    expect(snapshotBook(d.market).lend).toEqual([{ rateBps: 900, amountFen: 40, count: 1 }]);
  });

  it('lender cap: one lender gets at most its share of a loan, the next lender the rest', () => {
    const d = new RulesDriver({ lenderShareMaxBps: 2_500 });
    d.run(place('L1', 'a', 1_000, 900));
    d.run(place('L1', 'b', 1_000, 900));
    d.run(place('L2', 'c', 1_000, 900));
    const outcome = d.run(list('T1', 'B1', 1_000, 900));
    expect(fills(outcome.events)).toEqual(['L1:250:lender_cap', 'L2:250:lender_cap']);
    const fill = outcome.events.find((e) => e.type === 'fill');
    expect(fill?.type === 'fill' && fill.explanation).toContain('lender cap of 2500 bps');
  });

  it('no self-funding: a borrower never funds its own tranche', () => {
    const d = new RulesDriver();
    d.run(place('U1', 'a', 100, 900));
    expect(fills(d.run(list('T1', 'U1', 100, 900)).events)).toEqual([]);
  });
});

describe('malformed lifecycle commands', () => {
  it.each([
    ['a tick for another market', { kind: 'tick', ref: 0, marketId: '12M:A' }, Code.UNKNOWN_MARKET],
    ['a freeze for another market', { ...freeze('L1'), marketId: '12M:A' }, Code.UNKNOWN_MARKET],
    ['an unfreeze with a bad id', unfreeze('has space'), Code.INVALID_ORDER_ID],
    ['a reduce with a string amount', { ...reduce('L1', 'b', 1), reduceByFen: '5' }, 2002],
    ['an amend with a string rate', { ...amend('L1', 'b', 1), minRateBps: '900' }, 2003],
    ['an amend of a filled order', amend('L1', 'gone', 900), Code.ORDER_NOT_FOUND],
  ] as [string, MarketCommand, number][])(
    'rejects %s and changes nothing',
    (_name, command, code) => {
      const d = new RulesDriver();
      d.run(place('L1', 'a', 100, 900));
      d.run(list('T1', 'B1', 150, 900));
      d.run(place('L1', 'gone', 50, 900));
      d.run(place('L1', 'b', 100, 950));
      const seq = d.market.lastSeq;
      expect(d.run(command).code).toBe(code);
      expect(d.market.lastSeq).toBe(seq);
    },
  );
});

describe('frozen accounts', () => {
  it('freeze closes resting orders and rejects new ones until unfrozen', () => {
    const d = new RulesDriver();
    d.run(place('L1', 'a', 100, 900));
    d.run(place('L1', 'b', 70, 950));
    const frozen = d.run(freeze('L1'));
    expect(frozen.events).toEqual([
      { type: 'account_status', marketId, accountId: 'L1', frozen: true },
      expect.objectContaining({ clientOrderId: 'a', releasedFen: 100, reason: 'frozen' }),
      expect.objectContaining({ clientOrderId: 'b', releasedFen: 70, reason: 'frozen' }),
    ]);
    expect(d.run(place('L1', 'c', 100, 900)).code).toBe(Code.ACCOUNT_FROZEN);
    expect(d.run(list('T9', 'L1', 100, 900)).code).toBe(Code.ACCOUNT_FROZEN);
    expect(d.run(unfreeze('L1')).events[0]).toMatchObject({ frozen: false });
    expect(d.run(place('L1', 'c', 100, 900)).code).toBe(Code.OK);
    expect(d.run(freeze('')).code).toBe(Code.INVALID_ORDER_ID);
  });
});

describe('tranche deadlines', () => {
  it('below the minimum funded share every allocation is refunded', () => {
    const d = new RulesDriver({ minFundedShareBps: 8_000 });
    d.run({ ...list('T1', 'B1', 1_000, 900), deadlineMs: d.nowMs + 10 });
    d.run(place('L1', 'a', 300, 900));
    d.run(place('L2', 'b', 200, 900));
    d.nowMs += 20;
    expect(d.run(tick).events).toEqual([
      {
        type: 'tranche_expired',
        marketId,
        trancheId: 'T1',
        borrowerId: 'B1',
        amountFen: 1_000,
        filledFen: 500,
        minFundedFen: 800,
        refunds: [
          { fillId: `${marketId}:2:1`, lenderId: 'L1', clientOrderId: 'a', amountFen: 300 },
          { fillId: `${marketId}:3:1`, lenderId: 'L2', clientOrderId: 'b', amountFen: 200 },
        ],
      },
    ]);
    expect(snapshotBook(d.market).tranches).toEqual([]);
  });

  it('at or above the minimum funded share the loan originates at the funded amount', () => {
    const d = new RulesDriver({ minFundedShareBps: 5_000 });
    d.run({ ...list('T1', 'B1', 1_000, 900), deadlineMs: d.nowMs + 10 });
    d.run(place('L1', 'a', 500, 900));
    d.nowMs += 20;
    expect(d.run(tick).events).toEqual([
      {
        type: 'tranche_funded',
        marketId,
        trancheId: 'T1',
        borrowerId: 'B1',
        amountFen: 500,
        reason: 'deadline',
      },
    ]);
  });
});
