/**
 * The sink's TSV encoding: fields escape what TabSeparated needs and read back exactly (the
 * landed check on a retry compares keys read out of the encoded lines), a fill's line has its
 * columns in table order, and a body splits back into its lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BodyBuilder,
  bodyLines,
  fillLine,
  lineKey,
  tsvField,
  tsvUnescape,
} from '../../src/disclosure/tsv.js';
import { sampleFill } from './fixtures.js';

describe('sink TSV encoding', () => {
  it('escapes backslash, tab, line breaks and NUL', () => {
    expect(tsvField('a\\b\tc\nd\re\0f')).toBe('a\\\\b\\tc\\nd\\re\\0f');
    expect(tsvField(12)).toBe('12');
    expect(tsvField('plain')).toBe('plain');
  });

  it('reads every string back exactly, with no tab or line break left in the field', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const field = tsvField(value);
        expect(field).not.toMatch(/[\t\n\r\0]/);
        expect(tsvUnescape(field)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('spells a fill in table order, version last, and finds its key', () => {
    const fill = { ...sampleFill(), fillId: 'f\\7', explanation: 'best\trate' };
    const line = fillLine(fill, 42);
    const fields = line.slice(0, -1).split('\t');
    expect(fields).toHaveLength(12);
    expect(fields[0]).toBe('f\\\\7');
    expect(fields[8]).toBe(String(Math.floor(fill.timeMs / 1000)));
    expect(fields[10]).toBe('best\\trate');
    expect(fields[11]).toBe('42');
    expect(lineKey(line.slice(0, -1), [2, 0])).toBe(`${fill.marketId}\u001ff\\7`);
  });

  it('gathers lines into buffers and splits them back', () => {
    const body = new BodyBuilder();
    const lines = Array.from({ length: 2_500 }, (_, i) => `row ${i}\t${'é'.repeat(i % 3)}`);
    for (const line of lines) body.add(`${line}\n`);
    const chunks = body.finish();
    expect(chunks.length).toBe(3);
    expect(body.rows).toBe(2_500);
    expect(bodyLines(chunks)).toEqual(lines);
  });
});
