/**
 * Small steps shared by the command handlers: seqs, the close of an order, the expiry rung of
 * the ladders, resting an entry, and the open-order lookup of cancel, reduce and amend.
 * Method: events go into the EventSink as codes and numbers (see sink.ts).
 */
import { Code, assert, type ResultCode } from '../shared/index.js';
import type { MarketState } from './book.js';
import { F_ENTRY, F_MARKET_OK } from './command-record.js';
import { ID_INVALID } from './ids.js';
import { EXPIRY_NONE, SIDE_LEND, type BookEntry } from './price-level.js';
import { EV_ORDER_CLOSED, type EventSink } from './sink.js';

/** Consumes the next seq of the shard for an accepted command. */
export function nextSeq(market: MarketState): number {
  const seq = market.seqSource.lastSeq + 1;
  assert(seq > market.lastSeq, 'seqs are monotonic');
  market.seqSource.lastSeq = seq;
  market.lastSeq = seq;
  return seq;
}

/** Retires a lend order that left the book (or never rested) and emits its order_closed. */
export function orderClosed(
  market: MarketState,
  entry: BookEntry,
  releasedFen: number,
  reasonCode: number,
  sink: EventSink,
): void {
  assert(entry.side === SIDE_LEND, 'only lend orders close with order_closed');
  assert(releasedFen >= 0, 'nothing negative is released');
  market.retire(entry);
  const index = sink.push(EV_ORDER_CLOSED, reasonCode, entry, null);
  sink.set(index, releasedFen, 0, 0, 0, 0, 0);
}

/**
 * Checks an optional expiry of a command record: EXPIRY_NONE means none; otherwise it must be
 * a safe integer (NaN when the field had another type) after `nowMs` (an order that is born
 * expired is a client error, not an instant close).
 */
export function expiryCode(expiresAtMs: number, nowMs: number): ResultCode {
  if (expiresAtMs === EXPIRY_NONE) return Code.OK;
  if (!Number.isSafeInteger(expiresAtMs)) return Code.INVALID_FIELD;
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
  cmd: Float64Array,
  at: number,
  nowMs: number,
): BookEntry | ResultCode {
  if (cmd[at + F_MARKET_OK] !== 1) return Code.UNKNOWN_MARKET;
  const orderNo = cmd[at + F_ENTRY] ?? ID_INVALID;
  if (orderNo === ID_INVALID) return Code.INVALID_ORDER_ID;
  const entry = orderNo < 0 ? undefined : market.orderByNo[orderNo];
  if (entry === undefined || !entry.resting || entry.expiresAtMs <= nowMs) {
    return Code.ORDER_NOT_FOUND;
  }
  return entry;
}

/** Unlinks a resting order and emits its order_closed releasing the remainder. */
export function closeOrder(
  market: MarketState,
  entry: BookEntry,
  reasonCode: number,
  sink: EventSink,
): void {
  const releasedFen = entry.remainingFen;
  assert(releasedFen > 0, 'a resting order has something to release');
  market.lend.remove(entry);
  orderClosed(market, entry, releasedFen, reasonCode, sink);
}
