/**
 * The ledger follower against a real ledger journal and the real ClickHouse: every transfer
 * reaches `ledger_transfers` once (counted without FINAL, so not even a duplicate waiting for a
 * merge), also when a new follower resumes from the cursor, when an insert's answer is lost
 * (the sink retries), when a flush fails (the follower waits, then stores), and when a crash
 * lost the cursor (the re-read rows collapse under FINAL, with the same times). The backfill
 * rebuilds the same rows from the journal.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LedgerFollower,
  backfill,
  createDisclosureSink,
  followerStateDir,
  readJournalFacts,
  serviceUserRef,
  type DisclosureSink,
  type TransferSink,
} from '../../src/disclosure/index.js';
import {
  openLedger,
  platformOperatingKey,
  platformRiskReserveKey,
  type Ledger,
} from '../../src/ledger/index.js';
import { Code } from '../../src/shared/index.js';
import { adminClient, dropDatabase, selectAll, testDatabaseName } from '../helpers/clickhouse.js';
import { clickhouseUrl } from '../helpers/services.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

const salt = 'ledger_follower_test';
const ref = serviceUserRef(salt);
const admin = adminClient();
const database = testDatabaseName('ledger_follower');
const dataDir = mkdtempSync(join(tmpdir(), 'ledger-follower-'));
const ledgerDir = join(dataDir, 'ledger');
const stateDir = followerStateDir(dataDir);
const nowMs = Date.UTC(2025, 2, 1, 9);
let proxy: TcpProxy;
let sink: DisclosureSink;

const errors: string[] = [];

function follower(over: Partial<{ sink: TransferSink; stateDir: string }> = {}): LedgerFollower {
  // A small read per step: several steps, and a window that ends inside a record.
  const onError = (context: string): void => void errors.push(context);
  return new LedgerFollower({
    ledgerDir,
    stateDir,
    sink,
    ref,
    readBytesMax: 2_000,
    onError,
    ...over,
  });
}

async function drain(f: LedgerFollower): Promise<void> {
  while ((await f.poll()) > 0);
}

async function count(final: boolean): Promise<number> {
  const from = `${database}.ledger_transfers${final ? ' FINAL' : ''}`;
  const rows = await selectAll(admin, `SELECT count() AS n FROM ${from}`);
  return Number(rows[0]?.['n']);
}

/** Lender `u` deposits, bids (hold), funds tranche T (part), and the rest is released. */
function lend(ledger: Ledger, u: string, n: number): void {
  expect(ledger.deposit(`d-${u}-${n}`, u, 50_000).code).toBe(Code.OK);
  expect(ledger.hold(`hold:${u}:o${n}`, u, 40_000)).toBe(Code.OK);
  expect(ledger.transferHeldToEscrow(`fill-${u}-${n}`, `hold:${u}:o${n}`, `T${n}`, 30_000)).toBe(
    Code.OK,
  );
  expect(ledger.releaseHoldPart(`reduce-${u}-${n}`, `hold:${u}:o${n}`, 4_000)).toBe(Code.OK);
  expect(ledger.releaseHold(`release:hold:${u}:o${n}`, `hold:${u}:o${n}`).code).toBe(Code.OK);
}

async function writeEntries(from: number, to: number): Promise<void> {
  const ledger = await openLedger({ dir: ledgerDir, durability: 'none' });
  try {
    if (from === 0) {
      expect(ledger.platformDeposit('capital', 1_000_000)).toBe(Code.OK);
      const legs = [
        { debitKey: platformOperatingKey, creditKey: platformRiskReserveKey, amountFen: 500 },
        { debitKey: platformOperatingKey, creditKey: platformRiskReserveKey, amountFen: 700 },
      ];
      expect(ledger.transferLinked('reserve', legs)).toBe(Code.OK);
    }
    for (let n = from; n < to; n += 1) {
      // Lender ids that look like phone numbers: they must not reach ClickHouse in any column.
      const lenderId = `13812345${String(n).padStart(3, '0')}`;
      lend(ledger, lenderId, n);
      const result = ledger.originate({
        transferId: `originate-T${n}`,
        trancheId: `T${n}`,
        borrowerId: `B${n}`,
        notes: [{ noteId: `N${n}`, lenderId, principalFen: 30_000, rateBps: 1_000 }],
        termMonths: 6,
        schedule: 'equal_instalment',
        feeBps: 100,
        nowMs,
      });
      expect(result.code).toBe(Code.OK);
      expect(ledger.repay(`repay-T${n}`, `T${n}`, 1_000, nowMs + 86_400_000).code).toBe(Code.OK);
      expect(ledger.withdraw(`w-B${n}`, `B${n}`, 500).code).toBe(Code.OK);
    }
    expect(ledger.userBalances(`B${from}`).availableFen).toBeGreaterThan(0);
  } finally {
    await ledger.close();
  }
}

/** Rows per round: deposit, hold, fill, reduce, release, originate and its fee, repay, withdraw. */
const rowsPerRound = 9;

beforeAll(async () => {
  const target = new URL(clickhouseUrl());
  proxy = await startTcpProxy(target.hostname, Number(target.port));
  sink = createDisclosureSink({ url: `http://127.0.0.1:${proxy.port}`, database, retryBaseMs: 20 });
  await sink.migrate();
});

afterAll(async () => {
  await sink.close();
  await proxy.close();
  await dropDatabase(admin, database);
  await admin.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('ledger follower', () => {
  it('writes every transfer once, users as refs, and keeps a cursor', async () => {
    await writeEntries(0, 40);
    const f = follower();
    let steps = 0;
    while ((await f.poll()) > 0) steps += 1;
    expect(steps).toBeGreaterThan(5);
    const expected = 3 + 40 * rowsPerRound;
    expect(await count(false)).toBe(expected);
    expect(f.position.committed.entries).toBe(2 + 40 * 8);
    const lender = '13812345007';
    const rows = await selectAll(
      admin,
      `SELECT transfer_id, kind, debit_account, credit_account, amount_fen, time_ms ` +
        `FROM ${database}.ledger_transfers WHERE debit_account LIKE 'user:${ref(lender)}:%' ` +
        `OR credit_account LIKE 'user:${ref(lender)}:%' ORDER BY seq`,
    );
    expect(rows.map((r) => [r['kind'], Number(r['amount_fen'])])).toEqual([
      ['deposit', 50_000],
      ['hold', 40_000],
      ['held_to_escrow', 30_000],
      ['release_part', 4_000],
      ['release_hold', 6_000],
    ]);
    // No raw user id anywhere, not even inside the ids of holds.
    const all = await selectAll(admin, `SELECT * FROM ${database}.ledger_transfers`);
    expect(JSON.stringify(all)).not.toContain(lender);
    const originate = all.find((r) => r['transfer_id'] === 'originate-T3');
    expect(originate).toMatchObject({ credit_account: `user:${ref('B3')}:available` });
    expect(Number(originate?.['amount_fen'])).toBe(29_700);
    expect(Number(originate?.['time_ms'])).toBe(nowMs);
    const repay = all.find((r) => r['transfer_id'] === 'repay-T3');
    expect(repay).toMatchObject({ debit_account: `user:${ref('B3')}:available` });
    await f.stop();
  });

  it('resumes from the cursor: only the new entries, through a lost insert answer', async () => {
    await writeEntries(40, 50);
    const f = follower();
    // The insert lands but its answer is lost: the sink retries and sends nothing twice.
    proxy.dropResponses(1);
    const landed = sink.stats().landedOnRetry;
    errors.splice(0);
    await drain(f);
    expect(sink.stats().landedOnRetry).toBeGreaterThan(landed);
    expect(errors.filter((e) => e.includes('cursor'))).toEqual([]);
    expect(await count(false)).toBe(3 + 50 * rowsPerRound);
    await f.stop();
  });

  it('waits while a flush fails, then stores the same rows once', async () => {
    await writeEntries(50, 55);
    let failures = 1;
    const flaky: TransferSink = {
      add: (table, row) => sink.add(table, row),
      flush: () => (failures-- > 0 ? Promise.reject(new Error('down')) : sink.flush()),
    };
    const errors: string[] = [];
    const f = new LedgerFollower({
      ledgerDir,
      stateDir,
      sink: flaky,
      ref,
      onError: (context) => void errors.push(context),
    });
    const before = f.position.committed.entries;
    expect(await f.poll()).toBeGreaterThan(0);
    expect(f.position.committed.entries).toBe(before);
    expect(errors.join()).toMatch(/not stored yet/);
    await drain(f);
    expect(f.position.committed.entries).toBeGreaterThan(before);
    expect(await count(false)).toBe(3 + 55 * rowsPerRound);
    await f.stop();
  });

  it('after a crash that lost the cursor, re-read rows collapse with the same times', async () => {
    const lostDir = join(dataDir, 'lost-cursor');
    cpSync(stateDir, lostDir, { recursive: true });
    rmSync(join(lostDir, 'cursor.json'));
    const f = follower({ stateDir: lostDir });
    await drain(f);
    await f.stop();
    expect(await count(true)).toBe(3 + 55 * rowsPerRound);
    const differing = await selectAll(
      admin,
      `SELECT transfer_id FROM ${database}.ledger_transfers ` +
        'GROUP BY transfer_id HAVING uniqExact(time_ms) > 1 OR uniqExact(debit_account) > 1',
    );
    expect(differing).toEqual([]);
  });

  it("says so when the cursor is not this journal's", async () => {
    const otherDir = join(dataDir, 'other-cursor');
    mkdirSync(otherDir, { recursive: true });
    writeFileSync(join(otherDir, 'cursor.json'), JSON.stringify({ entries: 5, offset: 999 }));
    errors.splice(0);
    const discard: TransferSink = { add: () => Code.OK, flush: () => Promise.resolve() };
    const f = follower({ stateDir: otherDir, sink: discard });
    await drain(f);
    await f.stop();
    expect(errors).toContain('ledger journal does not match the follower cursor');
  });

  it('the backfill rebuilds the same rows from the journal', async () => {
    const live = await selectAll(
      admin,
      `SELECT * FROM ${database}.ledger_transfers FINAL ORDER BY transfer_id`,
    );
    const rebuilt = testDatabaseName('ledger_follower_backfill');
    try {
      const { ledger_transfers } = await readTransfers();
      const url = clickhouseUrl();
      expect((await backfill({ url, database: rebuilt }, { ledger_transfers })).code).toBe(Code.OK);
      const rows = await selectAll(
        admin,
        `SELECT * FROM ${rebuilt}.ledger_transfers FINAL ORDER BY transfer_id`,
      );
      const strip = (list: Record<string, unknown>[]): unknown[] =>
        list.map(({ inserted_version: _, ...rest }) => rest);
      expect(strip(rows)).toEqual(strip(live));
    } finally {
      await dropDatabase(admin, rebuilt);
    }
  });
});

type Facts = Awaited<ReturnType<typeof readJournalFacts>>;

/** The backfill's transfers; loans need their tranche's market (the orderbook's listing). */
async function readTransfers(): Promise<Pick<Facts, 'ledger_transfers'>> {
  const marketOf = new Map<string, string>();
  for (let n = 0; n < 55; n += 1) marketOf.set(`T${n}`, '6M:B');
  const facts = await readJournalFacts(dataDir, { ref, marketOf });
  return { ledger_transfers: facts.ledger_transfers };
}
