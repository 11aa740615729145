/**
 * The backend's own durable state: the notes collected for each tranche not yet funded (the
 * lenders, amounts and rates of its fills, which the ledger's escrow alone does not keep), the
 * loans with their notes (holdings and loan views), and each lender's open orders (the cap).
 *
 * Method: an append-only file of JSON lines, gathered as the changes happen and written and made
 * durable in one write and one fdatasync per batch, together with the ledger (the backend awaits
 * both before any acknowledgement), so whatever a client was told survives a crash. (One write
 * per change cost the gateway a tenth of its CPU.) Opening the file replays it and rewrites it
 * compacted (live state only, written to a temporary file and renamed over the old one), so it
 * grows with the live state rather than with history. A torn last line (a crash mid-write) is
 * dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NoteTerms } from '../ledger/index.js';
import { assert, limits, type ResultCode } from '../shared/index.js';
import type { LoanRecord } from './money-desk.js';

type Line =
  | { t: 'note'; trancheId: string; note: NoteTerms }
  | { t: 'tranche_closed'; trancheId: string }
  | { t: 'loan'; loan: LoanRecord }
  | { t: 'open'; lenderId: string; clientOrderId: string }
  | { t: 'closed'; lenderId: string; clientOrderId: string }
  | { t: 'refused'; holdId: string; code: ResultCode };

export interface RecoveredState {
  notes: Map<string, NoteTerms[]>;
  loans: LoanRecord[];
  openOrders: { lenderId: string; clientOrderId: string }[];
  /** Places the engine refused, by hold id, with the code (a resend gets the same answer). */
  refused: Map<string, ResultCode>;
}

const fileName = 'backend-state.jsonl';

export class BackendStateLog {
  readonly #fd: number;
  #lines: string[] = [];

  private constructor(fd: number) {
    this.#fd = fd;
  }

  /** Replays and compacts the file in `dir` (created if missing). */
  static open(dir: string): { log: BackendStateLog; state: RecoveredState } {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, fileName);
    const state = fs.existsSync(file) ? replay(fs.readFileSync(file, 'utf8')) : emptyState();
    const temporary = `${file}.compacting`;
    fs.writeFileSync(temporary, compacted(state));
    const tmpFd = fs.openSync(temporary, 'r');
    fs.fsyncSync(tmpFd);
    fs.closeSync(tmpFd);
    fs.renameSync(temporary, file);
    const fd = fs.openSync(file, 'a');
    return { log: new BackendStateLog(fd), state };
  }

  noteAdded(trancheId: string, note: NoteTerms): void {
    this.#append({ t: 'note', trancheId, note });
  }

  trancheClosed(trancheId: string): void {
    this.#append({ t: 'tranche_closed', trancheId });
  }

  loanRecorded(loan: LoanRecord): void {
    this.#append({ t: 'loan', loan });
  }

  orderOpened(lenderId: string, clientOrderId: string): void {
    this.#append({ t: 'open', lenderId, clientOrderId });
  }

  orderClosed(lenderId: string, clientOrderId: string): void {
    this.#append({ t: 'closed', lenderId, clientOrderId });
  }

  placeRefused(holdId: string, code: ResultCode): void {
    this.#append({ t: 'refused', holdId, code });
  }

  #append(line: Line): void {
    this.#lines.push(JSON.stringify(line));
  }

  /** Writes the lines gathered so far; resolves once they are on disk. */
  flush(): Promise<void> {
    if (this.#lines.length === 0) return Promise.resolve();
    const text = `${this.#lines.join('\n')}\n`;
    this.#lines = [];
    fs.writeSync(this.#fd, text);
    return new Promise((resolve, reject) => {
      fs.fdatasync(this.#fd, (error) => (error === null ? resolve() : reject(error)));
    });
  }

  close(): void {
    if (this.#lines.length > 0) fs.writeSync(this.#fd, `${this.#lines.join('\n')}\n`);
    this.#lines = [];
    fs.fsyncSync(this.#fd);
    fs.closeSync(this.#fd);
  }
}

function emptyState(): RecoveredState {
  return { notes: new Map(), loans: [], openOrders: [], refused: new Map() };
}

function replay(text: string): RecoveredState {
  const notes = new Map<string, NoteTerms[]>();
  const loans = new Map<string, LoanRecord>();
  const open = new Map<string, { lenderId: string; clientOrderId: string }>();
  const refused = new Map<string, ResultCode>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    if (raw === '') return;
    const line = parseLine(raw);
    // Only the last line can be torn by a crash; anything else is corruption.
    assert(line !== undefined || index >= lines.length - 2, `backend state line ${index + 1}`);
    if (line === undefined) return;
    if (line.t === 'refused') rememberRefusal(refused, line.holdId, line.code);
    else apply(line, notes, loans, open);
  });
  return { notes, loans: [...loans.values()], openOrders: [...open.values()], refused };
}

/** Keeps the newest refusals within their bound (insertion order: oldest first). */
export function rememberRefusal(
  refused: Map<string, ResultCode>,
  holdId: string,
  code: ResultCode,
): void {
  refused.delete(holdId);
  refused.set(holdId, code);
  if (refused.size > limits.refusedPlacesRememberedMax) {
    const oldest = refused.keys().next();
    if (oldest.done !== true) refused.delete(oldest.value);
  }
}

function apply(
  line: Exclude<Line, { t: 'refused' }>,
  notes: Map<string, NoteTerms[]>,
  loans: Map<string, LoanRecord>,
  open: Map<string, { lenderId: string; clientOrderId: string }>,
): void {
  switch (line.t) {
    case 'note': {
      const list = notes.get(line.trancheId) ?? [];
      // A note is appended once per fill id; a replayed duplicate is skipped.
      if (!list.some((note) => note.noteId === line.note.noteId)) list.push(line.note);
      notes.set(line.trancheId, list);
      return;
    }
    case 'tranche_closed':
      notes.delete(line.trancheId);
      return;
    case 'loan':
      loans.set(line.loan.loanId, line.loan);
      return;
    case 'open':
      open.set(`${line.lenderId}\u0000${line.clientOrderId}`, line);
      return;
    case 'closed':
      open.delete(`${line.lenderId}\u0000${line.clientOrderId}`);
  }
}

function parseLine(raw: string): Line | undefined {
  try {
    const value = JSON.parse(raw) as { t?: unknown };
    const kinds = ['note', 'tranche_closed', 'loan', 'open', 'closed', 'refused'];
    return typeof value.t === 'string' && kinds.includes(value.t) ? (value as Line) : undefined;
  } catch {
    return undefined;
  }
}

function compacted(state: RecoveredState): string {
  const lines: Line[] = [];
  for (const [trancheId, notes] of state.notes) {
    for (const note of notes) lines.push({ t: 'note', trancheId, note });
  }
  for (const loan of state.loans) lines.push({ t: 'loan', loan });
  for (const order of state.openOrders) lines.push({ t: 'open', ...order });
  for (const [holdId, code] of state.refused) lines.push({ t: 'refused', holdId, code });
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}
