/**
 * Reconciliation of the custody bank's statement with the ledger (资金存管对账).
 *
 * Goal: list every difference between what the custody bank says moved and what the ledger
 * booked, so an operator can explain each one; never stop at the first.
 *
 * Method: the statement is CSV (UTF-8 or ASCII, LF or CRLF line ends):
 *
 *   transfer_id,direction,amount_fen        <- this header line, exactly
 *   dep-1,in,10000                          <- money into the custody account, in fen
 *   wd-7,out,2500                           <- money out of it
 *
 * Blank lines and lines starting with `#` are ignored. transfer_id is the ledger transfer id
 * (deposit, withdrawal, or a linked group that crossed banks, e.g. a fee sweep); direction is
 * `in` or `out`; amount_fen is a positive integer. The ledger side is the net movement of
 * `bank:custody` per transfer id. Differences: a malformed line, a transfer id twice in the
 * statement, a transfer only in the statement, only in the ledger, with another net amount, and
 * finally the totals (statement in minus out against the ledger's custody balance), which
 * differ whenever the statement does not cover the ledger's whole history.
 */
import { isValidId, limits } from '../shared/index.js';

export type DifferenceKind =
  | 'malformed_line'
  | 'duplicate_in_statement'
  | 'missing_in_ledger'
  | 'missing_in_statement'
  | 'amount_mismatch'
  | 'total_mismatch';

export interface Difference {
  readonly kind: DifferenceKind;
  /** 1-based line of the statement, 0 when the difference is not about one line. */
  readonly line: number;
  readonly transferId: string;
  /** Net fen into custody per the statement and per the ledger (0 where absent). */
  readonly statementFen: number;
  readonly ledgerFen: number;
  readonly detail: string;
}

export interface Reconciliation {
  readonly ok: boolean;
  readonly lines: number;
  readonly matched: number;
  readonly statementNetFen: number;
  readonly ledgerNetFen: number;
  readonly differences: Difference[];
}

export const statementHeader = 'transfer_id,direction,amount_fen';

interface StatementLine {
  readonly line: number;
  readonly transferId: string;
  readonly netFen: number;
}

function parseLine(text: string, line: number): StatementLine | string {
  const fields = text.split(',');
  if (fields.length !== 3) return `expected 3 fields, got ${fields.length}`;
  const [transferId = '', direction = '', amount = ''] = fields.map((field) => field.trim());
  if (!isValidId(transferId)) return 'transfer_id is not a valid id';
  if (direction !== 'in' && direction !== 'out') return 'direction must be in or out';
  if (!/^[1-9][0-9]{0,15}$/.test(amount) || Number(amount) > limits.amountFenMax) {
    return 'amount_fen must be a positive integer of fen';
  }
  const fen = Number(amount);
  return { line, transferId, netFen: direction === 'in' ? fen : -fen };
}

function parseStatement(csv: string, differences: Difference[]): StatementLine[] {
  const texts = csv.split(/\r?\n/);
  const lines: StatementLine[] = [];
  const bad = (line: number, detail: string): void => {
    differences.push({
      kind: 'malformed_line',
      line,
      transferId: '',
      statementFen: 0,
      ledgerFen: 0,
      detail,
    });
  };
  if ((texts[0] ?? '').trim() !== statementHeader) bad(1, `the header must be ${statementHeader}`);
  if (texts.length > limits.statementLinesMax) {
    bad(0, `more than ${limits.statementLinesMax} lines`);
    return lines;
  }
  for (let index = 1; index < texts.length; index++) {
    const text = (texts[index] ?? '').trim();
    if (text === '' || text.startsWith('#')) continue;
    const parsed = parseLine(text, index + 1);
    if (typeof parsed === 'string') bad(index + 1, parsed);
    else lines.push(parsed);
  }
  return lines;
}

/** Compares `csv` with the ledger's net custody movements and its custody mirror balance. */
export function reconcile(
  csv: string,
  movements: ReadonlyMap<string, number>,
  custodyBalanceFen: number,
): Reconciliation {
  const differences: Difference[] = [];
  const lines = parseStatement(csv, differences);
  const seen = new Set<string>();
  let matched = 0;
  let statementNetFen = 0;
  for (const { line, transferId, netFen } of lines) {
    statementNetFen += netFen;
    const ledgerFen = movements.get(transferId) ?? 0;
    const base = { line, transferId, statementFen: netFen, ledgerFen };
    if (seen.has(transferId)) {
      differences.push({ ...base, kind: 'duplicate_in_statement', detail: 'listed twice' });
      continue;
    }
    seen.add(transferId);
    if (!movements.has(transferId) || ledgerFen === 0) {
      differences.push({ ...base, kind: 'missing_in_ledger', detail: 'not booked in the ledger' });
    } else if (ledgerFen !== netFen) {
      differences.push({ ...base, kind: 'amount_mismatch', detail: 'net amounts differ' });
    } else matched += 1;
  }
  for (const [transferId, ledgerFen] of movements) {
    if (seen.has(transferId) || ledgerFen === 0) continue;
    differences.push({
      kind: 'missing_in_statement',
      line: 0,
      transferId,
      statementFen: 0,
      ledgerFen,
      detail: 'booked in the ledger, not on the statement',
    });
  }
  // bank:custody is the bank's mirror: it is minus what the bank holds for the ledger.
  const ledgerNetFen = -custodyBalanceFen;
  if (statementNetFen !== ledgerNetFen) {
    differences.push({
      kind: 'total_mismatch',
      line: 0,
      transferId: '',
      statementFen: statementNetFen,
      ledgerFen: ledgerNetFen,
      detail: 'statement in - out differs from the ledger custody balance',
    });
  }
  const ok = differences.length === 0;
  return { ok, lines: lines.length, matched, statementNetFen, ledgerNetFen, differences };
}
