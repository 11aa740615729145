/**
 * quoteString stands in for the query parameters ClickHouse 18.16 lacks, so it is tested twice:
 * as text, and by sending nasty values through a real SELECT and reading them back unchanged.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isIdentifier, quoteString } from '../../src/disclosure/index.js';
import { adminClient, selectAll } from '../helpers/clickhouse.js';

const nasty = [
  '',
  'plain',
  "it's",
  "''",
  '\\',
  "\\'",
  "'; DROP TABLE x; --",
  "x' OR '1'='1",
  'back\\slash and \\n not a newline',
  'real\nnewline\tand tab\r',
  'nul\0inside',
  '\\0',
  '中文 借款人 🚀',
  '`backtick` "double" $dollar {param:String}',
];

describe('quoteString', () => {
  it('escapes backslash, quote and NUL', () => {
    expect(quoteString("it's")).toBe("'it\\'s'");
    expect(quoteString('a\\b')).toBe("'a\\\\b'");
    expect(quoteString('a\0b')).toBe("'a\\0b'");
    expect(quoteString("'; DROP TABLE x; --")).toBe("'\\'; DROP TABLE x; --'");
  });

  it('refuses lone surrogates, which cannot reach the server unchanged', () => {
    expect(() => quoteString('a\ud800b')).toThrow(RangeError);
    expect(quoteString('🚀')).toBe("'🚀'");
  });

  it('accepts only plain identifiers as names', () => {
    expect(isIdentifier('lending')).toBe(true);
    expect(isIdentifier('t_x_1')).toBe(true);
    for (const bad of ['', '1x', 'a-b', 'a.b', 'a b', 'a;drop', '`a`']) {
      expect(isIdentifier(bad)).toBe(false);
    }
  });

  describe('round trip through a real SELECT', () => {
    const client = adminClient();
    afterAll(() => client.close());

    it.each(nasty.map((value) => [JSON.stringify(value), value]))('%s', async (_, value) => {
      const rows = await selectAll(
        client,
        `SELECT ${quoteString(value)} AS v, length(${quoteString(value)}) AS n`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.['v']).toBe(value);
      expect(Number(rows[0]?.['n'])).toBe(Buffer.byteLength(value, 'utf8'));
    });

    it('keeps an injection attempt inside the literal in a WHERE clause', async () => {
      const value = "'; DROP TABLE x; --";
      const rows = await selectAll(
        client,
        `SELECT count() AS n FROM system.one WHERE ${quoteString(value)} = ${quoteString(value)}`,
      );
      expect(rows[0]?.['n']).toBe('1');
    });
  });
});
