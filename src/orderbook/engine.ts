/**
 * The deterministic transition of one market: applyCommand(market, command, nowMs) -> outcome.
 * Method: a validation ladder of early returns per command in a documented order, then the
 * command mutates the book and returns its events. Time comes in as an argument and seqs from
 * the market's SeqSource; no clock, randomness, I/O or logging here, so replaying a journal
 * rebuilds the same book. Rejections return a code, seq 0 and no events, and change nothing.
 * Place, cancel and list live here; reduce, amend, freeze and tick in lifecycle.ts.
 *
 * Ladders (first failing rung wins):
 * - place: market, ids, amount, rate, time in force, expiry, frozen lender, minimum ticket,
 *   capacity, idempotency (same fields: the original answer; other fields: duplicate),
 *   fill-or-kill.
 * - list: market, ids, amount, rate, deadline, frozen borrower, capacity, idempotency.
 * - cancel, reduce, amend: market, ids, an open order (resting and not past its expiry), then
 *   the reduce amount or the new rate.
 */
import {
  Code,
  assert,
  assertSafeInteger,
  checkAmountFen,
  checkRateBps,
  isValidId,
  type ResultCode,
} from '../shared/index.js';
import type { MarketState } from './book.js';
import { applyAmend, applyFreeze, applyReduce, applyTick } from './lifecycle.js';
import { fillableFen, matchAggressor } from './matcher.js';
import {
  closeOrder,
  expiryCode,
  nextSeq,
  openOrderOf,
  orderClosed,
  rejected,
  rest,
} from './outcomes.js';
import { BookEntry, EXPIRY_NONE, SIDE_LEND, SIDE_TRANCHE } from './price-level.js';
import type {
  AcceptedEvent,
  CancelCommand,
  CommandOutcome,
  ListCommand,
  MarketCommand,
  MarketEvent,
  OrderState,
  PlaceCommand,
  TimeInForce,
  TrancheListedEvent,
} from './types.js';

export function applyCommand(
  market: MarketState,
  command: MarketCommand,
  nowMs: number,
): CommandOutcome {
  assertSafeInteger(nowMs, 'nowMs');
  const ref = command.ref;
  // The kind is checked at runtime too: commands arrive as structured-clone data.
  switch (command.kind) {
    case 'place':
      return applyPlace(market, command, nowMs);
    case 'cancel':
      return applyCancel(market, command, nowMs);
    case 'list':
      return applyList(market, command, nowMs);
    case 'reduce':
      return applyReduce(market, command, nowMs);
    case 'amend':
      return applyAmend(market, command, nowMs);
    case 'freeze':
    case 'unfreeze':
      return applyFreeze(market, command);
    case 'tick':
      return applyTick(market, command, nowMs);
    default:
      return rejected(ref, Code.INVALID_FIELD);
  }
}

function isTimeInForce(tif: unknown): tif is TimeInForce {
  return tif === 'GTC' || tif === 'IOC' || tif === 'FOK';
}

function amountAndRateCode(amountFen: number, rateBps: number): ResultCode {
  const amountCode = checkAmountFen(amountFen);
  if (amountCode !== Code.OK) return amountCode;
  return checkRateBps(rateBps);
}

function placeCode(market: MarketState, command: PlaceCommand, nowMs: number): ResultCode {
  if (command.marketId !== market.marketId) return Code.UNKNOWN_MARKET;
  if (!isValidId(command.lenderId)) return Code.INVALID_ORDER_ID;
  if (!isValidId(command.clientOrderId)) return Code.INVALID_ORDER_ID;
  const valueCode = amountAndRateCode(command.amountFen, command.minRateBps);
  if (valueCode !== Code.OK) return valueCode;
  if (!isTimeInForce(command.tif)) return Code.TIME_IN_FORCE_INVALID;
  const expiry = expiryCode(command.expiresAtMs, nowMs);
  if (expiry !== Code.OK) return expiry;
  if (market.frozen.size > 0 && market.frozen.has(command.lenderId)) return Code.ACCOUNT_FROZEN;
  if (command.amountFen < market.rules.minTicketFen) return Code.BELOW_MIN_TICKET;
  if (market.restingCount >= market.restingOrdersMax) return Code.BOOK_FULL;
  return Code.OK;
}

function applyPlace(market: MarketState, command: PlaceCommand, nowMs: number): CommandOutcome {
  const code = placeCode(market, command, nowMs);
  if (code !== Code.OK) return rejected(command.ref, code);
  const existing = market.ordersById.get(command.lenderId, command.clientOrderId);
  if (existing !== undefined) {
    if (!isSameOrder(existing, command)) return rejected(command.ref, Code.DUPLICATE_ORDER_ID);
    return {
      ref: command.ref,
      seq: existing.seq,
      code: Code.OK,
      events: [acceptedEvent(market, existing)],
    };
  }
  if (command.tif === 'FOK') {
    const wantedFen = command.amountFen;
    const availableFen = fillableFen(
      market,
      command.lenderId,
      command.minRateBps,
      wantedFen,
      nowMs,
    );
    if (availableFen < wantedFen) return rejected(command.ref, Code.FOK_NOT_FILLABLE);
  }
  const seq = nextSeq(market);
  const entry = new BookEntry(
    SIDE_LEND,
    command.lenderId,
    command.clientOrderId,
    command.minRateBps,
    command.amountFen,
    command.tif,
    seq,
    command.expiresAtMs ?? EXPIRY_NONE,
  );
  market.ordersById.add(entry);
  const events: MarketEvent[] = [];
  matchAggressor(market, entry, seq, nowMs, events);
  finishOrder(market, entry, events);
  // The accepted event leads the list but carries the state after matching.
  events.unshift(acceptedEvent(market, entry));
  return { ref: command.ref, seq, code: Code.OK, events };
}

function isSameOrder(entry: BookEntry, command: PlaceCommand): boolean {
  return (
    entry.amountFen === command.amountFen &&
    entry.placedRateBps === command.minRateBps &&
    entry.tif === command.tif &&
    entry.expiresAtMs === (command.expiresAtMs ?? EXPIRY_NONE)
  );
}

/** Rests, closes as filled, or closes the IOC remainder; records the state for retries. */
function finishOrder(market: MarketState, entry: BookEntry, events: MarketEvent[]): void {
  const remainingFen = entry.remainingFen;
  let state: OrderState;
  if (remainingFen === 0) {
    state = 'filled';
    events.push(orderClosed(market, entry, 0, 'filled'));
  } else if (entry.tif === 'GTC') {
    state = 'resting';
    rest(market, entry);
  } else {
    // A FOK that passed its fillability check fills completely, so only IOC gets here.
    assert(entry.tif === 'IOC', 'only an IOC leaves an unfilled remainder');
    state = 'cancelled';
    events.push(orderClosed(market, entry, remainingFen, 'ioc_remainder'));
  }
  entry.acceptedFilledFen = entry.filledFen;
  entry.acceptedState = state;
}

function acceptedEvent(market: MarketState, entry: BookEntry): AcceptedEvent {
  assert(entry.side === SIDE_LEND, 'only lend orders are accepted');
  const restingFen =
    entry.acceptedState === 'resting' ? entry.amountFen - entry.acceptedFilledFen : 0;
  return {
    type: 'accepted',
    marketId: market.marketId,
    lenderId: entry.ownerId,
    clientOrderId: entry.entryId,
    amountFen: entry.amountFen,
    filledFen: entry.acceptedFilledFen,
    restingFen,
    state: entry.acceptedState,
  };
}

function applyCancel(market: MarketState, command: CancelCommand, nowMs: number): CommandOutcome {
  const entry = openOrderOf(market, command, nowMs);
  if (typeof entry === 'number') return rejected(command.ref, entry);
  const seq = nextSeq(market);
  return { ref: command.ref, seq, code: Code.OK, events: [closeOrder(market, entry, 'cancelled')] };
}

function listCode(market: MarketState, command: ListCommand, nowMs: number): ResultCode {
  if (command.marketId !== market.marketId) return Code.UNKNOWN_MARKET;
  if (!isValidId(command.trancheId)) return Code.INVALID_ORDER_ID;
  if (!isValidId(command.borrowerId)) return Code.INVALID_ORDER_ID;
  const valueCode = amountAndRateCode(command.amountFen, command.maxRateBps);
  if (valueCode !== Code.OK) return valueCode;
  const deadline = expiryCode(command.deadlineMs, nowMs);
  if (deadline !== Code.OK) return deadline;
  if (market.frozen.size > 0 && market.frozen.has(command.borrowerId)) return Code.ACCOUNT_FROZEN;
  if (market.restingCount >= market.restingOrdersMax) return Code.BOOK_FULL;
  return Code.OK;
}

function applyList(market: MarketState, command: ListCommand, nowMs: number): CommandOutcome {
  const code = listCode(market, command, nowMs);
  if (code !== Code.OK) return rejected(command.ref, code);
  const existing = market.tranchesById.get(command.trancheId);
  if (existing !== undefined) {
    if (!isSameTranche(existing, command)) return rejected(command.ref, Code.TRANCHE_EXISTS);
    return {
      ref: command.ref,
      seq: existing.seq,
      code: Code.OK,
      events: [listedEvent(market, existing)],
    };
  }
  const seq = nextSeq(market);
  const entry = new BookEntry(
    SIDE_TRANCHE,
    command.borrowerId,
    command.trancheId,
    command.maxRateBps,
    command.amountFen,
    'GTC',
    seq,
    command.deadlineMs ?? EXPIRY_NONE,
  );
  // Only a tranche that can expire needs its fills listed for refunds.
  if (entry.expiresAtMs !== EXPIRY_NONE) entry.allocations = [];
  market.tranchesById.set(command.trancheId, entry);
  const events: MarketEvent[] = [];
  matchAggressor(market, entry, seq, nowMs, events);
  finishTranche(market, entry, events);
  events.unshift(listedEvent(market, entry));
  return { ref: command.ref, seq, code: Code.OK, events };
}

function isSameTranche(entry: BookEntry, command: ListCommand): boolean {
  return (
    entry.ownerId === command.borrowerId &&
    entry.amountFen === command.amountFen &&
    entry.placedRateBps === command.maxRateBps &&
    entry.expiresAtMs === (command.deadlineMs ?? EXPIRY_NONE)
  );
}

function finishTranche(market: MarketState, entry: BookEntry, events: MarketEvent[]): void {
  assert(entry.side === SIDE_TRANCHE, 'entry is a tranche');
  if (entry.remainingFen === 0) {
    entry.acceptedState = 'filled';
    market.retire(entry);
    events.push({
      type: 'tranche_funded',
      marketId: market.marketId,
      trancheId: entry.entryId,
      borrowerId: entry.ownerId,
      amountFen: entry.amountFen,
      reason: 'fully_funded',
    });
  } else {
    entry.acceptedState = 'resting';
    rest(market, entry);
  }
  entry.acceptedFilledFen = entry.filledFen;
}

function listedEvent(market: MarketState, entry: BookEntry): TrancheListedEvent {
  assert(entry.side === SIDE_TRANCHE, 'entry is a tranche');
  return {
    type: 'tranche_listed',
    marketId: market.marketId,
    trancheId: entry.entryId,
    borrowerId: entry.ownerId,
    amountFen: entry.amountFen,
    maxRateBps: entry.placedRateBps,
    filledFen: entry.acceptedFilledFen,
  };
}
