/**
 * Money is an integer number of fen (0.01 CNY) held in a JS number that must be a safe integer.
 * Rates are integer basis points per year. These checks run at every boundary where a value
 * enters from outside (wire, file, database) and answer a ResultCode rather than throwing.
 */
import { Code, type ResultCode } from './codes.js';
import { limits } from './limits.js';

export function checkAmountFen(amountFen: number): ResultCode {
  if (typeof amountFen !== 'number' || !Number.isInteger(amountFen)) {
    return Code.AMOUNT_NOT_SAFE_INTEGER;
  }
  if (!Number.isSafeInteger(amountFen)) return Code.AMOUNT_NOT_SAFE_INTEGER;
  if (amountFen <= 0) return Code.AMOUNT_MUST_BE_POSITIVE;
  if (amountFen > limits.amountFenMax) return Code.AMOUNT_NOT_SAFE_INTEGER;
  return Code.OK;
}

export function checkRateBps(rateBps: number): ResultCode {
  if (!Number.isInteger(rateBps)) return Code.RATE_OUT_OF_RANGE;
  if (rateBps < limits.rateBpsMin || rateBps > limits.rateBpsMax) return Code.RATE_OUT_OF_RANGE;
  return Code.OK;
}

const idPattern = /^[\x21-\x7e]{1,64}$/;

/** Client-supplied ids: 1-64 printable ASCII characters, no spaces. */
export function isValidId(id: string): boolean {
  return typeof id === 'string' && id.length <= limits.idCharsMax && idPattern.test(id);
}

/** Market ids look like `36M:B`: a term in months and a risk grade A-G. */
const marketPattern = /^(\d{1,3})M:([A-G])$/;

export function isValidMarketId(marketId: string): boolean {
  return typeof marketId === 'string' && marketPattern.test(marketId);
}
