/**
 * The deterministic transition of one market: applyCommand(market, command, nowMs) -> outcome.
 * Method: the edge (applyCommand here, a shard's batch) interns the command's ids and encodes it
 * as a numeric record (command-record.ts); the core (applyRecord) runs a validation ladder of
 * early returns per command in a documented order, mutates the book and writes its events as
 * codes and numbers into an EventSink; the edge then materializes the readable outcome. Time
 * comes in as an argument and seqs from the market's SeqSource; no clock, randomness, I/O or
 * logging here, so replaying a journal rebuilds the same book. Rejections return a code, take
 * no seq, emit no events and change nothing. Place, cancel and list live here; reduce, amend,
 * freeze and tick in lifecycle.ts.
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
  type ResultCode,
} from '../shared/index.js';
import type { MarketState } from './book.js';
import {
  F_ACCOUNT,
  F_AMOUNT,
  F_ENTRY,
  F_EXPIRY,
  F_KIND,
  F_MARKET_OK,
  F_RATE,
  F_TIF,
  KIND_AMEND,
  KIND_CANCEL,
  KIND_FREEZE,
  KIND_LIST,
  KIND_PLACE,
  KIND_REDUCE,
  KIND_TICK,
  KIND_UNFREEZE,
  RECORD_FIELDS,
  TIF_FOK,
  TIF_GTC,
  TIF_INVALID,
  TIF_IOC,
  encodeCommand,
} from './command-record.js';
import { ID_INVALID } from './ids.js';
import { applyAmend, applyFreeze, applyReduce, applyTick } from './lifecycle.js';
import { fillableFen, matchAggressor } from './matcher.js';
import { closeOrder, expiryCode, nextSeq, openOrderCode, orderClosed, rest } from './outcomes.js';
import {
  C_ACCEPTED_FILLED,
  C_AMOUNT,
  E_EXPIRES,
  E_OWNER,
  C_SEQ,
  EXPIRY_NONE,
  NONE,
  SIDE_LEND,
  SIDE_TRANCHE,
  STATE_CANCELLED,
  STATE_FILLED,
  STATE_RESTING,
} from './price-level.js';
import {
  CLOSE_CANCELLED,
  CLOSE_FILLED,
  CLOSE_IOC_REMAINDER,
  EV_ACCEPTED,
  EV_TRANCHE_FUNDED,
  EV_TRANCHE_LISTED,
  EventSink,
  FUNDED_FULLY,
  materialize,
} from './sink.js';
import type { CommandOutcome, MarketCommand } from './types.js';

/**
 * The core step: applies the command record at `cmd[at..]` to the market and writes its events
 * into `sink` (reset here; its seq is the command's seq). Returns the result code.
 */
export function applyRecord(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
  sink: EventSink,
): ResultCode {
  sink.reset();
  switch (cmd[at + F_KIND]) {
    case KIND_PLACE:
      return applyPlace(market, cmd, at, nowMs, sink);
    case KIND_CANCEL:
      return applyCancel(market, cmd, at, nowMs, sink);
    case KIND_LIST:
      return applyList(market, cmd, at, nowMs, sink);
    case KIND_REDUCE:
      return applyReduce(market, cmd, at, nowMs, sink);
    case KIND_AMEND:
      return applyAmend(market, cmd, at, nowMs, sink);
    case KIND_FREEZE:
    case KIND_UNFREEZE:
      return applyFreeze(market, cmd, at, sink);
    case KIND_TICK:
      return applyTick(market, cmd, at, nowMs, sink);
    default:
      // The kind is checked at runtime too: commands arrive as structured-clone data.
      return Code.INVALID_FIELD;
  }
}

const edgeRecord = new Float64Array(RECORD_FIELDS);
const edgeSink = new EventSink();

/**
 * The readable form: encodes the command (interning its ids), applies it and materializes the
 * outcome. A place or list that left nothing indexed gives its new number back.
 */
export function applyCommand(
  market: MarketState,
  command: MarketCommand,
  nowMs: number,
): CommandOutcome {
  assertSafeInteger(nowMs, 'nowMs');
  encodeCommand(market, command, edgeRecord, 0);
  const code = applyRecord(market, edgeRecord, 0, nowMs, edgeSink);
  releaseUnused(market, edgeRecord, 0);
  return materialize(market, edgeSink, command.ref, code, nowMs);
}

/**
 * Releases the number a rejected place or list took for an id that is not remembered (an
 * entry the command accepted and already forgot gave its number back as it was forgotten).
 */
export function releaseUnused(market: MarketState, cmd: Float64Array, at: number): void {
  const kind = cmd[at + F_KIND];
  const no = cmd[at + F_ENTRY] ?? -1;
  if (no < 0 || cmd[at + F_MARKET_OK] !== 1) return;
  const ids = market.ids;
  if (kind === KIND_PLACE && !market.lend.pool.present(no) && ids.orderTaken(no)) {
    ids.releaseOrder(no);
  }
  if (kind === KIND_LIST && !market.tranches.pool.present(no) && ids.trancheTaken(no)) {
    ids.releaseTranche(no);
  }
}

function amountAndRateCode(amountFen: number, rateBps: number): ResultCode {
  const amountCode = checkAmountFen(amountFen);
  if (amountCode !== Code.OK) return amountCode;
  return checkRateBps(rateBps);
}

function placeCode(market: MarketState, cmd: Float64Array, at: number, nowMs: number) {
  if (cmd[at + F_MARKET_OK] !== 1) return Code.UNKNOWN_MARKET;
  if (cmd[at + F_ENTRY] === ID_INVALID) return Code.INVALID_ORDER_ID;
  const amountFen = cmd[at + F_AMOUNT] ?? Number.NaN;
  const valueCode = amountAndRateCode(amountFen, cmd[at + F_RATE] ?? Number.NaN);
  if (valueCode !== Code.OK) return valueCode;
  if (cmd[at + F_TIF] === TIF_INVALID) return Code.TIME_IN_FORCE_INVALID;
  const expiry = expiryCode(cmd[at + F_EXPIRY] ?? Number.NaN, nowMs);
  if (expiry !== Code.OK) return expiry;
  const lenderNo = cmd[at + F_ACCOUNT] ?? -1;
  if (market.frozenNos.size > 0 && market.frozenNos.has(lenderNo)) return Code.ACCOUNT_FROZEN;
  if (amountFen < market.rules.minTicketFen) return Code.BELOW_MIN_TICKET;
  if (market.restingCount >= market.restingOrdersMax) return Code.BOOK_FULL;
  return Code.OK;
}

function applyPlace(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
  sink: EventSink,
): ResultCode {
  const code = placeCode(market, cmd, at, nowMs);
  if (code !== Code.OK) return code;
  const orderNo = cmd[at + F_ENTRY] ?? -1;
  const amountFen = cmd[at + F_AMOUNT] ?? 0;
  const rateBps = cmd[at + F_RATE] ?? 0;
  const tif = cmd[at + F_TIF] ?? TIF_INVALID;
  const expiresAtMs = cmd[at + F_EXPIRY] ?? 0;
  const pool = market.lend.pool;
  if (pool.present(orderNo)) {
    const same =
      pool.cold(orderNo, C_AMOUNT) === amountFen &&
      pool.placedRate(orderNo) === rateBps &&
      pool.tifCode(orderNo) === tif &&
      pool.num(orderNo, E_EXPIRES) === expiresAtMs;
    if (!same) return Code.DUPLICATE_ORDER_ID;
    sink.push(EV_ACCEPTED, 0, orderNo, NONE);
    sink.seq = pool.cold(orderNo, C_SEQ);
    return Code.OK;
  }
  const lenderNo = cmd[at + F_ACCOUNT] ?? -1;
  if (tif === TIF_FOK) {
    const availableFen = fillableFen(market, lenderNo, rateBps, amountFen, nowMs);
    if (availableFen < amountFen) return Code.FOK_NOT_FILLABLE;
  }
  const seq = nextSeq(market);
  sink.seq = seq;
  pool.init(orderNo, lenderNo, rateBps, amountFen, tif, seq, expiresAtMs);
  // The accepted event leads the list; it is read from the entry's accepted state (below).
  sink.push(EV_ACCEPTED, 0, orderNo, NONE);
  matchAggressor(market, SIDE_LEND, orderNo, seq, nowMs, sink);
  finishOrder(market, orderNo, tif, sink);
  return Code.OK;
}

/** Rests, closes as filled, or closes the IOC remainder; records the state for retries. */
function finishOrder(market: MarketState, order: number, tif: number, sink: EventSink): void {
  const pool = market.lend.pool;
  const remainingFen = pool.remaining(order);
  if (remainingFen === 0) {
    pool.setState(order, STATE_FILLED);
    orderClosed(market, order, 0, CLOSE_FILLED, sink);
  } else if (tif === TIF_GTC) {
    pool.setState(order, STATE_RESTING);
    rest(market, SIDE_LEND, order);
  } else {
    // A FOK that passed its fillability check fills completely, so only IOC gets here.
    assert(tif === TIF_IOC, 'only an IOC leaves an unfilled remainder');
    pool.setState(order, STATE_CANCELLED);
    orderClosed(market, order, remainingFen, CLOSE_IOC_REMAINDER, sink);
  }
  pool.setCold(order, C_ACCEPTED_FILLED, pool.filled(order));
}

function applyCancel(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
  sink: EventSink,
): ResultCode {
  const code = openOrderCode(market, cmd, at, nowMs);
  if (code !== Code.OK) return code;
  sink.seq = nextSeq(market);
  closeOrder(market, cmd[at + F_ENTRY] ?? NONE, CLOSE_CANCELLED, sink);
  return Code.OK;
}

function listCode(market: MarketState, cmd: Float64Array, at: number, nowMs: number) {
  if (cmd[at + F_MARKET_OK] !== 1) return Code.UNKNOWN_MARKET;
  if (cmd[at + F_ENTRY] === ID_INVALID) return Code.INVALID_ORDER_ID;
  if (cmd[at + F_ACCOUNT] === ID_INVALID) return Code.INVALID_ORDER_ID;
  const valueCode = amountAndRateCode(cmd[at + F_AMOUNT] ?? Number.NaN, cmd[at + F_RATE] ?? 0);
  if (valueCode !== Code.OK) return valueCode;
  const deadline = expiryCode(cmd[at + F_EXPIRY] ?? Number.NaN, nowMs);
  if (deadline !== Code.OK) return deadline;
  const borrowerNo = cmd[at + F_ACCOUNT] ?? -1;
  if (market.frozenNos.size > 0 && market.frozenNos.has(borrowerNo)) return Code.ACCOUNT_FROZEN;
  if (market.restingCount >= market.restingOrdersMax) return Code.BOOK_FULL;
  return Code.OK;
}

function applyList(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
  sink: EventSink,
): ResultCode {
  const code = listCode(market, cmd, at, nowMs);
  if (code !== Code.OK) return code;
  const trancheNo = cmd[at + F_ENTRY] ?? -1;
  const borrowerNo = cmd[at + F_ACCOUNT] ?? -1;
  const amountFen = cmd[at + F_AMOUNT] ?? 0;
  const rateBps = cmd[at + F_RATE] ?? 0;
  const deadlineMs = cmd[at + F_EXPIRY] ?? 0;
  const pool = market.tranches.pool;
  if (pool.present(trancheNo)) {
    const same =
      pool.int(trancheNo, E_OWNER) === borrowerNo &&
      pool.cold(trancheNo, C_AMOUNT) === amountFen &&
      pool.placedRate(trancheNo) === rateBps &&
      pool.num(trancheNo, E_EXPIRES) === deadlineMs;
    if (!same) return Code.TRANCHE_EXISTS;
    sink.push(EV_TRANCHE_LISTED, 0, trancheNo, NONE);
    sink.seq = pool.cold(trancheNo, C_SEQ);
    return Code.OK;
  }
  const seq = nextSeq(market);
  sink.seq = seq;
  pool.init(trancheNo, borrowerNo, rateBps, amountFen, TIF_GTC, seq, deadlineMs);
  if (market.capActive) market.deriveCap(trancheNo);
  // Only a tranche that can expire needs its fills listed for refunds.
  if (deadlineMs !== EXPIRY_NONE) pool.setAllocations(trancheNo, []);
  sink.push(EV_TRANCHE_LISTED, 0, trancheNo, NONE);
  matchAggressor(market, SIDE_TRANCHE, trancheNo, seq, nowMs, sink);
  finishTranche(market, trancheNo, sink);
  return Code.OK;
}

function finishTranche(market: MarketState, tranche: number, sink: EventSink): void {
  const pool = market.tranches.pool;
  if (pool.remaining(tranche) === 0) {
    pool.setState(tranche, STATE_FILLED);
    market.retireSlot(SIDE_TRANCHE, tranche);
    sink.pushEntry(EV_TRANCHE_FUNDED, FUNDED_FULLY, tranche, pool.cold(tranche, C_AMOUNT));
  } else {
    pool.setState(tranche, STATE_RESTING);
    rest(market, SIDE_TRANCHE, tranche);
  }
  pool.setCold(tranche, C_ACCEPTED_FILLED, pool.filled(tranche));
}
