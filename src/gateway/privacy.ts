/**
 * Masking of personal data. The gateway stores and echoes only masked forms, so neither the
 * user store, logs, events nor analytics ever hold a name, ID, phone or card number in clear.
 */

/** 张三丰 -> 张**; a single character stays as it is. */
export function maskName(name: string): string {
  const characters = [...name];
  if (characters.length <= 1) return name;
  return `${characters[0] ?? ''}${'*'.repeat(characters.length - 1)}`;
}

/** 13812341234 -> 138****1234 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** Every character but the last four becomes `*` (ID and bank card numbers). */
export function maskTail(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}
