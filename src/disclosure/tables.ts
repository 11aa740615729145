/**
 * Every fact table besides `fills` (schema.ts keeps that one): one declaration per table, from
 * which the DDL, the validation of rows, the ClickHouse records and the documentation come.
 *
 * Goal: one place that says what each column holds, so the DDL, the validator, the TypeScript row
 * types and `docs/analytics.md` cannot drift apart, and nothing reaches ClickHouse that it would
 * reject (one bad value rejects a whole batch) or that carries personal data in clear.
 *
 * Method: a column has a kind (id, ref, fen, timeMs, ...) that fixes its ClickHouse type, its
 * TypeScript type and its check. Rows use the column names (snake_case) so a validated row is
 * copied into its record without renaming. Every table is a ReplacingMergeTree on its key with
 * `inserted_version` (the insert batch) as version: a row written twice collapses in merges and
 * under FINAL, and a later update of the same key (a tranche that got funded) wins. Money is
 * Int64 fen, times are UInt64 Unix milliseconds (UTC); partitions are months of the main time.
 */
import { Code, isValidMarketId, type ResultCode } from '../shared/index.js';
import { isHashedRef, looksLikePersonalData, withoutHashedRefs } from './privacy.js';
import { assertIdentifier, quoteString } from './sql.js';

export type ColumnKind =
  | 'id'
  | 'ref'
  | 'masked'
  | 'text'
  | 'enum'
  | 'market'
  | 'fen'
  | 'fenSigned'
  | 'uint'
  | 'seq'
  | 'timeMs'
  | 'day'
  | 'bool';

export interface ColumnSpec {
  readonly kind: ColumnKind;
  readonly comment: string;
  /** The allowed values of an `enum` column. */
  readonly values?: readonly string[];
}

export interface TableSpec {
  readonly comment: string;
  readonly columns: Readonly<Record<string, ColumnSpec>>;
  /** ORDER BY: the unique key of a row (a duplicate of it collapses). */
  readonly key: readonly string[];
  /** The column whose month partitions the table (timeMs or day). */
  readonly time: string;
}

const clickhouseTypes: Record<ColumnKind, string> = {
  id: 'String',
  ref: 'String',
  masked: 'String',
  text: 'String',
  enum: 'String',
  market: 'String',
  fen: 'Int64',
  fenSigned: 'Int64',
  uint: 'UInt32',
  seq: 'UInt64',
  timeMs: 'UInt64',
  day: 'Date',
  bool: 'UInt8',
};

const grades = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
/** Keeps the literal kind, from which RowOf derives each column's TypeScript type. */
const c = <K extends ColumnKind>(
  kind: K,
  comment: string,
  values?: readonly string[],
): ColumnSpec & { readonly kind: K } =>
  values === undefined ? { kind, comment } : { kind, comment, values };
const userRef = (who: string): ColumnSpec & { readonly kind: 'ref' } =>
  c('ref', `${who}: salted hash of the user id (hashId), never the id itself.`);

export const tableSpecs = {
  users: {
    comment: 'Users, masked: one row per user (the latest version wins).',
    columns: {
      user_ref: userRef('User'),
      role: c('enum', 'lender, borrower or both.', ['lender', 'borrower', 'both']),
      name_masked: c('masked', 'Name with all but the first character masked (maskName).'),
      phone_masked: c('masked', 'Phone number, middle four digits masked (maskPhone).'),
      id_number_masked: c('masked', 'Identity card number, all but 3+4 masked (maskIdNumber).'),
      province: c('text', 'Province the identity number was issued in (not an address).'),
      related_party: c('bool', '1 when the user is a related party of the platform.'),
      risk_level: c(
        'enum',
        'Customer risk level: low at registration, then the risk stream’s when it changes.',
        ['low', 'medium', 'high'],
      ),
      registered_ms: c('timeMs', 'Registration time, Unix ms UTC.'),
    },
    key: ['user_ref'],
    time: 'registered_ms',
  },
  loan_applications: {
    comment: 'Loan applications and their credit scores.',
    columns: {
      application_id: c('id', 'Application id.'),
      borrower_ref: userRef('Borrower'),
      amount_fen: c('fen', 'Amount asked for, fen.'),
      term_months: c('uint', 'Term asked for, months.'),
      purpose: c('text', 'Declared purpose (free text, no personal data).'),
      score: c('uint', 'Credit score of the model (higher is safer).'),
      grade: c('enum', 'Risk grade A (best) to G.', grades),
      max_rate_bps: c('uint', 'Highest rate the grade allows, bps per year.'),
      decision: c('enum', 'approved, rejected or review.', ['approved', 'rejected', 'review']),
      reason_codes: c('text', 'Reason codes of the score, comma-separated.'),
      applied_ms: c('timeMs', 'Application time, Unix ms UTC.'),
      decided_ms: c('timeMs', 'Decision time, Unix ms UTC (0 while undecided).'),
    },
    key: ['application_id'],
    time: 'applied_ms',
  },
  tranches: {
    comment: 'Tranches (the loan parts lenders buy); updated as they fund or expire.',
    columns: {
      tranche_id: c('id', 'Tranche id.'),
      loan_id: c('id', 'Loan the tranche belongs to.'),
      market_id: c('market', 'Market (term x grade), e.g. 36M:B.'),
      amount_fen: c('fen', 'Amount asked for, fen.'),
      funded_fen: c('fen', 'Amount funded so far, fen.'),
      max_rate_bps: c('uint', 'Highest rate the borrower pays, bps per year.'),
      status: c('enum', 'listed, funded or expired.', ['listed', 'funded', 'expired']),
      listed_ms: c('timeMs', 'Listing time, Unix ms UTC.'),
      deadline_ms: c('timeMs', 'Funding deadline, Unix ms UTC.'),
      closed_ms: c('timeMs', 'Time it funded or expired, Unix ms UTC (0 while listed).'),
    },
    key: ['tranche_id'],
    time: 'listed_ms',
  },
  lend_orders: {
    comment: 'Lend orders (bids); updated as they fill or close.',
    columns: {
      order_id: c('id', 'Order id (the client order id, unique per lender).'),
      lender_ref: userRef('Lender'),
      market_id: c('market', 'Market (term x grade).'),
      amount_fen: c('fen', 'Amount offered, fen.'),
      filled_fen: c('fen', 'Amount filled so far, fen.'),
      min_rate_bps: c('uint', 'Lowest rate accepted, bps per year.'),
      tif: c('enum', 'Time in force.', ['GTC', 'IOC', 'FOK']),
      status: c('enum', 'Order state.', ['open', 'filled', 'cancelled', 'expired', 'rejected']),
      placed_ms: c('timeMs', 'Placement time, Unix ms UTC.'),
      closed_ms: c('timeMs', 'Time it closed, Unix ms UTC (0 while open).'),
    },
    key: ['lender_ref', 'order_id'],
    time: 'placed_ms',
  },
  loans: {
    comment: 'Loans, one row each, written when the loan originates (funds disbursed).',
    columns: {
      loan_id: c('id', 'Loan id.'),
      borrower_ref: userRef('Borrower'),
      application_id: c('id', 'Application the loan came from.'),
      grade: c('enum', 'Risk grade A-G.', grades),
      term_months: c('uint', 'Term, months.'),
      principal_fen: c('fen', 'Principal disbursed, fen.'),
      rate_bps: c('uint', 'Interest rate the borrower pays, bps per year.'),
      method: c('enum', 'Repayment method.', ['equal_instalment', 'equal_principal', 'bullet']),
      related_party: c('bool', '1 when the borrower is a related party of the platform.'),
      listed_ms: c('timeMs', 'Time its first tranche was listed, Unix ms UTC.'),
      originated_ms: c('timeMs', 'Origination (disbursement) time, Unix ms UTC.'),
    },
    key: ['loan_id'],
    time: 'originated_ms',
  },
  notes: {
    comment: "Notes: one lender's share of one loan, written when the loan originates.",
    columns: {
      note_id: c('id', 'Note id.'),
      loan_id: c('id', 'Loan.'),
      lender_ref: userRef('Lender'),
      principal_fen: c('fen', 'Principal the lender funded, fen.'),
      created_ms: c('timeMs', 'Creation (origination) time, Unix ms UTC.'),
    },
    key: ['loan_id', 'note_id'],
    time: 'created_ms',
  },
  schedules: {
    comment: 'Repayment schedules: one row per instalment of a loan.',
    columns: {
      loan_id: c('id', 'Loan.'),
      instalment_no: c('uint', 'Instalment number, 1 = first.'),
      due_ms: c('timeMs', 'Due time, Unix ms UTC.'),
      principal_fen: c('fen', 'Principal due, fen.'),
      interest_fen: c('fen', 'Interest due, fen.'),
    },
    key: ['loan_id', 'instalment_no'],
    time: 'due_ms',
  },
  repayments: {
    comment: 'Repayments of instalments, by the borrower or by a compensator (代偿).',
    columns: {
      repayment_id: c('id', 'Repayment id (the ledger transfer id).'),
      loan_id: c('id', 'Loan.'),
      instalment_no: c('uint', 'Instalment repaid.'),
      due_ms: c('timeMs', 'Due time of that instalment (copied from the schedule).'),
      paid_ms: c('timeMs', 'Payment time, Unix ms UTC.'),
      principal_fen: c('fen', 'Principal paid, fen.'),
      interest_fen: c('fen', 'Interest paid, fen.'),
      late_fee_fen: c('fen', 'Late fee paid, fen.'),
      payer: c(
        'enum',
        'borrower; compensator (代偿); or waiver: interest no longer due after a prepayment ' +
          're-amortised the schedule (no money moved).',
        ['borrower', 'compensator', 'waiver'],
      ),
    },
    key: ['loan_id', 'repayment_id'],
    time: 'paid_ms',
  },
  overdue_daily: {
    comment: 'Overdue status of each overdue loan, one row per loan and day (UTC).',
    columns: {
      day: c('day', 'Day of the status, UTC.'),
      loan_id: c('id', 'Loan.'),
      days_overdue: c('uint', 'Days since the oldest unpaid due instalment fell due.'),
      bucket: c('enum', 'Bucket of days_overdue.', ['1-30', '31-90', '91-180', '181+']),
      overdue_principal_fen: c('fen', 'Principal due and unpaid, fen.'),
      overdue_interest_fen: c('fen', 'Interest due and unpaid, fen.'),
    },
    key: ['day', 'loan_id'],
    time: 'day',
  },
  ledger_transfers: {
    comment: 'Ledger transfers (double-entry) read from the ledger journal, users as refs.',
    columns: {
      transfer_id: c(
        'id',
        'Transfer id; a linked leg or an origination fee is <id>/<n>; hold ids (they name ' +
          'the user) are hold#<hash>, release#<hash>.',
      ),
      seq: c('seq', 'Journal sequence number.'),
      kind: c(
        'id',
        'Entry kind: deposit, hold, held_to_escrow, release_part, release_hold, disburse, ' +
          'withdraw, platform_deposit, linked, originate, repay, compensate.',
      ),
      debit_account: c(
        'ref',
        'Debited account as the ledger names it, users as refs: user:<user_ref>:available.',
      ),
      credit_account: c('ref', 'Credited account.'),
      amount_fen: c(
        'fen',
        'Amount, fen; for repay the amount offered (what was applied is in repayments).',
      ),
      time_ms: c(
        'timeMs',
        'Time, Unix ms UTC: originate, repay and compensate carry the loan clock; other kinds ' +
          'the time the service read them from the journal.',
      ),
    },
    key: ['transfer_id'],
    time: 'time_ms',
  },
  risk_events: {
    comment: 'Behaviour events seen by the risk stream and their outcome.',
    columns: {
      event_id: c('id', 'Event id.'),
      user_ref: userRef('User'),
      kind: c('id', 'Event kind: login, bid, deposit, withdrawal, ...'),
      device_ref: c('ref', 'Device, salted hash; unknown when the decision does not name it.'),
      ip_masked: c('masked', 'IP address with the last part masked (maskIp); * when unknown.'),
      amount_fen: c('fen', 'Amount for money events, else 0.'),
      outcome: c('enum', 'approve, review or block.', ['approve', 'review', 'block']),
      time_ms: c('timeMs', 'Time, Unix ms UTC.'),
    },
    key: ['event_id'],
    time: 'time_ms',
  },
  risk_alerts: {
    comment: 'Alerts raised by the risk rules.',
    columns: {
      alert_id: c('id', 'Alert id.'),
      user_ref: userRef('User'),
      rule_id: c('id', 'Rule id@version that fired.'),
      level: c('enum', 'Customer risk level it implies.', ['low', 'medium', 'high']),
      action: c('enum', 'approve, review or block.', ['approve', 'review', 'block']),
      detail: c('text', 'Why it fired (features, thresholds); no personal data.'),
      time_ms: c('timeMs', 'Time, Unix ms UTC.'),
    },
    key: ['alert_id'],
    time: 'time_ms',
  },
  custody_movements: {
    comment: 'Custody bank deposits and withdrawals (资金存管).',
    columns: {
      movement_id: c('id', 'Movement id (the bank reference).'),
      user_ref: userRef('User'),
      direction: c('enum', 'deposit or withdrawal.', ['deposit', 'withdrawal']),
      amount_fen: c('fen', 'Amount, fen.'),
      bank_card_masked: c('masked', 'Bank card, all but the last four digits masked.'),
      status: c('enum', 'Bank status.', ['pending', 'settled', 'failed']),
      time_ms: c('timeMs', 'Time, Unix ms UTC.'),
    },
    key: ['movement_id'],
    time: 'time_ms',
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof tableSpecs;
export const tableNames = Object.keys(tableSpecs) as TableName[];

type TsOf<K extends ColumnKind> = K extends 'bool'
  ? boolean
  : K extends 'fen' | 'fenSigned' | 'uint' | 'seq' | 'timeMs'
    ? number
    : string;

type ColumnsOf<T extends TableName> = (typeof tableSpecs)[T]['columns'];

/** The row of a table as callers write it: column names, TypeScript values. */
export type RowOf<T extends TableName> = {
  -readonly [K in keyof ColumnsOf<T>]: ColumnsOf<T>[K] extends { readonly kind: infer Kind }
    ? Kind extends ColumnKind
      ? TsOf<Kind>
      : never
    : never;
};

export type LoanFact = RowOf<'loans'>;
export type NoteFact = RowOf<'notes'>;
export type ScheduleFact = RowOf<'schedules'>;
export type RepaymentFact = RowOf<'repayments'>;
export type TrancheFact = RowOf<'tranches'>;

/** A record as sent to ClickHouse: numbers, strings, bools as 0/1, plus the version. */
export type FactRecord = Record<string, string | number>;

export function tableSpec(table: TableName): TableSpec {
  return tableSpecs[table];
}

export function isTableName(name: unknown): name is TableName {
  return typeof name === 'string' && Object.hasOwn(tableSpecs, name);
}

/** Printable ASCII, like ids; refs may be longer (account names carry a hash). */
const idPattern = /^[\x21-\x7e]{1,64}$/;
const refPattern = /^[\x21-\x7e]{1,128}$/;
const loneSurrogate = /\p{Cs}/u;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
export const textCharsMax = 4_096;
/** UInt64 milliseconds that still fit a DateTime (seconds in a UInt32): the year 2106. */
export const timeMsMax = 4_294_967_295_999;

function isDay(value: string): boolean {
  const m = dayPattern.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  // Date is a UInt16 of days since 1970: it ends in 2149.
  return (
    y >= 1970 && y < 2149 && new Date(t).getUTCDate() === d && new Date(t).getUTCMonth() === mo - 1
  );
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max && !loneSurrogate.test(value);
}

function isUint(value: unknown, max: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

/** One column's check; refs and masks must not look like a phone or identity number. */
function columnValid(spec: ColumnSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'id':
      return typeof value === 'string' && idPattern.test(value);
    case 'ref':
      return (
        typeof value === 'string' &&
        refPattern.test(value) &&
        (isHashedRef(value) || !looksLikePersonalData(withoutHashedRefs(value)))
      );
    case 'masked':
      return isText(value, 128) && !looksLikePersonalData(value);
    case 'text':
      return isText(value, textCharsMax) && !looksLikePersonalData(value);
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value);
    case 'market':
      return typeof value === 'string' && isValidMarketId(value);
    case 'fen':
      return isUint(value, Number.MAX_SAFE_INTEGER);
    case 'fenSigned':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'uint':
      return isUint(value, 4_294_967_295);
    case 'seq':
      return isUint(value, Number.MAX_SAFE_INTEGER);
    case 'timeMs':
      return isUint(value, timeMsMax);
    case 'day':
      return typeof value === 'string' && isDay(value);
    case 'bool':
      return typeof value === 'boolean';
  }
}

/**
 * Validates a row of `table` and builds its record (a copy: later caller mutations are
 * harmless). Extra fields are refused too: a misspelt column must not vanish silently.
 */
export function toFactRecord(table: TableName, row: unknown): FactRecord | ResultCode {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return Code.INVALID_FIELD;
  const spec = tableSpec(table);
  const input = row as Record<string, unknown>;
  const record: FactRecord = {};
  let seen = 0;
  for (const [name, column] of Object.entries(spec.columns)) {
    const value = input[name];
    if (!columnValid(column, value)) return Code.INVALID_FIELD;
    record[name] = typeof value === 'boolean' ? (value ? 1 : 0) : (value as string | number);
    seen += 1;
  }
  if (Object.keys(input).length !== seen) return Code.INVALID_FIELD;
  record['inserted_version'] = 0;
  return record;
}

/** The key of a record as one string, the same way `keySql` computes it in ClickHouse. */
export function recordKey(table: TableName, record: FactRecord): string {
  return tableSpec(table)
    .key.map((name) => String(record[name]))
    .join('\u001f');
}

/** SQL for the same key (`concat(toString(a), '\x1f', toString(b))`). */
export function keySql(table: TableName): string {
  const parts = tableSpec(table).key.map((name) => `toString(${name})`);
  return parts.length === 1 ? (parts[0] ?? '') : `concat(${parts.join(", '\\x1f', ")})`;
}

function partitionSql(spec: TableSpec): string {
  const time = spec.columns[spec.time];
  return time?.kind === 'day'
    ? `toYYYYMM(${spec.time})`
    : `toYYYYMM(toDateTime(intDiv(${spec.time}, 1000), 'UTC'))`;
}

export function createTableSql(database: string, table: TableName): string {
  assertIdentifier(database, 'database');
  const spec = tableSpec(table);
  const columns = Object.entries(spec.columns).map(
    ([name, col]) => `    ${name} ${clickhouseTypes[col.kind]} COMMENT ${quoteString(col.comment)}`,
  );
  columns.push(
    `    inserted_version UInt64 COMMENT ${quoteString('Insert batch; the highest one wins.')}`,
  );
  return [
    `CREATE TABLE IF NOT EXISTS ${database}.${table} (`,
    columns.join(',\n'),
    ')',
    'ENGINE = ReplacingMergeTree(inserted_version)',
    `PARTITION BY ${partitionSql(spec)}`,
    `ORDER BY (${spec.key.join(', ')})`,
  ].join('\n');
}

/** The ClickHouse type of a column, for the documentation and the schema test. */
export function columnType(column: ColumnSpec): string {
  return clickhouseTypes[column.kind];
}
