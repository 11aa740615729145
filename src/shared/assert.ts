/**
 * Assertions for programmer errors. They stay on in production: a failed invariant means the
 * process state can no longer be trusted, so we crash and let the supervisor replay the journal.
 * User input must be validated (and answered with a ResultCode) before it can reach an assert.
 */

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function assert(condition: unknown, message = 'assertion failed'): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function assertNever(value: never, message = 'unexpected variant'): never {
  throw new AssertionError(`${message}: ${String(value)}`);
}

/** Asserts that a money or count value is a safe integer; returns it for chaining. */
export function assertSafeInteger(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new AssertionError(`${what} is not a safe integer`);
  return value;
}
