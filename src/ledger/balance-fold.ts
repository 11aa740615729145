/**
 * The verifier's lean replay: every balance recomputed straight from the journal's bytes.
 *
 * Goal: recompute the balances of a journal of plain transfers several times faster than
 * replaying it through the posting core, and never accept a journal the posting core would not.
 * Replaying through the core decodes three strings per entry, keeps a record object per
 * transfer id for idempotent retries and re-validates every id with a regular expression; a
 * verification needs none of that, only whether each entry applies and what it moves.
 *
 * Method: each record is parsed in place (the same checks as decodeBody and the scanner's seq
 * check) and folded into plain arrays indexed by numbers that ByteTable gives ids, checking what
 * the posting core's ladder checks for that kind: valid ids, unused references empty, a valid
 * amount, a transfer id (or hold id) never used before (all at once at the end, see
 * idsDistinct), the hold open, the account existing, enough funds, balances within safe
 * integers, and a release journaled with the amount it moved. It covers the argument-free kinds
 * and withdraw, platformDeposit and releasePart; at any other kind it stops as `unsupported`
 * (loans and linked groups need the core), at anything that would not apply as `bad`. A stop
 * says nothing about where or why: the caller then verifies with the posting core, which names
 * the entry. `balances()` lists the accounts in the order the core creates them, so both give
 * equal maps. On this machine (loaded) it took about 300 ns an entry where the posting core's
 * replay took over 2 us.
 */
import { limits } from '../shared/index.js';
import {
  bankCustodyKey,
  bankOperatingKey,
  platformOperatingKey,
  trancheEscrowKey,
  userAvailableKey,
  userHeldKey,
} from './accounts.js';
import { ByteTable } from './byte-table.js';
import { DistinctKeys } from './distinct-keys.js';
import {
  EntryKind,
  bodyBytesMax,
  bodyBytesMin,
  firstKindWithArgs,
  hashBytes,
  lengthBytes,
} from './entry-codec.js';

export const FoldStop = { none: 0, unsupported: 1, bad: 2 } as const;
export type FoldStop = (typeof FoldStop)[keyof typeof FoldStop];

const safeMax = Number.MAX_SAFE_INTEGER;
/** Account groups in creation order: a user's pair, a tranche's escrow, the operating pair. */
const groupUser = 0;
const groupTranche = 1;
const groupOperating = 2;

export class BalanceFold {
  /** Entries folded (all of them applied). */
  entries = 0;
  stop: FoldStop = FoldStop.none;

  /** A 64-bit hash of each transfer id, all checked for repeats at the end. */
  readonly #transferKeys: DistinctKeys;
  /** The same for hold ids: the hold table keeps only the open holds. */
  readonly #holdKeys = new DistinctKeys();
  readonly #holdIds = new ByteTable();
  readonly #userIds = new ByteTable();
  readonly #trancheIds = new ByteTable();
  #custodyFen = 0;
  #custodyTouched = false;
  #bankOperatingFen = 0;
  #platformOperatingFen = 0;
  #operatingMade = false;
  readonly #available: number[] = [];
  readonly #held: number[] = [];
  readonly #heldOpen: number[] = [];
  /** 1 once money moved through the account (the core's `touched`), else 0. */
  readonly #availableTouched: number[] = [];
  readonly #heldTouched: number[] = [];
  readonly #holdUser: number[] = [];
  readonly #holdAmount: number[] = [];
  readonly #holdRemaining: number[] = [];
  readonly #holdOpen: number[] = [];
  readonly #escrow: number[] = [];
  readonly #fills: number[] = [];
  readonly #out: number[] = [];
  /** 3 x number + group, in the order the core makes the accounts. */
  readonly #order: number[] = [];

  /** `expectedEntries`: about how many entries the journal holds (sizes the id table). */
  constructor(expectedEntries = 0) {
    this.#transferKeys = new DistinctKeys(expectedEntries);
  }

  // The fields of the record being folded: offsets into its bytes, lengths, numbers.
  #kind = 0;
  #amount = 0;
  #idAt = 0;
  #idLength = 0;
  #ref1At = 0;
  #ref1Length = 0;
  #ref2At = 0;
  #ref2Length = 0;
  #argBytes = 0;
  /** The 64-bit key of the last id idKey accepted, and the table hash of the last open hold. */
  #keyHigh = 0;
  #keyLow = 0;
  #holdHash = 0;

  /**
   * Folds the whole records in `bytes[pos, end)` and answers the offset after the last one
   * folded. A record running past `end` is left for the caller to pass again with more bytes;
   * after a record that does not fold, `stop` says why and the answer is that record's offset.
   */
  foldRun(bytes: Uint8Array, pos: number, end: number): number {
    while (this.stop === FoldStop.none && end - pos >= lengthBytes) {
      const bodyBytes = readU32(bytes, pos);
      if (bodyBytes < bodyBytesMin || bodyBytes > bodyBytesMax) return this.#fail(pos);
      const recordEnd = pos + lengthBytes + bodyBytes + hashBytes;
      if (recordEnd > end) break;
      if (!this.#parse(bytes, pos + lengthBytes, bodyBytes)) return this.#fail(pos);
      if (!this.#apply(bytes)) return this.#fail(pos);
      this.entries += 1;
      pos = recordEnd;
    }
    return pos;
  }

  /**
   * Whether no transfer id, and no hold id, was used twice (false also, very rarely, when two
   * ids' 64-bit hashes agree).
   */
  idsDistinct(): boolean {
    return this.#transferKeys.allDistinct() && this.#holdKeys.allDistinct();
  }

  /** The posting core's checkInvariants over this state; false if any does not hold. */
  checkInvariants(): boolean {
    let sumFen = this.#custodyFen + this.#bankOperatingFen + this.#platformOperatingFen;
    let ok = this.#platformOperatingFen >= 0 && this.#platformOperatingFen <= safeMax;
    ok &&= this.#custodyFen >= -safeMax && this.#bankOperatingFen >= -safeMax;
    const heldByUser = new Float64Array(this.#userIds.size);
    for (let user = 0; user < this.#userIds.size; user++) {
      const available = this.#available[user] ?? -1;
      const held = this.#held[user] ?? -1;
      ok &&= available >= 0 && available <= safeMax && held >= 0 && held <= safeMax;
      ok &&= held === this.#heldOpen[user];
      sumFen += available + held;
    }
    for (let hold = 0; hold < this.#holdIds.size; hold++) {
      const remaining = this.#holdRemaining[hold] ?? -1;
      ok &&= remaining >= 0 && remaining <= (this.#holdAmount[hold] ?? -1);
      ok &&= this.#holdOpen[hold] === 1 || remaining === 0;
      const user = this.#holdUser[hold] ?? 0;
      heldByUser[user] = (heldByUser[user] ?? 0) + remaining;
    }
    for (let user = 0; user < this.#userIds.size; user++) {
      ok &&= heldByUser[user] === this.#held[user];
    }
    for (let tranche = 0; tranche < this.#trancheIds.size; tranche++) {
      const escrow = this.#escrow[tranche] ?? -1;
      ok &&= escrow >= 0 && escrow <= safeMax;
      ok &&= escrow === (this.#fills[tranche] ?? 0) - (this.#out[tranche] ?? 0);
      sumFen += escrow;
    }
    return ok && sumFen === 0;
  }

  /** Every account money moved through, keyed and ordered as the posting core's balances(). */
  balances(): Map<string, number> {
    const balances = new Map<string, number>();
    if (this.#custodyTouched) balances.set(bankCustodyKey, this.#custodyFen);
    for (const mark of this.#order) {
      const index = Math.floor(mark / 3);
      const group = mark % 3;
      if (group === groupUser) {
        const userId = this.#userIds.text(index);
        const available = this.#available[index] ?? 0;
        if (this.#availableTouched[index] === 1) balances.set(userAvailableKey(userId), available);
        if (this.#heldTouched[index] === 1)
          balances.set(userHeldKey(userId), this.#held[index] ?? 0);
      } else if (group === groupTranche) {
        const trancheId = this.#trancheIds.text(index);
        balances.set(trancheEscrowKey(trancheId), this.#escrow[index] ?? 0);
      } else {
        balances.set(bankOperatingKey, this.#bankOperatingFen);
        balances.set(platformOperatingKey, this.#platformOperatingFen);
      }
    }
    return balances;
  }

  #fail(pos: number): number {
    if (this.stop === FoldStop.none) this.stop = FoldStop.bad;
    return pos;
  }

  /** decodeBody's checks and the scanner's seq check, keeping offsets instead of strings. */
  #parse(bytes: Uint8Array, at: number, bodyBytes: number): boolean {
    const end = at + bodyBytes;
    if (readU64(bytes, at) !== this.entries + 1) return false;
    const kind = bytes[at + 8] ?? 0;
    this.#kind = kind;
    this.#amount = readU64(bytes, at + 9);
    // bodyBytes >= bodyBytesMin puts the three length fields of empty strings within the body.
    this.#idLength = readU16(bytes, at + 17);
    this.#idAt = at + 19;
    let next = this.#idAt + this.#idLength;
    if (next + 2 > end) return false;
    this.#ref1Length = readU16(bytes, next);
    this.#ref1At = next + 2;
    next = this.#ref1At + this.#ref1Length;
    if (next + 2 > end) return false;
    this.#ref2Length = readU16(bytes, next);
    this.#ref2At = next + 2;
    next = this.#ref2At + this.#ref2Length;
    this.#argBytes = 0;
    if (kind >= firstKindWithArgs) {
      if (next + 4 > end) return false;
      this.#argBytes = readU32(bytes, next);
      next += 4 + this.#argBytes;
    }
    return next === end;
  }

  #apply(bytes: Uint8Array): boolean {
    switch (this.#kind) {
      case EntryKind.deposit:
        return this.#ref2Length === 0 && this.#deposit(bytes);
      case EntryKind.hold:
        return this.#ref2Length === 0 && this.#hold(bytes);
      case EntryKind.heldToEscrow:
        return this.#heldToEscrow(bytes);
      case EntryKind.releaseHold:
        return this.#ref2Length === 0 && this.#releaseHold(bytes);
      case EntryKind.disburse:
        return this.#disburse(bytes);
      case EntryKind.withdraw:
        return this.#ref2Length === 0 && this.#argBytes === 0 && this.#withdraw(bytes);
      case EntryKind.platformDeposit:
        return this.#ref1Length === 0 && this.#ref2Length === 0 && this.#platformDeposit(bytes);
      case EntryKind.releasePart:
        return this.#ref2Length === 0 && this.#argBytes === 0 && this.#releasePart(bytes);
      case EntryKind.linked:
      case EntryKind.originate:
      case EntryKind.repay:
      case EntryKind.compensate:
      case EntryKind.tick:
        this.stop = FoldStop.unsupported;
        return false;
      default:
        return false;
    }
  }

  #deposit(bytes: Uint8Array): boolean {
    const amount = this.#amount;
    if (!validAmount(amount) || !this.#newTransfer(bytes)) return false;
    const user = this.#user(bytes, this.#ref1At, this.#ref1Length, true);
    // The core's bound on the custody mirror, the most negative balance.
    if (user < 0 || this.#custodyFen - amount < -safeMax) return false;
    const after = (this.#available[user] ?? 0) + amount;
    if (after > safeMax) return false;
    this.#custodyFen -= amount;
    this.#custodyTouched = true;
    this.#available[user] = after;
    this.#availableTouched[user] = 1;
    return true;
  }

  #hold(bytes: Uint8Array): boolean {
    const amount = this.#amount;
    if (!validAmount(amount) || !this.#idKey(bytes, this.#idAt, this.#idLength)) return false;
    // idHash of the same bytes: the low 31 bits of the key's first half.
    const holdHash = this.#keyHigh & 0x7fffffff;
    const user = this.#user(bytes, this.#ref1At, this.#ref1Length, false);
    if (user < 0 || this.#availableTouched[user] !== 1) return false;
    const available = this.#available[user] ?? 0;
    if (available < amount) return false;
    const hold = this.#holdIds.size;
    // An existing hold id answers HOLD_EXISTS (or a conflict): it changes nothing, never journaled.
    // Open holds are in the table; a closed one shows as a repeated key in idsDistinct.
    if (this.#holdIds.intern(bytes, this.#idAt, this.#idLength, holdHash) !== hold) return false;
    this.#holdKeys.add(this.#keyHigh, this.#keyLow);
    this.#available[user] = available - amount;
    this.#held[user] = (this.#held[user] ?? 0) + amount;
    this.#heldTouched[user] = 1;
    this.#heldOpen[user] = (this.#heldOpen[user] ?? 0) + amount;
    this.#holdUser.push(user);
    this.#holdAmount.push(amount);
    this.#holdRemaining.push(amount);
    this.#holdOpen.push(1);
    return true;
  }

  #heldToEscrow(bytes: Uint8Array): boolean {
    const amount = this.#amount;
    if (!validAmount(amount) || !this.#newTransfer(bytes)) return false;
    const hold = this.#openHold(bytes);
    const trancheHash = idHash(bytes, this.#ref2At, this.#ref2Length);
    if (hold < 0 || trancheHash < 0 || amount > (this.#holdRemaining[hold] ?? 0)) return false;
    const user = this.#holdUser[hold] ?? 0;
    const held = (this.#held[user] ?? 0) - amount;
    const tranche = this.#trancheIds.intern(bytes, this.#ref2At, this.#ref2Length, trancheHash);
    if (tranche === this.#escrow.length) {
      this.#escrow.push(0);
      this.#fills.push(0);
      this.#out.push(0);
      this.#order.push(3 * tranche + groupTranche);
    }
    const escrow = (this.#escrow[tranche] ?? 0) + amount;
    if (held < 0 || escrow > safeMax) return false;
    this.#held[user] = held;
    this.#escrow[tranche] = escrow;
    this.#fills[tranche] = (this.#fills[tranche] ?? 0) + amount;
    this.#heldOpen[user] = (this.#heldOpen[user] ?? 0) - amount;
    this.#holdRemaining[hold] = (this.#holdRemaining[hold] ?? 0) - amount;
    return true;
  }

  /** Closes the hold, moving what remains of it; the entry carries that amount. */
  #releaseHold(bytes: Uint8Array): boolean {
    if (!this.#newTransfer(bytes)) return false;
    const hold = this.#openHold(bytes);
    if (hold < 0) return false;
    const released = this.#holdRemaining[hold] ?? 0;
    if (released !== this.#amount) return false;
    if (released > 0 && !this.#unhold(hold, released)) return false;
    this.#holdRemaining[hold] = 0;
    this.#holdOpen[hold] = 0;
    this.#holdIds.remove(hold, this.#holdHash);
    return true;
  }

  #releasePart(bytes: Uint8Array): boolean {
    const amount = this.#amount;
    if (!validAmount(amount) || !this.#newTransfer(bytes)) return false;
    const hold = this.#openHold(bytes);
    if (hold < 0 || amount > (this.#holdRemaining[hold] ?? 0)) return false;
    if (!this.#unhold(hold, amount)) return false;
    this.#holdRemaining[hold] = (this.#holdRemaining[hold] ?? 0) - amount;
    return true;
  }

  /** Moves `amount` of the hold's user from held back to available. */
  #unhold(hold: number, amount: number): boolean {
    const user = this.#holdUser[hold] ?? 0;
    const held = (this.#held[user] ?? 0) - amount;
    const available = (this.#available[user] ?? 0) + amount;
    if (held < 0 || available > safeMax) return false;
    this.#held[user] = held;
    this.#available[user] = available;
    this.#heldOpen[user] = (this.#heldOpen[user] ?? 0) - amount;
    return true;
  }

  #disburse(bytes: Uint8Array): boolean {
    const amount = this.#amount;
    if (!validAmount(amount) || !this.#newTransfer(bytes)) return false;
    const trancheHash = idHash(bytes, this.#ref1At, this.#ref1Length);
    if (trancheHash < 0) return false;
    const tranche = this.#trancheIds.find(bytes, this.#ref1At, this.#ref1Length, trancheHash);
    if (tranche < 0 || (this.#escrow[tranche] ?? 0) < amount) return false;
    const user = this.#user(bytes, this.#ref2At, this.#ref2Length, true);
    if (user < 0) return false;
    const available = (this.#available[user] ?? 0) + amount;
    if (available > safeMax) return false;
    this.#escrow[tranche] = (this.#escrow[tranche] ?? 0) - amount;
    this.#out[tranche] = (this.#out[tranche] ?? 0) + amount;
    this.#available[user] = available;
    this.#availableTouched[user] = 1;
    return true;
  }

  #withdraw(bytes: Uint8Array): boolean {
    const amount = this.#amount;
    if (!validAmount(amount) || !this.#newTransfer(bytes)) return false;
    const user = this.#user(bytes, this.#ref1At, this.#ref1Length, false);
    if (user < 0 || this.#availableTouched[user] !== 1) return false;
    const available = this.#available[user] ?? 0;
    if (available < amount) return false;
    this.#available[user] = available - amount;
    this.#custodyFen += amount;
    this.#custodyTouched = true;
    return true;
  }

  #platformDeposit(bytes: Uint8Array): boolean {
    const amount = this.#amount;
    if (this.#argBytes !== 0 || !validAmount(amount) || !this.#newTransfer(bytes)) return false;
    const platform = this.#platformOperatingFen + amount;
    if (this.#bankOperatingFen - amount < -safeMax || platform > safeMax) return false;
    if (!this.#operatingMade) {
      this.#operatingMade = true;
      this.#order.push(groupOperating);
    }
    this.#bankOperatingFen -= amount;
    this.#platformOperatingFen = platform;
    return true;
  }

  /**
   * Whether the entry's id is a valid transfer id; whether it was never used before is checked
   * for all of them at once by idsDistinct (a set of every id would not fit the cache).
   */
  #newTransfer(bytes: Uint8Array): boolean {
    if (!this.#idKey(bytes, this.#idAt, this.#idLength)) return false;
    this.#transferKeys.add(this.#keyHigh, this.#keyLow);
    return true;
  }

  /** Whether the bytes are a valid id (isValidId); if so its 64-bit key is in #keyHigh/Low. */
  #idKey(bytes: Uint8Array, at: number, length: number): boolean {
    if (length < 1 || length > limits.idCharsMax) return false;
    // The first half is idHash's FNV-1a, the second another multiplicative hash.
    let first = 0x811c9dc5;
    let second = length;
    for (let i = at; i < at + length; i++) {
      const byte = bytes[i] ?? 0;
      if (byte < 0x21 || byte > 0x7e) return false;
      first = Math.imul(first ^ byte, 0x01000193);
      second = Math.imul(second ^ byte, 0x5bd1e995);
      second ^= second >>> 15;
    }
    this.#keyHigh = mix(first) >>> 0;
    this.#keyLow = mix(second) >>> 0;
    return true;
  }

  /** The open hold named by ref1, or -1. */
  #openHold(bytes: Uint8Array): number {
    const hash = idHash(bytes, this.#ref1At, this.#ref1Length);
    if (hash < 0) return -1;
    this.#holdHash = hash;
    const hold = this.#holdIds.find(bytes, this.#ref1At, this.#ref1Length, hash);
    return hold >= 0 && this.#holdOpen[hold] === 1 ? hold : -1;
  }

  /** The user's number (made with both accounts when `make`), or -1 if invalid or unknown. */
  #user(bytes: Uint8Array, at: number, length: number, make: boolean): number {
    const hash = idHash(bytes, at, length);
    if (hash < 0) return -1;
    const users = this.#userIds;
    if (!make) return users.find(bytes, at, length, hash);
    const user = users.intern(bytes, at, length, hash);
    if (user === this.#available.length) {
      for (const column of [this.#available, this.#held, this.#heldOpen]) column.push(0);
      this.#availableTouched.push(0);
      this.#heldTouched.push(0);
      this.#order.push(3 * user + groupUser);
    }
    return user;
  }
}

function validAmount(amountFen: number): boolean {
  // Decoded from a u64, so always an integer; at most amountFenMax, so also a safe one.
  return amountFen > 0 && amountFen <= limits.amountFenMax;
}

/**
 * A 31-bit hash of a valid id (FNV-1a, finished with murmur3's mix so that the low bits, which
 * pick the slot, depend on every byte), or -1 when the bytes are not a valid id (isValidId:
 * 1 to idCharsMax printable ASCII characters, no spaces).
 */
function idHash(bytes: Uint8Array, at: number, length: number): number {
  if (length < 1 || length > limits.idCharsMax) return -1;
  let hash = 0x811c9dc5;
  for (let i = at; i < at + length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x21 || byte > 0x7e) return -1;
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return mix(hash) & 0x7fffffff;
}

/** murmur3's finishing mix: every output bit depends on every input bit. */
function mix(hash: number): number {
  const once = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  const twice = Math.imul(once ^ (once >>> 13), 0xc2b2ae35);
  return twice ^ (twice >>> 16);
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) +
    (bytes[at + 3] ?? 0) * 0x100_0000
  );
}

function readU64(bytes: Uint8Array, at: number): number {
  return readU32(bytes, at + 4) * 0x1_0000_0000 + readU32(bytes, at);
}
