/**
 * Money after the market: withdrawals, repayments, the daily loan tick (reminders, automatic
 * repayment, overdue buckets, 代偿) and the read-only views of holdings, loans and ledger proofs.
 *
 * Every effect is applied to the ledger synchronously and answered only after the ledger's next
 * flush, like the market's fills (see backend.ts). Note holders learn of a payment as a ledger
 * movement and a LoanNotice on their own CHANNEL_MY_LEDGER; the amount each received is read
 * from their balances around the payment, so it is exactly what the ledger split to them.
 */
import type { lending } from '../gen/proto/lending.js';
import {
  dateOfDay,
  dayOfMs,
  notePrincipalKey,
  type Ledger,
  type LoanEvent,
  type LoanStatus,
  type NoteTerms,
  type PeriodRow,
} from '../ledger/index.js';
import { repaymentRows, type RowOf } from '../disclosure/index.js';
import type { BehaviourEvent } from '../risk-stream/index.js';
import { Code, assert, limits, type Clock, type ResultCode } from '../shared/index.js';

const msPerDay = 86_400_000;

export interface MoneyDeskPort {
  ledger: Ledger;
  clock: Clock;
  /** Answers a request once everything applied so far is durable. */
  replyDurable(connId: number, message: lending.v1.IServerMessage): void;
  reject(connId: number, requestId: number, code: ResultCode, detail?: string): void;
  /** A movement of a user's money (CHANNEL_MY_LEDGER), pushed with the next durable batch. */
  movement(userId: string, kind: string, amountFen: number, reference: string): void;
  /** A loan notice for a user (CHANNEL_MY_LEDGER), pushed with the next durable batch. */
  notice(userId: string, notice: lending.v1.ILoanNotice): void;
  /** Makes queued movements and notices go out after the next flush. */
  flushLater(): void;
  event(accountId: string, kind: BehaviourEvent['kind'], fields: Partial<BehaviourEvent>): void;
  /** A withdrawal left through the custody bank (analytics). */
  withdrawn(transferId: string, userId: string, amountFen: number): void;
  /** One overdue loan's status on one day (analytics: overdue figures and buckets). */
  overdue(row: RowOf<'overdue_daily'>): void;
  /** What one ledger call paid on one loan, per instalment (analytics: repayments). */
  repaid(rows: RowOf<'repayments'>[]): void;
  /** Proves that the entry with this transfer id is in the published chain. */
  prove(reference: string, userId: string): Promise<lending.v1.ILedgerProof | undefined>;
  onError(context: string, error: unknown): void;
}

/** A loan as the desk indexes it for the views (the ledger holds the money). */
export interface LoanRecord {
  loanId: string;
  borrowerId: string;
  marketId: string;
  termMonths: number;
  principalFen: number;
  notes: readonly NoteTerms[];
}

export class MoneyDesk {
  readonly #port: MoneyDeskPort;
  readonly #loans = new Map<string, LoanRecord>();
  readonly #loansByBorrower = new Map<string, string[]>();
  readonly #notesByLender = new Map<string, { loanId: string; note: NoteTerms }[]>();
  #tickedDay = -1;

  constructor(port: MoneyDeskPort) {
    this.#port = port;
  }

  /** Indexes a loan that just originated (holdings and loan views, payment notices). */
  /** The loan as recorded at origination, or undefined. */
  loanRecord(loanId: string): LoanRecord | undefined {
    return this.#loans.get(loanId);
  }

  recordLoan(loan: LoanRecord): void {
    if (this.#loans.has(loan.loanId)) return;
    this.#loans.set(loan.loanId, loan);
    appendTo(this.#loansByBorrower, loan.borrowerId, loan.loanId);
    for (const note of loan.notes) {
      appendTo(this.#notesByLender, note.lenderId, { loanId: loan.loanId, note });
    }
  }

  withdraw(
    connId: number,
    requestId: number,
    userId: string,
    transferId: string,
    amountFen: number,
  ) {
    const result = this.#port.ledger.withdraw(transferId, userId, amountFen);
    if (result.code !== Code.OK) {
      const code = result.code === Code.ACCOUNT_NOT_FOUND ? Code.INSUFFICIENT_FUNDS : result.code;
      this.#port.reject(connId, requestId, code);
      return;
    }
    this.#port.event(userId, 'withdrawal', { amountFen });
    this.#port.movement(userId, 'withdrawal', amountFen, transferId);
    this.#port.withdrawn(transferId, userId, amountFen);
    this.#port.replyDurable(connId, {
      requestId,
      withdrawalAccepted: { transferId, availableFen: result.availableFen },
    });
  }

  repay(
    connId: number,
    requestId: number,
    borrowerId: string,
    command: { transferId: string; loanId: string; amountFen: number },
  ): void {
    const nowMs = this.#port.clock.nowMs();
    const before = this.#port.ledger.loanStatus(command.loanId, nowMs);
    if (before === undefined || before.borrowerId !== borrowerId) {
      // Someone else's loan is answered like a missing one: ids of others are not disclosed.
      this.#port.reject(connId, requestId, Code.LOAN_NOT_FOUND, command.loanId);
      return;
    }
    const periodsBefore = this.#port.ledger.loanSchedule(command.loanId) ?? [];
    const paid = this.#pay(command.loanId, borrowerId, () =>
      this.#port.ledger.repay(command.transferId, command.loanId, command.amountFen, nowMs),
    );
    if (paid.code !== Code.OK) {
      const code = paid.code === Code.ACCOUNT_NOT_FOUND ? Code.INSUFFICIENT_FUNDS : paid.code;
      this.#port.reject(connId, requestId, code);
      return;
    }
    const after = this.#port.ledger.loanStatus(command.loanId, nowMs);
    assert(after !== undefined, 'a repaid loan still exists');
    this.#repaymentFacts(command.transferId, command.loanId, periodsBefore, paid.paidFen, nowMs);
    this.#port.event(borrowerId, 'repayment', { amountFen: paid.paidFen });
    this.#port.movement(borrowerId, 'repayment', paid.paidFen, command.transferId);
    this.#loanNotice(borrowerId, after.settled ? 'settled' : 'repaid', after, paid.paidFen);
    this.#port.replyDurable(connId, {
      requestId,
      repaymentAccepted: {
        transferId: command.transferId,
        loanId: command.loanId,
        paidFen: paid.paidFen,
        outstandingPrincipalFen: after.outstandingPrincipalFen,
        status: statusOf(after),
      },
    });
  }

  /**
   * Runs a payment out of the borrower's funds and tells every note holder what reached them.
   * `pay` must be one ledger call; balances are read around it.
   */
  #pay(
    loanId: string,
    borrowerId: string,
    pay: () => { code: ResultCode; paidFen: number },
  ): { code: ResultCode; paidFen: number } {
    const lenders = this.#lendersOf(loanId);
    const ledger = this.#port.ledger;
    const before = lenders.map((lenderId) => ledger.userBalances(lenderId).availableFen);
    const result = pay();
    if (result.code !== Code.OK || result.paidFen === 0) return result;
    lenders.forEach((lenderId, index) => {
      const receivedFen = ledger.userBalances(lenderId).availableFen - (before[index] ?? 0);
      if (receivedFen <= 0 || lenderId === borrowerId) return;
      this.#port.movement(lenderId, 'repayment_received', receivedFen, loanId);
      this.#port.notice(lenderId, this.#notice('received', loanId, receivedFen));
    });
    return result;
  }

  #lendersOf(loanId: string): string[] {
    const notes = this.#loans.get(loanId)?.notes ?? [];
    return [...new Set(notes.map((note) => note.lenderId))];
  }

  /**
   * The daily loan tick, once per UTC day of the service clock (the ledger keys it by day, so a
   * restart on the same day repeats nothing). Safe to call often.
   */
  tickIfNewDay(): void {
    const nowMs = this.#port.clock.nowMs();
    const day = dayOfMs(nowMs);
    if (day === this.#tickedDay) return;
    this.#tickedDay = day;
    const ledger = this.#port.ledger;
    const lendersBefore = new Map<string, number>();
    for (const lenderId of this.#notesByLender.keys()) {
      lendersBefore.set(lenderId, ledger.userBalances(lenderId).availableFen);
    }
    const periodsBefore = new Map<string, PeriodRow[]>();
    for (const loanId of this.#loans.keys()) {
      periodsBefore.set(loanId, ledger.loanSchedule(loanId) ?? []);
    }
    const result = ledger.tick(`tick:${day}`, nowMs);
    if (result.code !== Code.OK) {
      this.#port.onError(`loan tick of day ${day} refused`, result.code);
      return;
    }
    this.#tickFacts(`tick:${day}`, periodsBefore, result.events, nowMs);
    for (const event of result.events) this.#onLoanEvent(event, nowMs);
    this.#creditLenders(lendersBefore, `tick:${day}`);
    this.#overdueRows(day, nowMs);
    this.#port.flushLater();
  }

  /**
   * The repayment facts of a tick: per loan, the borrower paid what its automatic repayments
   * took (a borrower with several loans pays each separately); 代偿 is read from the periods.
   */
  #tickFacts(
    transferId: string,
    before: ReadonlyMap<string, readonly PeriodRow[]>,
    events: readonly LoanEvent[],
    nowMs: number,
  ): void {
    const paidFen = new Map<string, number>();
    for (const event of events) {
      if (event.type === 'auto_repaid') {
        paidFen.set(event.loanId, (paidFen.get(event.loanId) ?? 0) + event.amountFen);
      }
    }
    for (const [loanId, periods] of before) {
      this.#repaymentFacts(transferId, loanId, periods, paidFen.get(loanId) ?? 0, nowMs);
    }
  }

  /**
   * One call's repayment rows, the same the backfill reads from the journal. Analytics never
   * stop the money: a reading that does not add up is reported, not thrown.
   */
  #repaymentFacts(
    transferId: string,
    loanId: string,
    before: readonly PeriodRow[],
    borrowerOutFen: number,
    nowMs: number,
  ): void {
    const after = this.#port.ledger.loanSchedule(loanId) ?? [];
    try {
      const { rows } = repaymentRows({ transferId, loanId, before, after, borrowerOutFen, nowMs });
      if (rows.length > 0) this.#port.repaid(rows);
    } catch (error) {
      this.#port.onError(`repayment facts of ${transferId} on ${loanId} not read`, error);
    }
  }

  /** Each overdue loan's status for the day: what is due and unpaid, by days past due. */
  #overdueRows(day: number, nowMs: number): void {
    const ledger = this.#port.ledger;
    for (const loanId of this.#loans.keys()) {
      const status = ledger.loanStatus(loanId, nowMs);
      if (status === undefined || status.settled || status.daysPastDue <= 0) continue;
      if (status.bucket === 'current') continue;
      let principalFen = 0;
      let interestFen = 0;
      for (const row of ledger.loanSchedule(loanId) ?? []) {
        if (row.dueDay >= day || row.compensated) continue;
        principalFen += row.principalFen;
        interestFen += row.interestFen;
      }
      this.#port.overdue({
        day: isoDay(day),
        loan_id: loanId,
        days_overdue: status.daysPastDue,
        bucket: status.bucket,
        overdue_principal_fen: principalFen,
        overdue_interest_fen: interestFen,
      });
    }
  }

  /** Automatic repayments and 代偿 pay note holders: each sees what reached them. */
  #creditLenders(before: ReadonlyMap<string, number>, reference: string): void {
    for (const [lenderId, availableFen] of before) {
      const receivedFen = this.#port.ledger.userBalances(lenderId).availableFen - availableFen;
      if (receivedFen > 0)
        this.#port.movement(lenderId, 'repayment_received', receivedFen, reference);
    }
  }

  #onLoanEvent(event: LoanEvent, nowMs: number): void {
    const status = this.#port.ledger.loanStatus(event.loanId, nowMs);
    if (status === undefined) return;
    switch (event.type) {
      case 'reminder':
        this.#port.notice(event.borrowerId, {
          ...this.#notice('reminder', event.loanId, event.dueFen),
          period: event.period,
          dueMs: event.dueDay * msPerDay,
        });
        return;
      case 'auto_repaid':
        this.#port.event(event.borrowerId, 'repayment', { amountFen: event.amountFen });
        this.#port.movement(event.borrowerId, 'auto_repayment', event.amountFen, event.loanId);
        this.#loanNotice(event.borrowerId, 'auto_repaid', status, event.amountFen);
        return;
      case 'overdue':
        this.#port.event(event.borrowerId, 'repayment_missed', { amountFen: status.dueFen });
        this.#loanNotice(event.borrowerId, 'overdue', status, status.dueFen);
        return;
      case 'compensated':
        for (const lenderId of this.#lendersOf(event.loanId)) {
          this.#port.notice(lenderId, this.#notice('compensated', event.loanId, 0));
        }
        this.#loanNotice(status.borrowerId, 'compensated', status, event.amountFen);
    }
  }

  #notice(kind: string, loanId: string, amountFen: number): lending.v1.ILoanNotice {
    return { kind, loanId, amountFen, timeMs: this.#port.clock.nowMs() };
  }

  #loanNotice(userId: string, kind: string, status: LoanStatus, amountFen: number): void {
    this.#port.notice(userId, {
      ...this.#notice(kind, status.loanId, amountFen),
      daysPastDue: status.daysPastDue,
      bucket: status.bucket,
    });
  }

  holdings(connId: number, requestId: number, lenderId: string): void {
    const ledger = this.#port.ledger;
    const nowMs = this.#port.clock.nowMs();
    const held = (this.#notesByLender.get(lenderId) ?? []).slice(-limits.holdingsPageMax);
    const notes = held.reverse().map(({ loanId, note }) => {
      const loan = this.#loans.get(loanId);
      const status = ledger.loanStatus(loanId, nowMs);
      assert(loan !== undefined && status !== undefined, `note ${note.noteId} has its loan`);
      const outstandingFen = ledger.balanceFen(notePrincipalKey(note.noteId));
      return {
        noteId: note.noteId,
        loanId,
        marketId: loan.marketId,
        principalFen: note.principalFen,
        rateBps: note.rateBps,
        outstandingPrincipalFen: outstandingFen,
        receivedPrincipalFen: note.principalFen - outstandingFen,
        loanStatus: statusOf(status),
        daysPastDue: status.daysPastDue,
        schedule: shareOf(ledger.loanSchedule(loanId) ?? [], note.principalFen, loan.principalFen),
      };
    });
    const { availableFen, heldFen } = ledger.userBalances(lenderId);
    this.#port.replyDurable(connId, { requestId, holdings: { notes, availableFen, heldFen } });
  }

  loans(connId: number, requestId: number, borrowerId: string): void {
    const ledger = this.#port.ledger;
    const nowMs = this.#port.clock.nowMs();
    const ids = (this.#loansByBorrower.get(borrowerId) ?? []).slice(-limits.holdingsPageMax);
    const loans = ids.reverse().map((loanId) => {
      const loan = this.#loans.get(loanId);
      const status = ledger.loanStatus(loanId, nowMs);
      assert(loan !== undefined && status !== undefined, `loan ${loanId} is in the ledger`);
      return {
        loanId,
        borrowerId,
        principalFen: loan.principalFen,
        outstandingPrincipalFen: status.outstandingPrincipalFen,
        status: statusOf(status),
        daysPastDue: status.daysPastDue,
        bucket: status.bucket,
        dueNowFen: status.dueFen,
        termMonths: loan.termMonths,
        schedule: (ledger.loanSchedule(loanId) ?? []).map(periodOf),
      };
    });
    this.#port.replyDurable(connId, { requestId, loans: { loans } });
  }

  proof(connId: number, requestId: number, userId: string, reference: string): void {
    this.#port.prove(reference, userId).then(
      (ledgerProof) => {
        if (ledgerProof === undefined) {
          this.#port.reject(connId, requestId, Code.PROOF_NOT_FOUND, reference);
        } else this.#port.replyDurable(connId, { requestId, ledgerProof });
      },
      (error: unknown) => {
        this.#port.onError('ledger proof failed', error);
        this.#port.reject(connId, requestId, Code.SERVICE_UNAVAILABLE, 'proof failed');
      },
    );
  }
}

function isoDay(day: number): string {
  const { year, month, day: dayOfMonth } = dateOfDay(day);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

function appendTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  list.push(value);
}

function statusOf(status: LoanStatus): string {
  if (status.settled) return 'settled';
  return status.daysPastDue > 0 ? 'overdue' : 'current';
}

function periodOf(row: PeriodRow): lending.v1.ISchedulePeriod {
  return {
    period: row.period,
    dueMs: row.dueDay * msPerDay,
    principalFen: row.principalFen,
    interestFen: row.interestFen,
    compensated: row.compensated,
  };
}

/** A note's expected share of each period, rounded down (display only; payments split exactly). */
function shareOf(
  rows: readonly PeriodRow[],
  notePrincipalFen: number,
  loanPrincipalFen: number,
): lending.v1.ISchedulePeriod[] {
  // BigInt: amount times amount can pass 2^53.
  const share = (fen: number): number =>
    loanPrincipalFen === 0
      ? 0
      : Number((BigInt(fen) * BigInt(notePrincipalFen)) / BigInt(loanPrincipalFen));
  return rows.map((row) => ({
    ...periodOf(row),
    principalFen: share(row.principalFen),
    interestFen: share(row.interestFen),
  }));
}
