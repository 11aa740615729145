/**
 * Re-applies one journal entry to a posting core.
 *
 * Goal: rebuild state through exactly the calls that produced it, so replay cannot drift from
 * live behaviour, and turn an entry that does not apply cleanly into a reported reason.
 *
 * Method: dispatch on the entry kind to the same PostingCore method a live call uses. A journaled
 * entry was applied when it was written, so on replay it must apply again (code OK and a state
 * change); anything else means the journal is not one this code wrote. For a release the
 * journaled amount is the result, and it must equal what the core releases now.
 */
import { codeName, Code, type ResultCode } from '../shared/index.js';
import { EntryKind, type EntryFields } from './entry-codec.js';
import type { PostingCore } from './posting.js';

/** Returns undefined when the entry applied, or the reason it did not. */
export function replayEntry(core: PostingCore, entry: EntryFields): string | undefined {
  const code = dispatch(core, entry);
  if (code !== Code.OK) return `entry does not apply: ${codeName(code)}`;
  if (!core.applied) return 'entry repeats an earlier transfer';
  if (entry.kind === EntryKind.releaseHold && core.resultFen !== entry.amountFen) {
    return `release of ${core.resultFen} fen journaled as ${entry.amountFen}`;
  }
  return undefined;
}

function dispatch(core: PostingCore, entry: EntryFields): ResultCode {
  const { id, ref1, ref2, amountFen } = entry;
  // Unused strings must be empty: one meaning, one encoding.
  const usesRef2 = entry.kind === EntryKind.heldToEscrow || entry.kind === EntryKind.disburse;
  if (!usesRef2 && ref2 !== '') return Code.INVALID_FIELD;
  switch (entry.kind) {
    case EntryKind.deposit:
      return core.deposit(id, ref1, amountFen);
    case EntryKind.hold:
      return core.hold(id, ref1, amountFen);
    case EntryKind.heldToEscrow:
      return core.transferHeldToEscrow(id, ref1, ref2, amountFen);
    case EntryKind.releaseHold:
      return core.releaseHold(id, ref1);
    case EntryKind.disburse:
      return core.disburse(id, ref1, ref2, amountFen);
  }
}
