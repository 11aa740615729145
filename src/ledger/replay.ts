/**
 * Re-applies one journal entry to a posting core.
 *
 * Goal: rebuild state through exactly the calls that produced it, so replay cannot drift from
 * live behaviour, and turn an entry that does not apply cleanly into a reported reason.
 *
 * Method: dispatch on the entry kind to the same PostingCore method a live call uses, decoding
 * the argument section of kinds 6 and up (commands.ts) and requiring it to be consumed exactly.
 * A journaled entry was applied when it was written, so on replay it must apply again (code OK
 * and a state change); anything else means the journal is not one this code wrote. For a release
 * and a 代偿 payout the journaled amount is the result, and it must equal what the core moves now.
 */
import { codeName, Code, type ResultCode } from '../shared/index.js';
import { ArgReader, readLegs, readOriginateRequest } from './commands.js';
import { EntryKind, type EntryFields } from './entry-codec.js';
import type { PostingCore } from './posting.js';

/** Returns undefined when the entry applied, or the reason it did not. */
export function replayEntry(core: PostingCore, entry: EntryFields): string | undefined {
  const code = dispatch(core, entry);
  if (code === malformedArgs) return 'malformed arguments';
  if (code !== Code.OK) return `entry does not apply: ${codeName(code)}`;
  if (!core.applied) return 'entry repeats an earlier transfer';
  const resultKind = entry.kind === EntryKind.releaseHold || entry.kind === EntryKind.compensate;
  if (resultKind && core.resultFen !== entry.amountFen) {
    return `${core.resultFen} fen moved, journaled as ${entry.amountFen}`;
  }
  return undefined;
}

const malformedArgs = -1;
const refsUsed: Readonly<Record<EntryKind, 1 | 2 | 3>> = {
  [EntryKind.deposit]: 2,
  [EntryKind.hold]: 2,
  [EntryKind.heldToEscrow]: 3,
  [EntryKind.releaseHold]: 2,
  [EntryKind.disburse]: 3,
  [EntryKind.withdraw]: 2,
  [EntryKind.platformDeposit]: 1,
  [EntryKind.linked]: 1,
  [EntryKind.originate]: 3,
  [EntryKind.repay]: 2,
  [EntryKind.compensate]: 2,
  [EntryKind.tick]: 1,
  [EntryKind.releasePart]: 2,
};

function dispatch(core: PostingCore, entry: EntryFields): ResultCode | typeof malformedArgs {
  const { id, ref1, ref2, amountFen } = entry;
  // Unused strings must be empty: one meaning, one encoding.
  const used = refsUsed[entry.kind];
  if ((used < 3 && ref2 !== '') || (used < 2 && ref1 !== '')) return Code.INVALID_FIELD;
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
    default:
      return dispatchWithArgs(core, entry);
  }
}

function dispatchWithArgs(
  core: PostingCore,
  entry: EntryFields,
): ResultCode | typeof malformedArgs {
  const { id, ref1, ref2, amountFen } = entry;
  const reader = new ArgReader(entry.args, 0, entry.args.length);
  let apply: () => ResultCode;
  switch (entry.kind) {
    case EntryKind.withdraw:
      apply = () => core.withdraw(id, ref1, amountFen);
      break;
    case EntryKind.platformDeposit:
      apply = () => core.platformDeposit(id, amountFen);
      break;
    case EntryKind.releasePart:
      apply = () => core.releaseHoldPart(id, ref1, amountFen);
      break;
    case EntryKind.linked: {
      const legs = readLegs(reader);
      apply = () => core.transferLinked(id, legs);
      break;
    }
    case EntryKind.originate: {
      const request = readOriginateRequest(reader, id, ref1, ref2);
      apply = () => core.originate(request);
      break;
    }
    default: {
      const nowMs = reader.i64();
      if (entry.kind === EntryKind.repay) apply = () => core.repay(id, ref1, amountFen, nowMs);
      else if (entry.kind === EntryKind.compensate) apply = () => core.compensate(id, ref1, nowMs);
      else apply = () => core.tick(id, nowMs).code;
    }
  }
  if (reader.bad || !reader.done) return malformedArgs;
  return apply();
}
