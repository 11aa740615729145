/**
 * Small builders shared by the command handlers: rejections, seqs and the events that more than
 * one handler emits. Method: plain object literals with a fixed field order, so every event of
 * a type has one hidden class and compares equal to the reference model's field by field.
 */
import { Code, assert, isValidId, type ResultCode } from '../shared/index.js';
import type { MarketState } from './book.js';
import { EXPIRY_NONE, SIDE_LEND, type BookEntry } from './price-level.js';
import type { CommandOutcome, MarketEvent, OrderClosedEvent } from './types.js';

export function rejected(ref: number, code: ResultCode): CommandOutcome {
  assert(code !== Code.OK, 'a rejection has a failure code');
  return { ref, seq: 0, code, events: [] };
}

/** Consumes the next seq of the shard for an accepted command. */
export function nextSeq(market: MarketState): number {
  const seq = market.seqSource.lastSeq + 1;
  assert(seq > market.lastSeq, 'seqs are monotonic');
  market.seqSource.lastSeq = seq;
  market.lastSeq = seq;
  return seq;
}

export function orderClosed(
  market: MarketState,
  entry: BookEntry,
  releasedFen: number,
  reason: OrderClosedEvent['reason'],
): MarketEvent {
  assert(entry.side === SIDE_LEND, 'only lend orders close with order_closed');
  market.retire(entry);
  return {
    type: 'order_closed',
    marketId: market.marketId,
    lenderId: entry.ownerId,
    clientOrderId: entry.entryId,
    releasedFen,
    reason,
  };
}

/**
 * Checks an optional expiry on a command: absent means none; present, it must be a safe
 * integer after `nowMs` (an order that is born expired is a client error, not an instant close).
 */
export function expiryCode(expiresAtMs: unknown, nowMs: number): ResultCode {
  if (expiresAtMs === undefined) return Code.OK;
  if (typeof expiresAtMs !== 'number' || !Number.isSafeInteger(expiresAtMs)) {
    return Code.INVALID_FIELD;
  }
  return expiresAtMs > nowMs ? Code.OK : Code.EXPIRY_NOT_IN_FUTURE;
}

/** Puts a newly resting entry in the book and, when it can expire, in the expiry index. */
export function rest(market: MarketState, entry: BookEntry): void {
  const side = entry.side === SIDE_LEND ? market.lend : market.tranches;
  side.append(entry);
  if (entry.expiresAtMs !== EXPIRY_NONE) market.expiries.push(entry);
}

/**
 * The ladder shared by cancel, reduce and amend: market, ids, then an open order. An order past
 * its expiry that no tick has swept yet is no longer open (the tick will close it as expired).
 */
export function openOrderOf(
  market: MarketState,
  command: { marketId: string; lenderId: string; clientOrderId: string },
  nowMs: number,
): BookEntry | ResultCode {
  if (command.marketId !== market.marketId) return Code.UNKNOWN_MARKET;
  if (!isValidId(command.lenderId)) return Code.INVALID_ORDER_ID;
  if (!isValidId(command.clientOrderId)) return Code.INVALID_ORDER_ID;
  const entry = market.ordersById.get(command.lenderId, command.clientOrderId);
  if (entry === undefined || !entry.resting || entry.expiresAtMs <= nowMs) {
    return Code.ORDER_NOT_FOUND;
  }
  return entry;
}

/** Unlinks a resting order and returns its order_closed event releasing the remainder. */
export function closeOrder(
  market: MarketState,
  entry: BookEntry,
  reason: 'cancelled' | 'expired' | 'frozen',
): MarketEvent {
  const releasedFen = entry.remainingFen;
  assert(releasedFen > 0, 'a resting order has something to release');
  market.lend.remove(entry);
  return orderClosed(market, entry, releasedFen, reason);
}
