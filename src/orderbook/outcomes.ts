/**
 * Small steps shared by the command handlers: seqs, the close of an order, the expiry rung of
 * the ladders, resting an entry, and the open-order lookup of cancel, reduce and amend.
 * Method: entries are slots of the side's pool (price-level.ts); events go into the EventSink
 * as codes and numbers (see sink.ts).
 */
import { Code, assert, type ResultCode } from '../shared/index.js';
import { handleOf, type MarketState } from './book.js';
import { F_ENTRY, F_MARKET_OK } from './command-record.js';
import { ID_INVALID } from './ids.js';
import { C_SEQ, E_EXPIRES, EXPIRY_NONE, FLOATS, SIDE_LEND, type Side } from './price-level.js';
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
  order: number,
  releasedFen: number,
  reasonCode: number,
  sink: EventSink,
): void {
  assert(releasedFen >= 0, 'nothing negative is released');
  market.retireSlot(SIDE_LEND, order);
  sink.pushEntry(EV_ORDER_CLOSED, reasonCode, order, releasedFen);
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
export function rest(market: MarketState, side: Side, slot: number): void {
  const bookSide = side === SIDE_LEND ? market.lend : market.tranches;
  bookSide.appendSlot(slot);
  const expiresAtMs = bookSide.pool.f[slot * FLOATS + E_EXPIRES] ?? 0;
  if (expiresAtMs !== EXPIRY_NONE) {
    market.expiries.pushHandle(handleOf(side, slot), expiresAtMs, bookSide.pool.cold(slot, C_SEQ));
  }
}

/**
 * The ladder shared by cancel, reduce and amend: market, ids, then an open order (Code.OK: the
 * record's entry field is its slot). An order past its expiry that no tick has swept yet is no
 * longer open (the tick will close it as expired).
 */
export function openOrderCode(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
): ResultCode {
  if (cmd[at + F_MARKET_OK] !== 1) return Code.UNKNOWN_MARKET;
  const orderNo = cmd[at + F_ENTRY] ?? ID_INVALID;
  if (orderNo === ID_INVALID) return Code.INVALID_ORDER_ID;
  const pool = market.lend.pool;
  if (orderNo < 0 || !pool.present(orderNo) || !pool.resting(orderNo)) {
    return Code.ORDER_NOT_FOUND;
  }
  return pool.num(orderNo, E_EXPIRES) <= nowMs ? Code.ORDER_NOT_FOUND : Code.OK;
}

/** Unlinks a resting order and emits its order_closed releasing the remainder. */
export function closeOrder(
  market: MarketState,
  order: number,
  reasonCode: number,
  sink: EventSink,
): void {
  const releasedFen = market.lend.pool.remaining(order);
  assert(releasedFen > 0, 'a resting order has something to release');
  market.lend.removeSlot(order);
  orderClosed(market, order, releasedFen, reasonCode, sink);
}
