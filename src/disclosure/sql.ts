/**
 * SQL text helpers for ClickHouse 18.16, which has no query parameters (`{x:String}` and the
 * client's `query_params` fail there with "Unknown setting param_x"). Goal: every value spliced
 * into SQL goes through one tested function. Method: string literals use backslash escaping,
 * which both 18.16 and current ClickHouse read the same way; names are never escaped but
 * restricted to plain identifiers, so there is nothing to escape.
 */
import { assert } from '../shared/index.js';

/** A lone UTF-16 surrogate cannot be encoded as UTF-8; Node would silently write U+FFFD. */
const loneSurrogate = /\p{Cs}/u;

/**
 * Quotes a string as a ClickHouse SQL literal: `it's` -> `'it\'s'`. Backslash and quote are
 * escaped (a backslash starts an escape sequence inside ClickHouse literals), and NUL is written
 * as `\0` so the query text never carries a raw NUL byte (some proxies and logs cut there).
 * Other characters, newlines included, are legal inside a quoted literal as they are.
 * Throws on lone surrogates: the value could not reach the server unchanged.
 */
export function quoteString(value: string): string {
  assert(typeof value === 'string', 'quoteString takes a string');
  if (loneSurrogate.test(value)) {
    throw new RangeError('quoteString: the value contains a lone UTF-16 surrogate');
  }
  const escaped = value.replace(/[\\'\0]/g, (ch) => (ch === '\0' ? '\\0' : `\\${ch}`));
  return `'${escaped}'`;
}

/** Database and table names are spliced into SQL unquoted, so only plain identifiers pass. */
const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function isIdentifier(name: string): boolean {
  return typeof name === 'string' && identifierPattern.test(name);
}

export function assertIdentifier(name: string, what: string): void {
  assert(isIdentifier(name), `${what} must be a plain identifier ([A-Za-z_][A-Za-z0-9_]*)`);
}
