/**
 * Every rejection code with an input that triggers it, including wrongly typed input sent past
 * the types (as a buggy decoder could), and the precedence of the validation ladder: market,
 * ids, amount, rate, time in force, capacity, idempotency, fill-or-kill. A rejection has seq 0,
 * no events and no effect on the state hash.
 */
import { describe, expect, it } from 'vitest';
import { stateHash, type MarketCommand } from '../../src/orderbook/index.js';
import { Code, codeName, limits, type ResultCode } from '../../src/shared/index.js';
import { Driver, cancel, list, marketId, place } from './helpers.js';

type Row = [string, MarketCommand, ResultCode];

const rows: Row[] = [
  [
    'place in an unknown market',
    { ...place('L1', 'a', 10, 900), marketId: '12M:A' },
    Code.UNKNOWN_MARKET,
  ],
  [
    'place with a malformed market id',
    { ...place('L1', 'a', 10, 900), marketId: 'nope' },
    Code.UNKNOWN_MARKET,
  ],
  ['cancel in an unknown market', { ...cancel('L1', 'a'), marketId: '12M:A' }, Code.UNKNOWN_MARKET],
  [
    'list in an unknown market',
    { ...list('T1', 'B1', 10, 900), marketId: '6M:G' },
    Code.UNKNOWN_MARKET,
  ],
  ['an empty lender id', place('', 'a', 10, 900), Code.INVALID_ORDER_ID],
  ['an order id with a space', place('L1', 'a b', 10, 900), Code.INVALID_ORDER_ID],
  ['an order id of 65 characters', place('L1', 'x'.repeat(65), 10, 900), Code.INVALID_ORDER_ID],
  ['a non-ASCII order id', place('L1', 'ordre-é', 10, 900), Code.INVALID_ORDER_ID],
  ['a cancel with an empty order id', cancel('L1', ''), Code.INVALID_ORDER_ID],
  ['a tranche id with a tab', list('T\t1', 'B1', 10, 900), Code.INVALID_ORDER_ID],
  ['an empty borrower id', list('T1', '', 10, 900), Code.INVALID_ORDER_ID],
  ['a zero amount', place('L1', 'a', 0, 900), Code.AMOUNT_MUST_BE_POSITIVE],
  ['a negative amount', place('L1', 'a', -100, 900), Code.AMOUNT_MUST_BE_POSITIVE],
  ['a zero tranche amount', list('T1', 'B1', 0, 900), Code.AMOUNT_MUST_BE_POSITIVE],
  ['a float amount', place('L1', 'a', 10.5, 900), Code.AMOUNT_NOT_SAFE_INTEGER],
  ['an amount of 2^53', place('L1', 'a', 2 ** 53, 900), Code.AMOUNT_NOT_SAFE_INTEGER],
  [
    'an amount above the maximum',
    place('L1', 'a', limits.amountFenMax + 1, 900),
    Code.AMOUNT_NOT_SAFE_INTEGER,
  ],
  ['a NaN amount', place('L1', 'a', Number.NaN, 900), Code.AMOUNT_NOT_SAFE_INTEGER],
  ['an infinite tranche amount', list('T1', 'B1', Infinity, 900), Code.AMOUNT_NOT_SAFE_INTEGER],
  ['a zero rate', place('L1', 'a', 10, 0), Code.RATE_OUT_OF_RANGE],
  ['a rate above the maximum', place('L1', 'a', 10, limits.rateBpsMax + 1), Code.RATE_OUT_OF_RANGE],
  ['a fractional rate', place('L1', 'a', 10, 900.5), Code.RATE_OUT_OF_RANGE],
  ['a negative tranche rate', list('T1', 'B1', 10, -1), Code.RATE_OUT_OF_RANGE],
];

describe('rejections', () => {
  it.each(rows)('%s', (_name, command, code) => {
    const driver = new Driver();
    driver.run(place('L9', 'seed', 10, 900));
    const before = stateHash(driver.market);
    const outcome = driver.run(command);
    expect(codeName(outcome.code)).toBe(codeName(code));
    expect(outcome).toEqual({ ref: 2, seq: 0, code, events: [] });
    expect(stateHash(driver.market)).toBe(before);
  });

  it('rejects wrongly typed input at runtime', () => {
    const driver = new Driver();
    const base = place('L1', 'a', 10, 900);
    // @ts-expect-error a string amount, as a careless JSON decoder would produce
    expect(driver.run({ ...base, amountFen: '10' }).code).toBe(Code.AMOUNT_NOT_SAFE_INTEGER);
    // @ts-expect-error a bigint amount
    expect(driver.run({ ...base, amountFen: 10n }).code).toBe(Code.AMOUNT_NOT_SAFE_INTEGER);
    // @ts-expect-error a string rate
    expect(driver.run({ ...base, minRateBps: '900' }).code).toBe(Code.RATE_OUT_OF_RANGE);
    // @ts-expect-error an unknown time in force
    expect(driver.run({ ...base, tif: 'DAY' }).code).toBe(Code.TIME_IN_FORCE_INVALID);
    // @ts-expect-error a missing time in force
    expect(driver.run({ ...base, tif: undefined }).code).toBe(Code.TIME_IN_FORCE_INVALID);
    // @ts-expect-error a numeric lender id
    expect(driver.run({ ...base, lenderId: 7 }).code).toBe(Code.INVALID_ORDER_ID);
    // @ts-expect-error a null tranche id
    expect(driver.run({ ...list('T1', 'B1', 10, 900), trancheId: null }).code).toBe(
      Code.INVALID_ORDER_ID,
    );
    // @ts-expect-error an unknown command kind
    expect(driver.run({ ...base, kind: 'modify' }).code).toBe(Code.INVALID_FIELD);
    expect(driver.market.lastSeq).toBe(0);
  });

  it('rejects a place or a listing when the book is full, but still cancels', () => {
    const driver = new Driver(2);
    driver.runAll([place('L1', 'a', 10, 900), list('T1', 'B1', 10, 800)]);
    expect(driver.run(place('L2', 'b', 10, 900)).code).toBe(Code.BOOK_FULL);
    expect(driver.run(list('T2', 'B1', 10, 900)).code).toBe(Code.BOOK_FULL);
    expect(driver.run(cancel('L1', 'a')).code).toBe(Code.OK);
    expect(driver.run(place('L2', 'b', 10, 900)).code).toBe(Code.OK);
  });

  it('answers FOK_NOT_FILLABLE, DUPLICATE_ORDER_ID, TRANCHE_EXISTS and ORDER_NOT_FOUND', () => {
    const driver = new Driver();
    driver.runAll([place('L1', 'a', 10, 900), list('T1', 'B1', 10, 800)]);
    expect(driver.run(place('L2', 'b', 10, 900, 'FOK')).code).toBe(Code.FOK_NOT_FILLABLE);
    expect(driver.run(place('L1', 'a', 11, 900)).code).toBe(Code.DUPLICATE_ORDER_ID);
    expect(driver.run(list('T1', 'B1', 11, 800)).code).toBe(Code.TRANCHE_EXISTS);
    expect(driver.run(cancel('L1', 'nope')).code).toBe(Code.ORDER_NOT_FOUND);
  });
});

describe('validation ladder precedence', () => {
  const bad = {
    marketId: '12M:A',
    lenderId: '',
    amountFen: 0,
    minRateBps: 0,
    tif: 'DAY',
  };
  const ladder: [string, Partial<typeof bad>, ResultCode][] = [
    ['market before ids', bad, Code.UNKNOWN_MARKET],
    ['ids before amount', { ...bad, marketId }, Code.INVALID_ORDER_ID],
    ['amount before rate', { ...bad, marketId, lenderId: 'L1' }, Code.AMOUNT_MUST_BE_POSITIVE],
    [
      'rate before tif',
      { ...bad, marketId, lenderId: 'L1', amountFen: 10 },
      Code.RATE_OUT_OF_RANGE,
    ],
    [
      'tif before capacity',
      { marketId, lenderId: 'L1', amountFen: 10, minRateBps: 900, tif: 'DAY' },
      Code.TIME_IN_FORCE_INVALID,
    ],
  ];

  it.each(ladder)('%s', (_name, fields, code) => {
    const driver = new Driver(1);
    driver.run(place('L1', 'full', 10, 2_000));
    const command = { ...place('L1', 'x', 10, 900), ...fields } as MarketCommand;
    expect(codeName(driver.run(command).code)).toBe(codeName(code));
  });

  it('capacity before idempotency, idempotency before fill-or-kill', () => {
    const driver = new Driver(1);
    driver.run(place('L1', 'a', 10, 900, 'IOC'));
    driver.run(place('L1', 'full', 10, 2_000));
    // The book is full: even an identical retry answers BOOK_FULL, as the ladder orders.
    expect(driver.run(place('L1', 'a', 10, 900, 'IOC')).code).toBe(Code.BOOK_FULL);
    driver.run(cancel('L1', 'full'));
    expect(driver.run(place('L1', 'full', 10, 2_000, 'FOK')).code).toBe(Code.DUPLICATE_ORDER_ID);
  });
});
