/**
 * The core's command form: a fixed record of numbers (kind, ref, ids as numbers, amounts,
 * rate, time in force, expiry) in a Float64Array, so the core reads numbers only.
 * Method: encodeCommand runs at the edge (applyCommand, a shard's batch, a benchmark's setup):
 * it checks the market id, interns the ids in the market's IdTable (a place or list numbers a
 * new id; a cancel, reduce or amend only looks one up) and writes a record. What the ladder
 * must judge stays judgeable: an invalid id is ID_INVALID, a field of the wrong type is NaN
 * (the amount and rate checks reject it with the same codes as before), an absent expiry is
 * EXPIRY_NONE, an unknown time in force is TIF_INVALID, an unknown kind is KIND_INVALID.
 */
import { assert } from '../shared/index.js';
import type { MarketState } from './book.js';
import { ID_INVALID } from './ids.js';
import { EXPIRY_NONE } from './price-level.js';
import type { MarketCommand } from './types.js';

export const RECORD_FIELDS = 9;
export const F_KIND = 0;
export const F_REF = 1;
/** 1 when the command names this market. */
export const F_MARKET_OK = 2;
/** Lender, borrower or account number. */
export const F_ACCOUNT = 3;
/** Order or tranche number. */
export const F_ENTRY = 4;
/** amountFen of a place or list, reduceByFen of a reduce. */
export const F_AMOUNT = 5;
/** minRateBps of a place or amend, maxRateBps of a list. */
export const F_RATE = 6;
export const F_TIF = 7;
/** expiresAtMs of a place, deadlineMs of a list. */
export const F_EXPIRY = 8;

export const KIND_INVALID = 0;
export const KIND_PLACE = 1;
export const KIND_CANCEL = 2;
export const KIND_REDUCE = 3;
export const KIND_AMEND = 4;
export const KIND_LIST = 5;
export const KIND_FREEZE = 6;
export const KIND_UNFREEZE = 7;
export const KIND_TICK = 8;

export const TIF_GTC = 0;
export const TIF_IOC = 1;
export const TIF_FOK = 2;
export const TIF_INVALID = 3;
export const tifNames = ['GTC', 'IOC', 'FOK'] as const;

function tifCode(tif: unknown): number {
  if (tif === 'GTC') return TIF_GTC;
  if (tif === 'IOC') return TIF_IOC;
  return tif === 'FOK' ? TIF_FOK : TIF_INVALID;
}

/** A number field as is; anything else (a string, say) as NaN, which every check rejects. */
function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/** An optional time: absent is EXPIRY_NONE; present and not a safe integer is NaN. */
function expiryOf(value: unknown): number {
  if (value === undefined) return EXPIRY_NONE;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : Number.NaN;
}

/**
 * Writes the record of `command` at `out[at..]`, interning its ids in the market's tables.
 * Ids are not interned for a command of another market (it is rejected first anyway).
 * Encode each command just before it is applied (applyCommand, applyBatch do). Encoding a whole
 * run up front (the benchmark, a test) is valid while the market forgets nothing meanwhile:
 * a forgotten entry's number is released, and a later record naming it would be stale.
 */
export function encodeCommand(
  market: MarketState,
  command: MarketCommand,
  out: Float64Array,
  at: number,
): void {
  assert(at >= 0 && at + RECORD_FIELDS <= out.length, 'the record fits');
  out.fill(0, at, at + RECORD_FIELDS);
  out[at + F_REF] = numberOf(command.ref);
  const marketOk = command.marketId === market.marketId;
  out[at + F_MARKET_OK] = marketOk ? 1 : 0;
  out[at + F_EXPIRY] = EXPIRY_NONE;
  const ids = market.ids;
  switch (command.kind) {
    case 'place':
    case 'cancel':
    case 'reduce':
    case 'amend': {
      out[at + F_KIND] = kindCode(command.kind);
      if (!marketOk) return;
      const lenderNo = ids.account(command.lenderId);
      out[at + F_ACCOUNT] = lenderNo;
      const orderNo = ids.order(lenderNo, command.clientOrderId, command.kind === 'place');
      // Slot storage comes with the number, so the core never grows a pool mid-command.
      if (orderNo >= 0) market.lend.pool.reserve(orderNo + 1);
      out[at + F_ENTRY] = orderNo;
      encodeOrderFields(command, out, at);
      return;
    }
    case 'list':
      out[at + F_KIND] = KIND_LIST;
      out[at + F_ACCOUNT] = marketOk ? ids.account(command.borrowerId) : ID_INVALID;
      out[at + F_ENTRY] = marketOk ? ids.tranche(command.trancheId, true) : ID_INVALID;
      if ((out[at + F_ENTRY] ?? -1) >= 0)
        market.tranches.pool.reserve((out[at + F_ENTRY] ?? 0) + 1);
      out[at + F_AMOUNT] = numberOf(command.amountFen);
      out[at + F_RATE] = numberOf(command.maxRateBps);
      out[at + F_EXPIRY] = expiryOf(command.deadlineMs);
      return;
    case 'freeze':
    case 'unfreeze':
      out[at + F_KIND] = command.kind === 'freeze' ? KIND_FREEZE : KIND_UNFREEZE;
      out[at + F_ACCOUNT] = marketOk ? ids.account(command.accountId) : ID_INVALID;
      return;
    case 'tick':
      out[at + F_KIND] = KIND_TICK;
      return;
    default:
      out[at + F_KIND] = KIND_INVALID;
  }
}

function kindCode(kind: 'place' | 'cancel' | 'reduce' | 'amend'): number {
  if (kind === 'place') return KIND_PLACE;
  if (kind === 'cancel') return KIND_CANCEL;
  return kind === 'reduce' ? KIND_REDUCE : KIND_AMEND;
}

function encodeOrderFields(
  command: Extract<MarketCommand, { kind: 'place' | 'cancel' | 'reduce' | 'amend' }>,
  out: Float64Array,
  at: number,
): void {
  if (command.kind === 'place') {
    out[at + F_AMOUNT] = numberOf(command.amountFen);
    out[at + F_RATE] = numberOf(command.minRateBps);
    out[at + F_TIF] = tifCode(command.tif);
    out[at + F_EXPIRY] = expiryOf(command.expiresAtMs);
  } else if (command.kind === 'reduce') {
    out[at + F_AMOUNT] = numberOf(command.reduceByFen);
  } else if (command.kind === 'amend') {
    out[at + F_RATE] = numberOf(command.minRateBps);
  }
}
