/**
 * The numeric core path: command records (encodeCommand), the id tables and the event sink.
 * - The codec writes every field the ladders judge, with the sentinels for bad input.
 * - Numbers are released when a place is rejected or an entry is forgotten, and reused.
 * - Seeded property run of the core as the benchmark drives it (every command of a run encoded
 *   up front, then applyRecord into one reused EventSink) against the reference model: the
 *   materialized outcomes must equal the model's field by field. The seed is in every message;
 *   ORDERBOOK_SEED=<n> reruns one seed.
 */
import { describe, expect, it } from 'vitest';
import {
  EventSink,
  RECORD_FIELDS,
  applyCommand,
  applyRecord,
  createMarket,
  encodeCommand,
  materialize,
  renderExplanations,
  stateHash,
  validateInternalState,
  type MarketCommand,
} from '../../src/orderbook/index.js';
import { Code } from '../../src/shared/index.js';
import { Generator } from './generator.js';
import { ModelMarket } from './model.js';

const marketId = '36M:B';
const nowMs = 1_700_000_000_000;

function encode(command: MarketCommand, market = createMarket(marketId)): number[] {
  const record = new Float64Array(RECORD_FIELDS);
  encodeCommand(market, command, record, 0);
  return [...record];
}

describe('command records', () => {
  const place: MarketCommand = {
    kind: 'place',
    ref: 7,
    lenderId: 'L1',
    clientOrderId: 'o1',
    marketId,
    amountFen: 50_000,
    minRateBps: 900,
    tif: 'IOC',
    expiresAtMs: nowMs + 5,
  };

  it('encodes every field of a place, interning its ids', () => {
    // kind, ref, market ok, lender no, order no, amount, rate, tif (IOC), expiry
    expect(encode(place)).toEqual([1, 7, 1, 0, 0, 50_000, 900, 1, nowMs + 5]);
  });

  it('encodes bad input so the ladder can judge it', () => {
    const market = createMarket(marketId);
    const bad = { ...place, lenderId: 'has space', amountFen: '5' as unknown as number };
    const record = encode({ ...bad, tif: 'DAY' as 'GTC', expiresAtMs: 1.5 }, market);
    expect(record.slice(0, 5)).toEqual([1, 7, 1, -2, -2]);
    expect(Number.isNaN(record[5])).toBe(true);
    expect(record[7]).toBe(3);
    expect(Number.isNaN(record[8])).toBe(true);
    const { expiresAtMs: _absent, ...noExpiry } = place;
    expect(encode(noExpiry)[8]).toBe(Number.MAX_SAFE_INTEGER);
    expect(encode({ ...place, marketId: '12M:A' }, market).slice(0, 5)).toEqual([1, 7, 0, 0, 0]);
    expect(encode({ kind: 'nope', ref: 1, marketId } as unknown as MarketCommand)[0]).toBe(0);
  });

  it('looks orders up for cancel, reduce and amend without numbering new ones', () => {
    const market = createMarket(marketId);
    applyCommand(market, place, nowMs);
    const cancel: MarketCommand = {
      kind: 'cancel',
      ref: 1,
      lenderId: 'L1',
      clientOrderId: 'o1',
      marketId,
    };
    expect(encode(cancel, market).slice(3, 5)).toEqual([0, 0]);
    expect(encode({ ...cancel, clientOrderId: 'o2' }, market).slice(3, 5)).toEqual([0, -1]);
    const list: MarketCommand = {
      kind: 'list',
      ref: 2,
      trancheId: 't1',
      marketId,
      borrowerId: 'L1',
      amountFen: 10_000,
      maxRateBps: 950,
    };
    // The borrower is the same account as the lender: one number, so self-funding is visible.
    expect(encode(list, market)).toEqual([5, 2, 1, 0, 0, 10_000, 950, 0, Number.MAX_SAFE_INTEGER]);
  });

  it('gives back the number of a rejected place and of a forgotten entry', () => {
    const market = createMarket(marketId, { closedEntriesMax: 1, minTicketFen: 10_000 });
    const small = { ...place, clientOrderId: 'small', amountFen: 5_000, tif: 'GTC' as const };
    expect(applyCommand(market, small, nowMs).code).toBe(Code.BELOW_MIN_TICKET);
    expect(market.ids.findOrder('L1', 'small')).toBeUndefined();
    expect(applyCommand(market, { ...place, clientOrderId: 'a' }, nowMs).code).toBe(Code.OK);
    expect(market.ids.findOrder('L1', 'a')).toBe(0);
    expect(applyCommand(market, { ...place, clientOrderId: 'b' }, nowMs).code).toBe(Code.OK);
    // 'a' (an IOC that closed at once) was forgotten when 'b' closed: its number is reused.
    expect(market.ids.findOrder('L1', 'a')).toBeUndefined();
    expect(applyCommand(market, { ...place, clientOrderId: 'c' }, nowMs).code).toBe(Code.OK);
    expect(market.ids.findOrder('L1', 'c')).toBe(0);
  });

  it('grows the event sink past its first capacity', () => {
    const market = createMarket(marketId);
    for (let index = 0; index < 400; index += 1) {
      const order = { ...place, clientOrderId: `o${index}`, tif: 'GTC' as const, amountFen: 1 };
      expect(applyCommand(market, { ...order, lenderId: `L${index}` }, nowMs).code).toBe(Code.OK);
    }
    const list: MarketCommand = {
      kind: 'list',
      ref: 9,
      trancheId: 't',
      marketId,
      borrowerId: 'B',
      amountFen: 400,
      maxRateBps: 3_000,
    };
    const outcome = applyCommand(market, list, nowMs);
    // listed, 400 fills and 400 closes, funded
    expect(outcome.events).toHaveLength(802);
    expect(outcome.events.at(-1)?.type).toBe('tranche_funded');
  });
});

function runEncoded(seed: number, steps: number): void {
  const generator = new Generator(seed);
  const rules = generator.rules;
  const market = createMarket(marketId, { restingOrdersMax: 100_000, ...rules });
  const model = new ModelMarket(marketId, 100_000, rules);
  const commands: MarketCommand[] = [];
  for (let step = 0; step < steps; step += 1) commands.push(generator.next(nowMs + step * 10));
  // Encoded up front, as the benchmark does: the records are plain numbers from here on.
  const records = new Float64Array(steps * RECORD_FIELDS);
  commands.forEach((command, step) =>
    encodeCommand(market, command, records, step * RECORD_FIELDS),
  );
  const sink = new EventSink();
  commands.forEach((command, step) => {
    const time = nowMs + step * 10;
    const code = applyRecord(market, records, step * RECORD_FIELDS, time, sink);
    const actual = materialize(market, sink, command.ref, code, time);
    renderExplanations(actual, market.rules);
    const context = `seed ${seed} step ${step} ${JSON.stringify(command)}`;
    expect(actual, context).toEqual(model.apply(command, time));
  });
  expect(() => validateInternalState(market), `seed ${seed}`).not.toThrow();
  const replay = createMarket(marketId, { restingOrdersMax: 100_000, ...rules });
  commands.forEach((command, step) => applyCommand(replay, command, nowMs + step * 10));
  expect(stateHash(replay), `seed ${seed}: the object path gives the same state`).toBe(
    stateHash(market),
  );
}

describe('the core on pre-encoded records against the reference model', () => {
  const fixedSeed = Number(process.env['ORDERBOOK_SEED'] ?? Number.NaN);
  const seeds = Number.isInteger(fixedSeed)
    ? [fixedSeed]
    : [21, 22, 23, 24, (Date.now() % 1_000_000) + 25];
  for (const seed of seeds) {
    it(`seed ${seed}: 1500 pre-encoded commands`, () => runEncoded(seed, 1_500));
  }
});
