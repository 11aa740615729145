/**
 * Lend orders for analytics: the `lend_orders` row of an order each time its state changes,
 * read from the matching engine's events (one call per event) and the place commands.
 *
 * Goal: one row per order in ClickHouse after deduplication (the table keeps the latest row of
 * a (lender_ref, order_id)), with the lender only as a ref, without touching the hot path
 * beyond a map update and a queued row per event.
 *
 * Method: a place command leaves its rate floor, time in force and placement time here (the
 * accepted event does not carry them); the accepted event opens the order, fills, reduces,
 * amends and its close update it, each emitting the whole row. Amounts follow the engine's own
 * remainders: filled = offered - reduced - remaining, so a fill the accepted event already
 * counted is never counted twice. placed_ms never changes for an order: it fixes the row's
 * month partition, and rows are only replaced within one. Bounded: past `ordersMax` orders the
 * oldest is forgotten (its later events emit nothing; see `forgotten`), as are orders open
 * before a restart, whose placement this class never saw (events of orders not placed here,
 * such as a restart's replay of the book journal, write nothing).
 *
 * Calls: `placed` once the engine took a place command (with its ref), `onEvent` for every
 * event of every outcome, `refused` when the engine refused a place, `rejected` when the
 * service refused one before the engine.
 */
import type { RowOf } from '../disclosure/index.js';
import type { MarketEvent, PlaceCommand, TimeInForce } from '../orderbook/index.js';
import { Code, type ResultCode } from '../shared/index.js';

export type LendOrderRow = RowOf<'lend_orders'>;

interface OrderState {
  marketId: string;
  lenderId: string;
  clientOrderId: string;
  amountFen: number;
  reducedFen: number;
  filledFen: number;
  minRateBps: number;
  tif: TimeInForce;
  placedMs: number;
  /** The accepted event was seen (a retried place repeats it). */
  accepted: boolean;
}

type OrderKey = { lenderId: string; clientOrderId: string };
/** What a refused place says of itself (the business command plus its lender). */
export type PlaceFields = Pick<
  PlaceCommand,
  'lenderId' | 'clientOrderId' | 'marketId' | 'amountFen' | 'minRateBps' | 'tif'
>;

const closedStatus = {
  cancelled: 'cancelled',
  ioc_remainder: 'cancelled',
  frozen: 'cancelled',
  filled: 'filled',
  expired: 'expired',
} as const;

function keyOf(order: OrderKey): string {
  return `${order.lenderId}\u0000${order.clientOrderId}`;
}

export class LendOrderFacts {
  readonly #ref: (userId: string) => string;
  readonly #emit: (row: LendOrderRow) => void;
  readonly #ordersMax: number;
  readonly #orders = new Map<string, OrderState>();
  /** Orders closed lately: a retried place repeats its accepted event, which must not reopen. */
  readonly #closed = new Set<string>();
  /** Place commands awaiting their outcome, by command ref (for a refusal by the engine). */
  readonly #byRef = new Map<number, string>();
  #forgotten = 0;

  constructor(ref: (userId: string) => string, emit: (row: LendOrderRow) => void, ordersMax = 1e6) {
    this.#ref = ref;
    this.#emit = emit;
    this.#ordersMax = ordersMax;
  }

  /** Orders known (placed or open). */
  get size(): number {
    return this.#orders.size;
  }

  /** Orders dropped because the bound was reached. */
  get forgotten(): number {
    return this.#forgotten;
  }

  /**
   * A place command the engine took (with the ref it was submitted under): remembers what its
   * events will not say. A repeated place of a known order changes nothing.
   */
  placed(command: PlaceCommand, nowMs: number): void {
    const key = keyOf(command);
    this.#byRef.set(command.ref, key);
    if (this.#byRef.size > this.#ordersMax)
      this.#byRef.delete(this.#byRef.keys().next().value ?? 0);
    // A known order, or a retry of a closed one (the engine answers it with the old outcome).
    if (this.#orders.has(key) || this.#closed.has(key)) return;
    this.#remember(key, {
      marketId: command.marketId,
      lenderId: command.lenderId,
      clientOrderId: command.clientOrderId,
      amountFen: command.amountFen,
      reducedFen: 0,
      filledFen: 0,
      minRateBps: command.minRateBps,
      tif: command.tif,
      placedMs: nowMs,
      accepted: false,
    });
  }

  /**
   * A place refused before the engine (funds, limits, ...): its row says 'rejected'. Answers
   * whether a row was written. DUPLICATE_ORDER_ID writes none: the id is another order's, whose
   * row it would replace.
   */
  rejected(order: PlaceFields, code: ResultCode, nowMs: number): boolean {
    if (code === Code.DUPLICATE_ORDER_ID || code === Code.OK) return false;
    const key = keyOf(order);
    const known = this.#orders.get(key);
    if (known?.accepted === true) return false;
    this.#orders.delete(key);
    this.#emitRow(known ?? this.#fromCommand(order, nowMs), 'rejected', nowMs);
    return true;
  }

  /** The engine refused the place submitted under `ref`; same rules as `rejected`. */
  refused(ref: number, code: ResultCode, nowMs: number): boolean {
    const key = this.#byRef.get(ref);
    this.#byRef.delete(ref);
    const order = key === undefined ? undefined : this.#orders.get(key);
    return order !== undefined && this.rejected(order, code, nowMs);
  }

  onEvent(event: MarketEvent, nowMs: number): void {
    switch (event.type) {
      case 'accepted':
        this.#accepted(event, nowMs);
        return;
      case 'fill':
        this.#update(event, event.orderRemainingFen, 0, nowMs);
        return;
      case 'order_reduced':
        this.#update(event, event.remainingFen, event.releasedFen, nowMs);
        return;
      case 'order_amended': {
        const order = this.#orders.get(keyOf(event));
        if (order !== undefined) order.minRateBps = event.minRateBps;
        this.#update(event, event.remainingFen, 0, nowMs);
        return;
      }
      case 'order_closed':
        this.#closedEvent(event, nowMs);
        return;
      default:
        return;
    }
  }

  #accepted(event: Extract<MarketEvent, { type: 'accepted' }>, nowMs: number): void {
    const key = keyOf(event);
    const order = this.#orders.get(key);
    // Not placed here (a restart replaying the book's journal, a forgotten order): its rate
    // floor and placement time are unknown, and a guessed placement time could put a second
    // row in another month.
    if (order === undefined || order.accepted || this.#closed.has(key)) return;
    order.accepted = true;
    order.amountFen = event.amountFen;
    order.filledFen = event.filledFen;
    const status = event.state === 'resting' ? 'open' : event.state;
    this.#emitRow(order, status, status === 'open' ? 0 : nowMs);
  }

  #update(event: OrderKey, remainingFen: number, reducedFen: number, nowMs: number): void {
    const order = this.#orders.get(keyOf(event));
    if (order === undefined || !order.accepted) return;
    order.reducedFen += reducedFen;
    order.filledFen = Math.max(order.amountFen - order.reducedFen - remainingFen, 0);
    this.#emitRow(order, remainingFen === 0 ? 'filled' : 'open', remainingFen === 0 ? nowMs : 0);
  }

  #closedEvent(event: Extract<MarketEvent, { type: 'order_closed' }>, nowMs: number): void {
    const key = keyOf(event);
    const order = this.#orders.get(key);
    if (order === undefined || !order.accepted) return;
    this.#orders.delete(key);
    this.#rememberClosed(key);
    order.filledFen = Math.max(order.amountFen - order.reducedFen - event.releasedFen, 0);
    this.#emitRow(order, closedStatus[event.reason], nowMs);
  }

  #fromCommand(c: PlaceFields, nowMs: number): OrderState {
    return {
      marketId: c.marketId,
      lenderId: c.lenderId,
      clientOrderId: c.clientOrderId,
      amountFen: c.amountFen,
      reducedFen: 0,
      filledFen: 0,
      minRateBps: c.minRateBps,
      tif: c.tif,
      placedMs: nowMs,
      accepted: false,
    };
  }

  #remember(key: string, order: OrderState): void {
    this.#orders.set(key, order);
    if (this.#orders.size <= this.#ordersMax) return;
    const oldest = this.#orders.keys().next();
    if (oldest.done !== true) this.#orders.delete(oldest.value);
    this.#forgotten += 1;
  }

  #rememberClosed(key: string): void {
    this.#closed.add(key);
    if (this.#closed.size <= this.#ordersMax) return;
    const oldest = this.#closed.keys().next();
    if (oldest.done !== true) this.#closed.delete(oldest.value);
  }

  #emitRow(order: OrderState, status: LendOrderRow['status'], closedMs: number): void {
    this.#emit({
      order_id: order.clientOrderId,
      lender_ref: this.#ref(order.lenderId),
      market_id: order.marketId,
      amount_fen: order.amountFen,
      filled_fen: order.filledFen,
      min_rate_bps: order.minRateBps,
      tif: order.tif,
      status,
      placed_ms: order.placedMs,
      closed_ms: closedMs,
    });
  }
}
