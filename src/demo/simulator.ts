/**
 * The demo's simulated marketplace, over the real protocol through the SDK: lenders placing
 * orders around the rates tranches offer, borrowers applying with LendingClub credit files and
 * repaying (some stop paying), and a few fraudsters: accounts sharing one device, structured
 * deposits just under the reporting threshold followed by a withdrawal, a bank card changed
 * just before a withdrawal, and a bidder far too fast. Seeded; bounded by a duration and an
 * action count; stops early on the abort signal.
 */
import { LendingClient, lending, type ServerMessage } from '../client/index.js';
import { issueToken, type Role } from '../gateway/index.js';
import { loadCreditSample, seededRandom } from './credit.js';

const v1 = lending.v1;

export interface SimulationOptions {
  wsUrl: string;
  secret: Buffer;
  seed: number;
  durationMs: number;
  actionsMax: number;
  /** Wall clock for token expiry and pacing. */
  nowMs: () => number;
  signal: AbortSignal;
  progress: (line: string) => void;
  /** Prefix of every simulated user id, so two runs on one data folder do not collide. */
  prefix: string;
  /** Pause between actions. */
  tickMs?: number;
}

export interface SimulationReport {
  actions: number;
  counts: Record<string, number>;
  rejects: Record<string, number>;
}

interface Market {
  marketId: string;
  maxRateBps: number;
}

const lendersCount = 8;
const borrowersCount = 8;
/** Borrowers from this index on stop paying: their loans go overdue. */
const defaultersFrom = 6;
const fraudDevice = 'demo-shared-phone';

export class Simulation {
  readonly #options: SimulationOptions;
  readonly #random: () => number;
  readonly #clients = new Map<string, LendingClient>();
  readonly #report: SimulationReport = { actions: 0, counts: {}, rejects: {} };
  readonly #markets = new Map<string, Market>();
  readonly #credit = loadCreditSample();
  #applications = 0;
  #sequence = 0;

  constructor(options: SimulationOptions) {
    this.#options = options;
    this.#random = seededRandom(options.seed);
  }

  get report(): SimulationReport {
    return this.#report;
  }

  async run(): Promise<SimulationReport> {
    const started = this.#options.nowMs();
    const progress = setInterval(() => this.#progress(started), 5_000);
    try {
      await this.#setup();
      const fraud = [3_000, 6_000, 9_000, 12_000];
      while (!this.#done(started)) {
        const elapsed = this.#options.nowMs() - started;
        while (fraud.length > 0 && (fraud[0] ?? 0) <= elapsed)
          await this.#fraud(fraud.shift() ?? 0);
        await this.#step();
        await new Promise((resolve) => setTimeout(resolve, this.#options.tickMs ?? 100));
      }
    } finally {
      clearInterval(progress);
      this.#progress(started);
      for (const client of this.#clients.values()) await client.close().catch(() => undefined);
    }
    return this.#report;
  }

  #done(started: number): boolean {
    return (
      this.#options.signal.aborted ||
      this.#report.actions >= this.#options.actionsMax ||
      this.#options.nowMs() - started >= this.#options.durationMs
    );
  }

  #progress(started: number): void {
    const seconds = Math.round((this.#options.nowMs() - started) / 1000);
    const counts = Object.entries(this.#report.counts)
      .map(([name, count]) => `${name}=${count}`)
      .join(' ');
    const rejects = Object.values(this.#report.rejects).reduce((a, b) => a + b, 0);
    this.#options.progress(
      `demo t=${seconds}s actions=${this.#report.actions} ${counts} rejects=${rejects}`,
    );
  }

  #count(name: string, by = 1): void {
    this.#report.counts[name] = (this.#report.counts[name] ?? 0) + by;
  }

  #id(kind: string): string {
    this.#sequence += 1;
    return `${this.#options.prefix}${kind}${this.#sequence}`;
  }

  #user(name: string): string {
    return `${this.#options.prefix}${name}`;
  }

  async #client(userId: string, role: Role, deviceId = `${userId}-device`): Promise<LendingClient> {
    const known = this.#clients.get(userId);
    if (known !== undefined) return known;
    const client = await LendingClient.connect(this.#options.wsUrl, { pushBufferMax: 0 });
    const token = issueToken(this.#options.secret, {
      userId,
      roles: [role],
      expiresAtMs: this.#options.nowMs() + 3_600_000,
    });
    const answer = await client.authenticate(token, deviceId);
    if (!answer.authenticated)
      throw new Error(`${userId} could not authenticate: ${answer.reject?.codeName}`);
    this.#clients.set(userId, client);
    return client;
  }

  /** Sends one command, counting it and any refusal by code (a refusal is not a failure). */
  async #ask(
    userId: string,
    role: Role,
    body: Parameters<LendingClient['request']>[0],
  ): Promise<ServerMessage> {
    this.#report.actions += 1;
    const answer = await (await this.#client(userId, role)).request(body);
    if (answer.reject) {
      const name = answer.reject.codeName ?? String(answer.reject.code);
      this.#report.rejects[name] = (this.#report.rejects[name] ?? 0) + 1;
    }
    return answer;
  }

  async #setup(): Promise<void> {
    const officer = await this.#client(this.#user('OFFICER'), 'risk_officer');
    await officer.request({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } });
    officer.onPush((message) => {
      if (message.alert) this.#count('alerts');
    });
    const admin = await this.#client(this.#user('ADMIN'), 'admin');
    await admin.request({ subscribe: { channel: v1.Channel.CHANNEL_TRANCHES } });
    admin.onPush((message) => this.#onTranche(message));
    for (let i = 1; i <= lendersCount; i += 1) {
      const lender = this.#user(`L${i}`);
      await this.#deposit(lender, 50_000_000);
      const client = await this.#client(lender, 'lender');
      await client.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS } });
      client.onPush((message) => {
        if (message.fill) this.#count('fills');
      });
    }
    for (let i = 1; i <= borrowersCount; i += 1) {
      const borrower = this.#user(`B${i}`);
      if (i > defaultersFrom) await this.#defaulter(borrower);
      else await this.#deposit(borrower, 3_000_000);
      await this.#apply(borrower);
    }
  }

  /**
   * A borrower who never pays: no savings, and each disbursement is withdrawn at once, so the
   * daily tick finds nothing to collect and the loan goes overdue.
   */
  async #defaulter(borrower: string): Promise<void> {
    const client = await this.#client(borrower, 'borrower');
    client.onPush((message) => {
      if (message.loanNotice?.kind === 'overdue') this.#count('overdue_notices');
      const movement = message.ledgerMovement;
      const availableFen = Number(movement?.availableFen ?? 0);
      if (movement?.kind !== 'disbursement' || availableFen <= 0) return;
      if (this.#options.signal.aborted) return;
      void this.#ask(borrower, 'borrower', {
        withdraw: { transferId: this.#id('WD'), amountFen: availableFen },
      }).then(
        (answer) => {
          if (answer.withdrawalAccepted) this.#count('defaulter_withdrawals');
        },
        () => undefined,
      );
    });
    await client.request({ subscribe: { channel: v1.Channel.CHANNEL_MY_LEDGER } });
  }

  #onTranche(message: ServerMessage): void {
    const update = message.trancheUpdate;
    if (!update) return;
    const state = update.state ?? 0;
    if (state === v1.TrancheState.TRANCHE_STATE_FUNDED) this.#count('funded');
    const marketId = update.marketId ?? '';
    if (
      state === v1.TrancheState.TRANCHE_STATE_LISTED ||
      state === v1.TrancheState.TRANCHE_STATE_PARTIALLY_FUNDED
    ) {
      this.#markets.set(marketId, { marketId, maxRateBps: update.maxRateBps ?? 1000 });
    }
  }

  async #deposit(userId: string, amountFen: number): Promise<void> {
    const answer = await this.#ask(this.#user('ADMIN'), 'admin', {
      deposit: { transferId: this.#id('DEP'), userId, amountFen },
    });
    if (answer.depositAccepted) this.#count('deposits');
  }

  /** A borrower applies; an application the model sends to review is approved by the officer. */
  async #apply(borrower: string): Promise<void> {
    this.#applications += 1;
    const credit = this.#credit[Math.floor(this.#random() * this.#credit.length)] ?? {};
    const terms = [12, 24, 36];
    const answer = await this.#ask(borrower, 'borrower', {
      applyForLoan: {
        applicationId: this.#id('APP'),
        amountFen: 1_000_000 + Math.floor(this.#random() * 40) * 100_000,
        termMonths: terms[Math.floor(this.#random() * terms.length)] ?? 36,
        ageYears: 25 + Math.floor(this.#random() * 30),
        occupation: 'engineer',
        annualIncomeFen: Math.round(Math.exp(credit.logAnnualInc ?? 11) * 100 * 7),
        credit,
      },
    });
    const decision = answer.applicationDecision;
    if (!decision) return;
    this.#count(`applications_${decision.decision ?? 'unknown'}`);
    if (decision.decision === 'review') {
      await this.#ask(this.#user('OFFICER'), 'risk_officer', {
        reviewApplication: {
          applicationId: decision.applicationId ?? '',
          approve: true,
          reason: 'demo',
        },
      });
    }
  }

  async #step(): Promise<void> {
    const roll = this.#random();
    if (roll < 0.65) return this.#lend();
    if (roll < 0.75 && this.#applications < 40) {
      return this.#apply(this.#user(`B${1 + Math.floor(this.#random() * borrowersCount)}`));
    }
    if (roll < 0.9) return this.#repay();
  }

  /** A lender bids in a market with open tranches, at or a little under the offered rate. */
  async #lend(): Promise<void> {
    const markets = [...this.#markets.values()];
    const market = markets[Math.floor(this.#random() * markets.length)];
    if (market === undefined) return;
    const lender = this.#user(`L${1 + Math.floor(this.#random() * lendersCount)}`);
    const minRateBps = Math.max(100, market.maxRateBps - Math.floor(this.#random() * 300));
    const answer = await this.#ask(lender, 'lender', {
      placeLendOrder: {
        clientOrderId: this.#id('O'),
        marketId: market.marketId,
        amountFen: 100_000 + Math.floor(this.#random() * 20) * 50_000,
        minRateBps,
      },
    });
    if (answer.orderAccepted) this.#count('orders');
  }

  /** A paying borrower pays the next instalment of each loan (defaulters never pay). */
  async #repay(): Promise<void> {
    const index = 1 + Math.floor(this.#random() * borrowersCount);
    if (index > defaultersFrom) return;
    const borrower = this.#user(`B${index}`);
    const answer = await this.#ask(borrower, 'borrower', { getLoans: { userId: '' } });
    for (const loan of answer.loans?.loans ?? []) {
      if (loan.status === 'settled') continue;
      const next = loan.schedule?.[0];
      const dueFen = Number(loan.dueNowFen ?? 0);
      const amountFen =
        dueFen > 0 ? dueFen : Number(next?.principalFen ?? 0) + Number(next?.interestFen ?? 0);
      if (amountFen <= 0) continue;
      const paid = await this.#ask(borrower, 'borrower', {
        repay: { transferId: this.#id('REP'), loanId: loan.loanId ?? '', amountFen },
      });
      if (paid.repaymentAccepted) this.#count('repayments');
    }
  }

  async #fraud(atMs: number): Promise<void> {
    if (atMs === 3_000) {
      // Three accounts sign in from one phone: device sharing.
      for (const name of ['F1', 'F2', 'F3'])
        await this.#client(this.#user(name), 'lender', fraudDevice);
      this.#count('fraud_shared_device');
    } else if (atMs === 6_000) {
      // Deposits just under the reporting threshold, then the money straight out again.
      const fraudster = this.#user('F4');
      for (let i = 0; i < 4; i += 1) await this.#deposit(fraudster, 4_700_000);
      await this.#ask(fraudster, 'lender', {
        withdraw: { transferId: this.#id('WD'), amountFen: 18_000_000 },
      });
      this.#count('fraud_structuring');
    } else if (atMs === 9_000) {
      await this.#fastBidder();
    } else {
      await this.#cardChangeThenWithdraw();
    }
  }

  /** A new bank card, then the money out at once: the classic account-takeover cash-out. */
  async #cardChangeThenWithdraw(): Promise<void> {
    const fraudster = this.#user('F6');
    await this.#deposit(fraudster, 3_000_000);
    await this.#ask(fraudster, 'lender', { updateProfile: { bankCard: '6222020200998877665' } });
    await this.#ask(fraudster, 'lender', {
      withdraw: { transferId: this.#id('WD'), amountFen: 2_900_000 },
    });
    this.#count('fraud_card_change_withdrawal');
  }

  /** Far more bids in the window than any person makes: resting orders far from the market. */
  async #fastBidder(): Promise<void> {
    const fraudster = this.#user('F5');
    await this.#deposit(fraudster, 5_000_000);
    const client = await this.#client(fraudster, 'lender');
    for (let batch = 0; batch < 11 && !this.#options.signal.aborted; batch += 1) {
      const bodies = Array.from({ length: 20 }, () => ({
        placeLendOrder: {
          clientOrderId: this.#id('FB'),
          marketId: '12M:A',
          amountFen: 1_000,
          minRateBps: 2_400,
        },
      }));
      this.#report.actions += bodies.length;
      await Promise.all(client.requestMany(bodies));
    }
    this.#count('fraud_fast_bids', 220);
  }
}
