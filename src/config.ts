/**
 * Configuration from the environment, validated once at start. A bad value stops the service
 * with a message naming the variable, what it got and what is allowed.
 */
import { existsSync } from 'node:fs';
import { isValidMarketId, limits } from './shared/index.js';

export interface Config {
  host: string;
  port: number;
  redisUrl: string | undefined;
  clickhouseUrl: string | undefined;
  clickhouseDatabase: string;
  redisPrefix: string;
  dataDir: string;
  authSecret: string | undefined;
  shards: number;
  markets: string[];
  ledgerDurability: 'fsync' | 'none';
  riskConsumers: number;
  logLevel: string;
  channelLogEntriesMax: number;
  tokenTtlSeconds: number;
  loanSchedule: 'equal_instalment' | 'equal_principal' | 'interest_only';
  originationFeeBps: number;
  /** Real seconds per loan day (86,400: real time; the demo runs a day in a few seconds). */
  daySeconds: number;
  openOrdersPerUserMax: number;
  rateLimitUserPerSecond: number;
  rateLimitIpPerSecond: number;
  tls: { certFile: string; keyFile: string } | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `${name}=${JSON.stringify(raw)}: expected an integer from ${min} to ${max}`,
    );
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)}: expected one of ${allowed.join(', ')}`);
  }
  return raw as T;
}

function pattern(env: Env, name: string, fallback: string, re: RegExp, what: string): string {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (!re.test(raw)) throw new ConfigError(`${name}=${JSON.stringify(raw)}: expected ${what}`);
  return raw;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name}=${JSON.stringify(raw)}: not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(
      `${name}=${JSON.stringify(raw)}: expected a ${protocols.join(' or ')} URL`,
    );
  }
  return raw;
}

export const defaultMarkets: readonly string[] = ['12M', '24M', '36M'].flatMap((term) =>
  ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((grade) => `${term}:${grade}`),
);

function markets(env: Env): string[] {
  const raw = env['MARKETS'];
  if (raw === undefined || raw === '') return [...defaultMarkets];
  const list = raw.split(',').map((item) => item.trim());
  const bad = list.find((item) => !isValidMarketId(item));
  if (bad !== undefined) {
    throw new ConfigError(`MARKETS contains ${JSON.stringify(bad)}: expected ids like 36M:B`);
  }
  return [...new Set(list)];
}

function tls(env: Env): Config['tls'] {
  const certFile = env['TLS_CERT_FILE'] ?? '';
  const keyFile = env['TLS_KEY_FILE'] ?? '';
  if (certFile === '' && keyFile === '') return undefined;
  if (certFile === '' || keyFile === '') {
    throw new ConfigError('TLS_CERT_FILE and TLS_KEY_FILE must be set together');
  }
  for (const [name, file] of [
    ['TLS_CERT_FILE', certFile],
    ['TLS_KEY_FILE', keyFile],
  ] as const) {
    if (!existsSync(file)) throw new ConfigError(`${name}=${JSON.stringify(file)}: no such file`);
  }
  return { certFile, keyFile };
}

export function loadConfig(env: Env = process.env): Config {
  return {
    tls: tls(env),
    rateLimitUserPerSecond: integer(env, 'RATE_LIMIT_USER_PER_SECOND', 2_000, 0, 10_000_000),
    rateLimitIpPerSecond: integer(env, 'RATE_LIMIT_IP_PER_SECOND', 20_000, 0, 10_000_000),
    openOrdersPerUserMax: integer(env, 'MAX_OPEN_ORDERS_PER_USER', 10_000, 1, 10_000_000),
    loanSchedule: oneOf(env, 'LOAN_SCHEDULE', 'equal_instalment', [
      'equal_instalment',
      'equal_principal',
      'interest_only',
    ] as const),
    originationFeeBps: integer(env, 'ORIGINATION_FEE_BPS', 0, 0, 1_000),
    daySeconds: integer(env, 'DAY_SECONDS', 86_400, 1, 86_400),
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 3600, 60, 30 * 24 * 3600),
    channelLogEntriesMax: integer(
      env,
      'CHANNEL_LOG_ENTRIES',
      limits.channelLogEntriesMax,
      1,
      10_000_000,
    ),
    host: pattern(env, 'HOST', '127.0.0.1', /^[0-9a-fA-F.:]+$|^localhost$/, 'an IP address'),
    port: integer(env, 'PORT', 8080, 0, 65535),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    clickhouseUrl: url(env, 'CLICKHOUSE_URL', ['http:', 'https:']),
    clickhouseDatabase: pattern(
      env,
      'CLICKHOUSE_DATABASE',
      'lending',
      /^[a-z_][a-z0-9_]{0,62}$/,
      'a lowercase identifier',
    ),
    redisPrefix: pattern(env, 'REDIS_PREFIX', '', /^[\w:.-]{0,64}$/, 'letters, digits, _ : . -'),
    dataDir: env['DATA_DIR'] ?? 'var/data',
    authSecret: env['AUTH_SECRET'] === '' ? undefined : env['AUTH_SECRET'],
    shards: integer(env, 'SHARDS', 1, 1, 64),
    markets: markets(env),
    ledgerDurability: oneOf(env, 'LEDGER_DURABILITY', 'fsync', ['fsync', 'none'] as const),
    riskConsumers: integer(env, 'RISK_CONSUMERS', 2, 1, 64),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', [
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
      'trace',
      'silent',
    ] as const),
  };
}
