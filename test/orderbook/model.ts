/**
 * A naive reference model of one market, written to be obviously correct rather than fast:
 * plain arrays of every order and tranche ever accepted, and a filter + sort on every match,
 * every expiry sweep and every freeze. Shares (lender cap, minimum funded share) are computed
 * with bigint, the cap's usage is summed from the tranche's list of fills.
 * The property test runs the same random commands through it and through the engine and
 * requires identical outcomes (every event, field by field) and identical books.
 */
import {
  Code,
  checkAmountFen,
  checkRateBps,
  isValidId,
  limits,
  type ResultCode,
} from '../../src/shared/index.js';
import type {
  AllocationRule,
  BookLevel,
  BookSnapshot,
  CommandOutcome,
  MarketCommand,
  MarketEvent,
  OrderState,
  TrancheRefund,
} from '../../src/orderbook/index.js';

const NONE = Number.MAX_SAFE_INTEGER;

interface ModelOrder {
  lenderId: string;
  clientOrderId: string;
  amountFen: number;
  placedRateBps: number;
  rateBps: number;
  tif: string;
  seq: number;
  prioritySeq: number;
  expiresAtMs: number;
  filledFen: number;
  reducedFen: number;
  open: boolean;
  acceptedFilledFen: number;
  acceptedState: OrderState;
}

interface ModelTranche {
  trancheId: string;
  borrowerId: string;
  amountFen: number;
  rateBps: number;
  seq: number;
  deadlineMs: number;
  filledFen: number;
  open: boolean;
  acceptedFilledFen: number;
  fills: TrancheRefund[];
}

export interface ModelRules {
  minTicketFen: number;
  lenderShareMaxBps: number;
  minFundedShareBps: number;
}

type Cmd<K extends MarketCommand['kind']> = Extract<MarketCommand, { kind: K }>;

function remaining(order: ModelOrder): number {
  return order.amountFen - order.filledFen - order.reducedFen;
}

function shareFloor(amountFen: number, bps: number): number {
  return Number((BigInt(amountFen) * BigInt(bps)) / 10_000n);
}

function shareCeil(amountFen: number, bps: number): number {
  return Number((BigInt(amountFen) * BigInt(bps) + 9_999n) / 10_000n);
}

export class ModelMarket {
  readonly orders: ModelOrder[] = [];
  readonly tranches: ModelTranche[] = [];
  readonly frozen: string[] = [];
  /** Closed orders and tranches, oldest first; past closedMax the oldest is forgotten. */
  readonly retired: (ModelOrder | ModelTranche)[] = [];
  lastSeq = 0;

  constructor(
    readonly marketId: string,
    readonly capacity: number,
    readonly rules: ModelRules = {
      minTicketFen: 1,
      lenderShareMaxBps: 10_000,
      minFundedShareBps: 10_000,
    },
    readonly closedMax: number = Number.MAX_SAFE_INTEGER,
  ) {}

  /** Remembers a closed entry; forgets the oldest one past closedMax. */
  private retire(item: ModelOrder | ModelTranche): void {
    this.retired.push(item);
    if (this.retired.length <= this.closedMax) return;
    const oldest = this.retired.shift();
    if (oldest === undefined) return;
    if ('lenderId' in oldest) this.orders.splice(this.orders.indexOf(oldest), 1);
    else this.tranches.splice(this.tranches.indexOf(oldest), 1);
  }

  apply(command: MarketCommand, nowMs: number): CommandOutcome {
    switch (command.kind) {
      case 'place':
        return this.place(command, nowMs);
      case 'list':
        return this.list(command, nowMs);
      case 'cancel':
        return this.cancel(command, nowMs);
      case 'reduce':
        return this.reduce(command, nowMs);
      case 'amend':
        return this.amend(command, nowMs);
      case 'freeze':
      case 'unfreeze':
        return this.freeze(command);
      case 'tick':
        return this.tick(command, nowMs);
      default:
        return reject((command as { ref: number }).ref, Code.INVALID_FIELD);
    }
  }

  snapshot(depth: number = limits.bookDepthLevels): BookSnapshot {
    const lend = levels(
      this.orders.filter((o) => o.open).map((o) => ({ rateBps: o.rateBps, left: remaining(o) })),
      depth,
      (a, b) => a - b,
    );
    const tranches = levels(
      this.tranches
        .filter((t) => t.open)
        .map((t) => ({ rateBps: t.rateBps, left: t.amountFen - t.filledFen })),
      depth,
      (a, b) => b - a,
    );
    return { marketId: this.marketId, seq: this.lastSeq, lend, tranches };
  }

  restingCount(): number {
    return this.orders.filter((o) => o.open).length + this.tranches.filter((t) => t.open).length;
  }

  private expiryCode(value: number | undefined, nowMs: number): ResultCode {
    if (value === undefined) return Code.OK;
    if (!Number.isSafeInteger(value)) return Code.INVALID_FIELD;
    return value > nowMs ? Code.OK : Code.EXPIRY_NOT_IN_FUTURE;
  }

  private placeCode(c: Cmd<'place'>, nowMs: number): ResultCode {
    if (c.marketId !== this.marketId) return Code.UNKNOWN_MARKET;
    if (!isValidId(c.lenderId) || !isValidId(c.clientOrderId)) return Code.INVALID_ORDER_ID;
    const amountCode = checkAmountFen(c.amountFen);
    if (amountCode !== Code.OK) return amountCode;
    const rateCode = checkRateBps(c.minRateBps);
    if (rateCode !== Code.OK) return rateCode;
    if (c.tif !== 'GTC' && c.tif !== 'IOC' && c.tif !== 'FOK') return Code.TIME_IN_FORCE_INVALID;
    const expiry = this.expiryCode(c.expiresAtMs, nowMs);
    if (expiry !== Code.OK) return expiry;
    if (this.frozen.includes(c.lenderId)) return Code.ACCOUNT_FROZEN;
    if (c.amountFen < this.rules.minTicketFen) return Code.BELOW_MIN_TICKET;
    if (this.restingCount() >= this.capacity) return Code.BOOK_FULL;
    return Code.OK;
  }

  /** What the rules let one fill move between this lender's order and this tranche. */
  private allowed(lenderId: string, orderLeft: number, tranche: ModelTranche): number {
    const trancheLeft = tranche.amountFen - tranche.filledFen;
    let amount = Math.min(orderLeft, trancheLeft);
    if (this.rules.lenderShareMaxBps < 10_000) {
      const used = tranche.fills
        .filter((f) => f.lenderId === lenderId)
        .reduce((sum, f) => sum + f.amountFen, 0);
      amount = Math.min(amount, shareFloor(tranche.amountFen, this.rules.lenderShareMaxBps) - used);
    }
    if (amount <= 0) return 0;
    if (amount < this.rules.minTicketFen && amount !== trancheLeft) return 0;
    return amount;
  }

  private trancheCandidates(order: ModelOrder, nowMs: number): ModelTranche[] {
    return this.tranches
      .filter(
        (t) =>
          t.open &&
          t.rateBps >= order.rateBps &&
          t.borrowerId !== order.lenderId &&
          t.deadlineMs > nowMs,
      )
      .sort((a, b) => b.rateBps - a.rateBps || a.seq - b.seq);
  }

  private place(c: Cmd<'place'>, nowMs: number): CommandOutcome {
    const code = this.placeCode(c, nowMs);
    if (code !== Code.OK) return reject(c.ref, code);
    const old = this.orders.find(
      (o) => o.lenderId === c.lenderId && o.clientOrderId === c.clientOrderId,
    );
    if (old !== undefined) {
      const same =
        old.amountFen === c.amountFen &&
        old.placedRateBps === c.minRateBps &&
        old.tif === c.tif &&
        old.expiresAtMs === (c.expiresAtMs ?? NONE);
      if (!same) return reject(c.ref, Code.DUPLICATE_ORDER_ID);
      return { ref: c.ref, seq: old.seq, code: Code.OK, events: [this.accepted(old)] };
    }
    const order: ModelOrder = {
      lenderId: c.lenderId,
      clientOrderId: c.clientOrderId,
      amountFen: c.amountFen,
      placedRateBps: c.minRateBps,
      rateBps: c.minRateBps,
      tif: c.tif,
      seq: this.lastSeq + 1,
      prioritySeq: this.lastSeq + 1,
      expiresAtMs: c.expiresAtMs ?? NONE,
      filledFen: 0,
      reducedFen: 0,
      open: false,
      acceptedFilledFen: 0,
      acceptedState: 'resting',
    };
    if (c.tif === 'FOK') {
      let left = c.amountFen;
      for (const t of this.trancheCandidates(order, nowMs))
        left -= this.allowed(c.lenderId, left, t);
      if (left > 0) return reject(c.ref, Code.FOK_NOT_FILLABLE);
    }
    this.lastSeq += 1;
    this.orders.push(order);
    const events = this.matchOrder(order, nowMs);
    const rest = remaining(order);
    if (rest === 0) {
      order.acceptedState = 'filled';
      events.push(this.closed(order, 0, 'filled'));
    } else if (c.tif === 'GTC') {
      order.acceptedState = 'resting';
      order.open = true;
    } else {
      order.acceptedState = 'cancelled';
      events.push(this.closed(order, rest, 'ioc_remainder'));
    }
    order.acceptedFilledFen = order.filledFen;
    return { ref: c.ref, seq: order.seq, code: Code.OK, events: [this.accepted(order), ...events] };
  }

  /** A lend order (new or amended) against the resting tranches. */
  private matchOrder(order: ModelOrder, nowMs: number): MarketEvent[] {
    const events: MarketEvent[] = [];
    let n = 0;
    for (const tranche of this.trancheCandidates(order, nowMs)) {
      if (remaining(order) === 0) break;
      const amount = this.allowed(order.lenderId, remaining(order), tranche);
      if (amount === 0) continue;
      n += 1;
      events.push(this.fill(order, tranche, false, amount, n, nowMs));
      if (tranche.filledFen === tranche.amountFen) {
        tranche.open = false;
        events.push(this.funded(tranche, tranche.amountFen, 'fully_funded'));
      }
    }
    return events;
  }

  private openOrder(c: Cmd<'cancel' | 'reduce' | 'amend'>, nowMs: number): ModelOrder | ResultCode {
    if (c.marketId !== this.marketId) return Code.UNKNOWN_MARKET;
    if (!isValidId(c.lenderId) || !isValidId(c.clientOrderId)) return Code.INVALID_ORDER_ID;
    const order = this.orders.find(
      (o) =>
        o.lenderId === c.lenderId &&
        o.clientOrderId === c.clientOrderId &&
        o.open &&
        o.expiresAtMs > nowMs,
    );
    return order ?? Code.ORDER_NOT_FOUND;
  }

  private cancel(c: Cmd<'cancel'>, nowMs: number): CommandOutcome {
    const order = this.openOrder(c, nowMs);
    if (typeof order === 'number') return reject(c.ref, order);
    this.lastSeq += 1;
    order.open = false;
    const events = [this.closed(order, remaining(order), 'cancelled')];
    return { ref: c.ref, seq: this.lastSeq, code: Code.OK, events };
  }

  private reduce(c: Cmd<'reduce'>, nowMs: number): CommandOutcome {
    const order = this.openOrder(c, nowMs);
    if (typeof order === 'number') return reject(c.ref, order);
    const amountCode = checkAmountFen(c.reduceByFen);
    if (amountCode !== Code.OK) return reject(c.ref, amountCode);
    this.lastSeq += 1;
    if (c.reduceByFen >= remaining(order)) {
      order.open = false;
      const events = [this.closed(order, remaining(order), 'cancelled')];
      return { ref: c.ref, seq: this.lastSeq, code: Code.OK, events };
    }
    order.reducedFen += c.reduceByFen;
    const event: MarketEvent = {
      type: 'order_reduced',
      marketId: this.marketId,
      lenderId: order.lenderId,
      clientOrderId: order.clientOrderId,
      releasedFen: c.reduceByFen,
      remainingFen: remaining(order),
    };
    return { ref: c.ref, seq: this.lastSeq, code: Code.OK, events: [event] };
  }

  private amend(c: Cmd<'amend'>, nowMs: number): CommandOutcome {
    const order = this.openOrder(c, nowMs);
    if (typeof order === 'number') return reject(c.ref, order);
    const rateCode = checkRateBps(c.minRateBps);
    if (rateCode !== Code.OK) return reject(c.ref, rateCode);
    this.lastSeq += 1;
    order.open = false;
    order.rateBps = c.minRateBps;
    order.prioritySeq = this.lastSeq;
    const events = this.matchOrder(order, nowMs);
    if (remaining(order) === 0) events.push(this.closed(order, 0, 'filled'));
    else order.open = true;
    const amended: MarketEvent = {
      type: 'order_amended',
      marketId: this.marketId,
      lenderId: order.lenderId,
      clientOrderId: order.clientOrderId,
      minRateBps: order.rateBps,
      remainingFen: remaining(order),
    };
    return { ref: c.ref, seq: this.lastSeq, code: Code.OK, events: [amended, ...events] };
  }

  private freeze(c: Cmd<'freeze' | 'unfreeze'>): CommandOutcome {
    if (c.marketId !== this.marketId) return reject(c.ref, Code.UNKNOWN_MARKET);
    if (!isValidId(c.accountId)) return reject(c.ref, Code.INVALID_ORDER_ID);
    this.lastSeq += 1;
    const frozen = c.kind === 'freeze';
    const events: MarketEvent[] = [
      { type: 'account_status', marketId: this.marketId, accountId: c.accountId, frozen },
    ];
    const index = this.frozen.indexOf(c.accountId);
    if (frozen) {
      if (index === -1) this.frozen.push(c.accountId);
      const mine = this.orders
        .filter((o) => o.open && o.lenderId === c.accountId)
        .sort((a, b) => a.seq - b.seq);
      for (const order of mine) {
        order.open = false;
        events.push(this.closed(order, remaining(order), 'frozen'));
      }
    } else if (index !== -1) {
      this.frozen.splice(index, 1);
    }
    return { ref: c.ref, seq: this.lastSeq, code: Code.OK, events };
  }

  private tick(c: Cmd<'tick'>, nowMs: number): CommandOutcome {
    if (c.marketId !== this.marketId) return reject(c.ref, Code.UNKNOWN_MARKET);
    const due = [
      ...this.orders.filter((o) => o.open && o.expiresAtMs <= nowMs),
      ...this.tranches.filter((t) => t.open && t.deadlineMs <= nowMs),
    ].sort((a, b) => expiryOf(a) - expiryOf(b) || a.seq - b.seq);
    const events: MarketEvent[] = [];
    for (const item of due) {
      item.open = false;
      if ('lenderId' in item) {
        events.push(this.closed(item, remaining(item), 'expired'));
        continue;
      }
      const minFundedFen = shareCeil(item.amountFen, this.rules.minFundedShareBps);
      if (item.filledFen > 0 && item.filledFen >= minFundedFen) {
        events.push(this.funded(item, item.filledFen, 'deadline'));
        continue;
      }
      this.retire(item);
      events.push({
        type: 'tranche_expired',
        marketId: this.marketId,
        trancheId: item.trancheId,
        borrowerId: item.borrowerId,
        amountFen: item.amountFen,
        filledFen: item.filledFen,
        minFundedFen,
        refunds: item.fills.map((f) => ({ ...f })),
      });
    }
    if (events.length === 0) return { ref: c.ref, seq: 0, code: Code.OK, events };
    this.lastSeq += 1;
    return { ref: c.ref, seq: this.lastSeq, code: Code.OK, events };
  }

  private listCode(c: Cmd<'list'>, nowMs: number): ResultCode {
    if (c.marketId !== this.marketId) return Code.UNKNOWN_MARKET;
    if (!isValidId(c.trancheId) || !isValidId(c.borrowerId)) return Code.INVALID_ORDER_ID;
    const amountCode = checkAmountFen(c.amountFen);
    if (amountCode !== Code.OK) return amountCode;
    const rateCode = checkRateBps(c.maxRateBps);
    if (rateCode !== Code.OK) return rateCode;
    const deadline = this.expiryCode(c.deadlineMs, nowMs);
    if (deadline !== Code.OK) return deadline;
    if (this.frozen.includes(c.borrowerId)) return Code.ACCOUNT_FROZEN;
    if (this.restingCount() >= this.capacity) return Code.BOOK_FULL;
    return Code.OK;
  }

  private list(c: Cmd<'list'>, nowMs: number): CommandOutcome {
    const code = this.listCode(c, nowMs);
    if (code !== Code.OK) return reject(c.ref, code);
    const old = this.tranches.find((t) => t.trancheId === c.trancheId);
    if (old !== undefined) {
      const same =
        old.borrowerId === c.borrowerId &&
        old.amountFen === c.amountFen &&
        old.rateBps === c.maxRateBps &&
        old.deadlineMs === (c.deadlineMs ?? NONE);
      if (!same) return reject(c.ref, Code.TRANCHE_EXISTS);
      return { ref: c.ref, seq: old.seq, code: Code.OK, events: [this.listed(old)] };
    }
    this.lastSeq += 1;
    const tranche: ModelTranche = {
      trancheId: c.trancheId,
      borrowerId: c.borrowerId,
      amountFen: c.amountFen,
      rateBps: c.maxRateBps,
      seq: this.lastSeq,
      deadlineMs: c.deadlineMs ?? NONE,
      filledFen: 0,
      open: false,
      acceptedFilledFen: 0,
      fills: [],
    };
    this.tranches.push(tranche);
    const candidates = this.orders
      .filter(
        (o) =>
          o.open &&
          o.rateBps <= c.maxRateBps &&
          o.lenderId !== c.borrowerId &&
          o.expiresAtMs > nowMs,
      )
      .sort((a, b) => a.rateBps - b.rateBps || a.prioritySeq - b.prioritySeq);
    const events: MarketEvent[] = [];
    let n = 0;
    for (const order of candidates) {
      if (tranche.filledFen === tranche.amountFen) break;
      const amount = this.allowed(order.lenderId, remaining(order), tranche);
      if (amount === 0) continue;
      n += 1;
      events.push(this.fill(order, tranche, true, amount, n, nowMs));
      if (remaining(order) === 0) {
        order.open = false;
        events.push(this.closed(order, 0, 'filled'));
      }
    }
    if (tranche.filledFen === tranche.amountFen) {
      events.push(this.funded(tranche, tranche.amountFen, 'fully_funded'));
    } else tranche.open = true;
    tranche.acceptedFilledFen = tranche.filledFen;
    return {
      ref: c.ref,
      seq: tranche.seq,
      code: Code.OK,
      events: [this.listed(tranche), ...events],
    };
  }

  private fill(
    order: ModelOrder,
    tranche: ModelTranche,
    restingIsOrder: boolean,
    amountFen: number,
    n: number,
    nowMs: number,
  ): MarketEvent {
    const trancheBefore = tranche.amountFen - tranche.filledFen;
    const orderBefore = remaining(order);
    const rule: AllocationRule =
      amountFen === trancheBefore
        ? 'tranche_remaining'
        : amountFen === orderBefore
          ? 'order_remaining'
          : 'lender_cap';
    order.filledFen += amountFen;
    tranche.filledFen += amountFen;
    const fillId = `${this.marketId}:${this.lastSeq}:${n}`;
    tranche.fills.push({
      fillId,
      lenderId: order.lenderId,
      clientOrderId: order.clientOrderId,
      amountFen,
    });
    const rateBps = restingIsOrder ? order.rateBps : tranche.rateBps;
    const restingSeq = restingIsOrder ? order.prioritySeq : tranche.seq;
    const orderLeft = remaining(order);
    const trancheLeft = tranche.amountFen - tranche.filledFen;
    const ticket = this.rules.minTicketFen;
    const ruleText =
      rule === 'order_remaining'
        ? "amount set by the order's remaining amount"
        : rule === 'lender_cap'
          ? `amount set by the lender cap of ${this.rules.lenderShareMaxBps} bps of the loan`
          : amountFen < ticket
            ? `amount set by the tranche's remaining need (completes it, so the ${ticket} fen ` +
              'minimum ticket is waived)'
            : "amount set by the tranche's remaining need";
    const explanation =
      `filled ${amountFen} fen at ${rateBps} bps, ` +
      (restingIsOrder ? "the resting order's rate" : "the resting tranche's rate") +
      ` (price-time priority: best rate ${rateBps} bps, ` +
      `${restingIsOrder ? 'placed' : 'listed'} at seq ${restingSeq}); ${ruleText}; ` +
      (orderLeft === 0 ? 'order now fully filled' : `order has ${orderLeft} fen left`) +
      '; ' +
      (trancheLeft === 0 ? 'tranche now fully funded' : `tranche needs ${trancheLeft} fen more`);
    return {
      type: 'fill',
      fillId,
      marketId: this.marketId,
      trancheId: tranche.trancheId,
      borrowerId: tranche.borrowerId,
      lenderId: order.lenderId,
      clientOrderId: order.clientOrderId,
      amountFen,
      rateBps,
      orderRemainingFen: orderLeft,
      trancheRemainingFen: trancheLeft,
      timeMs: nowMs,
      rule,
      restingSide: restingIsOrder ? 'order' : 'tranche',
      restingSeq,
      explanation,
    };
  }

  private accepted(order: ModelOrder): MarketEvent {
    return {
      type: 'accepted',
      marketId: this.marketId,
      lenderId: order.lenderId,
      clientOrderId: order.clientOrderId,
      amountFen: order.amountFen,
      filledFen: order.acceptedFilledFen,
      restingFen: order.acceptedState === 'resting' ? order.amountFen - order.acceptedFilledFen : 0,
      state: order.acceptedState,
    };
  }

  private listed(tranche: ModelTranche): MarketEvent {
    return {
      type: 'tranche_listed',
      marketId: this.marketId,
      trancheId: tranche.trancheId,
      borrowerId: tranche.borrowerId,
      amountFen: tranche.amountFen,
      maxRateBps: tranche.rateBps,
      filledFen: tranche.acceptedFilledFen,
    };
  }

  private funded(
    tranche: ModelTranche,
    amountFen: number,
    reason: 'fully_funded' | 'deadline',
  ): MarketEvent {
    this.retire(tranche);
    return {
      type: 'tranche_funded',
      marketId: this.marketId,
      trancheId: tranche.trancheId,
      borrowerId: tranche.borrowerId,
      amountFen,
      reason,
    };
  }

  private closed(
    order: ModelOrder,
    releasedFen: number,
    reason: 'cancelled' | 'ioc_remainder' | 'filled' | 'expired' | 'frozen',
  ): MarketEvent {
    this.retire(order);
    return {
      type: 'order_closed',
      marketId: this.marketId,
      lenderId: order.lenderId,
      clientOrderId: order.clientOrderId,
      releasedFen,
      reason,
    };
  }
}

function expiryOf(item: ModelOrder | ModelTranche): number {
  return 'lenderId' in item ? item.expiresAtMs : item.deadlineMs;
}

function reject(ref: number, code: ResultCode): CommandOutcome {
  return { ref, seq: 0, code, events: [] };
}

function levels(
  entries: { rateBps: number; left: number }[],
  depth: number,
  order: (a: number, b: number) => number,
): BookLevel[] {
  const rates = [...new Set(entries.map((e) => e.rateBps))].sort(order).slice(0, depth);
  return rates.map((rateBps) => {
    const at = entries.filter((e) => e.rateBps === rateBps);
    const amountFen = at.reduce((sum, e) => sum + e.left, 0);
    return { rateBps, amountFen, count: at.length };
  });
}
