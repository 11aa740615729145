/**
 * Inclusion proofs: a lender checks that an entry of theirs is in the chain whose head the
 * platform published.
 *
 * Goal: a proof that needs nothing but sha256 and the published head hash to check, so a lender
 * can verify it with any language's standard library, without trusting the platform's code.
 *
 * Method: the chain is h(i) = sha256(h(i-1) || record(i)), where record(i) is the record's
 * u32 length and body exactly as stored (entry-codec.ts) and h(-1) is 32 zero bytes. The proof
 * of entry i against the head at entry j >= i holds h(i-1), record(i), h(i), and record(i+1) ..
 * record(j); the checker recomputes h(i) and then each later hash and compares the last with
 * the published head. The proof grows with the distance from the entry to the head, so the
 * platform should publish heads often (e.g. every second) and prove against the first head
 * published after the entry; a logarithmic proof would need a Merkle tree over the hashes,
 * which this journal does not keep.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { EntryFields, decodeBody, hashBytes, lengthBytes, sha256 } from './entry-codec.js';
import { journalFileName, scanJournal } from './journal.js';

export interface InclusionProof {
  /** 0-based index of the proven entry (its seq is index + 1). */
  readonly entryIndex: number;
  /** Index of the entry whose hash is the head the proof ends at. */
  readonly headIndex: number;
  /** Hex: the hash of the entry before (64 zeros for the first). */
  readonly prevHash: string;
  /** Hex: the proven record's u32 length and body. */
  readonly record: string;
  /** Hex: the proven entry's hash. */
  readonly hash: string;
  /** Hex: each later record's u32 length and body, in order, up to the head. */
  readonly links: readonly string[];
  /** Hex: the head hash this proof ends at. */
  readonly headHash: string;
}

export interface ProofCheck {
  readonly ok: boolean;
  readonly reason?: string;
  /** The proven entry, decoded, so the lender sees what is in it. */
  readonly entry?: EntryFields;
}

/** Builds the proof of entry `entryIndex` against the head at `headIndex` (default: last). */
export async function proveEntry(
  dir: string,
  entryIndex: number,
  headIndex?: number,
): Promise<InclusionProof | undefined> {
  const handle = await fs.open(path.join(dir, journalFileName), 'r');
  let prevHash = '';
  let record = '';
  let hash = '';
  let lastHash = '';
  const links: string[] = [];
  try {
    const scan = await scanJournal(handle, (_entry, index, source, start, end) => {
      const bodyEnd = end - hashBytes;
      if (index === entryIndex) {
        prevHash = source.toString('hex', start - hashBytes, start);
        record = source.toString('hex', start, bodyEnd);
        hash = source.toString('hex', bodyEnd, end);
      } else if (index > entryIndex && (headIndex === undefined || index <= headIndex)) {
        links.push(source.toString('hex', start, bodyEnd));
      }
      if (headIndex === undefined || index <= headIndex)
        lastHash = source.toString('hex', bodyEnd, end);
      return undefined;
    });
    const last = headIndex ?? scan.entries - 1;
    if (entryIndex < 0 || entryIndex > last || last >= scan.entries || record === '') {
      return undefined;
    }
    return { entryIndex, headIndex: last, prevHash, record, hash, links, headHash: lastHash };
  } finally {
    await handle.close();
  }
}

const hexHash = /^[0-9a-f]{64}$/;

/** Checks a proof against a head hash published by the platform. Pure; needs only sha256. */
export function checkProof(proof: InclusionProof, publishedHeadHash: string): ProofCheck {
  if (!hexHash.test(proof.prevHash) || !hexHash.test(publishedHeadHash)) {
    return { ok: false, reason: 'hashes must be 64 hex digits' };
  }
  const record = Buffer.from(proof.record, 'hex');
  let hash = sha256(Buffer.concat([Buffer.from(proof.prevHash, 'hex'), record]));
  if (hash.toString('hex') !== proof.hash) return { ok: false, reason: 'the entry hash differs' };
  for (const link of proof.links) hash = sha256(Buffer.concat([hash, Buffer.from(link, 'hex')]));
  if (hash.toString('hex') !== publishedHeadHash) {
    return { ok: false, reason: 'the chain does not end at the published head' };
  }
  const entry = new EntryFields();
  const bodyBytes = record.length >= lengthBytes ? record.readUInt32LE(0) : -1;
  if (bodyBytes !== record.length - lengthBytes) return { ok: false, reason: 'bad record length' };
  const reason = decodeBody(record, lengthBytes, bodyBytes, entry);
  if (reason !== undefined) return { ok: false, reason };
  // The decoded view points into `record`; copy it so the caller owns it.
  entry.args = Uint8Array.from(entry.args);
  return { ok: true, entry };
}
