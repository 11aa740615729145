/**
 * `lending demo` as a newcomer runs it: the service comes up, prints the dashboard and sign-in
 * links, and within its first minute the simulator's own counters show orders filled, loans
 * funded, repayments, overdue notices and alerts; the run stops by itself and Ctrl-C stops the
 * service cleanly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { clickhouseUrl, redisUrl, uniquePrefix } from '../helpers/services.js';

const root = join(import.meta.dirname, '..', '..');

function counter(line: string, name: string): number {
  return Number(new RegExp(`\\b${name}=(\\d+)`).exec(line)?.[1] ?? 0);
}

it('fills, funds, repays, goes overdue and raises alerts in a minute', async () => {
  const database = uniquePrefix('demo');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', 'demo', '--seconds', '55', '--seed', '7'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        REDIS_URL: redisUrl(),
        CLICKHOUSE_URL: clickhouseUrl(),
        CLICKHOUSE_DATABASE: database,
        REDIS_PREFIX: `${database}:`,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'demo-')),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  while (!output.includes('simulation finished') && Date.now() < deadline) {
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(output).toContain('simulation finished');
  expect(output).toMatch(/dashboard\s+http:\/\/127\.0\.0\.1:\d+\/dashboard\//);
  expect(output).toMatch(/risk officer\s+http:\S+#token=v1\./);
  const last =
    output
      .split('\n')
      .filter((line) => line.startsWith('demo t='))
      .pop() ?? '';
  // Within the first minute (one loan day per second): every kind of activity the README lists.
  for (const name of ['orders', 'fills', 'funded', 'repayments', 'alerts', 'overdue_notices']) {
    expect(counter(last, name), `${name} in: ${last}`).toBeGreaterThan(0);
  }
  expect(counter(last, 'fraud_shared_device')).toBe(1);
  expect(counter(last, 'actions')).toBeLessThanOrEqual(20_000);
  child.kill('SIGINT');
  expect(await exited).toBe(0);
}, 150_000);
