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
import { open, readFile } from 'node:fs/promises';
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
import { followerStateDir, readTimeMarks, type TimeMarks } from './ledger-follower.js';
import { entryTimeMs, TransferReader, type TransferRow } from './ledger-transfers.js';
import { orderJournalSegments } from './order-journal.js';
import { repaymentRows, type PeriodState } from './repayments.js';
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
  /**
   * When the live follower read the entries that carry no time (ledger-follower.ts); default:
   * its times file in the data directory. Entries it never read take the last time before them.
   */
  times?: TimeMarks;
}

export interface JournalFacts extends DisclosureFacts {
  loans: LoanFact[];
  notes: NoteFact[];
  schedules: ScheduleFact[];
  repayments: RepaymentFact[];
  /** The ledger's transfers, as the live follower writes them (ledger-transfers.ts). */
  ledger_transfers: TransferRow[];
  /** Journal entries read. */
  entries: number;
}

/** The loan's periods as they stand (the same shape as the ledger's `loanSchedule` rows). */
function snapshot(loan: LoanState): PeriodState[] {
  const periods: PeriodState[] = [];
  for (let k = 0; k < loan.periods; k += 1) {
    periods.push({
      dueDay: loan.dueDay[k] ?? 0,
      principalFen: loan.periodDue(k, 'principal'),
      interestFen: loan.periodDue(k, 'interest'),
      lateFeePaidFen: loan.lateFeePaid[k] ?? 0,
      compensated: loan.compensated[k] === true,
    });
  }
  return periods;
}

class FactBuilder {
  readonly core = new PostingCore();
  readonly facts: JournalFacts = {
    loans: [],
    notes: [],
    schedules: [],
    repayments: [],
    ledger_transfers: [],
    entries: 0,
  };
  /** Loans not settled yet: the ones a tick can touch. */
  readonly #open = new Set<string>();
  readonly #transfers: TransferReader;
  /** The time of the latest entry that had one: it dates the next entries that have none. */
  #lastMs = 0;

  constructor(readonly options: JournalFactsOptions) {
    this.#transfers = new TransferReader(options.ref);
  }

  /** Replays one entry and records its facts; answers the reason when it does not apply. */
  visit(entry: EntryFields): string | undefined {
    this.#lastMs =
      entryTimeMs(entry) ?? this.options.times?.timeOf(this.facts.entries) ?? this.#lastMs;
    this.facts.ledger_transfers.push(...this.#transfers.rows(entry, this.#lastMs));
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

  #loanSnapshot(loanId: string): { periods: PeriodState[]; borrowerFen: number } {
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

  /** Rows for what one entry paid on one loan (repayments.ts); answers the compensator's fen. */
  #paid(
    transferId: string,
    loanId: string,
    before: { periods: PeriodState[]; borrowerFen: number },
    nowMs: number,
  ): number {
    const loan = this.core.loan(loanId);
    assert(loan !== undefined, `loan ${loanId} still exists`);
    const { rows, compensatorFen } = repaymentRows({
      transferId,
      loanId,
      before: before.periods,
      after: snapshot(loan),
      borrowerOutFen: before.borrowerFen - this.core.balanceFen(loan.borrowerKey),
      nowMs,
    });
    this.facts.repayments.push(...rows);
    if (loan.settled()) this.#open.delete(loanId);
    return compensatorFen;
  }
}

/**
 * The market of every tranche listed in the orderbook journals of a data directory
 * (`<dataDir>/orderbook/shard-N.<segment>.journal` and the segments a snapshot moved into
 * `orderbook/archive/`): a loan is named after its tranche, and its grade is its market's. A
 * tranche listed in a segment a snapshot deleted (before segments were archived) is missing
 * (readJournalFacts then names it).
 */
export async function readTrancheMarkets(dataDir: string): Promise<Map<string, string>> {
  const markets = new Map<string, string>();
  for (const segments of (await orderJournalSegments(join(dataDir, 'orderbook'))).values()) {
    for (const { path } of segments) {
      const { records } = decodeRecords(await readFile(path));
      for (const record of records) {
        for (const command of record.commands) {
          if (command.kind === 'list') markets.set(command.trancheId, command.marketId);
        }
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
    ledger_transfers: facts.ledger_transfers.filter((t) => t.time_ms <= untilMs),
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
  const times = options.times ?? readTimeMarks(followerStateDir(dataDir));
  const builder = new FactBuilder({ ...options, times });
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
