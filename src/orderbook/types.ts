/**
 * Public shapes of the matching engine: commands in, outcomes and events out, book snapshots.
 * Method: plain data only (no classes, no functions) so every value survives structured clone
 * across the worker boundary unchanged and can be journaled and replayed as is.
 */
import type { ResultCode } from '../shared/index.js';

export type TimeInForce = 'GTC' | 'IOC' | 'FOK';

/**
 * Commands, all sequenced per shard and journaled before they are acknowledged.
 * - place: a lend order. `expiresAtMs` (optional, GTC only in effect) must be after the
 *   command's time; the order is never filled at or after it and is closed by the first tick
 *   at or after it. Below the market's minimum ticket: BELOW_MIN_TICKET. A frozen lender:
 *   ACCOUNT_FROZEN. Repeating (lenderId, clientOrderId) with the same fields answers the
 *   original outcome's accepted event (same seq); with other fields, DUPLICATE_ORDER_ID.
 * - cancel: closes a resting order (`order_closed` reason 'cancelled').
 * - reduce: takes `reduceByFen` off a resting order's remainder and keeps its time priority
 *   (`order_reduced`); reducing by the whole remainder or more cancels it.
 * - amend: moves a resting order to `minRateBps`; it loses its time priority (a new priority
 *   seq, the tail of the new level) and may match at once (`order_amended`, then fills).
 * - list: a tranche; `deadlineMs` (optional) must be after the command's time. At the first
 *   tick at or after the deadline the tranche originates at its funded amount when that is at
 *   least the market's minimum funded share (`tranche_funded` reason 'deadline'), otherwise
 *   it expires and every allocation is released (`tranche_expired` with the refunds).
 *   A frozen borrower: ACCOUNT_FROZEN.
 * - freeze: the account may not trade in this market; its resting orders are closed at once
 *   (`order_closed` reason 'frozen', releasing each hold). unfreeze lifts it. Both are
 *   idempotent and always answer `account_status`. Freezes are per market: submit one to
 *   every market of the service.
 * - tick: expires every order and tranche due at the command's time, earliest first (ties by
 *   seq). It always answers OK; it takes a seq only when something expired (seq 0 otherwise).
 */
export type MarketCommand =
  | {
      kind: 'place';
      ref: number;
      lenderId: string;
      clientOrderId: string;
      marketId: string;
      amountFen: number;
      minRateBps: number;
      tif: TimeInForce;
      expiresAtMs?: number;
    }
  | { kind: 'cancel'; ref: number; lenderId: string; clientOrderId: string; marketId: string }
  | {
      kind: 'reduce';
      ref: number;
      lenderId: string;
      clientOrderId: string;
      marketId: string;
      reduceByFen: number;
    }
  | {
      kind: 'amend';
      ref: number;
      lenderId: string;
      clientOrderId: string;
      marketId: string;
      minRateBps: number;
    }
  | {
      kind: 'list';
      ref: number;
      trancheId: string;
      marketId: string;
      borrowerId: string;
      amountFen: number;
      maxRateBps: number;
      deadlineMs?: number;
    }
  | { kind: 'freeze'; ref: number; marketId: string; accountId: string }
  | { kind: 'unfreeze'; ref: number; marketId: string; accountId: string }
  | { kind: 'tick'; ref: number; marketId: string };

export type PlaceCommand = Extract<MarketCommand, { kind: 'place' }>;
export type CancelCommand = Extract<MarketCommand, { kind: 'cancel' }>;
export type ReduceCommand = Extract<MarketCommand, { kind: 'reduce' }>;
export type AmendCommand = Extract<MarketCommand, { kind: 'amend' }>;
export type ListCommand = Extract<MarketCommand, { kind: 'list' }>;
export type FreezeCommand = Extract<MarketCommand, { kind: 'freeze' | 'unfreeze' }>;
export type TickCommand = Extract<MarketCommand, { kind: 'tick' }>;

export type OrderState = 'resting' | 'filled' | 'cancelled';

/** First event of an accepted place (and of its idempotent retries): state after matching. */
export interface AcceptedEvent {
  type: 'accepted';
  marketId: string;
  lenderId: string;
  clientOrderId: string;
  amountFen: number;
  filledFen: number;
  restingFen: number;
  state: OrderState;
}

/**
 * Which rule decided a fill's amount: the order's remainder, the tranche's remaining need (the
 * fill completes the tranche; the minimum ticket is waived for it), or the lender cap.
 * The rate is always the resting side's rate under price-time priority.
 */
export type AllocationRule = 'order_remaining' | 'tranche_remaining' | 'lender_cap';

/** One allocation: `amountFen` of the lender's held funds go into the tranche's escrow. */
export interface FillEvent {
  type: 'fill';
  fillId: string;
  marketId: string;
  trancheId: string;
  borrowerId: string;
  lenderId: string;
  clientOrderId: string;
  amountFen: number;
  rateBps: number;
  orderRemainingFen: number;
  trancheRemainingFen: number;
  timeMs: number;
  rule: AllocationRule;
  /** Which side rested (its rate is the fill's rate) and its priority seq. */
  restingSide: 'order' | 'tranche';
  restingSeq: number;
  /**
   * One readable sentence naming the rate rule, the amount rule and what is left. The core
   * leaves it empty (codes and numbers only, no string building on the hot path); applyBatch,
   * and so every outcome from the worker host, renders it with explainFill (explain.ts).
   */
  explanation: string;
}

/**
 * An order left the book (or never rested); `releasedFen` of its hold is to be released.
 * Reasons: cancelled (cancel, or a reduce by the whole remainder), ioc_remainder, filled,
 * expired (a tick at or after its expiry), frozen (its lender was frozen).
 */
export interface OrderClosedEvent {
  type: 'order_closed';
  marketId: string;
  lenderId: string;
  clientOrderId: string;
  releasedFen: number;
  reason: 'cancelled' | 'ioc_remainder' | 'filled' | 'expired' | 'frozen';
}

/** A reduce took `releasedFen` off a resting order (release that much of its hold). */
export interface OrderReducedEvent {
  type: 'order_reduced';
  marketId: string;
  lenderId: string;
  clientOrderId: string;
  releasedFen: number;
  remainingFen: number;
}

/** An amend moved a resting order to a new rate; `remainingFen` is after any fills it made. */
export interface OrderAmendedEvent {
  type: 'order_amended';
  marketId: string;
  lenderId: string;
  clientOrderId: string;
  minRateBps: number;
  remainingFen: number;
}

export interface TrancheListedEvent {
  type: 'tranche_listed';
  marketId: string;
  trancheId: string;
  borrowerId: string;
  amountFen: number;
  maxRateBps: number;
  filledFen: number;
}

/**
 * The loan originates for `amountFen`: the whole tranche ('fully_funded') or, at its deadline,
 * the funded part when it reached the minimum funded share ('deadline'). Disburse the escrow.
 */
export interface TrancheFundedEvent {
  type: 'tranche_funded';
  marketId: string;
  trancheId: string;
  borrowerId: string;
  amountFen: number;
  reason: 'fully_funded' | 'deadline';
}

/** One fill to undo when a tranche expires: move `amountFen` back from escrow to the lender. */
export interface TrancheRefund {
  fillId: string;
  lenderId: string;
  clientOrderId: string;
  amountFen: number;
}

/** A tranche reached its deadline below the minimum funded share: every fill is refunded. */
export interface TrancheExpiredEvent {
  type: 'tranche_expired';
  marketId: string;
  trancheId: string;
  borrowerId: string;
  amountFen: number;
  filledFen: number;
  /** The funded amount it needed to originate. */
  minFundedFen: number;
  refunds: TrancheRefund[];
}

/** Answer to freeze / unfreeze: the account's status in this market after the command. */
export interface AccountStatusEvent {
  type: 'account_status';
  marketId: string;
  accountId: string;
  frozen: boolean;
}

export type MarketEvent =
  | AcceptedEvent
  | FillEvent
  | OrderClosedEvent
  | OrderReducedEvent
  | OrderAmendedEvent
  | TrancheListedEvent
  | TrancheFundedEvent
  | TrancheExpiredEvent
  | AccountStatusEvent;

export interface CommandOutcome {
  ref: number;
  seq: number;
  code: ResultCode;
  events: MarketEvent[];
}

export interface BookLevel {
  rateBps: number;
  amountFen: number;
  count: number;
}

/** Top `limits.bookDepthLevels` levels; lend lowest rate first, tranches highest first. */
export interface BookSnapshot {
  marketId: string;
  seq: number;
  lend: BookLevel[];
  tranches: BookLevel[];
}
