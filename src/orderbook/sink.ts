/**
 * The core's event buffer: every event of a command as a type code, a reason code, up to two
 * entry slots and six numbers, in preallocated typed arrays that grow only when a command emits
 * more events than ever before. Method: the matcher and the handlers push codes and numbers
 * (no object, no string per event); materialize() turns them into the readable MarketEvent
 * objects at the edge (applyCommand, a shard's batch). Whatever can still change after the
 * command (remainders, rates) is captured as a number when pushed; entry slots are read only
 * for what never changes within the command (ids, the placed amount, the accepted state,
 * allocations). The first slot is an order (or the one entry of the event), the second a
 * tranche; the event type says which side a lone slot is on. A slot the command forgot still
 * reads back: nothing reuses it before the edge numbers the next command's ids.
 */
import { Code, assert, type ResultCode } from '../shared/index.js';
import type { IdTable } from './ids.js';
import {
  C_ACCEPTED_FILLED,
  C_AMOUNT,
  E_OWNER,
  NONE,
  STATE_RESTING,
  stateByCode,
  type EntryPool,
} from './price-level.js';
import type { AllocationRule, CommandOutcome, MarketEvent, OrderClosedEvent } from './types.js';

export const EV_ACCEPTED = 1;
export const EV_FILL = 2;
export const EV_ORDER_CLOSED = 3;
export const EV_ORDER_REDUCED = 4;
export const EV_ORDER_AMENDED = 5;
export const EV_TRANCHE_LISTED = 6;
export const EV_TRANCHE_FUNDED = 7;
export const EV_TRANCHE_EXPIRED = 8;
export const EV_ACCOUNT_STATUS = 9;

/** Reason codes (the `code` of an event): close reasons, funding reasons, fill rules. */
export const closeReasons: readonly OrderClosedEvent['reason'][] = [
  'cancelled',
  'ioc_remainder',
  'filled',
  'expired',
  'frozen',
];
export const CLOSE_CANCELLED = 0;
export const CLOSE_IOC_REMAINDER = 1;
export const CLOSE_FILLED = 2;
export const CLOSE_EXPIRED = 3;
export const CLOSE_FROZEN = 4;
export const FUNDED_FULLY = 0;
export const FUNDED_DEADLINE = 1;
export const fillRules: readonly AllocationRule[] = [
  'order_remaining',
  'tranche_remaining',
  'lender_cap',
];
/** A fill's code: rule index, plus RESTING_TRANCHE when the tranche was the resting side. */
export const RESTING_TRANCHE = 4;

const stride = 6;
const initialCapacity = 256;

export class EventSink {
  count = 0;
  /** The seq the command took (0 for a rejection or a tick that expired nothing). */
  seq = 0;
  types = new Uint8Array(initialCapacity);
  codes = new Uint8Array(initialCapacity);
  nums = new Float64Array(initialCapacity * stride);
  first = new Int32Array(initialCapacity);
  second = new Int32Array(initialCapacity);

  reset(): void {
    this.count = 0;
    this.seq = 0;
  }

  /** Appends an event; returns its index (set() fills numbers known only later). */
  push(type: number, code: number, first: number, second: number): number {
    if (this.count === this.types.length) this.#grow();
    const index = this.count;
    this.types[index] = type;
    this.codes[index] = code;
    this.first[index] = first;
    this.second[index] = second;
    this.count = index + 1;
    return index;
  }

  /** An event of one entry with one number (a close, a funding): the rest of its numbers 0. */
  pushEntry(type: number, code: number, slot: number, n0: number): void {
    if (this.count === this.types.length) this.#grow();
    const index = this.count;
    this.types[index] = type;
    this.codes[index] = code;
    this.first[index] = slot;
    this.second[index] = NONE;
    this.count = index + 1;
    const at = index * stride;
    const nums = this.nums;
    nums[at] = n0;
    nums[at + 1] = 0;
    nums[at + 2] = 0;
    nums[at + 3] = 0;
    nums[at + 4] = 0;
    nums[at + 5] = 0;
  }

  /** A fill event (the matcher's one hot event): its first three numbers; finishFill the rest. */
  pushFill(code: number, order: number, tranche: number, n0: number, n1: number, n2: number) {
    if (this.count === this.types.length) this.#grow();
    const index = this.count;
    this.types[index] = EV_FILL;
    this.codes[index] = code;
    this.first[index] = order;
    this.second[index] = tranche;
    this.count = index + 1;
    const at = index * stride;
    const nums = this.nums;
    nums[at] = n0;
    nums[at + 1] = n1;
    nums[at + 2] = n2;
  }

  finishFill(n3: number, n4: number, n5: number): void {
    const at = (this.count - 1) * stride;
    const nums = this.nums;
    nums[at + 3] = n3;
    nums[at + 4] = n4;
    nums[at + 5] = n5;
  }

  set(index: number, n0: number, n1: number, n2: number, n3: number, n4: number, n5: number) {
    assert(index < this.count, 'the event was pushed');
    const at = index * stride;
    const nums = this.nums;
    nums[at] = n0;
    nums[at + 1] = n1;
    nums[at + 2] = n2;
    nums[at + 3] = n3;
    nums[at + 4] = n4;
    nums[at + 5] = n5;
  }

  num(index: number, slot: number): number {
    return this.nums[index * stride + slot] ?? 0;
  }

  #grow(): void {
    const capacity = this.types.length * 2;
    const types = new Uint8Array(capacity);
    types.set(this.types);
    this.types = types;
    const codes = new Uint8Array(capacity);
    codes.set(this.codes);
    this.codes = codes;
    const nums = new Float64Array(capacity * stride);
    nums.set(this.nums);
    this.nums = nums;
    const first = new Int32Array(capacity);
    first.set(this.first);
    this.first = first;
    const second = new Int32Array(capacity);
    second.set(this.second);
    this.second = second;
  }
}

/** What materialize needs of the market besides the sink: the ids and both pools. */
export interface EventContext {
  marketId: string;
  ids: IdTable;
  lend: { pool: EntryPool };
  tranches: { pool: EntryPool };
}

function slotOf(sink: EventSink, index: number, which: 0 | 1): number {
  const slot = which === 0 ? sink.first[index] : sink.second[index];
  assert(slot !== undefined && slot !== NONE, 'the event names its entry');
  return slot;
}

/** The readable outcome of the command whose events are in the sink. */
export function materialize(
  context: EventContext,
  sink: EventSink,
  ref: number,
  code: ResultCode,
  nowMs: number,
): CommandOutcome {
  assert(code === Code.OK || sink.count === 0, 'a rejection has no events');
  const events: MarketEvent[] = [];
  for (let index = 0; index < sink.count; index += 1) {
    events.push(eventAt(context, sink, index, nowMs));
  }
  return { ref, seq: code === Code.OK ? sink.seq : 0, code, events };
}

function eventAt(context: EventContext, sink: EventSink, index: number, nowMs: number) {
  const type = sink.types[index];
  if (type === EV_FILL) return fillAt(context, sink, index, nowMs);
  if (type === EV_ACCOUNT_STATUS) {
    const event: MarketEvent = {
      type: 'account_status',
      marketId: context.marketId,
      accountId: context.ids.accountName(sink.num(index, 0)),
      frozen: sink.codes[index] === 1,
    };
    return event;
  }
  const slot = slotOf(sink, index, 0);
  if (type === EV_ACCEPTED) return acceptedAt(context, slot);
  if (type === EV_TRANCHE_LISTED) return listedAt(context, slot);
  return entryEventAt(context, sink, index, slot);
}

function listedAt(context: EventContext, slot: number): MarketEvent {
  const pool = context.tranches.pool;
  return {
    type: 'tranche_listed',
    marketId: context.marketId,
    trancheId: context.ids.trancheName(slot),
    borrowerId: context.ids.accountName(pool.int(slot, E_OWNER)),
    amountFen: pool.cold(slot, C_AMOUNT),
    maxRateBps: pool.placedRate(slot),
    filledFen: pool.cold(slot, C_ACCEPTED_FILLED),
  };
}

function acceptedAt(context: EventContext, slot: number): MarketEvent {
  const pool = context.lend.pool;
  const amountFen = pool.cold(slot, C_AMOUNT);
  const filledFen = pool.cold(slot, C_ACCEPTED_FILLED);
  const stateCode = pool.stateCode(slot);
  const state = stateByCode[stateCode];
  assert(state !== undefined, 'accepted state code');
  return {
    type: 'accepted',
    marketId: context.marketId,
    lenderId: context.ids.accountName(pool.int(slot, E_OWNER)),
    clientOrderId: context.ids.orderName(slot),
    amountFen,
    filledFen,
    restingFen: stateCode === STATE_RESTING ? amountFen - filledFen : 0,
    state,
  };
}

function orderEventAt(
  context: EventContext,
  sink: EventSink,
  index: number,
  slot: number,
): MarketEvent {
  const type = sink.types[index];
  const marketId = context.marketId;
  const lenderId = context.ids.accountName(context.lend.pool.int(slot, E_OWNER));
  const clientOrderId = context.ids.orderName(slot);
  const n0 = sink.num(index, 0);
  if (type === EV_ORDER_CLOSED) {
    const reason = closeReasons[sink.codes[index] ?? 0];
    assert(reason !== undefined, 'close reason code');
    return { type: 'order_closed', marketId, lenderId, clientOrderId, releasedFen: n0, reason };
  }
  const n1 = sink.num(index, 1);
  return type === EV_ORDER_REDUCED
    ? {
        type: 'order_reduced',
        marketId,
        lenderId,
        clientOrderId,
        releasedFen: n0,
        remainingFen: n1,
      }
    : {
        type: 'order_amended',
        marketId,
        lenderId,
        clientOrderId,
        minRateBps: n0,
        remainingFen: n1,
      };
}

function entryEventAt(
  context: EventContext,
  sink: EventSink,
  index: number,
  slot: number,
): MarketEvent {
  const type = sink.types[index];
  if (type === EV_ORDER_CLOSED || type === EV_ORDER_REDUCED || type === EV_ORDER_AMENDED) {
    return orderEventAt(context, sink, index, slot);
  }
  const marketId = context.marketId;
  const pool = context.tranches.pool;
  const trancheId = context.ids.trancheName(slot);
  const borrowerId = context.ids.accountName(pool.int(slot, E_OWNER));
  const n0 = sink.num(index, 0);
  if (type === EV_TRANCHE_FUNDED) {
    const reason = sink.codes[index] === FUNDED_FULLY ? 'fully_funded' : 'deadline';
    return { type: 'tranche_funded', marketId, trancheId, borrowerId, amountFen: n0, reason };
  }
  assert(type === EV_TRANCHE_EXPIRED, `event type ${type} is known`);
  const allocations = pool.allocationsOf(slot);
  assert(allocations !== null, 'an expired tranche lists its fills');
  return {
    type: 'tranche_expired',
    marketId,
    trancheId,
    borrowerId,
    amountFen: pool.cold(slot, C_AMOUNT),
    filledFen: n0,
    minFundedFen: sink.num(index, 1),
    refunds: allocations.map((allocation) => ({ ...allocation })),
  };
}

function fillAt(context: EventContext, sink: EventSink, index: number, nowMs: number) {
  const order = slotOf(sink, index, 0);
  const tranche = slotOf(sink, index, 1);
  const ids = context.ids;
  const code = sink.codes[index] ?? 0;
  const rule = fillRules[code & 3];
  assert(rule !== undefined, 'fill rule code');
  const event: MarketEvent = {
    type: 'fill',
    fillId: `${context.marketId}:${sink.seq}:${sink.num(index, 5)}`,
    marketId: context.marketId,
    trancheId: ids.trancheName(tranche),
    borrowerId: ids.accountName(context.tranches.pool.int(tranche, E_OWNER)),
    lenderId: ids.accountName(context.lend.pool.int(order, E_OWNER)),
    clientOrderId: ids.orderName(order),
    amountFen: sink.num(index, 0),
    rateBps: sink.num(index, 1),
    orderRemainingFen: sink.num(index, 2),
    trancheRemainingFen: sink.num(index, 3),
    timeMs: nowMs,
    rule,
    restingSide: (code & RESTING_TRANCHE) !== 0 ? 'tranche' : 'order',
    restingSeq: sink.num(index, 4),
    explanation: '',
  };
  return event;
}
