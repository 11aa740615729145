/**
 * Embedded defaults: when no REDIS_URL / CLICKHOUSE_URL is given, the service starts local Redis
 * and ClickHouse through scripts/services.sh (the same script CI and the tests use) and stops
 * them on exit if it started them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'scripts', 'services.sh'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (scripts/services.sh)');
    dir = parent;
  }
  return dir;
}

export interface LocalServices {
  redisUrl: string;
  clickhouseUrl: string;
  /** True when this process started them (and so must stop them). */
  startedHere: boolean;
}

function runScript(verb: 'up' | 'down' | 'status' | 'env', quiet: boolean): string {
  const result = spawnSync('bash', [join(projectRoot(), 'scripts', 'services.sh'), verb], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'],
  });
  if (result.status !== 0) {
    const detail = quiet ? `\n${result.stderr}` : '';
    throw new Error(`scripts/services.sh ${verb} failed (exit ${result.status})${detail}`);
  }
  return result.stdout;
}

function urlFrom(output: string, name: string): string {
  const line = output.split('\n').find((item) => item.startsWith(`${name}=`));
  if (line === undefined) throw new Error(`scripts/services.sh printed no ${name}`);
  return line.slice(name.length + 1).trim();
}

export function startLocalServices(): LocalServices {
  const before = runScript('status', true);
  const wasRunning = /redis: running/.test(before) && /clickhouse: running/.test(before);
  const output = runScript('up', false);
  process.stdout.write(output);
  return {
    redisUrl: urlFrom(output, 'REDIS_URL'),
    clickhouseUrl: urlFrom(output, 'CLICKHOUSE_URL'),
    startedHere: !wasRunning,
  };
}

export function stopLocalServices(): void {
  runScript('down', false);
}
