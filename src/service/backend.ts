/**
 * The application service behind the gateway: it turns validated commands into ledger holds and
 * market commands, and market outcomes into ledger transfers, replies, pushes, facts for
 * ClickHouse and behaviour events for the risk stream.
 *
 * Ordering and durability: every ledger effect of a batch of outcomes is applied synchronously
 * (so balances are always exact), then one `ledger.flush()` makes the whole batch durable, and
 * only then are the acknowledgements and fills sent. Flush promises resolve in order, so clients
 * see outcomes in the order the engine produced them.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { lending } from '../gen/proto/lending.js';
import type { Backend, BusinessCommand, Outbound, Session } from '../gateway/index.js';
import { maskPhone, maskTail, toReject, topics } from '../gateway/index.js';
import type { Ledger, NoteTerms, ScheduleName } from '../ledger/index.js';
import type {
  BookSnapshot,
  CommandOutcome,
  MarketCommand,
  MarketEvent,
  MatchingHost,
  RecoveryReport,
} from '../orderbook/index.js';
import type { Alert, BehaviourEvent, CreditPool } from '../risk-stream/index.js';
import {
  fillRowOf,
  serviceUserRef,
  type LoanFact,
  type NoteFact,
  type RowOf,
  type ScheduleFact,
  type TableName,
} from '../disclosure/index.js';
import { LoanDesk } from './applications.js';
import { MoneyDesk } from './money-desk.js';
import { BackendStateLog, rememberRefusal } from './backend-state.js';
import { LendOrderFacts } from './order-facts.js';
import type { DeskAnswer, RiskDesk } from './risk-desk.js';
import { proveEntry } from '../ledger/index.js';
import { defaultMarketRules, type MarketRules } from '../orderbook/index.js';
import { Code, assert, limits, type Clock, type ResultCode } from '../shared/index.js';

/** What the backend needs from the fact sink (ClickHouse); never awaited on the hot path. */
export interface FactSink {
  addFill(row: FillFact): ResultCode;
  /** The loan, its notes and its schedule, when a tranche originates (disclosure figures). */
  addLoan(loan: LoanFacts): ResultCode;
  /** A row of any other fact table (custody movements, overdue status, alerts). */
  addFact<T extends TableName>(table: T, row: RowOf<T>): ResultCode;
}

export interface LoanFacts {
  loan: LoanFact;
  notes: NoteFact[];
  schedule: ScheduleFact[];
}

export interface FillFact {
  fillId: string;
  seq: number;
  marketId: string;
  trancheId: string;
  borrowerRef: string;
  lenderRef: string;
  amountFen: number;
  rateBps: number;
  timeMs: number;
  explanation: string;
}

export interface EventSink {
  publish(event: BehaviourEvent): ResultCode;
}

export interface BackendDeps {
  ledger: Ledger;
  clock: Clock;
  /**
   * Loan time: origination, due dates, repayments and the daily tick (default: `clock`). A demo
   * runs it fast (acceleratedClock) while everything else keeps real time.
   */
  loanClock?: Clock;
  facts: FactSink;
  events: EventSink;
  /** Salt for the one-way references that stand for user ids in analytics. */
  refSalt: string;
  /** Told how long each command took, receipt to durable answer (for the latency histogram). */
  onCommandDone?: (latencyUs: number) => void;
  /** Open (resting) orders one lender may hold; past it, TOO_MANY_OPEN_ORDERS. */
  openOrdersPerUserMax: number;
  /** The loan product: repayment schedule and origination fee (basis points of the loan). */
  product: { schedule: ScheduleName; originationFeeBps: number };
  /** Every market id, for account-wide commands such as a freeze. */
  markets: readonly string[];
  /** The P2P rules every market runs with (answered to GetMarkets). */
  marketRules?: Readonly<MarketRules>;
  /** The ledger's journal folder, read for inclusion proofs. */
  ledgerDir: string;
  /**
   * Folder of the backend's durable state (notes of unfunded tranches, loans, open orders);
   * absent: kept in memory only (tests of the backend alone).
   */
  stateDir?: string;
  /** Where users' masked contact details live (the gateway's user store). */
  profiles?: {
    updateContact(
      userId: string,
      change: { phoneMasked?: string; bankCardMasked?: string },
    ): Promise<ResultCode>;
  };
  /** Risk officers' cases, rule configurations and overview (absent: those are refused). */
  riskDesk?: RiskDesk;
  /**
   * Writes an alert to the risk pipeline's alert stream, where officers get it numbered like
   * every other alert (and a case opens); false when it cannot (then it is pushed unnumbered).
   */
  raiseAlert?: (alert: Alert) => boolean;
  /** The credit model for loan applications (absent: applications are refused). */
  credit?: CreditPool;
  /** Reports a failure that is not the client's fault (logged by the composition root). */
  onError: (context: string, error: unknown) => void;
}

interface Pending {
  connId: number;
  requestId: number;
  /** Resends of the same place while it was in flight: they get the same answer. */
  echoes?: { connId: number; requestId: number }[];
  /** A listing's funding deadline (0: none), shown with its funding progress. */
  deadlineMs?: number;
  userId: string;
  holdId: string;
  createdHold: boolean;
  receivedNs: bigint;
}

type Delivery = () => void;

/** What recover() did: batches settled again, ledger entries that were missing, holds freed. */
export interface RecoverySummary {
  batches: number;
  ledgerEntries: number;
  releasedHolds: number;
  releasedFen: number;
}

/** A tranche being funded, as its funding progress and analytics rows need it. */
interface OpenTranche {
  marketId: string;
  amountFen: number;
  maxRateBps: number;
  /** 0: no funding deadline. */
  deadlineMs: number;
  /** -1: unknown (listed before the journal a restart replayed): no analytics row then. */
  listedMs: number;
}

/** The commands the risk officers' desk answers. */
type DeskCommand = Extract<
  BusinessCommand,
  {
    kind:
      | 'case_action'
      | 'propose_config'
      | 'decide_config'
      | 'backtest'
      | 'get_cases'
      | 'get_risk_overview'
      | 'get_rule_configs';
  }
>;

export class MarketBackend implements Backend {
  readonly #deps: BackendDeps;
  readonly #pending = new Map<number, Pending>();
  readonly #books = new Map<string, lending.v1.IBookUpdate>();
  readonly #openOrders = new OpenOrders();
  readonly #movements: Delivery[] = [];
  /** Fills of tranches not yet funded: the notes of the loan they will become. */
  readonly #notes = new Map<string, NoteTerms[]>();
  /** The latest update of each open tranche: what a new CHANNEL_TRANCHES subscriber gets. */
  readonly #openTrancheViews = new Map<string, lending.v1.ITrancheUpdate>();
  /** Open tranches, for the funding progress pushed on CHANNEL_TRANCHES. */
  readonly #tranches = new Map<string, OpenTranche>();
  #figures: lending.v1.IFigures | undefined;
  #host: MatchingHost | undefined;
  #outbound: Outbound | undefined;
  #nextRef = 1;
  #ready = false;

  readonly #desk: LoanDesk | undefined;
  /** The one-way reference that stands for a user id in analytics (as the backfill writes it). */
  readonly #userRef: (userId: string) => string;
  readonly #money: MoneyDesk;
  readonly #state: BackendStateLog | undefined;
  /** Resolves once every batch's answers so far went out (in batch order). */
  #delivered: Promise<void> = Promise.resolve();
  /** Places whose hold is being made durable before they go to the engine. */
  #awaitingHolds = 0;
  /** Set while recover() settles the journal tail again: no replies, pushes or events. */
  #replaying = false;
  /** The system time of the batch being settled (the host's stamp), when known. */
  #batchMs: number | undefined;
  /** Places in flight, by hold id (a resend joins the first instead of racing it). */
  readonly #placing = new Map<string, Pending>();
  /** Places the engine refused, by hold id: a resend is answered with the same refusal. */
  readonly #refused = new Map<string, ResultCode>();
  /** The lend_orders rows for analytics, from place commands and the engine's events. */
  readonly #orderFacts: LendOrderFacts;
  /** Ledger entry index of each user's movement, by reference, for inclusion proofs. */
  readonly #entries = new BoundedIndex(limits.proofIndexEntriesMax);

  constructor(deps: BackendDeps) {
    this.#deps = deps;
    this.#userRef = remembered(serviceUserRef(deps.refSalt), refsRememberedMax);
    const credit = deps.credit;
    this.#desk =
      credit === undefined
        ? undefined
        : new LoanDesk({
            credit,
            clock: deps.clock,
            list: (listing) => this.#listForBorrower(listing),
            trancheIdOf: (applicationId) => derivedId('loan', applicationId),
            reply: (connId, message) => this.#out().reply(connId, message),
            reject: (connId, requestId, code, detail) =>
              this.#reject(connId, requestId, code, detail),
            alertOfficers: (alert) => this.#raiseAlert(alert),
            fact: (row) => this.#fact('loan_applications', row),
            ref: (userId) => this.#ref(userId),
            onError: deps.onError,
          });
    this.#money = new MoneyDesk({
      ledger: deps.ledger,
      clock: deps.loanClock ?? deps.clock,
      replyDurable: (connId, message) =>
        this.#afterDurable([() => this.#out().reply(connId, message)]),
      reject: (connId, requestId, code, detail) => this.#reject(connId, requestId, code, detail),
      movement: (userId, kind, amountFen, reference) =>
        this.#movement(userId, kind, amountFen, reference),
      notice: (userId, loanNotice) =>
        this.#movements.push(() => this.#out().publishToUser(userId, { loanNotice })),
      flushLater: () => this.#afterDurable([]),
      event: (accountId, kind, fields) => this.#event(accountId, kind, fields),
      withdrawn: (transferId, userId, amountFen) =>
        this.#custodyFact(transferId, userId, 'withdrawal', amountFen),
      overdue: (row) => this.#fact('overdue_daily', row),
      repaid: (rows) => {
        for (const row of rows) this.#fact('repayments', row);
      },
      prove: (reference, userId) => this.#prove(reference, userId),
      onError: deps.onError,
    });
    this.#orderFacts = new LendOrderFacts(
      (userId) => this.#ref(userId),
      (row) => this.#fact('lend_orders', row),
    );
    this.#state = this.#recover(deps.stateDir);
  }

  /** Rebuilds the notes, loans and open orders a previous run made durable. */
  #recover(stateDir: string | undefined): BackendStateLog | undefined {
    if (stateDir === undefined) return undefined;
    const { log, state } = BackendStateLog.open(stateDir);
    for (const [trancheId, notes] of state.notes) this.#notes.set(trancheId, notes);
    for (const loan of state.loans) this.#money.recordLoan(loan);
    for (const order of state.openOrders) this.#openOrders.add(order.lenderId, order.clientOrderId);
    for (const [holdId, code] of state.refused) this.#refused.set(holdId, code);
    return log;
  }

  /** Closes the state file (after the last flush). */
  close(): void {
    this.#state?.close();
  }

  /** Late binding: the host and the gateway are built after the backend they call back into. */
  attach(host: MatchingHost, outbound: Outbound): void {
    this.#host = host;
    this.#outbound = outbound;
    this.#ready = true;
  }

  detach(): void {
    this.#ready = false;
  }

  ready(): boolean {
    return this.#ready;
  }

  pendingCount(): number {
    return this.#pending.size;
  }

  /**
   * Resolves once every accepted command has been answered and the ledger is durable, or after
   * `timeoutMs` (a stuck worker must not hold the shutdown forever).
   */
  async drained(timeoutMs: number): Promise<void> {
    const deadline = this.#deps.clock.nowMs() + timeoutMs;
    while (this.#pending.size + this.#awaitingHolds > 0 && this.#deps.clock.nowMs() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.#deps.ledger.flush();
    // Every answer made durable so far has been handed to the gateway.
    await this.#delivered;
  }

  latestBook(marketId: string): lending.v1.IBookUpdate | undefined {
    return this.#books.get(marketId);
  }

  latestFigures(): lending.v1.IFigures | undefined {
    return this.#figures;
  }

  setFigures(figures: lending.v1.IFigures): void {
    this.#figures = figures;
    this.#out().publish(topics.disclosure, { figures });
  }

  authenticated(session: Session): void {
    this.#event(session.userId, 'login', { deviceId: session.deviceId, ip: session.ip });
  }

  handle(session: Session, requestId: number, command: BusinessCommand): void {
    switch (command.kind) {
      case 'place':
        this.#place(session, requestId, command);
        return;
      case 'cancel':
      case 'reduce':
      case 'amend':
        this.#submit(session, requestId, '', false, {
          ...command,
          ref: 0,
          lenderId: session.userId,
        });
        return;
      case 'list':
        this.#list(session, requestId, command);
        return;
      case 'deposit':
        this.#deposit(session, requestId, command);
        return;
      case 'apply':
      case 'review':
      case 'get_application':
        this.#loanDesk(session, requestId, command);
        return;
      default:
        this.#handleMore(session, requestId, command);
    }
  }

  #loanDesk(
    session: Session,
    requestId: number,
    command: Extract<BusinessCommand, { kind: 'apply' | 'review' | 'get_application' }>,
  ): void {
    const desk = this.#desk;
    if (desk === undefined) {
      this.#reject(session.connId, requestId, Code.SERVICE_UNAVAILABLE, 'no credit model');
    } else if (command.kind === 'apply') desk.apply(session, requestId, command);
    else if (command.kind === 'review') desk.review(session, requestId, command);
    else desk.show(session, requestId, command.applicationId);
  }

  /** Money after the market, account status and the read-only views. */
  #handleMore(
    session: Session,
    requestId: number,
    command: Exclude<
      BusinessCommand,
      {
        kind:
          | 'place'
          | 'cancel'
          | 'reduce'
          | 'amend'
          | 'list'
          | 'deposit'
          | 'apply'
          | 'review'
          | 'get_application';
      }
    >,
  ): void {
    const { connId, userId } = session;
    switch (command.kind) {
      case 'withdraw':
        this.#money.withdraw(connId, requestId, userId, command.transferId, command.amountFen);
        return;
      case 'repay':
        this.#money.repay(connId, requestId, userId, command);
        return;
      case 'get_holdings':
        this.#money.holdings(connId, requestId, userId);
        return;
      case 'get_loans':
        this.#money.loans(connId, requestId, command.userId || userId);
        return;
      case 'get_proof':
        this.#money.proof(connId, requestId, userId, command.reference);
        return;
      case 'get_markets':
        this.#out().reply(connId, { requestId, markets: { markets: this.#marketInfos() } });
        return;
      case 'freeze':
        this.#officerFreeze(session, requestId, command);
        return;
      case 'update_profile':
        this.#updateProfile(session, requestId, command);
        return;
      default:
        this.#riskDesk(session, requestId, command);
    }
  }
  /** Lists a tranche on the platform's own initiative (an approved loan application). */
  #listForBorrower(listing: {
    trancheId: string;
    marketId: string;
    borrowerId: string;
    amountFen: number;
    maxRateBps: number;
  }): ResultCode {
    const ref = this.#nextRef++;
    const code = this.#hostOrThrow().submit({ kind: 'list', ref, ...listing });
    if (code !== Code.OK) return code;
    // Connection 0 is no connection: the listing's answer goes nowhere, its events everywhere.
    this.#pending.set(ref, {
      connId: 0,
      requestId: 0,
      userId: listing.borrowerId,
      holdId: '',
      createdHold: false,
      receivedNs: process.hrtime.bigint(),
    });
    return Code.OK;
  }

  #place(
    session: Session,
    requestId: number,
    command: Extract<BusinessCommand, { kind: 'place' }>,
  ): void {
    if (this.#openOrders.count(session.userId) >= this.#deps.openOrdersPerUserMax) {
      this.#rejectPlace(session, requestId, command, Code.TOO_MANY_OPEN_ORDERS);
      return;
    }
    const holdId = holdIdOf(session.userId, command.clientOrderId);
    const refusedCode = this.#refused.get(holdId);
    if (refusedCode !== undefined) {
      this.#reject(session.connId, requestId, refusedCode, 'the original answer to this order id');
      return;
    }
    const first = this.#placing.get(holdId);
    if (first !== undefined) {
      (first.echoes ??= []).push({ connId: session.connId, requestId });
      return;
    }
    const code = this.#deps.ledger.hold(holdId, session.userId, command.amountFen);
    if (code === Code.TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS) {
      this.#reject(session.connId, requestId, Code.DUPLICATE_ORDER_ID);
      return;
    }
    if (code !== Code.OK && code !== Code.HOLD_EXISTS) {
      // A lender who never deposited has no account yet: to them that is simply no funds.
      const answer = code === Code.ACCOUNT_NOT_FOUND ? Code.INSUFFICIENT_FUNDS : code;
      this.#rejectPlace(session, requestId, command, answer);
      return;
    }
    if (code === Code.OK) {
      this.#movement(session.userId, 'hold', command.amountFen, command.clientOrderId);
    }
    const placing = this.#newPending(session, requestId, holdId, code === Code.OK);
    this.#placing.set(holdId, placing);
    this.#awaitingHolds += 1;
    // The hold is durable before the engine journals the order, so a restart always finds the
    // hold of every order the book replays (see recover()). Group commit: one fsync for many.
    this.#deps.ledger.flush().then(
      () => {
        this.#awaitingHolds -= 1;
        this.#submitPlace(session, placing, command);
      },
      (error: unknown) => {
        this.#awaitingHolds -= 1;
        this.#placing.delete(holdId);
        this.#deps.onError('ledger flush failed; order not placed', error);
        for (const to of answered(placing)) {
          this.#reject(to.connId, to.requestId, Code.SERVICE_UNAVAILABLE);
        }
      },
    );
  }

  /** A place refused before the engine: answered, and its lend_orders row says so. */
  #rejectPlace(
    session: Session,
    requestId: number,
    command: Extract<BusinessCommand, { kind: 'place' }>,
    code: ResultCode,
  ): void {
    this.#reject(session.connId, requestId, code);
    const order = { ...command, lenderId: session.userId };
    this.#orderFacts.rejected(order, code, this.#deps.clock.nowMs());
  }

  #submitPlace(
    session: Session,
    placing: Pending,
    command: Extract<BusinessCommand, { kind: 'place' }>,
  ): void {
    this.#submit(
      session,
      placing.requestId,
      placing.holdId,
      placing.createdHold,
      {
        kind: 'place',
        ref: 0,
        lenderId: session.userId,
        clientOrderId: command.clientOrderId,
        marketId: command.marketId,
        amountFen: command.amountFen,
        minRateBps: command.minRateBps,
        tif: command.tif,
        ...(command.expiresAtMs === 0 ? {} : { expiresAtMs: command.expiresAtMs }),
      },
      placing,
    );
  }

  #list(
    session: Session,
    requestId: number,
    command: Extract<BusinessCommand, { kind: 'list' }>,
  ): void {
    const isAdmin = session.roles.includes('admin');
    if (!isAdmin && command.borrowerId !== session.userId) {
      this.#reject(
        session.connId,
        requestId,
        Code.NOT_AUTHORISED,
        'a borrower lists only own loans',
      );
      return;
    }
    const { deadlineMs, ...listing } = command;
    const pending = this.#submit(session, requestId, '', false, {
      ...listing,
      ref: 0,
      ...(deadlineMs === 0 ? {} : { deadlineMs }),
    });
    if (pending !== undefined) pending.deadlineMs = deadlineMs;
  }

  #deposit(
    session: Session,
    requestId: number,
    command: Extract<BusinessCommand, { kind: 'deposit' }>,
  ): void {
    const ledger = this.#deps.ledger;
    const result = ledger.deposit(command.transferId, command.userId, command.amountFen);
    if (result.code !== Code.OK) {
      this.#reject(session.connId, requestId, result.code);
      return;
    }
    this.#event(command.userId, 'deposit', { amountFen: command.amountFen });
    this.#movement(command.userId, 'deposit', command.amountFen, command.transferId);
    this.#custodyFact(command.transferId, command.userId, 'deposit', command.amountFen);
    this.#afterDurable([
      () =>
        this.#out().reply(session.connId, {
          requestId,
          depositAccepted: { transferId: command.transferId, availableFen: result.availableFen },
        }),
    ]);
  }

  #submit(
    session: Session,
    requestId: number,
    holdId: string,
    createdHold: boolean,
    command: MarketCommand,
    placing?: Pending,
  ): Pending | undefined {
    const ref = this.#nextRef++;
    const code = this.#hostOrThrow().submit({ ...command, ref });
    const pending = placing ?? this.#newPending(session, requestId, holdId, createdHold);
    const nowMs = this.#deps.clock.nowMs();
    if (code !== Code.OK) {
      const reference = command.kind === 'place' ? command.clientOrderId : '';
      if (createdHold) this.#release(holdId, session.userId, reference);
      if (placing !== undefined) this.#placing.delete(holdId);
      for (const to of answered(pending)) this.#reject(to.connId, to.requestId, code);
      if (command.kind === 'place') this.#orderFacts.rejected(command, code, nowMs);
      return undefined;
    }
    if (command.kind === 'place') this.#orderFacts.placed({ ...command, ref }, nowMs);
    this.#pending.set(ref, pending);
    return pending;
  }

  #newPending(session: Session, requestId: number, holdId: string, createdHold: boolean): Pending {
    return {
      connId: session.connId,
      requestId,
      userId: session.userId,
      holdId,
      createdHold,
      receivedNs: process.hrtime.bigint(),
    };
  }

  /**
   * After a restart, before serving: settles again every batch the book's journal replayed
   * (those after its last snapshot, which holds settled batches only, so any batch whose ledger
   * effects a crash lost is among them), then makes the holds match the book: a hold whose order
   * does not rest is released (the engine never journaled the order, or closed it in a lost
   * batch). Every ledger call carries the id the live path used, so an effect already durable is
   * not applied twice and only new effects produce facts; nobody is answered.
   */
  async recover(reports: readonly RecoveryReport[]): Promise<RecoverySummary> {
    const ledger = this.#deps.ledger;
    const entriesBefore = ledger.entryCount();
    const summary = { batches: 0, ledgerEntries: 0, releasedHolds: 0, releasedFen: 0 };
    this.#replaying = true;
    try {
      for (const report of reports) {
        for (const batch of report.replayed) {
          summary.batches += 1;
          this.#batchMs = batch.nowMs;
          for (const outcome of batch.outcomes) this.#replayOutcome(outcome);
        }
      }
      this.#matchHoldsToBook(reports, summary);
      this.#reopenTranches(reports);
    } finally {
      this.#replaying = false;
      this.#batchMs = undefined;
      this.#movements.length = 0;
    }
    summary.ledgerEntries = ledger.entryCount() - entriesBefore;
    await this.#afterDurable([]);
    return summary;
  }

  #replayOutcome(outcome: CommandOutcome): void {
    // A refused place's hold rests nowhere: #matchHoldsToBook releases it.
    if (outcome.code !== Code.OK) return;
    const pending: Pending = {
      connId: 0,
      requestId: 0,
      userId: '',
      holdId: '',
      createdHold: false,
      receivedNs: 0n,
    };
    const discarded: Delivery[] = [];
    for (const event of outcome.events) {
      this.#applyEvent(event, outcome.seq, pending, discarded);
    }
  }

  /** Funding progress of the tranches the book still funds, for CHANNEL_TRANCHES. */
  #reopenTranches(reports: readonly RecoveryReport[]): void {
    for (const report of reports) {
      for (const open of report.openTranches) {
        const { trancheId, marketId, amountFen, maxRateBps, deadlineMs, filledFen } = open;
        if (!this.#tranches.has(trancheId)) {
          const tranche = { marketId, amountFen, maxRateBps, deadlineMs, listedMs: -1 };
          this.#tranches.set(trancheId, tranche);
        }
        const state = filledFen === 0 ? 1 : 2;
        const timeMs = this.#deps.clock.nowMs();
        const view = { trancheId, marketId, state, amountFen, fundedFen: filledFen, maxRateBps };
        this.#openTrancheViews.set(trancheId, { ...view, timeMs, deadlineMs, seq: open.seq });
      }
    }
  }

  /** Open holds and open orders made to match the orders resting in the book. */
  #matchHoldsToBook(reports: readonly RecoveryReport[], summary: RecoverySummary): void {
    const resting = new Map<string, [string, string]>();
    for (const report of reports) {
      for (const order of report.restingOrders) resting.set(holdIdOf(order[0], order[1]), order);
    }
    const open = new Set<string>();
    for (const hold of this.#deps.ledger.openHolds()) {
      open.add(hold.holdId);
      if (resting.has(hold.holdId)) continue;
      summary.releasedHolds += 1;
      summary.releasedFen += this.#release(hold.holdId, hold.userId, '');
    }
    for (const [holdId, [lenderId, clientOrderId]] of resting) {
      if (!open.has(holdId)) this.#deps.onError('resting order without an open hold', holdId);
      if (!this.#openOrders.has(lenderId, clientOrderId)) {
        this.#openOrders.add(lenderId, clientOrderId);
        this.#state?.orderOpened(lenderId, clientOrderId);
      }
    }
    for (const [lenderId, clientOrderId] of this.#openOrders.entries()) {
      if (resting.has(holdIdOf(lenderId, clientOrderId))) continue;
      this.#openOrders.remove(lenderId, clientOrderId);
      this.#state?.orderClosed(lenderId, clientOrderId);
    }
  }

  /** Called by the matching host with the outcomes of one batch, in submission order. */
  onOutcomes(outcomes: CommandOutcome[], books: BookSnapshot[], nowMs?: number): Promise<void> {
    const deliveries: Delivery[] = [];
    this.#batchMs = nowMs;
    for (const outcome of outcomes) this.#applyOutcome(outcome, deliveries);
    this.#batchMs = undefined;
    for (const book of books) {
      const update = toBookUpdate(book);
      this.#books.set(book.marketId, update);
      deliveries.push(() =>
        this.#out().publish(topics.book(book.marketId), { bookUpdate: update }),
      );
    }
    return this.#afterDurable(deliveries);
  }

  #applyOutcome(outcome: CommandOutcome, deliveries: Delivery[]): void {
    const pending = this.#pending.get(outcome.ref);
    assert(pending !== undefined, `outcome for unknown ref ${outcome.ref}`);
    this.#pending.delete(outcome.ref);
    const onDone = this.#deps.onCommandDone;
    if (onDone !== undefined) {
      deliveries.push(() => onDone(Number(process.hrtime.bigint() - pending.receivedNs) / 1000));
    }
    if (this.#placing.get(pending.holdId) === pending) this.#placing.delete(pending.holdId);
    const nowMs = this.#deps.clock.nowMs();
    if (outcome.code !== Code.OK) {
      this.#orderFacts.refused(outcome.ref, outcome.code, nowMs);
      if (pending.createdHold) {
        // The hold is gone with the refusal: a resend must not rest without one.
        this.#release(pending.holdId, pending.userId, '');
        rememberRefusal(this.#refused, pending.holdId, outcome.code);
        this.#state?.placeRefused(pending.holdId, outcome.code);
      }
      for (const { connId, requestId } of answered(pending)) {
        deliveries.push(() => this.#reject(connId, requestId, outcome.code));
      }
      return;
    }
    for (const event of outcome.events) {
      this.#orderFacts.onEvent(event, nowMs);
      this.#applyEvent(event, outcome.seq, pending, deliveries);
    }
  }

  #applyEvent(event: MarketEvent, seq: number, pending: Pending, deliveries: Delivery[]): void {
    const { connId, requestId } = pending;
    const out = (): Outbound => this.#out();
    switch (event.type) {
      case 'accepted': {
        const accepted = {
          clientOrderId: event.clientOrderId,
          marketId: event.marketId,
          seq,
          amountFen: event.amountFen,
          filledFen: event.filledFen,
          state: orderState(event.state),
        };
        for (const to of answered(pending)) {
          deliveries.push(() =>
            out().reply(to.connId, { requestId: to.requestId, orderAccepted: accepted }),
          );
        }
        if (event.state === 'resting') {
          this.#openOrders.add(event.lenderId, event.clientOrderId);
          this.#state?.orderOpened(event.lenderId, event.clientOrderId);
        }
        this.#event(event.lenderId, 'lend_order_placed', {
          amountFen: event.amountFen,
          marketId: event.marketId,
        });
        return;
      }
      case 'fill':
        this.#applyFill(event, seq, deliveries);
        return;
      case 'order_closed':
        this.#applyClose(event, seq, pending, deliveries);
        return;
      case 'tranche_listed':
        this.#applyListed(event, seq, pending, deliveries);
        return;
      case 'tranche_funded':
        this.#originate(event);
        // Funded at its deadline below its full amount: no fill closed it, this does.
        this.#closeFunded(event, seq, deliveries);
        return;
      case 'account_status':
        return;
      case 'order_amended': {
        const orderAmended = {
          clientOrderId: event.clientOrderId,
          marketId: event.marketId,
          seq,
          minRateBps: event.minRateBps,
          remainingFen: event.remainingFen,
        };
        deliveries.push(() => out().reply(connId, { requestId, orderAmended }));
        return;
      }
      case 'order_reduced':
        this.#applyReduced(event, seq, pending, deliveries);
        return;
      case 'tranche_expired':
        this.#applyExpired(event, seq, deliveries);
    }
  }

  #applyClose(
    event: Extract<MarketEvent, { type: 'order_closed' }>,
    seq: number,
    pending: Pending,
    deliveries: Delivery[],
  ): void {
    const { connId, requestId } = pending;
    const releasedFen = this.#closeOrder(event);
    this.#openOrders.remove(event.lenderId, event.clientOrderId);
    this.#state?.orderClosed(event.lenderId, event.clientOrderId);
    const orderUpdate: lending.v1.IOrderUpdate = {
      clientOrderId: event.clientOrderId,
      marketId: event.marketId,
      state: event.reason === 'filled' ? 2 : 3,
      releasedFen,
      reason: event.reason,
      timeMs: this.#deps.clock.nowMs(),
    };
    deliveries.push(() => this.#out().publishToUser(event.lenderId, { orderUpdate }));
    if (event.reason === 'cancelled' && requestId !== 0 && pending.userId === event.lenderId) {
      const cancelled = { clientOrderId: event.clientOrderId, releasedFen, seq };
      deliveries.push(() => this.#out().reply(connId, { requestId, orderCancelled: cancelled }));
    }
  }

  #raiseAlert(alert: lending.v1.IAlert): void {
    const raised = this.#deps.raiseAlert?.({
      alertId: alert.alertId ?? '',
      ruleId: alert.ruleId ?? '',
      ruleVersion: 1,
      level: alert.level === 'block' ? 'block' : 'review',
      accountId: alert.accountId ?? '',
      summary: alert.summary ?? '',
      features: alert.features ?? {},
      eventIds: alert.eventIds ?? [],
      timeMs: Number(alert.timeMs ?? 0),
    });
    if (raised !== true) this.#out().publish(topics.alerts, { alert });
  }

  /**
   * A funded tranche becomes a loan: the escrow goes to the borrower (less the origination fee)
   * and every fill becomes a note of its lender at its rate, repaid on the product's schedule.
   */
  #originate(event: Extract<MarketEvent, { type: 'tranche_funded' }>): void {
    const transferId = derivedId('originate', event.trancheId);
    const recorded = this.#money.loanRecord(event.trancheId);
    if (this.#replaying && this.#deps.ledger.hasTransfer(transferId)) {
      // The ledger kept the loan; the state log may have lost its record (two files, two
      // fsyncs): the notes are still here, from the log and the replayed fills (#keepNote).
      const notes = recorded?.notes ?? this.#notes.get(event.trancheId) ?? [];
      if (recorded === undefined) this.#recordLoan(event, notes);
      this.#loanFact(event, notes);
      return;
    }
    // The state log kept the loan the ledger lost: its record has every note.
    const notes = recorded?.notes ?? this.#notes.get(event.trancheId) ?? [];
    const termMonths = termOf(event.marketId);
    const result = this.#deps.ledger.originate({
      transferId,
      trancheId: event.trancheId,
      borrowerId: event.borrowerId,
      notes,
      termMonths,
      schedule: this.#deps.product.schedule,
      feeBps: this.#deps.product.originationFeeBps,
      nowMs: this.#loanNowMs(),
    });
    assert(result.code === Code.OK, `origination of ${event.trancheId} failed: ${result.code}`);
    this.#recordLoan(event, notes);
    this.#movement(event.borrowerId, 'disbursement', result.disbursedFen, event.trancheId);
    this.#loanFact(event, notes);
  }

  #loanFact(event: Extract<MarketEvent, { type: 'tranche_funded' }>, notes: readonly NoteTerms[]) {
    const factCode = this.#deps.facts.addLoan(
      this.#loanFacts(event, notes, termOf(event.marketId)),
    );
    if (factCode !== Code.OK) this.#deps.onError('fact sink refused a loan', factCode);
  }

  #recordLoan(
    event: Extract<MarketEvent, { type: 'tranche_funded' }>,
    notes: readonly NoteTerms[],
  ): void {
    this.#notes.delete(event.trancheId);
    this.#state?.trancheClosed(event.trancheId);
    const loan = {
      loanId: event.trancheId,
      borrowerId: event.borrowerId,
      marketId: event.marketId,
      termMonths: termOf(event.marketId),
      principalFen: event.amountFen,
      notes,
    };
    this.#money.recordLoan(loan);
    this.#state?.loanRecorded(loan);
  }

  /** The facts of a new loan for analytics; user ids leave only as one-way references. */
  #loanFacts(
    event: Extract<MarketEvent, { type: 'tranche_funded' }>,
    notes: readonly NoteTerms[],
    termMonths: number,
  ): LoanFacts {
    const nowMs = this.#loanNowMs();
    const loanId = event.trancheId;
    let weighted = 0;
    for (const note of notes) weighted += note.principalFen * note.rateBps;
    const schedule = this.#deps.product.schedule;
    const loan: LoanFact = {
      loan_id: loanId,
      borrower_ref: this.#ref(event.borrowerId),
      application_id: loanId,
      grade: event.marketId.split(':')[1] ?? 'G',
      term_months: termMonths,
      principal_fen: event.amountFen,
      rate_bps: event.amountFen === 0 ? 0 : Math.round(weighted / event.amountFen),
      method: schedule === 'interest_only' ? 'bullet' : schedule,
      related_party: false,
      listed_ms: nowMs,
      originated_ms: nowMs,
    };
    return {
      loan,
      notes: notes.map((note) => ({
        note_id: note.noteId,
        loan_id: loanId,
        lender_ref: this.#ref(note.lenderId),
        principal_fen: note.principalFen,
        created_ms: nowMs,
      })),
      schedule: (this.#deps.ledger.loanSchedule(loanId) ?? []).map((period) => ({
        loan_id: loanId,
        instalment_no: period.period,
        due_ms: period.dueDay * 86_400_000,
        principal_fen: period.principalFen,
        interest_fen: period.interestFen,
      })),
    };
  }

  /**
   * Freezes an account in every market: its new orders are refused (ACCOUNT_FROZEN) and its
   * open orders cancelled, their holds released (order_closed, reason frozen). Idempotent.
   */
  freezeAccount(accountId: string, frozen = true): void {
    for (const marketId of this.#deps.markets) {
      const ref = this.#nextRef++;
      const kind = frozen ? 'freeze' : 'unfreeze';
      const code = this.#hostOrThrow().submit({ kind, ref, marketId, accountId });
      if (code !== Code.OK) {
        this.#deps.onError(`${kind} of ${accountId} in ${marketId} not queued`, code);
        continue;
      }
      this.#pending.set(ref, {
        connId: 0,
        requestId: 0,
        userId: accountId,
        holdId: '',
        createdHold: false,
        receivedNs: process.hrtime.bigint(),
      });
    }
  }

  /** Outcomes of the host's own commands (ticks: expiries), with no client to answer. */
  onSystemOutcomes(
    outcomes: CommandOutcome[],
    books: BookSnapshot[],
    nowMs?: number,
  ): Promise<void> {
    for (const outcome of outcomes) {
      this.#pending.set(outcome.ref, {
        connId: 0,
        requestId: 0,
        userId: '',
        holdId: '',
        createdHold: false,
        receivedNs: process.hrtime.bigint(),
      });
    }
    return this.onOutcomes(outcomes, books, nowMs);
  }

  #applyFill(
    event: Extract<MarketEvent, { type: 'fill' }>,
    seq: number,
    deliveries: Delivery[],
  ): void {
    const holdId = holdIdOf(event.lenderId, event.clientOrderId);
    const transferId = derivedId('fill', event.fillId);
    if (this.#replaying && this.#deps.ledger.hasTransfer(transferId)) {
      this.#keepNote(event);
      // Its row may have been in the sink's memory at the crash: the table collapses a resend.
      this.#fillFact(event, seq);
      return;
    }
    const code = this.#deps.ledger.transferHeldToEscrow(
      transferId,
      holdId,
      event.trancheId,
      event.amountFen,
    );
    assert(code === Code.OK, `fill ${event.fillId} could not move held funds: ${code}`);
    this.#movement(event.lenderId, 'fill', event.amountFen, event.trancheId);
    this.#keepNote(event);
    const tranche = this.#tranches.get(event.trancheId);
    if (tranche !== undefined) {
      const fundedFen = tranche.amountFen - event.trancheRemainingFen;
      this.#trancheUpdate(event.trancheId, fundedFen, seq, deliveries);
    }
    const fill: lending.v1.IFill = {
      fillId: event.fillId,
      marketId: event.marketId,
      trancheId: event.trancheId,
      clientOrderId: event.clientOrderId,
      amountFen: event.amountFen,
      rateBps: event.rateBps,
      orderRemainingFen: event.orderRemainingFen,
      trancheRemainingFen: event.trancheRemainingFen,
      timeMs: event.timeMs,
      explanation: event.explanation,
    };
    deliveries.push(() => this.#out().publishToUser(event.lenderId, { fill }));
    this.#fillFact(event, seq);
  }

  /** The fill for analytics; the table keeps one row per fill id, so a replay may resend it. */
  #fillFact(event: Extract<MarketEvent, { type: 'fill' }>, seq: number): void {
    const factCode = this.#deps.facts.addFill(fillRowOf(event, seq, (id) => this.#ref(id)));
    if (factCode !== Code.OK) this.#deps.onError('fact sink refused a fill', factCode);
  }

  /** The fill's note, kept for the loan its tranche becomes (once, also when replayed). */
  #keepNote(event: Extract<MarketEvent, { type: 'fill' }>): void {
    // A tranche whose loan is recorded keeps its notes there (a replay after a crash).
    if (this.#money.loanRecord(event.trancheId) !== undefined) return;
    let notes = this.#notes.get(event.trancheId);
    if (notes === undefined) this.#notes.set(event.trancheId, (notes = []));
    const noteId = derivedId('note', event.fillId);
    if (notes.some((note) => note.noteId === noteId)) return;
    const note: NoteTerms = {
      noteId,
      lenderId: event.lenderId,
      principalFen: event.amountFen,
      rateBps: event.rateBps,
    };
    notes.push(note);
    this.#state?.noteAdded(event.trancheId, note);
  }

  #closeOrder(event: Extract<MarketEvent, { type: 'order_closed' }>): number {
    const holdId = holdIdOf(event.lenderId, event.clientOrderId);
    const releasedFen = this.#release(holdId, event.lenderId, event.clientOrderId);
    assert(
      releasedFen === event.releasedFen,
      `hold ${holdId} released ${releasedFen}, engine said ${event.releasedFen}`,
    );
    return releasedFen;
  }

  #release(holdId: string, userId: string, reference: string): number {
    const result = this.#deps.ledger.releaseHold(derivedId('release', holdId), holdId);
    assert(result.code === Code.OK, `release of ${holdId} failed with ${result.code}`);
    if (result.releasedFen > 0) this.#movement(userId, 'release', result.releasedFen, reference);
    return result.releasedFen;
  }

  /** A movement of a user's money, pushed on CHANNEL_MY_LEDGER with the next durable batch. */
  #movement(userId: string, kind: string, amountFen: number, reference: string): void {
    const ledger = this.#deps.ledger;
    // The movement's own entry is the ledger's latest: keep its index for inclusion proofs.
    this.#entries.set(`${userId}\u0000${reference}`, ledger.entryCount() - 1);
    const { availableFen, heldFen } = ledger.userBalances(userId);
    const ledgerMovement: lending.v1.ILedgerMovement = {
      kind,
      amountFen,
      availableFen,
      heldFen,
      reference,
      timeMs: this.#deps.clock.nowMs(),
    };
    this.#movements.push(() => this.#out().publishToUser(userId, { ledgerMovement }));
  }

  /** Pushes a tranche's funding progress on CHANNEL_TRANCHES. */
  #trancheUpdate(trancheId: string, fundedFen: number, seq: number, deliveries: Delivery[]): void {
    const tranche = this.#tranches.get(trancheId);
    if (tranche === undefined) return;
    const state = fundedFen === 0 ? 1 : fundedFen < tranche.amountFen ? 2 : 3;
    const trancheUpdate: lending.v1.ITrancheUpdate = {
      trancheId,
      marketId: tranche.marketId,
      state,
      amountFen: tranche.amountFen,
      fundedFen,
      maxRateBps: tranche.maxRateBps,
      timeMs: this.#deps.clock.nowMs(),
      deadlineMs: tranche.deadlineMs,
      seq,
    };
    this.#publishTranche(trancheUpdate, state === 3, deliveries);
    this.#trancheFact(trancheId, tranche, fundedFen, state === 3 ? 'funded' : 'listed');
    if (state === 3) this.#tranches.delete(trancheId);
  }

  #closeFunded(
    event: Extract<MarketEvent, { type: 'tranche_funded' }>,
    seq: number,
    deliveries: Delivery[],
  ): void {
    const tranche = this.#tranches.get(event.trancheId);
    if (tranche === undefined) return;
    const trancheUpdate: lending.v1.ITrancheUpdate = {
      trancheId: event.trancheId,
      marketId: event.marketId,
      state: 3,
      amountFen: tranche.amountFen,
      fundedFen: event.amountFen,
      maxRateBps: tranche.maxRateBps,
      timeMs: this.#deps.clock.nowMs(),
      deadlineMs: tranche.deadlineMs,
      seq,
    };
    this.#publishTranche(trancheUpdate, true, deliveries);
    this.#trancheFact(event.trancheId, tranche, event.amountFen, 'funded');
    this.#tranches.delete(event.trancheId);
  }

  /** Analytics time of what is being settled: its batch's stamp, as the backfill reads it. */
  #factNowMs(): number {
    return this.#batchMs ?? this.#deps.clock.nowMs();
  }

  /** Pushes a tranche's state; the open ones are kept for new subscribers' first snapshot. */
  #publishTranche(update: lending.v1.ITrancheUpdate, closed: boolean, deliveries: Delivery[]) {
    const trancheId = update.trancheId ?? '';
    if (closed) this.#openTrancheViews.delete(trancheId);
    else this.#openTrancheViews.set(trancheId, update);
    deliveries.push(() => this.#out().publish(topics.tranches, { trancheUpdate: update }));
  }

  /** The latest state of every open tranche, oldest listing first. */
  latestTranches(): lending.v1.ITrancheUpdate[] {
    return [...this.#openTrancheViews.values()];
  }

  /** The tranche's latest state for analytics (funding time, volumes); the newest row wins. */
  #trancheFact(
    trancheId: string,
    tranche: OpenTranche,
    fundedFen: number,
    status: 'listed' | 'funded' | 'expired',
  ): void {
    // A row with a made-up listing time would replace the true one (the newest row wins).
    if (tranche.listedMs < 0) return;
    this.#fact('tranches', {
      tranche_id: trancheId,
      loan_id: trancheId,
      market_id: tranche.marketId,
      amount_fen: tranche.amountFen,
      funded_fen: fundedFen,
      max_rate_bps: tranche.maxRateBps,
      status,
      listed_ms: tranche.listedMs,
      deadline_ms: tranche.deadlineMs,
      closed_ms: status === 'listed' ? 0 : this.#factNowMs(),
    });
  }

  /** Sends `deliveries` once the ledger and the state log are durable; resolves then. */
  #afterDurable(deliveries: Delivery[]): Promise<void> {
    deliveries.unshift(...this.#movements.splice(0));
    const durable = Promise.all([this.#deps.ledger.flush(), this.#state?.flush()]).then(noop);
    if (deliveries.length === 0) return durable;
    // Chained: two fsyncs may complete out of order, but answers must leave in batch order.
    this.#delivered = this.#delivered
      .then(() => durable)
      .then(() => {
        for (const deliver of deliveries) deliver();
      })
      .catch((error: unknown) =>
        this.#deps.onError('ledger flush failed; acknowledgements withheld', error),
      );
    return durable;
  }

  #event(accountId: string, kind: BehaviourEvent['kind'], fields: Partial<BehaviourEvent>): void {
    // The risk stream saw the replayed batches' events the first time, or never will.
    if (this.#replaying) return;
    const code = this.#deps.events.publish({
      eventId: randomUUID(),
      kind,
      accountId,
      deviceId: '',
      ip: '',
      amountFen: 0,
      marketId: '',
      timeMs: this.#deps.clock.nowMs(),
      ...fields,
    });
    if (code !== Code.OK) this.#deps.onError(`risk event ${kind} not published`, code);
  }

  #reject(connId: number, requestId: number, code: ResultCode, detail?: string): void {
    this.#out().reply(connId, { requestId, reject: toReject(code, detail) });
  }

  #applyListed(
    event: Extract<MarketEvent, { type: 'tranche_listed' }>,
    seq: number,
    pending: Pending,
    deliveries: Delivery[],
  ): void {
    const { connId, requestId } = pending;
    const listed = {
      trancheId: event.trancheId,
      marketId: event.marketId,
      seq,
      filledFen: event.filledFen,
    };
    deliveries.push(() => this.#out().reply(connId, { requestId, trancheListed: listed }));
    const { marketId, amountFen, maxRateBps } = event;
    const deadlineMs = pending.deadlineMs ?? 0;
    const listedMs = this.#factNowMs();
    this.#tranches.set(event.trancheId, { marketId, amountFen, maxRateBps, deadlineMs, listedMs });
    this.#trancheUpdate(event.trancheId, event.filledFen, seq, deliveries);
  }

  /** A reduce returned part of the order's hold; the order keeps its place in the queue. */
  #applyReduced(
    event: Extract<MarketEvent, { type: 'order_reduced' }>,
    seq: number,
    pending: Pending,
    deliveries: Delivery[],
  ): void {
    const holdId = holdIdOf(event.lenderId, event.clientOrderId);
    const transferId = derivedId('reduce', event.marketId, String(seq));
    const code = this.#deps.ledger.releaseHoldPart(transferId, holdId, event.releasedFen);
    assert(code === Code.OK, `partial release of ${holdId} failed with ${code}`);
    this.#movement(event.lenderId, 'release', event.releasedFen, event.clientOrderId);
    const orderReduced = {
      clientOrderId: event.clientOrderId,
      marketId: event.marketId,
      seq,
      releasedFen: event.releasedFen,
      remainingFen: event.remainingFen,
    };
    const { connId, requestId } = pending;
    deliveries.push(() => this.#out().reply(connId, { requestId, orderReduced }));
  }

  /** A tranche missed its minimum funded share by its deadline: every fill goes back. */
  #applyExpired(
    event: Extract<MarketEvent, { type: 'tranche_expired' }>,
    seq: number,
    deliveries: Delivery[],
  ): void {
    for (const refund of event.refunds) {
      const transferId = derivedId('refund', refund.fillId);
      const code = this.#deps.ledger.disburse(
        transferId,
        event.trancheId,
        refund.lenderId,
        refund.amountFen,
      );
      assert(code === Code.OK, `refund ${transferId} failed with ${code}`);
      this.#movement(refund.lenderId, 'refund', refund.amountFen, event.trancheId);
    }
    this.#notes.delete(event.trancheId);
    this.#state?.trancheClosed(event.trancheId);
    const tranche = this.#tranches.get(event.trancheId);
    this.#tranches.delete(event.trancheId);
    if (tranche !== undefined)
      this.#trancheFact(event.trancheId, tranche, event.filledFen, 'expired');
    const trancheUpdate: lending.v1.ITrancheUpdate = {
      trancheId: event.trancheId,
      marketId: event.marketId,
      state: 4,
      amountFen: event.amountFen,
      fundedFen: event.filledFen,
      maxRateBps: tranche?.maxRateBps ?? 0,
      timeMs: this.#deps.clock.nowMs(),
      deadlineMs: tranche?.deadlineMs ?? 0,
      seq,
    };
    this.#publishTranche(trancheUpdate, true, deliveries);
  }

  /** Loan time of the batch being settled, so a replay dates a loan as the first run did. */
  #loanNowMs(): number {
    const clock = this.#deps.loanClock ?? this.#deps.clock;
    const batchMs = this.#batchMs;
    if (batchMs !== undefined && clock.atMs !== undefined) return clock.atMs(batchMs);
    return clock.nowMs();
  }

  /** A custody bank movement for analytics (资金存管); the user leaves only as a reference. */
  #custodyFact(
    transferId: string,
    userId: string,
    direction: 'deposit' | 'withdrawal',
    amountFen: number,
  ): void {
    this.#fact('custody_movements', {
      movement_id: transferId,
      user_ref: this.#ref(userId),
      direction,
      amount_fen: amountFen,
      // Operator deposits and withdrawals name no card; registered cards stay in the user store.
      bank_card_masked: '',
      status: 'settled',
      time_ms: this.#deps.clock.nowMs(),
    });
  }

  #fact<T extends TableName>(table: T, row: RowOf<T>): void {
    const code = this.#deps.facts.addFact(table, row);
    if (code !== Code.OK) this.#deps.onError(`fact sink refused a ${table} row`, code);
  }

  /** The daily loan tick (reminders, automatic repayment, overdue, 代偿); call it often. */
  tickLoans(): void {
    this.#money.tickIfNewDay();
  }

  #marketInfos(): lending.v1.IMarketInfo[] {
    const rules = this.#deps.marketRules ?? defaultMarketRules;
    return this.#deps.markets.map((marketId) => {
      const [term = '0', grade = ''] = marketId.split(':');
      return {
        marketId,
        termMonths: Number.parseInt(term, 10),
        grade,
        minTicketFen: rules.minTicketFen,
        lenderShareMaxBps: rules.lenderShareMaxBps,
        minFundedShareBps: rules.minFundedShareBps,
      };
    });
  }

  /**
   * A changed phone or bank card: stored masked (for registered users; operator-issued
   * identities have no stored profile) and reported to the fraud rules, which watch for a card
   * change just before a withdrawal. The card itself leaves only as a salted reference.
   */
  #updateProfile(
    session: Session,
    requestId: number,
    command: Extract<BusinessCommand, { kind: 'update_profile' }>,
  ): void {
    const phoneMasked = command.phone === '' ? '' : maskPhone(command.phone);
    const bankCardMasked = command.bankCard === '' ? '' : maskTail(command.bankCard);
    const change = {
      ...(phoneMasked === '' ? {} : { phoneMasked }),
      ...(bankCardMasked === '' ? {} : { bankCardMasked }),
    };
    const stored = this.#deps.profiles?.updateContact(session.userId, change);
    (stored ?? Promise.resolve(Code.USER_NOT_FOUND)).then(
      (code) => {
        if (code !== Code.OK && code !== Code.USER_NOT_FOUND) {
          this.#reject(session.connId, requestId, code);
          return;
        }
        const device = { deviceId: session.deviceId, ip: session.ip };
        if (phoneMasked !== '')
          this.#event(session.userId, 'profile_change', { ...device, profileField: 'phone' });
        if (bankCardMasked !== '') {
          const cardId = this.#userRef(`card:${command.bankCard}`);
          this.#event(session.userId, 'profile_change', {
            ...device,
            profileField: 'card',
            cardId,
          });
        }
        this.#out().reply(session.connId, {
          requestId,
          profileUpdated: { phoneMasked, bankCardMasked },
        });
      },
      (error: unknown) => {
        this.#deps.onError('profile update failed', error);
        this.#reject(session.connId, requestId, Code.SERVICE_UNAVAILABLE, 'profile store');
      },
    );
  }

  /** A block decision of the risk pipeline: frozen at once, and shown to the officers. */
  freezeFromRisk(accountId: string): void {
    this.freezeAccount(accountId);
    this.#deps.riskDesk?.noteFreeze(accountId, true, 'risk rules');
    const accountStatus: lending.v1.IAccountStatus = {
      userId: accountId,
      frozen: true,
      by: 'risk-engine',
      reason: 'risk rules',
      timeMs: this.#deps.clock.nowMs(),
    };
    this.#out().publish(topics.alerts, { accountStatus });
  }

  /** An officer's freeze: every market at once, answered and shown to the other officers. */
  #officerFreeze(
    session: Session,
    requestId: number,
    command: Extract<BusinessCommand, { kind: 'freeze' }>,
  ): void {
    this.freezeAccount(command.userId, command.frozen);
    this.#deps.riskDesk?.noteFreeze(command.userId, command.frozen, command.reason);
    const accountStatus: lending.v1.IAccountStatus = {
      userId: command.userId,
      frozen: command.frozen,
      by: session.userId,
      reason: command.reason,
      timeMs: this.#deps.clock.nowMs(),
    };
    this.#out().reply(session.connId, { requestId, accountStatus });
    this.#out().publish(topics.alerts, { accountStatus });
  }

  #riskDesk(session: Session, requestId: number, command: DeskCommand): void {
    const desk = this.#deps.riskDesk;
    const { connId, userId } = session;
    if (desk === undefined) {
      this.#reject(connId, requestId, Code.SERVICE_UNAVAILABLE, 'no risk desk');
      return;
    }
    const answer = (result: DeskAnswer): void => {
      if ('message' in result) this.#out().reply(connId, { ...result.message, requestId });
      else this.#reject(connId, requestId, result.code, result.detail);
    };
    this.#deskCall(desk, userId, command).then(answer, (error: unknown) => {
      this.#deps.onError(`risk desk ${command.kind} failed`, error);
      this.#reject(connId, requestId, Code.SERVICE_UNAVAILABLE, command.kind);
    });
  }

  #deskCall(desk: RiskDesk, userId: string, command: DeskCommand): Promise<DeskAnswer> {
    switch (command.kind) {
      case 'case_action':
        return desk.caseAction(userId, command);
      case 'propose_config':
        return desk.propose(userId, command.configJson, command.note);
      case 'decide_config':
        return desk.decide(userId, command.proposalId, command.approve, command.note);
      case 'get_cases':
        return desk.cases(command.state, command.limit);
      case 'get_risk_overview':
        return desk.overview();
      case 'get_rule_configs':
        return desk.configs();
      case 'backtest':
        return desk.backtest(command.configJson);
    }
  }

  async #prove(reference: string, userId: string): Promise<lending.v1.ILedgerProof | undefined> {
    const entryIndex = this.#entries.get(`${userId}\u0000${reference}`);
    if (entryIndex === undefined) return undefined;
    await this.#deps.ledger.flush();
    const last = this.#deps.ledger.entryCount() - 1;
    // Bounded proofs: against the head at most proofLinksMax entries later.
    const headIndex = Math.min(last, entryIndex + limits.proofLinksMax);
    const proof = await proveEntry(this.#deps.ledgerDir, entryIndex, headIndex);
    if (proof === undefined) return undefined;
    return { reference, ...proof, links: [...proof.links] };
  }

  #ref(userId: string): string {
    return this.#userRef(userId);
  }

  #out(): Outbound {
    assert(this.#outbound !== undefined, 'backend used before attach()');
    return this.#outbound;
  }

  #hostOrThrow(): MatchingHost {
    assert(this.#host !== undefined, 'backend used before attach()');
    return this.#host;
  }
}

/**
 * Ledger ids derived from market ids, deterministic so a replay derives the same ones. Short
 * parts are joined readably and unambiguously (each part but the last carries its length);
 * when that would pass the ledger's 64-character id limit, a 128-bit hash stands in. Most ids
 * take the cheap path: hashing every order cost about 4% of the gateway's thread.
 */
export function derivedId(prefix: string, ...parts: string[]): string {
  let joined = prefix;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] ?? '';
    joined += index === parts.length - 1 ? `:${part}` : `:${part.length}.${part}`;
  }
  if (joined.length <= limits.idCharsMax) return joined;
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${prefix}#${digest.slice(0, 32)}`;
}

/** Resting orders per lender, kept from the engine's events, for the per-user cap. */
class OpenOrders {
  readonly #byUser = new Map<string, Set<string>>();

  count(userId: string): number {
    return this.#byUser.get(userId)?.size ?? 0;
  }

  add(userId: string, clientOrderId: string): void {
    let set = this.#byUser.get(userId);
    if (set === undefined) this.#byUser.set(userId, (set = new Set()));
    set.add(clientOrderId);
  }

  remove(userId: string, clientOrderId: string): void {
    const set = this.#byUser.get(userId);
    set?.delete(clientOrderId);
    if (set?.size === 0) this.#byUser.delete(userId);
  }

  has(userId: string, clientOrderId: string): boolean {
    return this.#byUser.get(userId)?.has(clientOrderId) === true;
  }

  /** Every open order as [user id, client order id] (a copy: safe to change while iterating). */
  entries(): [string, string][] {
    const all: [string, string][] = [];
    for (const [userId, set] of this.#byUser) {
      for (const clientOrderId of set) all.push([userId, clientOrderId]);
    }
    return all;
  }
}

/** Who gets a command's answer: its sender and any resends that joined it in flight. */
function answered(pending: Pending): { connId: number; requestId: number }[] {
  return [{ connId: pending.connId, requestId: pending.requestId }, ...(pending.echoes ?? [])];
}

/** A map that forgets its oldest keys past a bound (insertion order). */
class BoundedIndex {
  readonly #map = new Map<string, number>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  get(key: string): number | undefined {
    return this.#map.get(key);
  }

  set(key: string, value: number): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) {
      const oldest = this.#map.keys().next();
      if (oldest.done !== true) this.#map.delete(oldest.value);
    }
  }
}

function noop(): void {}

/** Salted refs of the most active users: a sha256 per analytics row cost the gateway CPU. */
const refsRememberedMax = 100_000;

/** `make`, with its answers kept for up to `max` keys (forgotten all at once past it). */
function remembered(make: (key: string) => string, max: number): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= max) known.clear();
      value = make(key);
      known.set(key, value);
    }
    return value;
  };
}

/** Market ids name their term: `12M:A` is twelve months. */
function termOf(marketId: string): number {
  return Number(/^(\d+)M:/.exec(marketId)?.[1] ?? 0);
}

export function holdIdOf(userId: string, clientOrderId: string): string {
  return derivedId('hold', userId, clientOrderId);
}

function orderState(state: 'resting' | 'filled' | 'cancelled'): lending.v1.OrderState {
  return state === 'resting' ? 1 : state === 'filled' ? 2 : 3;
}

function toBookUpdate(book: BookSnapshot): lending.v1.IBookUpdate {
  return { marketId: book.marketId, seq: book.seq, lend: book.lend, tranches: book.tranches };
}
