/**
 * Risk alerts: the record officers see, its JSON wire form, and a pub/sub subscription.
 *
 * Goal: the gateway pushes alerts to risk dashboards as they happen; the alert stream keeps a
 * bounded history for officers who connect later.
 *
 * Method: JSON (not Avro) because alerts are rare and browsers read them directly; the decoder
 * checks every field, because a pub/sub channel accepts PUBLISH from any Redis client.
 */
import type { Redis } from 'ioredis';
import { assert } from '../shared/index.js';

export type AlertLevel = 'review' | 'block';

export interface Alert {
  alertId: string;
  ruleId: string;
  ruleVersion: number;
  level: AlertLevel;
  accountId: string;
  summary: string;
  features: Record<string, string>;
  eventIds: string[];
  timeMs: number;
}

/** Largest alert payload decoded; real alerts are a few hundred bytes. */
export const alertBytesMax = 64 * 1024;

export function encodeAlert(alert: Alert): string {
  assert(isAlert(alert), 'encodeAlert needs a well-formed alert');
  const text = JSON.stringify(copyAlert(alert));
  assert(Buffer.byteLength(text) <= alertBytesMax, 'alert fits the decoder bound');
  return text;
}

/** Parses and validates; anything else than a well-formed alert yields undefined. */
export function decodeAlert(payload: string | Buffer): Alert | undefined {
  if (payload.length > alertBytesMax) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8'));
  } catch {
    return undefined;
  }
  // Copy the known fields only, so extra keys a foreign publisher added do not travel on.
  return isAlert(value) ? copyAlert(value) : undefined;
}

function copyAlert(alert: Alert): Alert {
  return {
    alertId: alert.alertId,
    ruleId: alert.ruleId,
    ruleVersion: alert.ruleVersion,
    level: alert.level,
    accountId: alert.accountId,
    summary: alert.summary,
    features: { ...alert.features },
    eventIds: [...alert.eventIds],
    timeMs: alert.timeMs,
  };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((item) => typeof item === 'string');
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isAlert(value: unknown): value is Alert {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const { alertId, ruleId, ruleVersion, level, accountId, summary, timeMs } = record;
  if (typeof alertId !== 'string' || alertId === '') return false;
  if (typeof ruleId !== 'string' || ruleId === '') return false;
  if (typeof ruleVersion !== 'number' || !Number.isSafeInteger(ruleVersion)) return false;
  if (level !== 'review' && level !== 'block') return false;
  if (typeof accountId !== 'string' || typeof summary !== 'string') return false;
  if (typeof timeMs !== 'number' || !Number.isSafeInteger(timeMs)) return false;
  return isStringRecord(record['features']) && isStringArray(record['eventIds']);
}

/**
 * Subscribes `subscriber` (a connection this call puts in subscriber mode; the caller owns it)
 * to `channel` and calls `onAlert` for every well-formed alert; malformed messages are dropped.
 * Resolves once Redis confirmed the subscription, with a function that undoes it.
 */
export async function subscribeAlerts(
  subscriber: Redis,
  channel: string,
  onAlert: (alert: Alert) => void,
): Promise<() => Promise<void>> {
  const listener = (from: string, message: string): void => {
    if (from !== channel) return;
    const alert = decodeAlert(message);
    if (alert !== undefined) onAlert(alert);
  };
  subscriber.on('message', listener);
  await subscriber.subscribe(channel);
  return async () => {
    subscriber.off('message', listener);
    await subscriber.unsubscribe(channel);
  };
}
