/**
 * The users and risk_events rows: masked and hashed as the tables document, accepted by the
 * table checks, and nothing of the registration in clear.
 */
import { describe, expect, it } from 'vitest';
import {
  provinceOf,
  riskEventRow,
  serviceUserRef,
  toFactRecord,
  userRow,
} from '../../src/disclosure/index.js';

const ref = serviceUserRef('user_facts_test');
const t0 = Date.UTC(2025, 5, 1);
const registration = {
  userId: 'u-42',
  role: 'lender',
  name: '张三丰',
  phone: '13812341234',
  idNumber: '110101199003071234',
};

describe('users rows', () => {
  it('masks the registration and keeps the province only', () => {
    const row = userRow(registration, ref, t0);
    expect(row).toEqual({
      user_ref: ref('u-42'),
      role: 'lender',
      name_masked: '张**',
      phone_masked: '138****1234',
      id_number_masked: '110***********1234',
      province: '北京',
      related_party: false,
      risk_level: 'low',
      registered_ms: t0,
    });
    expect(typeof toFactRecord('users', row)).toBe('object');
    const text = JSON.stringify(row);
    for (const clear of ['u-42', '三丰', '13812341234', '19900307'])
      expect(text).not.toContain(clear);
  });

  it('names no province for a prefix that is none', () => {
    expect(provinceOf('991234')).toBe('');
    expect(userRow({ ...registration, role: 'x', idNumber: '99' }, ref, t0)).toMatchObject({
      role: 'both',
      province: '',
    });
  });
});

describe('risk_events rows', () => {
  const decision = {
    eventId: '7c1e7a52-0e4a-4f57-9d5b-0c1f3a1d2e3f',
    accountId: 'u-42',
    kind: 'withdrawal',
    outcome: 'review' as const,
    timeMs: t0,
    features: { amountFen: 500_000 },
  };

  it('writes the outcome, the user and device as refs and the IP masked', () => {
    const row = riskEventRow(decision, ref, { deviceId: 'dev-9', ip: '203.0.113.57' });
    expect(row).toEqual({
      event_id: decision.eventId,
      user_ref: ref('u-42'),
      kind: 'withdrawal',
      device_ref: ref('device:dev-9'),
      ip_masked: '203.0.113.*',
      amount_fen: 500_000,
      outcome: 'review',
      time_ms: t0,
    });
    expect(typeof toFactRecord('risk_events', row)).toBe('object');
  });

  it('says unknown and * without a device or IP, anonymous without an account', () => {
    const row = riskEventRow({ ...decision, accountId: '', features: { amountFen: -1 } }, ref);
    expect(row).toMatchObject({
      user_ref: 'anonymous',
      device_ref: 'unknown',
      ip_masked: '*',
      amount_fen: 0,
    });
    expect(typeof toFactRecord('risk_events', row)).toBe('object');
  });
});
