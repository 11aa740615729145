/**
 * Alerts: JSON round trip, validated decoding of hostile payloads, and the pub/sub subscription
 * against a real Redis (malformed messages on the channel are dropped, not delivered).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import {
  decodeAlert,
  encodeAlert,
  subscribeAlerts,
  type Alert,
} from '../../src/risk-stream/index.js';
import { connect, quitAll, uniquePrefix, waitFor, sleep } from './helpers.js';

const opened: Redis[] = [];
afterEach(() => quitAll(opened));

const alert: Alert = {
  alertId: 'device-shared@1:e-3',
  ruleId: 'device-shared',
  ruleVersion: 1,
  level: 'review',
  accountId: 'acct-3',
  summary: '3 accounts signed in from device d within 600 s (at most 2 expected)',
  features: { deviceId: 'd', distinctAccountsInWindow: '3' },
  eventIds: ['e-3'],
  timeMs: 1_700_000_000_000,
};

describe('encodeAlert / decodeAlert', () => {
  it('round-trips, from a string and from a Buffer', () => {
    expect(decodeAlert(encodeAlert(alert))).toEqual(alert);
    expect(decodeAlert(Buffer.from(encodeAlert(alert)))).toEqual(alert);
  });

  it('drops unknown keys a foreign publisher added', () => {
    const payload = JSON.stringify({ ...alert, extra: 'x' });
    expect(decodeAlert(payload)).toEqual(alert);
  });

  const bad: [string, string][] = [
    ['not JSON', '{'],
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['an empty alert id', JSON.stringify({ ...alert, alertId: '' })],
    ['a missing rule id', JSON.stringify({ ...alert, ruleId: undefined })],
    ['a fractional version', JSON.stringify({ ...alert, ruleVersion: 1.5 })],
    ['an unknown level', JSON.stringify({ ...alert, level: 'approve' })],
    ['a numeric account', JSON.stringify({ ...alert, accountId: 7 })],
    ['a missing summary', JSON.stringify({ ...alert, summary: undefined })],
    ['a numeric feature', JSON.stringify({ ...alert, features: { count: 3 } })],
    ['features as an array', JSON.stringify({ ...alert, features: ['a'] })],
    ['a numeric event id', JSON.stringify({ ...alert, eventIds: [3] })],
    ['a time as text', JSON.stringify({ ...alert, timeMs: '1' })],
    ['too large', JSON.stringify({ ...alert, summary: 'x'.repeat(70_000) })],
  ];
  it.each(bad)('rejects %s', (_name, payload) => {
    expect(decodeAlert(payload)).toBeUndefined();
  });

  it('refuses to encode a malformed alert (programmer error)', () => {
    expect(() => encodeAlert({ ...alert, ruleVersion: Number.NaN })).toThrow();
  });
});

describe('subscribeAlerts', () => {
  it('delivers well-formed alerts of its channel only, until unsubscribed', async () => {
    const channel = `${uniquePrefix()}risk:alerts`;
    const subscriber = connect(opened);
    const publisher = connect(opened);
    const received: Alert[] = [];
    const unsubscribe = await subscribeAlerts(subscriber, channel, (item) => received.push(item));
    await publisher.publish(channel, 'garbage');
    await publisher.publish(`${channel}:other`, encodeAlert(alert));
    await publisher.publish(channel, encodeAlert(alert));
    await waitFor('the alert', () => received.length === 1);
    expect(received).toEqual([alert]);
    await unsubscribe();
    await publisher.publish(channel, encodeAlert(alert));
    await sleep(50);
    expect(received).toHaveLength(1);
  });
});
