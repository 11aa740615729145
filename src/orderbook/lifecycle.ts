/**
 * The commands that change what already rests: reduce (keeps priority), amend (loses
 * priority), freeze / unfreeze of an account, and the tick that expires orders and tranches.
 * Method: the same validation ladders and outcome shapes as engine.ts; every change goes
 * through the book sides so level totals, counts and the rate bitsets stay exact.
 */
import { Code, assert, checkAmountFen, checkRateBps, isValidId } from '../shared/index.js';
import { shareCeilFen, type MarketState } from './book.js';
import { matchAggressor } from './matcher.js';
import { closeOrder, nextSeq, openOrderOf, orderClosed, rejected } from './outcomes.js';
import { SIDE_LEND, type BookEntry } from './price-level.js';
import type {
  AmendCommand,
  CommandOutcome,
  FreezeCommand,
  MarketEvent,
  ReduceCommand,
  TickCommand,
} from './types.js';

export function applyReduce(
  market: MarketState,
  command: ReduceCommand,
  nowMs: number,
): CommandOutcome {
  const entry = openOrderOf(market, command, nowMs);
  if (typeof entry === 'number') return rejected(command.ref, entry);
  const amountCode = checkAmountFen(command.reduceByFen);
  if (amountCode !== Code.OK) return rejected(command.ref, amountCode);
  const seq = nextSeq(market);
  const remainingFen = entry.remainingFen;
  // Reducing by everything that is left is a cancel: nothing would rest.
  if (command.reduceByFen >= remainingFen) {
    return {
      ref: command.ref,
      seq,
      code: Code.OK,
      events: [closeOrder(market, entry, 'cancelled')],
    };
  }
  entry.reducedFen += command.reduceByFen;
  market.lend.level(entry.rateBps).totalFen -= command.reduceByFen;
  const event: MarketEvent = {
    type: 'order_reduced',
    marketId: market.marketId,
    lenderId: entry.ownerId,
    clientOrderId: entry.entryId,
    releasedFen: command.reduceByFen,
    remainingFen: entry.remainingFen,
  };
  return { ref: command.ref, seq, code: Code.OK, events: [event] };
}

export function applyAmend(
  market: MarketState,
  command: AmendCommand,
  nowMs: number,
): CommandOutcome {
  const entry = openOrderOf(market, command, nowMs);
  if (typeof entry === 'number') return rejected(command.ref, entry);
  const rateCode = checkRateBps(command.minRateBps);
  if (rateCode !== Code.OK) return rejected(command.ref, rateCode);
  const seq = nextSeq(market);
  // Out of its level and back in at the tail of the new one: the order loses its priority.
  market.lend.remove(entry);
  entry.rateBps = command.minRateBps;
  entry.prioritySeq = seq;
  const events: MarketEvent[] = [];
  matchAggressor(market, entry, seq, nowMs, events);
  if (entry.remainingFen === 0) events.push(orderClosed(market, entry, 0, 'filled'));
  else market.lend.append(entry);
  events.unshift({
    type: 'order_amended',
    marketId: market.marketId,
    lenderId: entry.ownerId,
    clientOrderId: entry.entryId,
    minRateBps: entry.rateBps,
    remainingFen: entry.remainingFen,
  });
  return { ref: command.ref, seq, code: Code.OK, events };
}

export function applyFreeze(market: MarketState, command: FreezeCommand): CommandOutcome {
  if (command.marketId !== market.marketId) return rejected(command.ref, Code.UNKNOWN_MARKET);
  if (!isValidId(command.accountId)) return rejected(command.ref, Code.INVALID_ORDER_ID);
  const seq = nextSeq(market);
  const frozen = command.kind === 'freeze';
  const events: MarketEvent[] = [
    { type: 'account_status', marketId: market.marketId, accountId: command.accountId, frozen },
  ];
  if (frozen) {
    market.frozen.add(command.accountId);
    // Every resting order of the account closes now, oldest first, so its holds are released.
    const orders = market.ordersById.ofLender(command.accountId);
    if (orders !== undefined) {
      for (const entry of orders)
        if (entry.resting) events.push(closeOrder(market, entry, 'frozen'));
    }
  } else {
    market.frozen.delete(command.accountId);
  }
  return { ref: command.ref, seq, code: Code.OK, events };
}

export function applyTick(
  market: MarketState,
  command: TickCommand,
  nowMs: number,
): CommandOutcome {
  if (command.marketId !== market.marketId) return rejected(command.ref, Code.UNKNOWN_MARKET);
  const events: MarketEvent[] = [];
  for (let entry = market.expiries.popDue(nowMs); entry !== null;) {
    // Entries that left the book another way stay in the heap until due (lazy deletion).
    if (entry.resting) {
      if (entry.side === SIDE_LEND) events.push(closeOrder(market, entry, 'expired'));
      else events.push(trancheDeadline(market, entry));
    }
    entry = market.expiries.popDue(nowMs);
  }
  const seq = events.length > 0 ? nextSeq(market) : 0;
  return { ref: command.ref, seq, code: Code.OK, events };
}

/** A tranche at its deadline originates at the funded amount or expires with its refunds. */
function trancheDeadline(market: MarketState, tranche: BookEntry): MarketEvent {
  assert(tranche.remainingFen > 0, 'a resting tranche is not fully funded');
  market.tranches.remove(tranche);
  market.retire(tranche);
  const minFundedFen = shareCeilFen(tranche.amountFen, market.rules.minFundedShareBps);
  if (tranche.filledFen > 0 && tranche.filledFen >= minFundedFen) {
    return {
      type: 'tranche_funded',
      marketId: market.marketId,
      trancheId: tranche.entryId,
      borrowerId: tranche.ownerId,
      amountFen: tranche.filledFen,
      reason: 'deadline',
    };
  }
  const allocations = tranche.allocations;
  assert(allocations !== null, 'a tranche with a deadline lists its allocations');
  return {
    type: 'tranche_expired',
    marketId: market.marketId,
    trancheId: tranche.entryId,
    borrowerId: tranche.ownerId,
    amountFen: tranche.amountFen,
    filledFen: tranche.filledFen,
    minFundedFen,
    refunds: allocations.map((allocation) => ({ ...allocation })),
  };
}
