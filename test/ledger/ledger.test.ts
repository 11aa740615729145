/**
 * Behaviour of every ledger call: happy paths, every rejection code with the input that
 * triggers it, idempotent retries, wrongly typed input past the types, and admission limits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger/index.js';
import { Code, codeName, limits } from '../../src/shared/index.js';
import { tempDir } from './helpers.js';

const open: Ledger[] = [];

async function freshLedger(): Promise<Ledger> {
  const ledger = await openLedger({ dir: tempDir(), durability: 'none' });
  open.push(ledger);
  return ledger;
}

afterEach(async () => {
  for (const ledger of open.splice(0)) await ledger.close();
});

/** alice has 10,000 available; hold h1 of 4,000; 1,000 of it is in tranche T1's escrow. */
async function funded(): Promise<Ledger> {
  const ledger = await freshLedger();
  expect(ledger.deposit('d1', 'alice', 10_000).code).toBe(Code.OK);
  expect(ledger.hold('h1', 'alice', 4_000)).toBe(Code.OK);
  expect(ledger.transferHeldToEscrow('e1', 'h1', 'T1', 1_000)).toBe(Code.OK);
  return ledger;
}

describe('ledger happy paths', () => {
  it('deposits from custody into available, keeping the sum at zero', async () => {
    const ledger = await freshLedger();
    expect(ledger.deposit('d1', 'alice', 10_000)).toEqual({ code: Code.OK, availableFen: 10_000 });
    expect(ledger.deposit('d2', 'alice', 5)).toEqual({ code: Code.OK, availableFen: 10_005 });
    expect(ledger.balanceFen('bank:custody')).toBe(-10_005);
    expect(ledger.userBalances('alice')).toEqual({ availableFen: 10_005, heldFen: 0 });
    expect(ledger.entryCount()).toBe(2);
    ledger.checkInvariants();
  });

  it('holds, moves held funds to escrow, releases the rest and disburses', async () => {
    const ledger = await funded();
    expect(ledger.userBalances('alice')).toEqual({ availableFen: 6_000, heldFen: 3_000 });
    expect(ledger.balanceFen('tranche:T1:escrow')).toBe(1_000);
    expect(ledger.releaseHold('r1', 'h1')).toEqual({ code: Code.OK, releasedFen: 3_000 });
    expect(ledger.userBalances('alice')).toEqual({ availableFen: 9_000, heldFen: 0 });
    expect(ledger.disburse('x1', 'T1', 'bob', 1_000)).toBe(Code.OK);
    expect(ledger.balanceFen('tranche:T1:escrow')).toBe(0);
    expect(ledger.userBalances('bob')).toEqual({ availableFen: 1_000, heldFen: 0 });
    expect(ledger.balanceFen('bank:custody')).toBe(-10_000);
    expect(ledger.entryCount()).toBe(5);
    ledger.checkInvariants();
  });

  it('closes a fully used hold with a release of 0', async () => {
    const ledger = await funded();
    expect(ledger.transferHeldToEscrow('e2', 'h1', 'T2', 3_000)).toBe(Code.OK);
    expect(ledger.releaseHold('r1', 'h1')).toEqual({ code: Code.OK, releasedFen: 0 });
    expect(ledger.transferHeldToEscrow('e3', 'h1', 'T2', 1)).toBe(Code.HOLD_NOT_FOUND);
    ledger.checkInvariants();
  });

  it('answers retries with the original result and no second effect', async () => {
    const ledger = await funded();
    expect(ledger.releaseHold('r1', 'h1').releasedFen).toBe(3_000);
    const entries = ledger.entryCount();
    const hash = ledger.headHash();
    expect(ledger.deposit('d1', 'alice', 10_000)).toEqual({ code: Code.OK, availableFen: 10_000 });
    expect(ledger.hold('h1', 'alice', 4_000)).toBe(Code.HOLD_EXISTS);
    expect(ledger.transferHeldToEscrow('e1', 'h1', 'T1', 1_000)).toBe(Code.OK);
    expect(ledger.releaseHold('r1', 'h1')).toEqual({ code: Code.OK, releasedFen: 3_000 });
    expect(ledger.entryCount()).toBe(entries);
    expect(ledger.headHash()).toBe(hash);
    expect(ledger.userBalances('alice')).toEqual({ availableFen: 9_000, heldFen: 0 });
  });

  it('gives the same head hash asked after every few entries or only at the end', async () => {
    // Hashes are filled in per run of records; asking mid-run must not change the chain.
    const [often, once] = [await freshLedger(), await freshLedger()];
    const heads: string[] = [];
    for (let index = 0; index < 300; index++) {
      for (const ledger of [often, once]) ledger.deposit(`d${index}`, `u${index % 7}`, index + 1);
      if (index % 3 === 0) heads.push(often.headHash());
    }
    expect(new Set(heads).size).toBe(heads.length);
    expect(once.headHash()).toBe(often.headHash());
    await often.flush();
    expect(once.headHash()).toBe(often.headHash());
  });

  it('counts each custody movement once, in booking order, past retries and refusals', async () => {
    const ledger = await freshLedger();
    ledger.deposit('d1', 'alice', 500);
    ledger.deposit('d1', 'alice', 500);
    expect(ledger.withdraw('w0', 'alice', 501).code).toBe(Code.INSUFFICIENT_FUNDS);
    expect(ledger.hold('h1', 'alice', 100)).toBe(Code.OK);
    ledger.withdraw('w1', 'alice', 200);
    ledger.deposit('d2', 'bob', 70);
    const report = ledger.reconcile('transfer_id,direction,amount_fen\n');
    const missing = report.differences.filter((d) => d.kind === 'missing_in_statement');
    expect(missing.map((d) => [d.transferId, d.ledgerFen])).toEqual([
      ['d1', 500],
      ['w1', -200],
      ['d2', 70],
    ]);
  });

  it('starts with the genesis head hash and flushes with nothing pending', async () => {
    const ledger = await freshLedger();
    expect(ledger.headHash()).toBe('0'.repeat(64));
    expect(ledger.entryCount()).toBe(0);
    await ledger.flush();
  });
});

const DIFFERENT = Code.TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS;
const NO_HOLD = Code.HOLD_NOT_FOUND;
const EXCEEDED = Code.HOLD_EXCEEDED;
const NOT_FOUND = Code.ACCOUNT_NOT_FOUND;
const AMOUNT = Code.LEDGER_AMOUNT_INVALID;

type Call = (ledger: Ledger) => number;
const deposit =
  (id: string, user: string, fen: number): Call =>
  (ledger) =>
    ledger.deposit(id, user, fen).code;

/** [what, call on the funded ledger, expected code]. */
const rejections: [string, Call, number][] = [
  ['overdraft on hold', (l) => l.hold('h2', 'alice', 6_001), Code.INSUFFICIENT_FUNDS],
  ['hold for an unknown user', (l) => l.hold('h2', 'nobody', 1), Code.ACCOUNT_NOT_FOUND],
  ['hold id reused, same fields', (l) => l.hold('h1', 'alice', 4_000), Code.HOLD_EXISTS],
  ['hold id reused, other amount', (l) => l.hold('h1', 'alice', 4_001), DIFFERENT],
  ['hold id reused, other user', (l) => l.hold('h1', 'bob', 4_000), DIFFERENT],
  ['escrow from an unknown hold', (l) => l.transferHeldToEscrow('e2', 'hx', 'T1', 1), NO_HOLD],
  ['escrow beyond the hold', (l) => l.transferHeldToEscrow('e2', 'h1', 'T1', 3_001), EXCEEDED],
  ['escrow id reused, other amount', (l) => l.transferHeldToEscrow('e1', 'h1', 'T1', 2), DIFFERENT],
  [
    'escrow id reused, other tranche',
    (l) => l.transferHeldToEscrow('e1', 'h1', 'T2', 1_000),
    DIFFERENT,
  ],
  ['release of an unknown hold', (l) => l.releaseHold('r1', 'hx').code, NO_HOLD],
  ['transfer id reused by another kind', (l) => l.releaseHold('d1', 'h1').code, DIFFERENT],
  ['deposit id reused, other amount', deposit('d1', 'alice', 10_001), DIFFERENT],
  ['deposit id reused, other user', deposit('d1', 'bob', 10_000), DIFFERENT],
  ['disburse beyond escrow', (l) => l.disburse('x1', 'T1', 'bob', 1_001), Code.INSUFFICIENT_FUNDS],
  ['disburse from an unknown tranche', (l) => l.disburse('x1', 'T9', 'bob', 1), NOT_FOUND],
  ['amount 0', deposit('d9', 'alice', 0), AMOUNT],
  ['negative amount', deposit('d9', 'alice', -5), AMOUNT],
  ['fractional amount', deposit('d9', 'alice', 1.5), AMOUNT],
  ['amount 2**53', deposit('d9', 'alice', 2 ** 53), AMOUNT],
  ['amount above the limit', deposit('d9', 'alice', limits.amountFenMax + 1), AMOUNT],
  ['amount NaN', deposit('d9', 'alice', Number.NaN), AMOUNT],
  ['amount Infinity', deposit('d9', 'alice', Number.POSITIVE_INFINITY), AMOUNT],
  ['hold amount 0', (l) => l.hold('h9', 'alice', 0), AMOUNT],
  ['escrow amount 1.5', (l) => l.transferHeldToEscrow('e9', 'h1', 'T1', 1.5), AMOUNT],
  ['disburse amount -1', (l) => l.disburse('x9', 'T1', 'bob', -1), AMOUNT],
  ['empty transfer id', deposit('', 'alice', 1), Code.INVALID_FIELD],
  ['id with a space', deposit('d 9', 'alice', 1), Code.INVALID_FIELD],
  ['id of 65 characters', deposit('d'.repeat(65), 'alice', 1), Code.INVALID_FIELD],
  ['non-ASCII user id', deposit('d9', 'alicé', 1), Code.INVALID_FIELD],
  ['bad hold id', (l) => l.hold('', 'alice', 1), Code.INVALID_FIELD],
  ['bad tranche id', (l) => l.transferHeldToEscrow('e9', 'h1', 'T 1', 1), Code.INVALID_FIELD],
  ['bad release id', (l) => l.releaseHold('r\n', 'h1').code, Code.INVALID_FIELD],
  ['bad borrower id', (l) => l.disburse('x9', 'T1', '', 1), Code.INVALID_FIELD],
  ['bad id wins over bad amount', deposit('', 'alice', -1), Code.INVALID_FIELD],
  ['bad amount wins over a reused id', deposit('d1', 'alice', 0), AMOUNT],
];

describe('ledger rejections', () => {
  it.each(rejections)('%s', async (_what, call, expected) => {
    const ledger = await funded();
    const before = { entries: ledger.entryCount(), alice: ledger.userBalances('alice') };
    const code = call(ledger);
    expect(codeName(code as never)).toBe(codeName(expected as never));
    // A rejection (and an idempotent answer) changes nothing.
    expect(ledger.entryCount()).toBe(before.entries);
    expect(ledger.userBalances('alice')).toEqual(before.alice);
    ledger.checkInvariants();
  });

  it('rejects wrongly typed input at runtime', async () => {
    const ledger = await funded();
    // @ts-expect-error an amount sent as a string
    expect(ledger.deposit('d9', 'alice', '100').code).toBe(AMOUNT);
    // @ts-expect-error an amount sent as a bigint
    expect(ledger.hold('h9', 'alice', 100n)).toBe(AMOUNT);
    // @ts-expect-error a missing amount
    expect(ledger.disburse('x9', 'T1', 'bob')).toBe(AMOUNT);
    // @ts-expect-error a numeric id
    expect(ledger.deposit(42, 'alice', 1).code).toBe(Code.INVALID_FIELD);
    // @ts-expect-error a null hold id
    expect(ledger.releaseHold('r9', null).code).toBe(Code.INVALID_FIELD);
    // @ts-expect-error an object as tranche id
    expect(ledger.transferHeldToEscrow('e9', 'h1', { id: 'T1' }, 1)).toBe(Code.INVALID_FIELD);
    expect(ledger.entryCount()).toBe(3);
    ledger.checkInvariants();
  });

  it('refuses a deposit that would take custody past the safe-integer range', async () => {
    const ledger = await freshLedger();
    const deposits = Math.floor(Number.MAX_SAFE_INTEGER / limits.amountFenMax);
    for (let index = 0; index < deposits; index++) {
      expect(ledger.deposit(`d${index}`, `u${index % 7}`, limits.amountFenMax).code).toBe(Code.OK);
    }
    expect(ledger.deposit('last', 'u0', limits.amountFenMax).code).toBe(AMOUNT);
    ledger.checkInvariants();
  });

  it('answers OVERLOADED, applying nothing, while too many entries await durability', async () => {
    const ledger = await freshLedger();
    // All in one synchronous run: the writer cannot start before it ends.
    for (let index = 0; index < limits.journalPendingEntriesMax; index++) {
      expect(ledger.deposit(`d${index}`, 'alice', 1).code).toBe(Code.OK);
    }
    expect(ledger.deposit('one-more', 'alice', 1).code).toBe(Code.OVERLOADED);
    expect(ledger.hold('h-more', 'alice', 1)).toBe(Code.OVERLOADED);
    expect(ledger.userBalances('alice').availableFen).toBe(limits.journalPendingEntriesMax);
    await ledger.flush();
    expect(ledger.deposit('one-more', 'alice', 1).code).toBe(Code.OK);
    ledger.checkInvariants();
  });

  it('treats use after close as a programmer error', async () => {
    const ledger = await openLedger({ dir: tempDir(), durability: 'none' });
    await ledger.close();
    expect(() => ledger.deposit('d1', 'alice', 1)).toThrow(/after close/);
    await ledger.close();
  });
});
