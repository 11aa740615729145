export { assert, assertNever, assertSafeInteger, AssertionError } from './assert.js';
export { Code, codeName, codeMessage, isResultCode } from './codes.js';
export type { CodeName, ResultCode } from './codes.js';
export { limits } from './limits.js';
export { checkAmountFen, checkRateBps, isValidId, isValidMarketId } from './money.js';
export { acceleratedClock, systemClock, ManualClock } from './clock.js';
export type { Clock } from './clock.js';
