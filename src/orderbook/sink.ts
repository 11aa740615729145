/**
 * The core's event buffer: every event of a command as a type code, a reason code, up to two
 * entry references and six numbers, in preallocated arrays that grow only when a command emits
 * more events than ever before. Method: the matcher and the handlers push codes and numbers
 * (no object, no string per event); materialize() turns them into the readable MarketEvent
 * objects at the edge (applyCommand, a shard's batch). Whatever can still change after the
 * command (remainders, rates) is captured as a number when pushed; entry references are read
 * only for what never changes (ids, the placed amount, the accepted state, allocations).
 */
import { Code, assert, type ResultCode } from '../shared/index.js';
import type { BookEntry } from './price-level.js';
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
  first: (BookEntry | null)[] = new Array<BookEntry | null>(initialCapacity).fill(null);
  second: (BookEntry | null)[] = new Array<BookEntry | null>(initialCapacity).fill(null);

  reset(): void {
    this.count = 0;
    this.seq = 0;
  }

  /** Appends an event; returns its index (set() fills numbers known only later). */
  push(type: number, code: number, first: BookEntry | null, second: BookEntry | null): number {
    if (this.count === this.types.length) this.#grow();
    const index = this.count;
    this.types[index] = type;
    this.codes[index] = code;
    this.first[index] = first;
    this.second[index] = second;
    this.count = index + 1;
    return index;
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
    for (let index = this.first.length; index < capacity; index += 1) {
      this.first.push(null);
      this.second.push(null);
    }
  }
}

/** What materialize needs of the market besides the sink. */
export interface EventContext {
  marketId: string;
  accountName(no: number): string;
}

function entryOf(sink: EventSink, index: number, which: 0 | 1): BookEntry {
  const entry = which === 0 ? sink.first[index] : sink.second[index];
  assert(entry !== null && entry !== undefined, 'the event names its entry');
  return entry;
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
      accountId: context.accountName(sink.num(index, 0)),
      frozen: sink.codes[index] === 1,
    };
    return event;
  }
  const entry = entryOf(sink, index, 0);
  if (type === EV_ACCEPTED || type === EV_TRANCHE_LISTED) return openingAt(context, entry);
  return entryEventAt(context, sink, index, entry);
}

function openingAt(context: EventContext, entry: BookEntry): MarketEvent {
  if (entry.side === 1) {
    return {
      type: 'tranche_listed',
      marketId: context.marketId,
      trancheId: entry.entryId,
      borrowerId: entry.ownerId,
      amountFen: entry.amountFen,
      maxRateBps: entry.placedRateBps,
      filledFen: entry.acceptedFilledFen,
    };
  }
  const restingFen =
    entry.acceptedState === 'resting' ? entry.amountFen - entry.acceptedFilledFen : 0;
  return {
    type: 'accepted',
    marketId: context.marketId,
    lenderId: entry.ownerId,
    clientOrderId: entry.entryId,
    amountFen: entry.amountFen,
    filledFen: entry.acceptedFilledFen,
    restingFen,
    state: entry.acceptedState,
  };
}

function entryEventAt(
  context: EventContext,
  sink: EventSink,
  index: number,
  entry: BookEntry,
): MarketEvent {
  const type = sink.types[index];
  const marketId = context.marketId;
  const code = sink.codes[index] ?? 0;
  const n0 = sink.num(index, 0);
  const n1 = sink.num(index, 1);
  if (type === EV_ORDER_CLOSED) {
    const reason = closeReasons[code];
    assert(reason !== undefined, 'close reason code');
    const { ownerId: lenderId, entryId: clientOrderId } = entry;
    return { type: 'order_closed', marketId, lenderId, clientOrderId, releasedFen: n0, reason };
  }
  if (type === EV_ORDER_REDUCED || type === EV_ORDER_AMENDED) {
    const ids = { marketId, lenderId: entry.ownerId, clientOrderId: entry.entryId };
    return type === EV_ORDER_REDUCED
      ? { type: 'order_reduced', ...ids, releasedFen: n0, remainingFen: n1 }
      : { type: 'order_amended', ...ids, minRateBps: n0, remainingFen: n1 };
  }
  const trancheId = entry.entryId;
  const borrowerId = entry.ownerId;
  if (type === EV_TRANCHE_FUNDED) {
    const reason = code === FUNDED_FULLY ? 'fully_funded' : 'deadline';
    return { type: 'tranche_funded', marketId, trancheId, borrowerId, amountFen: n0, reason };
  }
  assert(type === EV_TRANCHE_EXPIRED, `event type ${type} is known`);
  const allocations = entry.allocations;
  assert(allocations !== null, 'an expired tranche lists its allocations');
  return {
    type: 'tranche_expired',
    marketId,
    trancheId,
    borrowerId,
    amountFen: entry.amountFen,
    filledFen: n0,
    minFundedFen: n1,
    refunds: allocations.map((allocation) => ({ ...allocation })),
  };
}

function fillAt(context: EventContext, sink: EventSink, index: number, nowMs: number) {
  const order = entryOf(sink, index, 0);
  const tranche = entryOf(sink, index, 1);
  const code = sink.codes[index] ?? 0;
  const rule = fillRules[code & 3];
  assert(rule !== undefined, 'fill rule code');
  const event: MarketEvent = {
    type: 'fill',
    fillId: `${context.marketId}:${sink.seq}:${sink.num(index, 5)}`,
    marketId: context.marketId,
    trancheId: tranche.entryId,
    borrowerId: tranche.ownerId,
    lenderId: order.ownerId,
    clientOrderId: order.entryId,
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
