/**
 * A fill as the disclosure module stores it, its validation, and its mapping to and from the
 * ClickHouse row. Goal: nothing reaches ClickHouse that it would reject (one bad value rejects a
 * whole batch) or that could lose precision. Method: every field is checked at `addFill`, the
 * boundary where facts leave the core, and answered with a ResultCode instead of throwing.
 */
import {
  Code,
  checkRateBps,
  isValidId,
  isValidMarketId,
  type ResultCode,
} from '../shared/index.js';
import type { MarketEvent } from '../orderbook/types.js';

export interface FillRow {
  /** Fill id from the matcher (1-64 printable ASCII). */
  fillId: string;
  /** Sequence number of the command that made the fill (safe integer >= 0). */
  seq: number;
  marketId: string;
  trancheId: string;
  /** Borrower and lender references: ALREADY hashed or masked by the caller. */
  borrowerRef: string;
  lenderRef: string;
  /** Positive safe integer of fen. */
  amountFen: number;
  rateBps: number;
  /** Unix milliseconds, UTC. */
  timeMs: number;
  explanation: string;
}

/** The ClickHouse row: column names as in schema.ts. */
export type FillRecord = {
  fill_id: string;
  seq: number;
  market_id: string;
  tranche_id: string;
  borrower_ref: string;
  lender_ref: string;
  amount_fen: number;
  rate_bps: number;
  /** Unix seconds: JSONEachRow reads a number into DateTime on 18.16 and current releases. */
  time: number;
  time_ms: number;
  explanation: string;
  inserted_version: number;
};

/** References are hashes or masks: printable ASCII, so raw names (e.g. in Chinese) never pass. */
const refPattern = /^[\x21-\x7e]{1,128}$/;
export const explanationCharsMax = 4_096;
/** A lone surrogate would reach ClickHouse as an invalid escape and reject the whole batch. */
const loneSurrogate = /\p{Cs}/u;
/** DateTime is a UInt32 of seconds: it ends in 2106. */
const timeMsMax = 4_294_967_295_999;

function isSafeNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function idsValid(row: FillRow): boolean {
  return (
    isValidId(row.fillId) &&
    isValidId(row.trancheId) &&
    isValidMarketId(row.marketId) &&
    typeof row.borrowerRef === 'string' &&
    refPattern.test(row.borrowerRef) &&
    typeof row.lenderRef === 'string' &&
    refPattern.test(row.lenderRef)
  );
}

/**
 * The amount is only required to be a positive safe integer, not below limits.amountFenMax: that
 * cap is a business rule checked where orders enter; here we only guard what ClickHouse stores.
 */
function numbersValid(row: FillRow): boolean {
  return (
    isSafeNonNegative(row.seq) &&
    isSafeNonNegative(row.amountFen) &&
    row.amountFen > 0 &&
    typeof row.rateBps === 'number' &&
    checkRateBps(row.rateBps) === Code.OK &&
    isSafeNonNegative(row.timeMs) &&
    row.timeMs <= timeMsMax
  );
}

/** The engine's fill as analytics store it, users as refs: the service and the backfill agree. */
export function fillRowOf(
  event: Extract<MarketEvent, { type: 'fill' }>,
  seq: number,
  ref: (userId: string) => string,
): FillRow {
  return {
    fillId: event.fillId,
    seq,
    marketId: event.marketId,
    trancheId: event.trancheId,
    borrowerRef: ref(event.borrowerId),
    lenderRef: ref(event.lenderId),
    amountFen: event.amountFen,
    rateBps: event.rateBps,
    timeMs: event.timeMs,
    explanation: event.explanation,
  };
}

export function validateFill(row: FillRow): ResultCode {
  if (typeof row !== 'object' || row === null) return Code.INVALID_FIELD;
  if (!idsValid(row) || !numbersValid(row)) return Code.INVALID_FIELD;
  const text = row.explanation;
  if (typeof text !== 'string' || text.length > explanationCharsMax || loneSurrogate.test(text)) {
    return Code.INVALID_FIELD;
  }
  return Code.OK;
}

/** Maps a validated fill to its row. Copies every field so later caller mutations are harmless. */
export function toFillRecord(row: FillRow, insertedVersion: number): FillRecord {
  return {
    fill_id: row.fillId,
    seq: row.seq,
    market_id: row.marketId,
    tranche_id: row.trancheId,
    borrower_ref: row.borrowerRef,
    lender_ref: row.lenderRef,
    amount_fen: row.amountFen,
    rate_bps: row.rateBps,
    time: Math.floor(row.timeMs / 1000),
    time_ms: row.timeMs,
    explanation: row.explanation,
    inserted_version: insertedVersion,
  };
}
