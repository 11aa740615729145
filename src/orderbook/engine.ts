/**
 * The deterministic transition of one market: applyCommand(market, command, nowMs) -> outcome.
 * Method: a validation ladder of early returns in a documented order (market, ids, amount, rate,
 * time in force, capacity, idempotency, fill-or-kill), then the command mutates the book and
 * returns its events. Time comes in as an argument and seqs from the market's SeqSource; no
 * clock, randomness, I/O or logging here, so replaying a journal rebuilds the same book.
 * Rejections return a code, seq 0 and no events, and change nothing.
 *
 * Where later rules plug in: frozen accounts and expiry are new rungs of the ladders below;
 * a minimum ticket and a per-lender cap per loan are checks on the pair in matcher.ts (the loop
 * already skips an ineligible counterparty for self-funding, so they reuse that path); reduce
 * keeps priority by lowering amountFen in place (the level total is adjusted, the FIFO link
 * kept); tranche deadlines need a cancel-tranche path that releases every hold (see book.ts).
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
import { fillableFen, matchAggressor } from './matcher.js';
import { BookEntry, SIDE_LEND, SIDE_TRANCHE } from './price-level.js';
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
      return applyCancel(market, command);
    case 'list':
      return applyList(market, command, nowMs);
    default:
      return rejected(ref, Code.INVALID_FIELD);
  }
}

function rejected(ref: number, code: ResultCode): CommandOutcome {
  assert(code !== Code.OK, 'a rejection has a failure code');
  return { ref, seq: 0, code, events: [] };
}

/** Consumes the next seq of the shard for an accepted command. */
function nextSeq(market: MarketState): number {
  const seq = market.seqSource.lastSeq + 1;
  assert(seq > market.lastSeq, 'seqs are monotonic');
  market.seqSource.lastSeq = seq;
  market.lastSeq = seq;
  return seq;
}

function isTimeInForce(tif: unknown): tif is TimeInForce {
  return tif === 'GTC' || tif === 'IOC' || tif === 'FOK';
}

function amountAndRateCode(amountFen: number, rateBps: number): ResultCode {
  const amountCode = checkAmountFen(amountFen);
  if (amountCode !== Code.OK) return amountCode;
  return checkRateBps(rateBps);
}

function placeCode(market: MarketState, command: PlaceCommand): ResultCode {
  if (command.marketId !== market.marketId) return Code.UNKNOWN_MARKET;
  if (!isValidId(command.lenderId)) return Code.INVALID_ORDER_ID;
  if (!isValidId(command.clientOrderId)) return Code.INVALID_ORDER_ID;
  const valueCode = amountAndRateCode(command.amountFen, command.minRateBps);
  if (valueCode !== Code.OK) return valueCode;
  if (!isTimeInForce(command.tif)) return Code.TIME_IN_FORCE_INVALID;
  if (market.restingCount >= market.restingOrdersMax) return Code.BOOK_FULL;
  return Code.OK;
}

function applyPlace(market: MarketState, command: PlaceCommand, nowMs: number): CommandOutcome {
  const code = placeCode(market, command);
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
    const availableFen = fillableFen(market, true, command.lenderId, command.minRateBps, wantedFen);
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
    entry.rateBps === command.minRateBps &&
    entry.tif === command.tif
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
    market.lend.append(entry);
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

function orderClosed(
  market: MarketState,
  entry: BookEntry,
  releasedFen: number,
  reason: 'cancelled' | 'ioc_remainder' | 'filled',
): MarketEvent {
  return {
    type: 'order_closed',
    marketId: market.marketId,
    lenderId: entry.ownerId,
    clientOrderId: entry.entryId,
    releasedFen,
    reason,
  };
}

function cancelCode(market: MarketState, command: CancelCommand): ResultCode {
  if (command.marketId !== market.marketId) return Code.UNKNOWN_MARKET;
  if (!isValidId(command.lenderId)) return Code.INVALID_ORDER_ID;
  if (!isValidId(command.clientOrderId)) return Code.INVALID_ORDER_ID;
  return Code.OK;
}

function applyCancel(market: MarketState, command: CancelCommand): CommandOutcome {
  const code = cancelCode(market, command);
  if (code !== Code.OK) return rejected(command.ref, code);
  const entry = market.ordersById.get(command.lenderId, command.clientOrderId);
  if (entry === undefined || !entry.resting) return rejected(command.ref, Code.ORDER_NOT_FOUND);
  const seq = nextSeq(market);
  const releasedFen = entry.remainingFen;
  assert(releasedFen > 0, 'a resting order has something to release');
  market.lend.remove(entry);
  return {
    ref: command.ref,
    seq,
    code: Code.OK,
    events: [orderClosed(market, entry, releasedFen, 'cancelled')],
  };
}

function listCode(market: MarketState, command: ListCommand): ResultCode {
  if (command.marketId !== market.marketId) return Code.UNKNOWN_MARKET;
  if (!isValidId(command.trancheId)) return Code.INVALID_ORDER_ID;
  if (!isValidId(command.borrowerId)) return Code.INVALID_ORDER_ID;
  const valueCode = amountAndRateCode(command.amountFen, command.maxRateBps);
  if (valueCode !== Code.OK) return valueCode;
  if (market.restingCount >= market.restingOrdersMax) return Code.BOOK_FULL;
  return Code.OK;
}

function applyList(market: MarketState, command: ListCommand, nowMs: number): CommandOutcome {
  const code = listCode(market, command);
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
  );
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
    entry.rateBps === command.maxRateBps
  );
}

function finishTranche(market: MarketState, entry: BookEntry, events: MarketEvent[]): void {
  assert(entry.side === SIDE_TRANCHE, 'entry is a tranche');
  if (entry.remainingFen === 0) {
    entry.acceptedState = 'filled';
    events.push({
      type: 'tranche_funded',
      marketId: market.marketId,
      trancheId: entry.entryId,
      borrowerId: entry.ownerId,
      amountFen: entry.amountFen,
    });
  } else {
    entry.acceptedState = 'resting';
    market.tranches.append(entry);
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
    maxRateBps: entry.rateBps,
    filledFen: entry.acceptedFilledFen,
  };
}
