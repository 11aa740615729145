/**
 * Ledger journal entries as `ledger_transfers` rows: one reading shared by the live follower
 * (ledger-follower.ts) and the backfill (backfill.ts), so both write the same rows.
 *
 * Goal: every money movement of the ledger in ClickHouse, with no user id in clear, keyed so a
 * row written twice (a restart re-reading entries, a retried insert) collapses into one.
 *
 * Method: an entry becomes the transfer it journals: its debited and credited accounts, named
 * as the ledger names them (accounts.ts) but with every user id replaced by its salted ref
 * (`user:<ref>:available`). The journal does not say whose a hold is, nor who borrowed a loan,
 * so the reader remembers hold owners (until the hold is released) and loan borrowers from the
 * hold and originate entries it has seen: it must see the journal from its first entry. An
 * entry whose id carries a user id (hold ids are `hold:<user>:<order>`, and their release ids
 * embed them) gets a ref of that id instead. Kinds with several movements:
 *   linked     one row per leg (the journaled legs; bank mirror legs are implied);
 *   originate  escrow -> borrower (principal less the fee), and escrow -> fee income;
 *   repay      borrower -> the loan's repayment clearing account, the amount OFFERED (what was
 *              applied per instalment is in `repayments`);
 *   compensate risk reserve -> the loan's repayment clearing account, the amount paid (代偿);
 *   tick       no row: its entry has no amount; its repayments and 代偿 are in `repayments`.
 * Times: originate, repay, compensate and tick carry their own (the loan clock, as the loan
 * tables use); the others carry none and get the time the caller supplies (see
 * ledger-follower.ts, which records it so a re-read gives the same time).
 *
 * This file reads the ledger's entry layout and argument decoding read-only, as backfill.ts does.
 */
import { createHash } from 'node:crypto';
import { ArgReader, readLegs, readOriginateRequest } from '../ledger/commands.js';
import { EntryKind, type EntryFields } from '../ledger/entry-codec.js';
import { bpsOfFen } from '../ledger/split.js';
import { limits } from '../shared/index.js';
import { looksLikePersonalData } from './privacy.js';
import type { RowOf } from './tables.js';

export type TransferRow = RowOf<'ledger_transfers'>;

const kindNames: Readonly<Record<EntryKind, string>> = {
  [EntryKind.deposit]: 'deposit',
  [EntryKind.hold]: 'hold',
  [EntryKind.heldToEscrow]: 'held_to_escrow',
  [EntryKind.releaseHold]: 'release_hold',
  [EntryKind.disburse]: 'disburse',
  [EntryKind.withdraw]: 'withdraw',
  [EntryKind.platformDeposit]: 'platform_deposit',
  [EntryKind.linked]: 'linked',
  [EntryKind.originate]: 'originate',
  [EntryKind.repay]: 'repay',
  [EntryKind.compensate]: 'compensate',
  [EntryKind.tick]: 'tick',
  [EntryKind.releasePart]: 'release_part',
};

/** The time an entry journals itself (Unix ms), or undefined for the kinds that carry none. */
export function entryTimeMs(entry: EntryFields): number | undefined {
  const kind = entry.kind;
  if (kind === EntryKind.originate) {
    const reader = new ArgReader(entry.args, 0, entry.args.length);
    return readOriginateRequest(reader, entry.id, entry.ref1, entry.ref2).nowMs;
  }
  if (kind !== EntryKind.repay && kind !== EntryKind.compensate && kind !== EntryKind.tick) {
    return undefined;
  }
  return new ArgReader(entry.args, 0, entry.args.length).i64();
}

/**
 * `<id>/<part>`, or a digest when that passes the id length: ids stay within what the `id`
 * column accepts, and the same entry always gives the same ids.
 */
export function partId(id: string, part: string): string {
  const joined = `${id}/${part}`;
  if (joined.length <= limits.idCharsMax) return joined;
  return `${part}#${createHash('sha256').update(joined).digest('hex').slice(0, 32)}`;
}

/** Reads entries in journal order into rows; see the file comment for what it remembers. */
export class TransferReader {
  readonly #ref: (userId: string) => string;
  /** Open holds: id -> owner's ref. Released holds are forgotten. */
  readonly #holdOwners = new Map<string, string>();
  /**
   * The hold released last, and its owner: the follower reads an entry again when the sink
   * refused its rows, and the second reading must name the same owner.
   */
  #released: [string, string] | undefined;
  /** Loans: id -> borrower's ref (a loan can be repaid until it settles, so all are kept). */
  readonly #borrowers = new Map<string, string>();

  constructor(ref: (userId: string) => string) {
    this.#ref = ref;
  }

  /** Holds and loans currently remembered (for tests and metrics). */
  get remembered(): number {
    return this.#holdOwners.size + this.#borrowers.size;
  }

  /**
   * The rows of one entry, and what it teaches about owners. `fallbackMs` dates the kinds that
   * carry no time. Call it for every entry, in order, also for entries whose rows are not
   * needed (already written): their owners are.
   */
  rows(entry: EntryFields, fallbackMs: number): TransferRow[] {
    const time_ms = entryTimeMs(entry) ?? fallbackMs;
    const row = (id: string, debit: string, credit: string, amount: number): TransferRow => ({
      transfer_id: id,
      seq: entry.seq,
      kind: kindNames[entry.kind],
      debit_account: debit,
      credit_account: credit,
      amount_fen: amount,
      time_ms,
    });
    return this.#legs(entry).map(([id, debit, credit, amount]) =>
      row(this.#safeId(id), debit, credit, amount),
    );
  }

  /** Ids chosen by clients (deposits, withdrawals) may hold a phone number: keep its ref only. */
  #safeId(id: string): string {
    return looksLikePersonalData(id) ? `id#${this.#ref(id)}` : id;
  }

  #user(userId: string, account: 'available' | 'held'): string {
    return `user:${this.#ref(userId)}:${account}`;
  }

  /** A ledger account key with its user id (if any) replaced by the ref. */
  #account(key: string): string {
    if (!key.startsWith('user:')) return key;
    const end = key.lastIndexOf(':');
    return `user:${this.#ref(key.slice('user:'.length, end))}${key.slice(end)}`;
  }

  /** A hold's owner account; a hold never seen is named by the hold's ref. */
  #holder(holdId: string, account: 'available' | 'held'): string {
    const released = this.#released?.[0] === holdId ? this.#released[1] : undefined;
    const owner = this.#holdOwners.get(holdId) ?? released ?? `hold-${this.#ref(holdId)}`;
    return `user:${owner}:${account}`;
  }

  #legs(e: EntryFields): [string, string, string, number][] {
    const { id, ref1, ref2, amountFen } = e;
    switch (e.kind) {
      case EntryKind.deposit:
        return [[id, 'bank:custody', this.#user(ref1, 'available'), amountFen]];
      case EntryKind.hold:
        this.#holdOwners.set(id, this.#ref(ref1));
        return [
          [
            `hold#${this.#ref(id)}`,
            this.#user(ref1, 'available'),
            this.#user(ref1, 'held'),
            amountFen,
          ],
        ];
      case EntryKind.heldToEscrow:
        return [[id, this.#holder(ref1, 'held'), `tranche:${ref2}:escrow`, amountFen]];
      case EntryKind.releaseHold: {
        const legs: [string, string, string, number][] = [
          [
            `release#${this.#ref(id)}`,
            this.#holder(ref1, 'held'),
            this.#holder(ref1, 'available'),
            amountFen,
          ],
        ];
        const owner = this.#holdOwners.get(ref1);
        if (owner !== undefined) this.#released = [ref1, owner];
        this.#holdOwners.delete(ref1);
        return legs;
      }
      case EntryKind.releasePart:
        return [[id, this.#holder(ref1, 'held'), this.#holder(ref1, 'available'), amountFen]];
      case EntryKind.disburse:
        return [[id, `tranche:${ref1}:escrow`, this.#user(ref2, 'available'), amountFen]];
      case EntryKind.withdraw:
        return [[id, this.#user(ref1, 'available'), 'bank:custody', amountFen]];
      case EntryKind.platformDeposit:
        return [[id, 'bank:operating', 'platform:operating', amountFen]];
      default:
        return this.#compoundLegs(e);
    }
  }

  #compoundLegs(e: EntryFields): [string, string, string, number][] {
    const { id, ref1, amountFen } = e;
    const reader = new ArgReader(e.args, 0, e.args.length);
    switch (e.kind) {
      case EntryKind.linked:
        return readLegs(reader).map((leg, i) => [
          i === 0 ? id : partId(id, String(i)),
          this.#account(leg.debitKey),
          this.#account(leg.creditKey),
          leg.amountFen,
        ]);
      case EntryKind.originate:
        return this.#originateLegs(e, reader);
      case EntryKind.repay: {
        const borrower = this.#borrowers.get(ref1) ?? `loan-${ref1}`;
        return [[id, `user:${borrower}:available`, `loan:${ref1}:repayment`, amountFen]];
      }
      case EntryKind.compensate:
        return [[id, 'platform:risk-reserve', `loan:${ref1}:repayment`, amountFen]];
      default:
        return [];
    }
  }

  #originateLegs(e: EntryFields, reader: ArgReader): [string, string, string, number][] {
    const request = readOriginateRequest(reader, e.id, e.ref1, e.ref2);
    this.#borrowers.set(request.trancheId, this.#ref(request.borrowerId));
    const escrow = `tranche:${request.trancheId}:escrow`;
    const feeFen = bpsOfFen(e.amountFen, request.feeBps);
    const legs: [string, string, string, number][] = [
      [e.id, escrow, this.#user(request.borrowerId, 'available'), e.amountFen - feeFen],
    ];
    if (feeFen > 0) legs.push([partId(e.id, 'fee'), escrow, 'platform:fee-income', feeFen]);
    return legs;
  }
}
