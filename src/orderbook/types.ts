/**
 * Public shapes of the matching engine: commands in, outcomes and events out, book snapshots.
 * Method: plain data only (no classes, no functions) so every value survives structured clone
 * across the worker boundary unchanged and can be journaled and replayed as is.
 */
import type { ResultCode } from '../shared/index.js';

export type TimeInForce = 'GTC' | 'IOC' | 'FOK';

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
    }
  | { kind: 'cancel'; ref: number; lenderId: string; clientOrderId: string; marketId: string }
  | {
      kind: 'list';
      ref: number;
      trancheId: string;
      marketId: string;
      borrowerId: string;
      amountFen: number;
      maxRateBps: number;
    };

export type PlaceCommand = Extract<MarketCommand, { kind: 'place' }>;
export type CancelCommand = Extract<MarketCommand, { kind: 'cancel' }>;
export type ListCommand = Extract<MarketCommand, { kind: 'list' }>;

export type OrderState = 'resting' | 'filled' | 'cancelled';

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
  explanation: string;
}

export interface OrderClosedEvent {
  type: 'order_closed';
  marketId: string;
  lenderId: string;
  clientOrderId: string;
  releasedFen: number;
  reason: 'cancelled' | 'ioc_remainder' | 'filled';
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

export interface TrancheFundedEvent {
  type: 'tranche_funded';
  marketId: string;
  trancheId: string;
  borrowerId: string;
  amountFen: number;
}

export type MarketEvent =
  AcceptedEvent | FillEvent | OrderClosedEvent | TrancheListedEvent | TrancheFundedEvent;

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
