/**
 * Personal data never leaves the service in clear: helpers that mask what people may see
 * partially (phone, name, identity card, bank card, IP) and hash what only needs to be joined
 * on (user and device ids), plus a guard that refuses values looking like raw personal data.
 *
 * Method: masks keep the parts Chinese platforms customarily show (`138****1234`); hashes are
 * HMAC-SHA-256 under a secret salt, so nobody without the salt can test guesses (a plain hash of
 * an 11-digit phone number is reversed by trying all 10^10 of them). 96 bits of the MAC are kept:
 * collisions among even a billion users stay below one in 10^10.
 */
import { createHmac } from 'node:crypto';
import { assert } from '../shared/index.js';

/** `13812341234` -> `138****1234`; other lengths keep the first 3 and last 4 when possible. */
export function maskPhone(phone: string): string {
  assert(typeof phone === 'string', 'maskPhone takes a string');
  const digits = phone.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** `张三丰` -> `张**`: the family name stays (as on receipts); empty stays empty. */
export function maskName(name: string): string {
  assert(typeof name === 'string', 'maskName takes a string');
  const chars = [...name.trim()];
  const first = chars[0];
  if (first === undefined) return '';
  return `${first}${'*'.repeat(Math.max(chars.length - 1, 1))}`;
}

/** `110101199003071234` -> `110***********1234`: region prefix and last four only. */
export function maskIdNumber(idNumber: string): string {
  assert(typeof idNumber === 'string', 'maskIdNumber takes a string');
  const s = idNumber.trim();
  if (s.length < 8) return '*'.repeat(s.length);
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
}

/** `6222021234567890123` -> `***************0123`. */
export function maskBankCard(card: string): string {
  assert(typeof card === 'string', 'maskBankCard takes a string');
  const s = card.replace(/\s/g, '');
  if (s.length <= 4) return '*'.repeat(s.length);
  return `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
}

/** `203.0.113.57` -> `203.0.113.*`; IPv6 keeps its first three groups. */
export function maskIp(ip: string): string {
  assert(typeof ip === 'string', 'maskIp takes a string');
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}:*`;
  const parts = ip.split('.');
  return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.*` : '*';
}

/** A salt must be long enough that guessing it is hopeless. */
export const saltBytesMin = 16;

/**
 * Salted hash of an id: `hashId(salt, 'u-42', 'u')` -> `u:1f3a...` (24 hex digits). The prefix
 * says what kind of id it was; the same id and salt always give the same ref, so tables join.
 */
export function hashId(salt: string | Buffer, id: string, prefix = 'h'): string {
  assert(Buffer.byteLength(salt) >= saltBytesMin, `the salt needs >= ${saltBytesMin} bytes`);
  assert(typeof id === 'string' && id.length > 0, 'hashId takes a non-empty id');
  assert(/^[a-z]{1,8}$/.test(prefix), 'the prefix is 1-8 lower-case letters');
  const mac = createHmac('sha256', salt).update(id, 'utf8').digest('hex');
  return `${prefix}:${mac.slice(0, 24)}`;
}

/** 11-digit mainland mobile numbers and 18-character identity numbers, anywhere in a value. */
const mobile = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const identity = /(?<!\d)\d{17}[\dXx](?![\dXx])/;
const email = /[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/;

/**
 * True when a value that should be masked or hashed looks like raw personal data instead. A
 * last line of defence at the table boundary, not a substitute for masking at the source.
 */
export function looksLikePersonalData(value: string): boolean {
  return mobile.test(value) || identity.test(value) || email.test(value);
}

/**
 * The two shapes of a hashed user reference: hashId's `prefix:` + 24 hex digits and the
 * service's 16 hex digits (serviceUserRef). About 1 in 2,000 of them holds 11 digits that read
 * like a mobile number; refusing those would drop every fact of those users, and no phone or
 * identity number has either shape.
 */
export function isHashedRef(value: string): boolean {
  return /^(?:[a-z]{1,8}:[0-9a-f]{24}|[0-9a-f]{16})$/.test(value);
}

/**
 * An account name with its hashed refs taken out (`user:<ref>:held` -> `user::held`): a ref is
 * hex, and one in 2,000 holds 11 digits that read like a phone number (see isHashedRef), which
 * must not make the guard refuse every movement of that user.
 */
export function withoutHashedRefs(value: string): string {
  return value.replace(/(?<=[:-])[0-9a-f]{16}(?=:)/g, '');
}
