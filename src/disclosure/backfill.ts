/**
 * The disclosure facts rebuilt from the ledger journal, for the backfill command and for
 * recomputing every figure at any cut-off without ClickHouse.
 *
 * Goal: the same loans, notes, schedules and repayments the service writes as they happen, from
 * the journal alone, so ClickHouse can be rebuilt (`backfill` in reports.ts) and each published
 * figure checked: `computeFigures(facts, T)` must equal ClickHouse's figures at T.
 *
 * Method: the journal is scanned and every entry replayed, in order, through the ledger's own
 * replay into a fresh posting core (the code that produced it, so the two cannot drift). Around
 * each repayment, 代偿 and daily tick the periods of the loans it can touch are read before and
 * after: what a period's principal, interest and late fee paid went down by is a repayment by
 * the borrower; a period that became compensated is a payout by the compensator of what was due
 * on it; interest a prepayment re-amortised away is a waiver (no money, but no longer owed).
 * Each entry's rows are checked against the money that moved (the borrower's account and the
 * risk reserve), so a wrong reading fails loudly instead of publishing a wrong figure.
 *
 * Neither the ledger nor the orderbook exports a journal reader yet, so this file uses their
 * internals (ledger: scanner, entry kinds, argument decoding, replay; orderbook: record
 * decoding) read-only; nothing else in src/disclosure does.
 */
import { open, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ArgReader, readOriginateRequest } from '../ledger/commands.js';
import { EntryKind, type EntryFields } from '../ledger/entry-codec.js';
import { journalFileName, scanJournal } from '../ledger/journal.js';
import { platformRiskReserveKey } from '../ledger/index.js';
import type { LoanState } from '../ledger/loans.js';
import { PostingCore } from '../ledger/posting.js';
import { replayEntry } from '../ledger/replay.js';
import { decodeRecords } from '../orderbook/journal.js';
import { assert } from '../shared/index.js';
import { dayMs, type DisclosureFacts } from './figures.js';
import type { LoanFact, NoteFact, RepaymentFact, ScheduleFact } from './tables.js';

/**
 * The user reference the service writes (backend.ts): the first 16 hex digits of
 * sha256(salt || user id), salted with the ClickHouse database name.
 */
export function serviceUserRef(salt: string): (userId: string) => string {
  return (userId) => createHash('sha256').update(salt).update(userId).digest('hex').slice(0, 16);
}

export interface JournalFactsOptions {
  /** How a user id becomes the ref stored in ClickHouse (the service's: serviceUserRef). */
  ref: (userId: string) => string;
  /** Market of each tranche (readTrancheMarkets): the loans' grades. */
  marketOf?: ReadonlyMap<string, string>;
  /** Only facts dated at or before this time (Unix ms); default: everything. */
  untilMs?: number;
  /** Told every `progressEvery` entries (default 100,000) and at the end. */
  onProgress?: (entries: number) => void;
  progressEvery?: number;
}

export interface JournalFacts extends DisclosureFacts {
  loans: LoanFact[];
  notes: NoteFact[];
  schedules: ScheduleFact[];
  repayments: RepaymentFact[];
  /** Journal entries read. */
  entries: number;
}

/** One period of a loan as it stood before an entry, to see what the entry paid. */
interface PeriodSnapshot {
  principalFen: number;
  interestFen: number;
  lateFeePaidFen: number;
  compensated: boolean;
}

function snapshot(loan: LoanState): PeriodSnapshot[] {
  const periods: PeriodSnapshot[] = [];
  for (let k = 0; k < loan.periods; k += 1) {
    periods.push({
      principalFen: loan.periodDue(k, 'principal'),
      interestFen: loan.periodDue(k, 'interest'),
      lateFeePaidFen: loan.lateFeePaid[k] ?? 0,
      compensated: loan.compensated[k] === true,
    });
  }
  return periods;
}

/** A repayment id within the id rules (1-64 printable ASCII), unique per entry and period. */
function repaymentId(transferId: string, period: number): string {
  const id = `${transferId}#${period}`;
  if (id.length <= 64) return id;
  return `r:${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

class FactBuilder {
  readonly core = new PostingCore();
  readonly facts: JournalFacts = {
    loans: [],
    notes: [],
    schedules: [],
    repayments: [],
    entries: 0,
  };
  /** Loans not settled yet: the ones a tick can touch. */
  readonly #open = new Set<string>();

  constructor(readonly options: JournalFactsOptions) {}

  /** Replays one entry and records its facts; answers the reason when it does not apply. */
  visit(entry: EntryFields): string | undefined {
    this.facts.entries += 1;
    const kind = entry.kind;
    if (kind === EntryKind.originate) return this.#originate(entry);
    if (kind !== EntryKind.repay && kind !== EntryKind.compensate && kind !== EntryKind.tick) {
      return replayEntry(this.core, entry);
    }
    const nowMs = new ArgReader(entry.args, 0, entry.args.length).i64();
    const loanIds = kind === EntryKind.tick ? [...this.#open] : [entry.ref1];
    const before = new Map(loanIds.map((id) => [id, this.#loanSnapshot(id)] as const));
    const reserveBefore = this.core.balanceFen(platformRiskReserveKey);
    const reason = replayEntry(this.core, entry);
    if (reason !== undefined) return reason;
    let compensatedFen = 0;
    for (const [loanId, periods] of before) {
      compensatedFen += this.#paid(entry.id, loanId, periods, nowMs);
    }
    const reserveOut = reserveBefore - this.core.balanceFen(platformRiskReserveKey);
    // Pair check: what the rows say the compensator paid is what left the reserve (checked for
    // a 代偿 entry alone: a tick can also refill the reserve with a borrower's late payment).
    if (kind === EntryKind.compensate) {
      assert(reserveOut === compensatedFen, `代偿 of entry ${entry.id} read as paid from reserve`);
    }
    return undefined;
  }

  #loanSnapshot(loanId: string): { periods: PeriodSnapshot[]; borrowerFen: number } {
    const loan = this.core.loan(loanId);
    assert(loan !== undefined, `loan ${loanId} of a journal entry exists`);
    return { periods: snapshot(loan), borrowerFen: this.core.balanceFen(loan.borrowerKey) };
  }

  #originate(entry: EntryFields): string | undefined {
    const reader = new ArgReader(entry.args, 0, entry.args.length);
    const request = readOriginateRequest(reader, entry.id, entry.ref1, entry.ref2);
    const reason = replayEntry(this.core, entry);
    if (reason !== undefined) return reason;
    const loanId = request.trancheId;
    const loan = this.core.loan(loanId);
    assert(loan !== undefined, `originated loan ${loanId} exists`);
    const { ref } = this.options;
    const t = request.nowMs;
    let principalFen = 0;
    let weighted = 0;
    for (const note of request.notes) {
      principalFen += note.principalFen;
      weighted += note.principalFen * note.rateBps;
      this.facts.notes.push({
        note_id: note.noteId,
        loan_id: loanId,
        lender_ref: ref(note.lenderId),
        principal_fen: note.principalFen,
        created_ms: t,
      });
    }
    this.facts.loans.push(this.#loanFact(request, loanId, principalFen, weighted));
    snapshot(loan).forEach((period, k) => {
      this.facts.schedules.push({
        loan_id: loanId,
        instalment_no: k + 1,
        due_ms: (loan.dueDay[k] ?? 0) * dayMs,
        principal_fen: period.principalFen,
        interest_fen: period.interestFen,
      });
    });
    this.#open.add(loanId);
    return undefined;
  }

  /** The market's grade (the orderbook journal's listing); the ledger knows no grade. */
  #grade(loanId: string): LoanFact['grade'] {
    const grade = /^\d+M:([A-G])$/.exec(this.options.marketOf?.get(loanId) ?? '')?.[1];
    assert(grade !== undefined, `loan ${loanId}: no listing of its tranche in the order journals`);
    return grade as LoanFact['grade'];
  }

  /** As the service writes it (backend.ts). */
  #loanFact(
    request: ReturnType<typeof readOriginateRequest>,
    loanId: string,
    principalFen: number,
    weighted: number,
  ): LoanFact {
    return {
      loan_id: loanId,
      borrower_ref: this.options.ref(request.borrowerId),
      application_id: loanId,
      grade: this.#grade(loanId),
      term_months: request.termMonths,
      principal_fen: principalFen,
      rate_bps: principalFen === 0 ? 0 : Math.round(weighted / principalFen),
      method: request.schedule === 'interest_only' ? 'bullet' : request.schedule,
      related_party: false,
      listed_ms: request.nowMs,
      originated_ms: request.nowMs,
    };
  }

  /**
   * Rows for what one entry paid on one loan; answers the fen the compensator paid. A
   * prepayment also re-amortises the periods after it (their interest falls without being
   * paid), so the interest the borrower paid is what left the borrower's account minus the
   * principal and late fees, given to the periods in order up to what each one fell by.
   */
  #paid(
    transferId: string,
    loanId: string,
    before: { periods: PeriodSnapshot[]; borrowerFen: number },
    nowMs: number,
  ): number {
    const loan = this.core.loan(loanId);
    assert(loan !== undefined, `loan ${loanId} still exists`);
    const after = snapshot(loan);
    const rows: { row: RepaymentFact; interestFellFen: number }[] = [];
    before.periods.forEach((was, k) => {
      const now = after[k];
      assert(now !== undefined, 'a loan keeps its periods');
      const row = this.#periodRow(transferId, loan, k, was, now, nowMs);
      if (row !== undefined) rows.push(row);
    });
    const borrowerOut = before.borrowerFen - this.core.balanceFen(loan.borrowerKey);
    let interestLeftFen = borrowerOut;
    let compensatorFen = 0;
    for (const { row } of rows) {
      if (row.payer === 'borrower') interestLeftFen -= row.principal_fen + row.late_fee_fen;
      else compensatorFen += row.principal_fen + row.interest_fen + row.late_fee_fen;
    }
    assert(interestLeftFen >= 0, `repayment ${transferId} of ${loanId}: interest paid >= 0`);
    for (const { row, interestFellFen } of rows) {
      if (row.payer !== 'borrower') continue;
      row.interest_fen = Math.min(interestFellFen, interestLeftFen);
      interestLeftFen -= row.interest_fen;
    }
    assert(interestLeftFen === 0, `repayment ${transferId} of ${loanId} read in full`);
    for (const { row, interestFellFen } of rows) {
      const paidFen = row.principal_fen + row.interest_fen + row.late_fee_fen;
      if (paidFen > 0) this.facts.repayments.push(row);
      const waivedFen = row.payer === 'borrower' ? interestFellFen - row.interest_fen : 0;
      if (waivedFen === 0) continue;
      this.facts.repayments.push({
        ...row,
        repayment_id: repaymentId(`${transferId}~w`, row.instalment_no),
        principal_fen: 0,
        interest_fen: waivedFen,
        late_fee_fen: 0,
        payer: 'waiver',
      });
    }
    if (loan.settled()) this.#open.delete(loanId);
    return compensatorFen;
  }

  #periodRow(
    transferId: string,
    loan: LoanState,
    k: number,
    was: PeriodSnapshot,
    now: PeriodSnapshot,
    nowMs: number,
  ): { row: RepaymentFact; interestFellFen: number } | undefined {
    const base = {
      repayment_id: repaymentId(transferId, k + 1),
      loan_id: loan.loanId,
      instalment_no: k + 1,
      due_ms: (loan.dueDay[k] ?? 0) * dayMs,
      paid_ms: nowMs,
      late_fee_fen: now.lateFeePaidFen - was.lateFeePaidFen,
    };
    if (!was.compensated && now.compensated) {
      // 代偿: the reserve pays what was due on the period; the borrower still owes it.
      const row: RepaymentFact = {
        ...base,
        principal_fen: was.principalFen,
        interest_fen: was.interestFen,
        payer: 'compensator',
      };
      return { row, interestFellFen: 0 };
    }
    const principalFen = was.principalFen - now.principalFen;
    const interestFellFen = was.interestFen - now.interestFen;
    if (principalFen === 0 && interestFellFen === 0 && base.late_fee_fen === 0) return undefined;
    assert(principalFen >= 0 && interestFellFen >= 0, 'a repayment only lowers what is due');
    const row: RepaymentFact = {
      ...base,
      principal_fen: principalFen,
      interest_fen: 0,
      payer: 'borrower',
    };
    return { row, interestFellFen };
  }
}

/**
 * The market of every tranche listed in the orderbook journals of a data directory
 * (`<dataDir>/orderbook/shard-N.<segment>.journal`): a loan is named after its tranche, and its
 * grade is its market's. Segments older than a shard snapshot are deleted by the orderbook, so a
 * tranche listed before the oldest snapshot is missing (readJournalFacts then names it).
 */
export async function readTrancheMarkets(dataDir: string): Promise<Map<string, string>> {
  const dir = join(dataDir, 'orderbook');
  const markets = new Map<string, string>();
  const names = (await readdir(dir)).filter((n) => /^shard-\d+\.\d{10}\.journal$/.test(n));
  for (const name of names.sort()) {
    const { records } = decodeRecords(await readFile(join(dir, name)));
    for (const record of records) {
      for (const command of record.commands) {
        if (command.kind === 'list') markets.set(command.trancheId, command.marketId);
      }
    }
  }
  return markets;
}

/** Every fact at or before `untilMs`, in journal order. */
function cutOff(facts: JournalFacts, untilMs: number | undefined): JournalFacts {
  if (untilMs === undefined) return facts;
  const loans = facts.loans.filter((l) => l.originated_ms <= untilMs);
  const kept = new Set(loans.map((l) => l.loan_id));
  return {
    loans,
    notes: facts.notes.filter((n) => kept.has(n.loan_id)),
    schedules: facts.schedules.filter((s) => kept.has(s.loan_id)),
    repayments: facts.repayments.filter((r) => r.paid_ms <= untilMs && kept.has(r.loan_id)),
    entries: facts.entries,
  };
}

/**
 * Reads the ledger journal of a service data directory (`<dataDir>/ledger/ledger.journal`, as
 * main.ts lays it out) and rebuilds its disclosure facts. Rejects when the journal is corrupt
 * or an entry does not replay; a torn tail (a crash during the last write) is where it ends.
 */
export async function readJournalFacts(
  dataDir: string,
  options: JournalFactsOptions,
): Promise<JournalFacts> {
  const file = join(dataDir, 'ledger', journalFileName);
  const handle = await open(file, 'r');
  const builder = new FactBuilder(options);
  const every = options.progressEvery ?? 100_000;
  assert(Number.isSafeInteger(every) && every > 0, 'progressEvery is a positive integer');
  try {
    const scan = await scanJournal(handle, (entry) => {
      const reason = builder.visit(entry);
      if (builder.facts.entries % every === 0) options.onProgress?.(builder.facts.entries);
      return reason;
    });
    if (scan.problem !== undefined && !scan.problem.torn) {
      throw new Error(
        `ledger journal ${file}: entry ${scan.problem.entryIndex}: ${scan.problem.reason}`,
      );
    }
  } finally {
    await handle.close();
  }
  options.onProgress?.(builder.facts.entries);
  return cutOff(builder.facts, options.untilMs);
}
