/**
 * The fact tables: masking and hashing helpers, the row validator (every column kind, bad input
 * past the types), the DDL as ClickHouse describes it, and the analysts' limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import {
  columnType,
  createDisclosureSink,
  hashId,
  isHashedRef,
  looksLikePersonalData,
  maskBankCard,
  maskIdNumber,
  maskIp,
  maskName,
  maskPhone,
  serviceUserRef,
  tableNames,
  tableSpecs,
  toFactRecord,
  type RowOf,
} from '../../src/disclosure/index.js';
import { Code } from '../../src/shared/index.js';
import { adminClient, dropDatabase, selectAll, testDatabaseName } from '../helpers/clickhouse.js';
import { clickhouseUrl } from '../helpers/services.js';

const salt = 'a-test-salt-of-32-bytes-at-least';

describe('masking and hashing', () => {
  it.each([
    [maskPhone, '13812341234', '138****1234'],
    [maskPhone, '+86 138-1234-1234', '138****1234'],
    [maskPhone, '123', '***'],
    [maskName, '张三丰', '张**'],
    [maskName, '李', '李*'],
    [maskName, '', ''],
    [maskIdNumber, '110101199003071234', '110***********1234'],
    [maskIdNumber, '11010119900307123X', '110***********123X'],
    [maskBankCard, '6222 0212 3456 7890 123', '***************0123'],
    [maskIp, '203.0.113.57', '203.0.113.*'],
    [maskIp, '2001:db8:85a3::8a2e:370:7334', '2001:db8:85a3:*'],
    [maskIp, 'garbage', '*'],
  ])('%o(%s) = %s', (mask, input, output) => {
    expect(mask(input)).toBe(output);
    expect(looksLikePersonalData(output)).toBe(false);
  });

  it('hashes ids with a salt: stable, prefixed, different per salt, never the id', () => {
    const ref = hashId(salt, 'user-42', 'u');
    expect(ref).toMatch(/^u:[0-9a-f]{24}$/);
    expect(hashId(salt, 'user-42', 'u')).toBe(ref);
    expect(hashId(`${salt}!`, 'user-42', 'u')).not.toBe(ref);
    expect(hashId(salt, 'user-43', 'u')).not.toBe(ref);
    expect(ref).not.toContain('42');
  });

  it('refuses a short salt, an empty id or a bad prefix (programmer errors)', () => {
    expect(() => hashId('short', 'x')).toThrow();
    expect(() => hashId(salt, '')).toThrow();
    expect(() => hashId(salt, 'x', 'Bad!')).toThrow();
  });

  it.each([
    ['13812341234', true],
    ['tel 13812341234.', true],
    ['110101199003071234', true],
    ['11010119900307123x', true],
    ['someone@example.com', true],
    ['138****1234', false],
    ['u:1f3a9c', false],
    ['12345678901234567890', false], // 20 digits: not an identity number
    ['order 2026-06-30 no 42', false],
  ])('looksLikePersonalData(%s) = %s', (value, expected) => {
    expect(looksLikePersonalData(value)).toBe(expected);
  });
});

const user: RowOf<'users'> = {
  user_ref: 'u:0a1b2c3d4e5f',
  role: 'lender',
  name_masked: '张**',
  phone_masked: '138****1234',
  id_number_masked: '110***********1234',
  province: '上海',
  related_party: false,
  risk_level: 'low',
  registered_ms: 1_767_225_600_000,
};

describe('hashed refs', () => {
  it('accepts every hashed ref, also one whose digits read like a mobile number', () => {
    const ref = serviceUserRef('lending');
    const users = Array.from({ length: 20_000 }, (_, i) => `U${i}`);
    const phoneLike = users.map(ref).filter(looksLikePersonalData);
    // About 1 in 2,000 service refs holds 11 digits that look like a mobile number.
    expect(phoneLike.length).toBeGreaterThan(0);
    for (const userRef of [...phoneLike, hashId('salt-of-16-bytes!', 'U1', 'u')]) {
      expect(isHashedRef(userRef)).toBe(true);
      const row = { note_id: 'n1', loan_id: 'L1', lender_ref: userRef };
      expect(toFactRecord('notes', { ...row, principal_fen: 1, created_ms: 1 })).not.toBe(
        Code.INVALID_FIELD,
      );
    }
    expect(isHashedRef('13812345678')).toBe(false);
    expect(
      toFactRecord('notes', {
        note_id: 'n1',
        loan_id: 'L1',
        lender_ref: 'u:13812345678',
        principal_fen: 1,
        created_ms: 1,
      }),
    ).toBe(Code.INVALID_FIELD);
  });
});

describe('toFactRecord', () => {
  it('copies a valid row, booleans as 0/1, with a version column', () => {
    expect(toFactRecord('users', user)).toEqual({
      ...user,
      related_party: 0,
      inserted_version: 0,
    });
  });

  it.each([
    ['a raw phone number', { phone_masked: '13812341234' }],
    ['a raw identity number', { id_number_masked: '110101199003071234' }],
    ['a name in clear as ref', { user_ref: '张三' }],
    ['a ref with a space', { user_ref: 'u: 1' }],
    ['an unknown role', { role: 'admin' }],
    ['a bool as number', { related_party: 1 }],
    ['a negative time', { registered_ms: -1 }],
    ['a fractional time', { registered_ms: 1.5 }],
    ['a time after 2106', { registered_ms: 2 ** 52 }],
    ['a lone surrogate', { province: 'x\ud800' }],
    ['a missing column', { province: undefined }],
    ['an extra column', { password: 'secret' }],
  ])('refuses %s', (_, overrides) => {
    const row: Record<string, unknown> = { ...user, ...overrides };
    if ('province' in overrides && overrides.province === undefined) delete row['province'];
    expect(toFactRecord('users', row)).toBe(Code.INVALID_FIELD);
  });

  it.each([
    ['schedules', 'principal_fen', -1],
    ['schedules', 'principal_fen', Number.MAX_SAFE_INTEGER + 1],
    ['schedules', 'principal_fen', '100'],
    ['schedules', 'instalment_no', 2 ** 32],
    ['overdue_daily', 'day', '2026-02-30'],
    ['overdue_daily', 'day', '2026-2-3'],
    ['overdue_daily', 'day', '1969-12-31'],
    ['tranches', 'market_id', '36M:Z'],
    ['loans', 'loan_id', 'x'.repeat(65)],
  ] as const)('refuses %s.%s = %o', (table, column, value) => {
    const base: Record<string, Record<string, unknown>> = {
      schedules: { loan_id: 'L1', instalment_no: 1, due_ms: 0, principal_fen: 1, interest_fen: 0 },
      overdue_daily: {
        day: '2026-02-28',
        loan_id: 'L1',
        days_overdue: 3,
        bucket: '1-30',
        overdue_principal_fen: 1,
        overdue_interest_fen: 0,
      },
    };
    const row = { ...(base[table] ?? {}), [column]: value };
    expect(toFactRecord(table, row)).toBe(Code.INVALID_FIELD);
    // The same row with a good value passes: the failure is this column's.
    if (base[table] !== undefined) expect(typeof toFactRecord(table, base[table])).toBe('object');
  });

  it('refuses non-objects', () => {
    for (const bad of [null, undefined, 42, 'row', [user]]) {
      expect(toFactRecord('users', bad)).toBe(Code.INVALID_FIELD);
    }
  });
});

describe('fact tables in ClickHouse', () => {
  const admin = adminClient();
  const database = testDatabaseName('tables');
  const analyst = createClient({
    url: clickhouseUrl(),
    username: 'analyst',
    password: process.env.CLICKHOUSE_ANALYST_PASSWORD ?? 'analyst',
    log: { level: ClickHouseLogLevel.OFF },
  });

  beforeAll(async () => {
    const sink = createDisclosureSink({ url: clickhouseUrl(), database });
    await sink.migrate();
    expect(sink.add('users', user)).toBe(Code.OK);
    await sink.close();
  });

  afterAll(async () => {
    await analyst.close();
    await dropDatabase(admin, database);
    await admin.close();
  });

  it.each(tableNames)('%s has the documented columns, types and comments', async (table) => {
    const rows = await selectAll(admin, `DESCRIBE TABLE ${database}.${table}`);
    const described = rows.map((r) => [
      r['name'],
      r['type'],
      r['comment'] ?? r['comment_expression'],
    ]);
    const spec = Object.entries(tableSpecs[table].columns).map(([name, column]) => [
      name,
      columnType(column),
      column.comment,
    ]);
    expect(described.slice(0, -1)).toEqual(spec);
    expect(described.at(-1)?.[0]).toBe('inserted_version');
  });

  it('lets the analyst read a masked user, and nothing in clear', async () => {
    const result = await analyst.query({
      query: `SELECT user_ref, phone_masked, related_party FROM ${database}.users`,
      format: 'JSONEachRow',
    });
    expect(await result.json()).toEqual([
      { user_ref: 'u:0a1b2c3d4e5f', phone_masked: '138****1234', related_party: 0 },
    ]);
  });

  it('bounds what the analyst may read and return', async () => {
    const result = await analyst.query({
      query:
        "SELECT name, value FROM system.settings WHERE name IN ('readonly', " +
        "'max_result_rows', 'max_rows_to_read', 'max_execution_time') ORDER BY name",
      format: 'JSONEachRow',
    });
    expect(await result.json()).toEqual([
      { name: 'max_execution_time', value: '60' },
      { name: 'max_result_rows', value: '1000000' },
      { name: 'max_rows_to_read', value: '2000000000' },
      { name: 'readonly', value: '1' },
    ]);
    // The error may come as a rejection or, once rows stream, at the end of the body.
    const outcome = await analyst
      .query({ query: 'SELECT number FROM system.numbers LIMIT 1000001', format: 'TabSeparated' })
      .then((result) => result.text())
      .catch((error: unknown) => String(error));
    expect(outcome).toMatch(/Limit for result exceeded/i);
  });
});
