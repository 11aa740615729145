/**
 * The ledger_transfers row mapping alone (ledger-transfers.ts), entry kind by entry kind, and
 * the follower over a real journal with a sink that pushes back (OVERLOADED): the re-read
 * entry gives the same rows, owners included. No ClickHouse here.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  LedgerFollower,
  TransferReader,
  serviceUserRef,
  toFactRecord,
  type TransferRow,
  type TransferSink,
} from '../../src/disclosure/index.js';
import {
  ArgWriter,
  checkOriginate,
  writeLegs,
  writeOrigination,
} from '../../src/ledger/commands.js';
import { EntryFields, EntryKind } from '../../src/ledger/entry-codec.js';
import { openLedger } from '../../src/ledger/index.js';
import { Code } from '../../src/shared/index.js';

const ref = serviceUserRef('ledger_transfers_test');
const t0 = Date.UTC(2025, 6, 1);
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
function entry(kind: EntryKind, id: string, ref1 = '', ref2 = '', amountFen = 0): EntryFields {
  const e = new EntryFields();
  Object.assign(e, { seq: (seq += 1), kind, id, ref1, ref2, amountFen });
  return e;
}

function withArgs(e: EntryFields, write: (w: ArgWriter) => void): EntryFields {
  const writer = new ArgWriter().reset();
  write(writer);
  e.args = Uint8Array.from(writer.bytes());
  return e;
}

function originateEntry(): EntryFields {
  const checked = checkOriginate({
    transferId: 'originate:T1',
    trancheId: 'T1',
    borrowerId: 'B1',
    notes: [{ noteId: 'N1', lenderId: 'L1', principalFen: 10_000, rateBps: 1_000 }],
    termMonths: 3,
    schedule: 'equal_instalment',
    feeBps: 250,
    nowMs: t0 + 5,
  });
  if (typeof checked === 'number') throw new Error(`origination refused: ${checked}`);
  const e = entry(EntryKind.originate, 'originate:T1', 'T1', 'B1', 10_000);
  return withArgs(e, (w) => writeOrigination(w, checked));
}

describe('ledger transfer rows', () => {
  it('names both accounts of every kind, users as refs, the entry time or the fallback', () => {
    const reader = new TransferReader(ref);
    const hold = 'hold:2.L1:o1';
    const legs = [
      { debitKey: 'platform:operating', creditKey: 'platform:risk-reserve', amountFen: 7 },
      { debitKey: 'user:L1:available', creditKey: 'user:B1:available', amountFen: 3 },
    ];
    const entries = [
      entry(EntryKind.deposit, 'dep-1', 'L1', '', 50_000),
      entry(EntryKind.hold, hold, 'L1', '', 20_000),
      entry(EntryKind.heldToEscrow, 'fill:f1', hold, 'T1', 10_000),
      entry(EntryKind.releasePart, 'reduce:12M:C:9', hold, '', 4_000),
      entry(EntryKind.releaseHold, `release:${hold}`, hold, '', 6_000),
      originateEntry(),
      withArgs(entry(EntryKind.repay, 'rp-1', 'T1', '', 900), (w) => w.i64(t0 + 6)),
      withArgs(entry(EntryKind.compensate, 'c-1', 'T1', '', 800), (w) => w.i64(t0 + 7)),
      withArgs(entry(EntryKind.tick, 'tick-1'), (w) => w.i64(t0 + 8)),
      entry(EntryKind.disburse, 'refund:f2', 'T2', 'L1', 500),
      withArgs(entry(EntryKind.withdraw, 'w-13812341234', 'B1', '', 100), () => undefined),
      withArgs(entry(EntryKind.platformDeposit, 'cap-1', '', '', 1_000), () => undefined),
      withArgs(entry(EntryKind.linked, 'grp', '', '', 10), (w) => writeLegs(w, legs)),
    ];
    const rows = entries.flatMap((e) => reader.rows(e, t0));
    const [l1, b1] = [ref('L1'), ref('B1')];
    const brief = rows.map((r) => [r.transfer_id, r.kind, r.debit_account, r.credit_account]);
    expect(brief).toEqual([
      ['dep-1', 'deposit', 'bank:custody', `user:${l1}:available`],
      [`hold#${ref(hold)}`, 'hold', `user:${l1}:available`, `user:${l1}:held`],
      ['fill:f1', 'held_to_escrow', `user:${l1}:held`, 'tranche:T1:escrow'],
      ['reduce:12M:C:9', 'release_part', `user:${l1}:held`, `user:${l1}:available`],
      [
        `release#${ref(`release:${hold}`)}`,
        'release_hold',
        `user:${l1}:held`,
        `user:${l1}:available`,
      ],
      ['originate:T1', 'originate', 'tranche:T1:escrow', `user:${b1}:available`],
      ['originate:T1/fee', 'originate', 'tranche:T1:escrow', 'platform:fee-income'],
      ['rp-1', 'repay', `user:${b1}:available`, 'loan:T1:repayment'],
      ['c-1', 'compensate', 'platform:risk-reserve', 'loan:T1:repayment'],
      ['refund:f2', 'disburse', 'tranche:T2:escrow', `user:${l1}:available`],
      [`id#${ref('w-13812341234')}`, 'withdraw', `user:${b1}:available`, 'bank:custody'],
      ['cap-1', 'platform_deposit', 'bank:operating', 'platform:operating'],
      ['grp', 'linked', 'platform:operating', 'platform:risk-reserve'],
      ['grp/1', 'linked', `user:${l1}:available`, `user:${b1}:available`],
    ]);
    expect(rows.find((r) => r.kind === 'originate')?.amount_fen).toBe(10_000 - 250);
    expect(rows.find((r) => r.transfer_id === 'originate:T1/fee')?.amount_fen).toBe(250);
    expect(rows.filter((r) => r.time_ms !== t0).map((r) => [r.kind, r.time_ms])).toEqual([
      ['originate', t0 + 5],
      ['originate', t0 + 5],
      ['repay', t0 + 6],
      ['compensate', t0 + 7],
    ]);
    for (const row of rows) expect(typeof toFactRecord('ledger_transfers', row)).toBe('object');
    expect(JSON.stringify(rows)).not.toMatch(/L1|B1|13812341234/);
  });

  it('names a hold it never saw by the hold, never by a guess', () => {
    const reader = new TransferReader(ref);
    const [row] = reader.rows(entry(EntryKind.heldToEscrow, 'fill:f9', 'hold:x', 'T9', 1), t0);
    expect(row?.debit_account).toBe(`user:hold-${ref('hold:x')}:held`);
    expect(typeof toFactRecord('ledger_transfers', row)).toBe('object');
  });
});

describe('ledger follower with a sink that pushes back', () => {
  it('reads the refused entry again and writes the same rows', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-transfers-'));
    dirs.push(dataDir);
    const ledgerDir = join(dataDir, 'ledger');
    const ledger = await openLedger({ dir: ledgerDir, durability: 'none' });
    for (let n = 0; n < 20; n += 1) {
      const hold = `hold:${n}`;
      expect(ledger.deposit(`d${n}`, `U${n}`, 1_000).code).toBe(Code.OK);
      expect(ledger.hold(hold, `U${n}`, 600)).toBe(Code.OK);
      expect(ledger.releaseHold(`r${n}`, hold).code).toBe(Code.OK);
    }
    await ledger.close();
    const stored = new Map<string, TransferRow>();
    let adds = 0;
    const sink: TransferSink = {
      // Every fifth add is refused: the follower stops there and reads that entry again.
      add: (_table, row) => {
        adds += 1;
        if (adds % 5 === 0) return Code.OVERLOADED;
        stored.set(row.transfer_id, row);
        return Code.OK;
      },
      flush: () => Promise.resolve(),
    };
    const stateDir = join(dataDir, 'follower');
    const follower = new LedgerFollower({ ledgerDir, stateDir, sink, ref });
    while ((await follower.poll()) > 0);
    await follower.stop();
    expect(follower.position.committed.entries).toBe(60);
    expect(stored.size).toBe(60);
    for (let n = 0; n < 20; n += 1) {
      const owner = `user:${ref(`U${n}`)}`;
      expect(stored.get(`release#${ref(`r${n}`)}`)).toMatchObject({
        debit_account: `${owner}:held`,
        credit_account: `${owner}:available`,
        amount_fen: 600,
      });
    }
  });

  it('waits at a record the writer has not finished, then reads it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-transfers-tail-'));
    dirs.push(dataDir);
    const ledgerDir = join(dataDir, 'ledger');
    const ledger = await openLedger({ dir: ledgerDir, durability: 'none' });
    for (let n = 0; n < 5; n += 1) expect(ledger.deposit(`d${n}`, 'U', 100).code).toBe(Code.OK);
    await ledger.close();
    // A copy of the journal cut inside its last record, as a reader can see it mid-write.
    const tailDir = join(dataDir, 'tail');
    mkdirSync(tailDir);
    const whole = readFileSync(join(ledgerDir, 'ledger.journal'));
    writeFileSync(join(tailDir, 'ledger.journal'), whole.subarray(0, whole.length - 10));
    const ids: string[] = [];
    const errors: string[] = [];
    const sink: TransferSink = {
      add: (_table, row) => (ids.push(row.transfer_id), Code.OK),
      flush: () => Promise.resolve(),
    };
    const follower = new LedgerFollower({
      ledgerDir: tailDir,
      stateDir: join(dataDir, 'follower'),
      sink,
      ref,
      onError: (context) => void errors.push(context),
    });
    while ((await follower.poll()) > 0);
    expect(ids).toEqual(['d0', 'd1', 'd2', 'd3']);
    copyFileSync(join(ledgerDir, 'ledger.journal'), join(tailDir, 'ledger.journal'));
    while ((await follower.poll()) > 0);
    await follower.stop();
    expect(ids).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
    expect(errors).toEqual([]);
  });
});
