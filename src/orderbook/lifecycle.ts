/**
 * The commands that change what already rests: reduce (keeps priority), amend (loses
 * priority), freeze / unfreeze of an account, and the tick that expires orders and tranches.
 * Method: the same validation ladders, command records and event sink as engine.ts; every
 * change goes through the book sides so level totals, counts and the rate bitsets stay exact.
 */
import { Code, assert, checkAmountFen, checkRateBps, type ResultCode } from '../shared/index.js';
import { shareCeilFen, type MarketState } from './book.js';
import {
  F_ACCOUNT,
  F_AMOUNT,
  F_ENTRY,
  F_KIND,
  F_MARKET_OK,
  F_RATE,
  KIND_FREEZE,
} from './command-record.js';
import { ID_INVALID } from './ids.js';
import { matchAggressor } from './matcher.js';
import { closeOrder, nextSeq, openOrderCode, orderClosed } from './outcomes.js';
import {
  C_AMOUNT,
  E_OWNER,
  E_PRIORITY,
  E_RATE,
  C_SEQ,
  NONE,
  SIDE_LEND,
  SIDE_TRANCHE,
} from './price-level.js';
import {
  CLOSE_CANCELLED,
  CLOSE_EXPIRED,
  CLOSE_FILLED,
  CLOSE_FROZEN,
  EV_ACCOUNT_STATUS,
  EV_ORDER_AMENDED,
  EV_ORDER_REDUCED,
  EV_TRANCHE_EXPIRED,
  EV_TRANCHE_FUNDED,
  FUNDED_DEADLINE,
  type EventSink,
} from './sink.js';

export function applyReduce(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
  sink: EventSink,
): ResultCode {
  const code = openOrderCode(market, cmd, at, nowMs);
  if (code !== Code.OK) return code;
  const order = cmd[at + F_ENTRY] ?? NONE;
  const reduceByFen = cmd[at + F_AMOUNT] ?? Number.NaN;
  const amountCode = checkAmountFen(reduceByFen);
  if (amountCode !== Code.OK) return amountCode;
  sink.seq = nextSeq(market);
  const pool = market.lend.pool;
  // Reducing by everything that is left is a cancel: nothing would rest.
  if (reduceByFen >= pool.remaining(order)) {
    closeOrder(market, order, CLOSE_CANCELLED, sink);
    return Code.OK;
  }
  pool.reduce(order, reduceByFen);
  market.lend.reduceTotal(pool.int(order, E_RATE), reduceByFen);
  const index = sink.push(EV_ORDER_REDUCED, 0, order, NONE);
  sink.set(index, reduceByFen, pool.remaining(order), 0, 0, 0, 0);
  return Code.OK;
}

export function applyAmend(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
  sink: EventSink,
): ResultCode {
  const code = openOrderCode(market, cmd, at, nowMs);
  if (code !== Code.OK) return code;
  const order = cmd[at + F_ENTRY] ?? NONE;
  const rateBps = cmd[at + F_RATE] ?? Number.NaN;
  const rateCode = checkRateBps(rateBps);
  if (rateCode !== Code.OK) return rateCode;
  const seq = nextSeq(market);
  sink.seq = seq;
  const pool = market.lend.pool;
  // Out of its level and back in at the tail of the new one: the order loses its priority.
  market.lend.removeSlot(order);
  pool.setInt(order, E_RATE, rateBps);
  pool.setNum(order, E_PRIORITY, seq);
  // The amended event leads; its remainder is known once matching is done.
  const amended = sink.push(EV_ORDER_AMENDED, 0, order, NONE);
  matchAggressor(market, SIDE_LEND, order, seq, nowMs, sink);
  const remainingFen = pool.remaining(order);
  sink.set(amended, rateBps, remainingFen, 0, 0, 0, 0);
  if (remainingFen === 0) orderClosed(market, order, 0, CLOSE_FILLED, sink);
  else market.lend.appendSlot(order);
  return Code.OK;
}

/** The resting orders of one account, oldest first. */
function restingOrdersOf(market: MarketState, accountNo: number): number[] {
  const pool = market.lend.pool;
  const orders: number[] = [];
  for (let slot = 0; slot < pool.capacity; slot += 1) {
    if (pool.present(slot) && pool.resting(slot) && pool.int(slot, E_OWNER) === accountNo) {
      orders.push(slot);
    }
  }
  return orders.sort((a, b) => pool.cold(a, C_SEQ) - pool.cold(b, C_SEQ));
}

export function applyFreeze(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  sink: EventSink,
): ResultCode {
  if (cmd[at + F_MARKET_OK] !== 1) return Code.UNKNOWN_MARKET;
  const accountNo = cmd[at + F_ACCOUNT] ?? ID_INVALID;
  if (accountNo === ID_INVALID) return Code.INVALID_ORDER_ID;
  sink.seq = nextSeq(market);
  const frozen = cmd[at + F_KIND] === KIND_FREEZE;
  const accountId = market.ids.accountName(accountNo);
  const index = sink.push(EV_ACCOUNT_STATUS, frozen ? 1 : 0, NONE, NONE);
  sink.set(index, accountNo, 0, 0, 0, 0, 0);
  if (frozen) {
    market.frozen.add(accountId);
    market.frozenNos.add(accountNo);
    // Every resting order of the account closes now, oldest first, so its holds are released.
    // A freeze is rare: walking the pool is cheaper than a per-lender index.
    for (const order of restingOrdersOf(market, accountNo)) {
      closeOrder(market, order, CLOSE_FROZEN, sink);
    }
  } else {
    market.frozen.delete(accountId);
    market.frozenNos.delete(accountNo);
  }
  return Code.OK;
}

export function applyTick(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
  sink: EventSink,
): ResultCode {
  if (cmd[at + F_MARKET_OK] !== 1) return Code.UNKNOWN_MARKET;
  const expiries = market.expiries;
  for (let handle = expiries.popDue(nowMs); handle !== -1; handle = expiries.popDue(nowMs)) {
    const slot = handle >>> 1;
    const side = handle & 1 ? SIDE_TRANCHE : SIDE_LEND;
    const pool = market.sideOf(side).pool;
    // Entries that left the book another way stay in the heap until due (lazy deletion); a
    // forgotten entry's slot may hold a newer entry, told apart by its seq.
    if (!pool.resting(slot) || pool.cold(slot, C_SEQ) !== expiries.poppedSeq) continue;
    if (side === SIDE_LEND) closeOrder(market, slot, CLOSE_EXPIRED, sink);
    else trancheDeadline(market, slot, sink);
  }
  if (sink.count > 0) sink.seq = nextSeq(market);
  return Code.OK;
}

/** A tranche at its deadline originates at the funded amount or expires with its refunds. */
function trancheDeadline(market: MarketState, tranche: number, sink: EventSink): void {
  const pool = market.tranches.pool;
  assert(pool.remaining(tranche) > 0, 'a resting tranche is not fully funded');
  market.tranches.removeSlot(tranche);
  market.retireSlot(SIDE_TRANCHE, tranche);
  const minFundedFen = shareCeilFen(pool.cold(tranche, C_AMOUNT), market.rules.minFundedShareBps);
  const filledFen = pool.filled(tranche);
  if (filledFen > 0 && filledFen >= minFundedFen) {
    const index = sink.push(EV_TRANCHE_FUNDED, FUNDED_DEADLINE, tranche, NONE);
    sink.set(index, filledFen, 0, 0, 0, 0, 0);
    return;
  }
  assert(pool.allocationsOf(tranche) !== null, 'a tranche with a deadline lists its fills');
  const index = sink.push(EV_TRANCHE_EXPIRED, 0, tranche, NONE);
  sink.set(index, filledFen, minFundedFen, 0, 0, 0, 0);
}
