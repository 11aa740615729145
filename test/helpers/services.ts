/**
 * Test access to the shared Redis and ClickHouse. Goal: tests never guess where the services
 * are and never collide with each other. Method: the URLs come from the environment (set by
 * test/global-setup.ts, or by the developer/CI beforehand), and every test names its keys,
 * streams and databases with `uniquePrefix`, so files can run in parallel against one server.
 */

function requiredEnv(name: 'REDIS_URL' | 'CLICKHOUSE_URL'): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(
      `${name} is not set: run the tests through vitest (test/global-setup.ts starts the ` +
        `services) or start them with 'bash scripts/services.sh up' and export its output`,
    );
  }
  return value;
}

/** The Redis URL, e.g. redis://127.0.0.1:16379. */
export function redisUrl(): string {
  return requiredEnv('REDIS_URL');
}

/** The ClickHouse HTTP URL, e.g. http://127.0.0.1:18123. */
export function clickhouseUrl(): string {
  return requiredEnv('CLICKHOUSE_URL');
}

let counter = 0;

/**
 * A name unique to this call across parallel workers and repeated runs:
 * `t_<name>_<pid>_<time>_<n>`.
 * It is a valid ClickHouse identifier and Redis key prefix (lower-case letters, digits, `_`), so
 * callers can use it directly as a database name without quoting.
 */
export function uniquePrefix(name: string): string {
  const clean = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 32);
  counter += 1;
  return `t_${clean}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}
