/**
 * Test helpers for the ledger: temporary directories and a walk over the journal's records, so
 * tests can cut or corrupt the file at exact record boundaries.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const journalName = 'ledger.journal';
/** Mirrors the layout in src/ledger/entry-codec.ts; the codec test checks the two agree. */
export const headerBytes = 48;

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-'));
}

export function journalPath(dir: string): string {
  return path.join(dir, journalName);
}

export interface RecordSpan {
  start: number;
  bodyStart: number;
  hashStart: number;
  end: number;
}

/** The byte spans of every complete record, read from the length fields. */
export function recordSpans(file: string): RecordSpan[] {
  const bytes = fs.readFileSync(file);
  const spans: RecordSpan[] = [];
  let start = headerBytes;
  while (start + 4 <= bytes.length) {
    const bodyBytes = bytes.readUInt32LE(start);
    const end = start + 4 + bodyBytes + 32;
    if (end > bytes.length) break;
    spans.push({ start, bodyStart: start + 4, hashStart: end - 32, end });
    start = end;
  }
  return spans;
}

/** Flips every bit of one byte of the file. */
export function flipByte(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
  fs.writeFileSync(file, bytes);
}

/** A small seeded generator (mulberry32): same seed, same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
