/**
 * Inclusion proofs: a lender's entry links to the published head; any change to the entry, a
 * link or the head breaks the proof; bad requests get no proof.
 */
import { describe, expect, it } from 'vitest';
import { checkProof, openLedger, proveEntry } from '../../src/ledger/index.js';
import { tempDir } from './helpers.js';

async function sampleJournal(): Promise<{ dir: string; head: string }> {
  const dir = tempDir();
  const ledger = await openLedger({ dir, durability: 'none' });
  ledger.deposit('d1', 'alice', 1_000);
  ledger.hold('h1', 'alice', 600);
  ledger.transferHeldToEscrow('fill-1', 'h1', 'T1', 500);
  ledger.deposit('d2', 'bob', 70);
  ledger.withdraw('w1', 'bob', 20);
  const head = ledger.headHash();
  await ledger.close();
  return { dir, head };
}

describe('inclusion proofs', () => {
  it('proves each entry against the published head', async () => {
    const { dir, head } = await sampleJournal();
    for (let index = 0; index < 5; index++) {
      const proof = await proveEntry(dir, index);
      expect(proof?.links).toHaveLength(4 - index);
      const check = checkProof(proof ?? expect.fail('no proof'), head);
      expect(check.ok, check.reason).toBe(true);
      expect(check.entry?.seq).toBe(index + 1);
    }
    const fill = checkProof((await proveEntry(dir, 2)) ?? expect.fail('no proof'), head);
    expect(fill.entry).toMatchObject({ id: 'fill-1', ref1: 'h1', ref2: 'T1', amountFen: 500 });
  });

  it('proves against an earlier head too', async () => {
    const { dir } = await sampleJournal();
    const proof = (await proveEntry(dir, 1, 2)) ?? expect.fail('no proof');
    expect(proof.links).toHaveLength(1);
    expect(checkProof(proof, proof.headHash).ok).toBe(true);
  });

  it('fails when the entry, a link or the head is changed', async () => {
    const { dir, head } = await sampleJournal();
    const proof = (await proveEntry(dir, 1)) ?? expect.fail('no proof');
    const flip = (hex: string, at: number): string =>
      hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);
    expect(checkProof({ ...proof, record: flip(proof.record, 30) }, head).ok).toBe(false);
    const links = [flip(proof.links[0] ?? '', 20), ...proof.links.slice(1)];
    expect(checkProof({ ...proof, links }, head).ok).toBe(false);
    expect(checkProof(proof, flip(head, 5)).ok).toBe(false);
    expect(checkProof({ ...proof, prevHash: 'zz' }, head).ok).toBe(false);
    expect(checkProof({ ...proof, links: proof.links.slice(1) }, head).ok).toBe(false);
  });

  it('gives no proof for an entry that is not there', async () => {
    const { dir } = await sampleJournal();
    expect(await proveEntry(dir, 5)).toBeUndefined();
    expect(await proveEntry(dir, -1)).toBeUndefined();
    expect(await proveEntry(dir, 3, 2)).toBeUndefined();
    expect(await proveEntry(dir, 0, 9)).toBeUndefined();
  });
});
