/**
 * TabSeparated encoding of the sink's rows, done once when a row is added.
 *
 * Goal: ingest at the rate ClickHouse parses (about 0.9 M fills/s here for one TSV stream),
 * which JSON encoding or keeping a JS object per queued row could not reach: measured with
 * 1 M fills, objects held until their batch was sent cost more in garbage collection than the
 * encoding itself. Method: a row becomes one TSV line (its batch's version already in it) as
 * it is added; lines gather in strings of `linesPerChunk` and each full string becomes a Buffer
 * outside the JS heap. The rare retry path reads the keys back out of the lines.
 */
import { assert } from '../shared/index.js';
import type { FillRow } from './fill.js';
import type { FactRecord } from './tables.js';

const tsvEscapes: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\0': '\\0',
};
const tsvSpecial = /[\\\t\n\r\0]/;
const tsvSpecialAll = /[\\\t\n\r\0]/g;

/** A TabSeparated field: backslash, tab, line breaks and NUL escaped (18.16 and current). */
export function tsvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return tsvSpecial.test(value)
    ? value.replace(tsvSpecialAll, (ch) => tsvEscapes[ch] ?? ch)
    : value;
}

const tsvUnescapes: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r', '0': '\0' };

/** The inverse of tsvField for strings (the landed check compares keys in clear). */
export function tsvUnescape(field: string): string {
  if (!field.includes('\\')) return field;
  return field.replace(/\\(.)/g, (_, ch: string) => tsvUnescapes[ch] ?? ch);
}

/**
 * An id or ref already validated as printable ASCII (validateFill): a backslash is the only
 * character to escape, and a plain search is several times cheaper than the regular expression.
 */
function idField(value: string): string {
  return value.includes('\\') ? tsvField(value) : value;
}

/**
 * A validated fill's line, columns in the order of schema.ts (checked by the sink at load time
 * and by the round-trip tests). Spelt out: fills are the bulk of the rows.
 */
export function fillLine(r: FillRow, version: number): string {
  return (
    `${idField(r.fillId)}\t${r.seq}\t${idField(r.marketId)}\t${idField(r.trancheId)}\t` +
    `${idField(r.borrowerRef)}\t${idField(r.lenderRef)}\t${r.amountFen}\t${r.rateBps}\t` +
    `${Math.floor(r.timeMs / 1000)}\t${r.timeMs}\t${tsvField(r.explanation)}\t${version}\n`
  );
}

/** A validated record's line; `record.inserted_version` must already be set. */
export function recordLine(record: FactRecord, columns: readonly string[]): string {
  let line = '';
  for (let c = 0; c < columns.length; c += 1) {
    const value = record[columns[c] ?? ''];
    assert(value !== undefined, 'a record has every column');
    line += c === 0 ? tsvField(value) : `\t${tsvField(value)}`;
  }
  return `${line}\n`;
}

/** The key of a line (fields at `keyIndexes`, unescaped, joined by \x1f as keySql does). */
export function lineKey(line: string, keyIndexes: readonly number[]): string {
  const fields = line.split('\t');
  return keyIndexes.map((i) => tsvUnescape(fields[i] ?? '')).join('\u001f');
}

/** Lines gathered per string before it becomes a Buffer (about 150 KB of fills). */
const linesPerChunk = 1_000;

/** One batch being filled: its version is fixed when it opens, so lines are final at once. */
export class BodyBuilder {
  readonly chunks: Buffer[] = [];
  rows = 0;
  #text = '';
  #textRows = 0;

  add(line: string): void {
    this.#text += line;
    this.#textRows += 1;
    this.rows += 1;
    if (this.#textRows >= linesPerChunk) this.#seal();
  }

  /** The whole body; the builder must not be used after. */
  finish(): Buffer[] {
    this.#seal();
    return this.chunks;
  }

  #seal(): void {
    if (this.#textRows === 0) return;
    this.chunks.push(Buffer.from(this.#text, 'utf8'));
    this.#text = '';
    this.#textRows = 0;
  }
}

/** Every line of a body (without the line breaks). */
export function bodyLines(chunks: readonly Buffer[]): string[] {
  const text = Buffer.concat(chunks).toString('utf8');
  const lines = text.split('\n');
  assert(lines.at(-1) === '', 'a body ends with a line break');
  lines.pop();
  return lines;
}
