/**
 * A naive reference model of one market, written to be obviously correct rather than fast:
 * plain arrays of every order and tranche ever accepted, and a filter + sort on every match.
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
  BookLevel,
  BookSnapshot,
  CommandOutcome,
  MarketCommand,
  MarketEvent,
  OrderState,
} from '../../src/orderbook/index.js';

interface ModelOrder {
  lenderId: string;
  clientOrderId: string;
  amountFen: number;
  rateBps: number;
  tif: string;
  seq: number;
  filledFen: number;
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
  filledFen: number;
  open: boolean;
  acceptedFilledFen: number;
}

type Place = Extract<MarketCommand, { kind: 'place' }>;
type List = Extract<MarketCommand, { kind: 'list' }>;

export class ModelMarket {
  readonly orders: ModelOrder[] = [];
  readonly tranches: ModelTranche[] = [];
  lastSeq = 0;

  constructor(
    readonly marketId: string,
    readonly capacity: number,
  ) {}

  apply(command: MarketCommand, nowMs: number): CommandOutcome {
    if (command.kind === 'place') return this.place(command, nowMs);
    if (command.kind === 'list') return this.list(command, nowMs);
    if (command.kind === 'cancel') return this.cancel(command);
    return reject((command as { ref: number }).ref, Code.INVALID_FIELD);
  }

  snapshot(depth: number = limits.bookDepthLevels): BookSnapshot {
    const lend = levels(
      this.orders.filter((o) => o.open),
      depth,
      (a, b) => a - b,
    );
    const tranches = levels(
      this.tranches.filter((t) => t.open),
      depth,
      (a, b) => b - a,
    );
    return { marketId: this.marketId, seq: this.lastSeq, lend, tranches };
  }

  restingCount(): number {
    return this.orders.filter((o) => o.open).length + this.tranches.filter((t) => t.open).length;
  }

  private common(amountFen: number, rateBps: number): ResultCode {
    const amountCode = checkAmountFen(amountFen);
    if (amountCode !== Code.OK) return amountCode;
    return checkRateBps(rateBps);
  }

  private place(c: Place, nowMs: number): CommandOutcome {
    if (c.marketId !== this.marketId) return reject(c.ref, Code.UNKNOWN_MARKET);
    if (!isValidId(c.lenderId) || !isValidId(c.clientOrderId)) {
      return reject(c.ref, Code.INVALID_ORDER_ID);
    }
    const code = this.common(c.amountFen, c.minRateBps);
    if (code !== Code.OK) return reject(c.ref, code);
    if (c.tif !== 'GTC' && c.tif !== 'IOC' && c.tif !== 'FOK') {
      return reject(c.ref, Code.TIME_IN_FORCE_INVALID);
    }
    if (this.restingCount() >= this.capacity) return reject(c.ref, Code.BOOK_FULL);
    const old = this.orders.find(
      (o) => o.lenderId === c.lenderId && o.clientOrderId === c.clientOrderId,
    );
    if (old !== undefined) {
      const same =
        old.amountFen === c.amountFen && old.rateBps === c.minRateBps && old.tif === c.tif;
      if (!same) return reject(c.ref, Code.DUPLICATE_ORDER_ID);
      return { ref: c.ref, seq: old.seq, code: Code.OK, events: [this.accepted(old)] };
    }
    const candidates = this.tranches
      .filter((t) => t.open && t.rateBps >= c.minRateBps && t.borrowerId !== c.lenderId)
      .sort((a, b) => b.rateBps - a.rateBps || a.seq - b.seq);
    const available = candidates.reduce((sum, t) => sum + (t.amountFen - t.filledFen), 0);
    if (c.tif === 'FOK' && available < c.amountFen) return reject(c.ref, Code.FOK_NOT_FILLABLE);
    this.lastSeq += 1;
    const order: ModelOrder = {
      lenderId: c.lenderId,
      clientOrderId: c.clientOrderId,
      amountFen: c.amountFen,
      rateBps: c.minRateBps,
      tif: c.tif,
      seq: this.lastSeq,
      filledFen: 0,
      open: false,
      acceptedFilledFen: 0,
      acceptedState: 'resting',
    };
    this.orders.push(order);
    const events: MarketEvent[] = [];
    let n = 0;
    for (const tranche of candidates) {
      const amount = Math.min(
        order.amountFen - order.filledFen,
        tranche.amountFen - tranche.filledFen,
      );
      if (amount === 0) break;
      n += 1;
      order.filledFen += amount;
      tranche.filledFen += amount;
      events.push(this.fill(order, tranche, tranche.rateBps, tranche.seq, false, amount, n, nowMs));
      if (tranche.filledFen === tranche.amountFen) {
        tranche.open = false;
        events.push(this.funded(tranche));
      }
    }
    const rest = order.amountFen - order.filledFen;
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

  private cancel(c: Extract<MarketCommand, { kind: 'cancel' }>): CommandOutcome {
    if (c.marketId !== this.marketId) return reject(c.ref, Code.UNKNOWN_MARKET);
    if (!isValidId(c.lenderId) || !isValidId(c.clientOrderId)) {
      return reject(c.ref, Code.INVALID_ORDER_ID);
    }
    const order = this.orders.find(
      (o) => o.lenderId === c.lenderId && o.clientOrderId === c.clientOrderId && o.open,
    );
    if (order === undefined) return reject(c.ref, Code.ORDER_NOT_FOUND);
    this.lastSeq += 1;
    order.open = false;
    const released = order.amountFen - order.filledFen;
    return {
      ref: c.ref,
      seq: this.lastSeq,
      code: Code.OK,
      events: [this.closed(order, released, 'cancelled')],
    };
  }

  private list(c: List, nowMs: number): CommandOutcome {
    if (c.marketId !== this.marketId) return reject(c.ref, Code.UNKNOWN_MARKET);
    if (!isValidId(c.trancheId) || !isValidId(c.borrowerId)) {
      return reject(c.ref, Code.INVALID_ORDER_ID);
    }
    const code = this.common(c.amountFen, c.maxRateBps);
    if (code !== Code.OK) return reject(c.ref, code);
    if (this.restingCount() >= this.capacity) return reject(c.ref, Code.BOOK_FULL);
    const old = this.tranches.find((t) => t.trancheId === c.trancheId);
    if (old !== undefined) {
      const same =
        old.borrowerId === c.borrowerId &&
        old.amountFen === c.amountFen &&
        old.rateBps === c.maxRateBps;
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
      filledFen: 0,
      open: false,
      acceptedFilledFen: 0,
    };
    this.tranches.push(tranche);
    const candidates = this.orders
      .filter((o) => o.open && o.rateBps <= c.maxRateBps && o.lenderId !== c.borrowerId)
      .sort((a, b) => a.rateBps - b.rateBps || a.seq - b.seq);
    const events: MarketEvent[] = [];
    let n = 0;
    for (const order of candidates) {
      const amount = Math.min(
        order.amountFen - order.filledFen,
        tranche.amountFen - tranche.filledFen,
      );
      if (amount === 0) break;
      n += 1;
      order.filledFen += amount;
      tranche.filledFen += amount;
      events.push(this.fill(order, tranche, order.rateBps, order.seq, true, amount, n, nowMs));
      if (order.filledFen === order.amountFen) {
        order.open = false;
        events.push(this.closed(order, 0, 'filled'));
      }
    }
    if (tranche.filledFen === tranche.amountFen) events.push(this.funded(tranche));
    else tranche.open = true;
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
    rateBps: number,
    restingSeq: number,
    restingIsOrder: boolean,
    amountFen: number,
    n: number,
    nowMs: number,
  ): MarketEvent {
    const orderLeft = order.amountFen - order.filledFen;
    const trancheLeft = tranche.amountFen - tranche.filledFen;
    const explanation =
      `filled ${amountFen} fen at ${rateBps} bps, ` +
      (restingIsOrder ? "the resting order's rate" : "the resting tranche's rate") +
      ` (price-time priority: best rate ${rateBps} bps, ` +
      `${restingIsOrder ? 'placed' : 'listed'} at seq ${restingSeq}); ` +
      (orderLeft === 0 ? 'order now fully filled' : `order has ${orderLeft} fen left`) +
      '; ' +
      (trancheLeft === 0 ? 'tranche now fully funded' : `tranche needs ${trancheLeft} fen more`);
    return {
      type: 'fill',
      fillId: `${this.marketId}:${this.lastSeq}:${n}`,
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

  private funded(tranche: ModelTranche): MarketEvent {
    return {
      type: 'tranche_funded',
      marketId: this.marketId,
      trancheId: tranche.trancheId,
      borrowerId: tranche.borrowerId,
      amountFen: tranche.amountFen,
    };
  }

  private closed(
    order: ModelOrder,
    releasedFen: number,
    reason: 'cancelled' | 'ioc_remainder' | 'filled',
  ): MarketEvent {
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

function reject(ref: number, code: ResultCode): CommandOutcome {
  return { ref, seq: 0, code, events: [] };
}

function levels(
  entries: { rateBps: number; amountFen: number; filledFen: number }[],
  depth: number,
  order: (a: number, b: number) => number,
): BookLevel[] {
  const rates = [...new Set(entries.map((e) => e.rateBps))].sort(order).slice(0, depth);
  return rates.map((rateBps) => {
    const at = entries.filter((e) => e.rateBps === rateBps);
    const amountFen = at.reduce((sum, e) => sum + e.amountFen - e.filledFen, 0);
    return { rateBps, amountFen, count: at.length };
  });
}
