/**
 * The ledger's richer commands (linked groups, origination, repayment), their validation and
 * their fixed binary argument layout in the journal.
 *
 * Goal: one definition of each command's fields, so the live call, the journal and the replay
 * read and write the same bytes, and a request is checked in full before anything changes.
 *
 * Method: arguments are a flat sequence in a fixed order per entry kind (see entry-codec.ts):
 * u8 / u16 / u32 little-endian integers, i64 safe integers as two u32 halves, and strings as a
 * u16 length plus that many ASCII bytes. ArgWriter writes into one reused scratch buffer;
 * ArgReader reads a view of the journal and reports a malformed layout as a reason string
 * (corruption), never by throwing.
 */
import {
  Code,
  checkAmountFen,
  checkRateBps,
  isValidId,
  limits,
  type ResultCode,
} from '../shared/index.js';
import { AllocationPart, defaultProductTerms, type ProductTerms } from './loans.js';
import { ScheduleKind } from './schedule.js';

export interface LinkedLeg {
  readonly debitKey: string;
  readonly creditKey: string;
  readonly amountFen: number;
}

export interface NoteTerms {
  readonly noteId: string;
  readonly lenderId: string;
  readonly principalFen: number;
  readonly rateBps: number;
}

export type ScheduleName = 'equal_instalment' | 'equal_principal' | 'interest_only';
export type AllocationName = 'late_fee' | 'interest' | 'principal';

export interface ProductInput {
  readonly serviceFeeBps?: number;
  readonly lateFeeBpsPerDay?: number;
  readonly graceDays?: number;
  readonly allocationOrder?: readonly AllocationName[];
  readonly guaranteeAfterDays?: number;
  readonly reminderDays?: number;
}

export interface OriginateRequest {
  readonly transferId: string;
  /** The funded tranche; it also names the loan. */
  readonly trancheId: string;
  readonly borrowerId: string;
  /** One note per lender fill; principals sum to the tranche's escrow. */
  readonly notes: readonly NoteTerms[];
  readonly termMonths: number;
  readonly schedule: ScheduleName;
  /** Origination fee, withheld from the disbursement (0 = none). */
  readonly feeBps: number;
  /** The origination time; the first instalment is due one month after its UTC day. */
  readonly nowMs: number;
  readonly product?: ProductInput;
}

/** An origination after validation: what the journal stores and replay applies. */
export interface Origination {
  readonly transferId: string;
  readonly trancheId: string;
  readonly borrowerId: string;
  readonly notes: readonly NoteTerms[];
  readonly termMonths: number;
  readonly kind: ScheduleKind;
  readonly feeBps: number;
  readonly nowMs: number;
  readonly terms: ProductTerms;
}

const scheduleKinds: Readonly<Record<ScheduleName, ScheduleKind>> = {
  equal_instalment: ScheduleKind.equalInstalment,
  equal_principal: ScheduleKind.equalPrincipal,
  interest_only: ScheduleKind.interestOnly,
};

const allocationParts: Readonly<Record<AllocationName, AllocationPart>> = {
  late_fee: AllocationPart.lateFee,
  interest: AllocationPart.interest,
  principal: AllocationPart.principal,
};

export const linkedLegsMax = 64;
const feeBpsMax = 10_000;
const lateFeeBpsPerDayMax = 1_000;
const daysMax = 3_650;

function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

export function isValidTimeMs(nowMs: unknown): nowMs is number {
  return inRange(nowMs, 0, 8_640_000_000_000_000);
}

/** Checks product options and fills defaults; undefined when one is out of range. */
function productTerms(feeBps: number, input: ProductInput | undefined): ProductTerms | undefined {
  const base = defaultProductTerms;
  const order = input?.allocationOrder ?? ['late_fee', 'interest', 'principal'];
  if (!Array.isArray(order) || order.length !== 3) return undefined;
  const parts: AllocationPart[] = [];
  for (const name of order as readonly unknown[]) {
    if (typeof name === 'string' && Object.hasOwn(allocationParts, name)) {
      parts.push(allocationParts[name as AllocationName]);
    }
  }
  if (parts.length !== 3 || new Set(parts).size !== 3) return undefined;
  const terms: ProductTerms = {
    originationFeeBps: feeBps,
    serviceFeeBps: input?.serviceFeeBps ?? base.serviceFeeBps,
    lateFeeBpsPerDay: input?.lateFeeBpsPerDay ?? base.lateFeeBpsPerDay,
    graceDays: input?.graceDays ?? base.graceDays,
    allocationOrder: parts,
    guaranteeAfterDays: input?.guaranteeAfterDays ?? base.guaranteeAfterDays,
    reminderDays: input?.reminderDays ?? base.reminderDays,
  };
  const ok =
    inRange(terms.serviceFeeBps, 0, feeBpsMax) &&
    inRange(terms.lateFeeBpsPerDay, 0, lateFeeBpsPerDayMax) &&
    inRange(terms.graceDays, 0, daysMax) &&
    inRange(terms.guaranteeAfterDays, 0, daysMax) &&
    inRange(terms.reminderDays, 0, 31);
  return ok ? terms : undefined;
}

/** Validates an origination request field by field; the ids first, as everywhere. */
export function checkOriginate(request: OriginateRequest): ResultCode | Origination {
  const { transferId, trancheId, borrowerId, notes } = request;
  if (!isValidId(transferId) || !isValidId(trancheId) || !isValidId(borrowerId)) {
    return Code.INVALID_FIELD;
  }
  if (!Array.isArray(notes) || notes.length === 0 || notes.length > limits.notesPerLoanMax) {
    return Code.LOAN_TERMS_INVALID;
  }
  const noteIds = new Set<string>();
  for (const note of notes) {
    if (!isValidId(note.noteId) || !isValidId(note.lenderId)) return Code.INVALID_FIELD;
    if (note.lenderId === borrowerId) return Code.SELF_FUNDING_FORBIDDEN;
    if (checkAmountFen(note.principalFen) !== Code.OK) return Code.LEDGER_AMOUNT_INVALID;
    if (checkRateBps(note.rateBps) !== Code.OK) return Code.RATE_OUT_OF_RANGE;
    if (noteIds.has(note.noteId)) return Code.LOAN_TERMS_INVALID;
    noteIds.add(note.noteId);
  }
  const kind = Object.hasOwn(scheduleKinds, request.schedule)
    ? scheduleKinds[request.schedule]
    : undefined;
  if (kind === undefined || !inRange(request.termMonths, 1, limits.loanTermMonthsMax)) {
    return Code.LOAN_TERMS_INVALID;
  }
  if (!inRange(request.feeBps, 0, feeBpsMax - 1) || !isValidTimeMs(request.nowMs)) {
    return Code.LOAN_TERMS_INVALID;
  }
  const terms = productTerms(request.feeBps, request.product);
  if (terms === undefined) return Code.LOAN_TERMS_INVALID;
  const copied = notes.map((note) => ({ ...note }));
  return {
    transferId,
    trancheId,
    borrowerId,
    notes: copied,
    termMonths: request.termMonths,
    kind,
    feeBps: request.feeBps,
    nowMs: request.nowMs,
    terms,
  };
}

/** A canonical text of an origination, compared on a retry with the same transfer id. */
export function originationFingerprint(o: Origination): string {
  const notes = o.notes.map((n) => `${n.noteId},${n.lenderId},${n.principalFen},${n.rateBps}`);
  const t = o.terms;
  return [
    o.trancheId,
    o.borrowerId,
    o.termMonths,
    o.kind,
    o.feeBps,
    o.nowMs,
    t.serviceFeeBps,
    t.lateFeeBpsPerDay,
    t.graceDays,
    t.allocationOrder.join(''),
    t.guaranteeAfterDays,
    t.reminderDays,
    ...notes,
  ].join('|');
}

export class ArgWriter {
  readonly buffer = Buffer.allocUnsafe(limits.journalArgBytesMax);
  length = 0;

  reset(): this {
    this.length = 0;
    return this;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  u8(value: number): this {
    this.buffer[this.length] = value;
    this.length += 1;
    return this;
  }

  u16(value: number): this {
    this.buffer.writeUInt16LE(value, this.length);
    this.length += 2;
    return this;
  }

  i64(value: number): this {
    this.buffer.writeUInt32LE(value % 0x1_0000_0000, this.length);
    this.buffer.writeUInt32LE(Math.floor(value / 0x1_0000_0000), this.length + 4);
    this.length += 8;
    return this;
  }

  str(value: string): this {
    this.buffer.writeUInt16LE(value.length, this.length);
    this.length += 2 + this.buffer.write(value, this.length + 2, 'latin1');
    return this;
  }
}

/** Reads arguments; any overrun sets `bad` and yields zeros, checked once at the end. */
export class ArgReader {
  #at: number;
  bad = false;
  constructor(
    readonly source: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.#at = start;
  }

  get done(): boolean {
    return this.#at === this.end;
  }

  #take(bytes: number): number {
    const at = this.#at;
    if (at + bytes > this.end) {
      this.bad = true;
      return -1;
    }
    this.#at += bytes;
    return at;
  }

  u8(): number {
    const at = this.#take(1);
    return at < 0 ? 0 : (this.source[at] ?? 0);
  }

  u16(): number {
    const at = this.#take(2);
    return at < 0 ? 0 : (this.source[at] ?? 0) | ((this.source[at + 1] ?? 0) << 8);
  }

  #u32(at: number): number {
    const s = this.source;
    return (
      ((s[at] ?? 0) | ((s[at + 1] ?? 0) << 8) | ((s[at + 2] ?? 0) << 16)) +
      (s[at + 3] ?? 0) * 0x100_0000
    );
  }

  i64(): number {
    const at = this.#take(8);
    return at < 0 ? 0 : this.#u32(at + 4) * 0x1_0000_0000 + this.#u32(at);
  }

  str(): string {
    const length = this.u16();
    const at = this.#take(length);
    if (at < 0) return '';
    return Buffer.from(this.source.buffer, this.source.byteOffset + at, length).toString('latin1');
  }
}

export function writeLegs(writer: ArgWriter, legs: readonly LinkedLeg[]): void {
  writer.u16(legs.length);
  for (const leg of legs) writer.str(leg.debitKey).str(leg.creditKey).i64(leg.amountFen);
}

export function readLegs(reader: ArgReader): LinkedLeg[] {
  const count = reader.u16();
  const legs: LinkedLeg[] = [];
  for (let i = 0; i < count && !reader.bad; i++) {
    legs.push({ debitKey: reader.str(), creditKey: reader.str(), amountFen: reader.i64() });
  }
  return legs;
}

export function writeOrigination(writer: ArgWriter, o: Origination): void {
  const t = o.terms;
  writer.u8(o.kind).u16(o.termMonths).u16(o.feeBps).i64(o.nowMs);
  writer.u16(t.serviceFeeBps).u16(t.lateFeeBpsPerDay).u16(t.graceDays);
  for (const part of t.allocationOrder) writer.u8(part);
  writer.u16(t.guaranteeAfterDays).u16(t.reminderDays).u16(o.notes.length);
  for (const n of o.notes) writer.str(n.noteId).str(n.lenderId).i64(n.principalFen).u16(n.rateBps);
}

const partNames: Readonly<Record<number, AllocationName>> = {
  1: 'late_fee',
  2: 'interest',
  3: 'principal',
};
const scheduleNames: Readonly<Record<number, ScheduleName>> = {
  1: 'equal_instalment',
  2: 'equal_principal',
  3: 'interest_only',
};

/** Decodes the request an origination entry stands for (validated again by the core). */
export function readOriginateRequest(
  reader: ArgReader,
  transferId: string,
  trancheId: string,
  borrowerId: string,
): OriginateRequest {
  const schedule = scheduleNames[reader.u8()] ?? 'equal_instalment';
  const termMonths = reader.u16();
  const feeBps = reader.u16();
  const nowMs = reader.i64();
  const serviceFeeBps = reader.u16();
  const lateFeeBpsPerDay = reader.u16();
  const graceDays = reader.u16();
  const allocationOrder = [reader.u8(), reader.u8(), reader.u8()].map(
    (p) => partNames[p] ?? 'principal',
  );
  const guaranteeAfterDays = reader.u16();
  const reminderDays = reader.u16();
  const count = reader.u16();
  const notes: NoteTerms[] = [];
  for (let i = 0; i < count && !reader.bad; i++) {
    notes.push({
      noteId: reader.str(),
      lenderId: reader.str(),
      principalFen: reader.i64(),
      rateBps: reader.u16(),
    });
  }
  const product = {
    serviceFeeBps,
    lateFeeBpsPerDay,
    graceDays,
    allocationOrder,
    guaranteeAfterDays,
    reminderDays,
  };
  return { transferId, trancheId, borrowerId, notes, termMonths, schedule, feeBps, nowMs, product };
}
