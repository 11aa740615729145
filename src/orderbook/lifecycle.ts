/**
 * The commands that change what already rests: reduce (keeps priority), amend (loses
 * priority), freeze / unfreeze of an account, and the tick that expires orders and tranches.
 * Method: the same validation ladders, command records and event sink as engine.ts; every
 * change goes through the book sides so level totals, counts and the rate bitsets stay exact.
 */
import { Code, assert, checkAmountFen, checkRateBps, type ResultCode } from '../shared/index.js';
import { shareCeilFen, type MarketState } from './book.js';
import { F_ACCOUNT, F_AMOUNT, F_KIND, F_MARKET_OK, F_RATE, KIND_FREEZE } from './command-record.js';
import { ID_INVALID } from './ids.js';
import { matchAggressor } from './matcher.js';
import { closeOrder, nextSeq, openOrderOf, orderClosed } from './outcomes.js';
import { SIDE_LEND, type BookEntry } from './price-level.js';
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
  const entry = openOrderOf(market, cmd, at, nowMs);
  if (typeof entry === 'number') return entry;
  const reduceByFen = cmd[at + F_AMOUNT] ?? Number.NaN;
  const amountCode = checkAmountFen(reduceByFen);
  if (amountCode !== Code.OK) return amountCode;
  sink.seq = nextSeq(market);
  // Reducing by everything that is left is a cancel: nothing would rest.
  if (reduceByFen >= entry.remainingFen) {
    closeOrder(market, entry, CLOSE_CANCELLED, sink);
    return Code.OK;
  }
  entry.reducedFen += reduceByFen;
  market.lend.level(entry.rateBps).totalFen -= reduceByFen;
  const index = sink.push(EV_ORDER_REDUCED, 0, entry, null);
  sink.set(index, reduceByFen, entry.remainingFen, 0, 0, 0, 0);
  return Code.OK;
}

export function applyAmend(
  market: MarketState,
  cmd: Float64Array,
  at: number,
  nowMs: number,
  sink: EventSink,
): ResultCode {
  const entry = openOrderOf(market, cmd, at, nowMs);
  if (typeof entry === 'number') return entry;
  const rateBps = cmd[at + F_RATE] ?? Number.NaN;
  const rateCode = checkRateBps(rateBps);
  if (rateCode !== Code.OK) return rateCode;
  const seq = nextSeq(market);
  sink.seq = seq;
  // Out of its level and back in at the tail of the new one: the order loses its priority.
  market.lend.remove(entry);
  entry.rateBps = rateBps;
  entry.prioritySeq = seq;
  // The amended event leads; its remainder is known once matching is done.
  const amended = sink.push(EV_ORDER_AMENDED, 0, entry, null);
  matchAggressor(market, entry, seq, nowMs, sink);
  sink.set(amended, entry.rateBps, entry.remainingFen, 0, 0, 0, 0);
  if (entry.remainingFen === 0) orderClosed(market, entry, 0, CLOSE_FILLED, sink);
  else market.lend.append(entry);
  return Code.OK;
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
  const index = sink.push(EV_ACCOUNT_STATUS, frozen ? 1 : 0, null, null);
  sink.set(index, accountNo, 0, 0, 0, 0, 0);
  if (frozen) {
    market.frozen.add(accountId);
    market.frozenNos.add(accountNo);
    // Every resting order of the account closes now, oldest first, so its holds are released.
    // A freeze is rare: walking the remembered orders is cheaper than a per-lender index.
    for (const entry of market.ordersById.values()) {
      if (entry.ownerNo === accountNo && entry.resting) {
        closeOrder(market, entry, CLOSE_FROZEN, sink);
      }
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
  for (let entry = market.expiries.popDue(nowMs); entry !== null;) {
    // Entries that left the book another way stay in the heap until due (lazy deletion).
    if (entry.resting) {
      if (entry.side === SIDE_LEND) closeOrder(market, entry, CLOSE_EXPIRED, sink);
      else trancheDeadline(market, entry, sink);
    }
    entry = market.expiries.popDue(nowMs);
  }
  if (sink.count > 0) sink.seq = nextSeq(market);
  return Code.OK;
}

/** A tranche at its deadline originates at the funded amount or expires with its refunds. */
function trancheDeadline(market: MarketState, tranche: BookEntry, sink: EventSink): void {
  assert(tranche.remainingFen > 0, 'a resting tranche is not fully funded');
  market.tranches.remove(tranche);
  market.retire(tranche);
  const minFundedFen = shareCeilFen(tranche.amountFen, market.rules.minFundedShareBps);
  if (tranche.filledFen > 0 && tranche.filledFen >= minFundedFen) {
    const index = sink.push(EV_TRANCHE_FUNDED, FUNDED_DEADLINE, tranche, null);
    sink.set(index, tranche.filledFen, 0, 0, 0, 0, 0);
    return;
  }
  assert(tranche.allocations !== null, 'a tranche with a deadline lists its allocations');
  const index = sink.push(EV_TRANCHE_EXPIRED, 0, tranche, null);
  sink.set(index, tranche.filledFen, minFundedFen, 0, 0, 0, 0);
}
