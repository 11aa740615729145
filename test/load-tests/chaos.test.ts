/**
 * A short chaos run in CI (the long one is `npm run chaos -- --seconds N`): the real service as
 * a child process, kill -9 and restarts, a Redis restart, ClickHouse cut off, a slow consumer,
 * with a fixed seed whose schedule injects each of them. Its own verdict must be clean: no
 * acknowledged order lost, no duplicate fill, ledger verified, holds equal to resting orders,
 * the bank statement reconciled, fills equal to the money lent, no alert lost.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { clickhouseUrl } from '../helpers/services.js';

it('survives a short chaos run with nothing lost', () => {
  const result = spawnSync(process.execPath, ['dist/load-tests/chaos.js', '--seconds', '12'], {
    encoding: 'utf8',
    env: { ...process.env, CHAOS_SEED: '8', CLICKHOUSE_URL: clickhouseUrl() },
    timeout: 240_000,
  });
  const lines = result.stdout.trim().split('\n');
  const verdict = JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>;
  expect(verdict, result.stdout + result.stderr).toMatchObject({
    lost: 0,
    duplicates: 0,
    ledgerVerified: true,
    alertsLost: 0,
    holdsMatchBook: true,
    reconciled: true,
    fillsMatchLedger: true,
    ok: true,
  });
  expect(verdict['faults']).toBeGreaterThan(0);
  expect(verdict['acked']).toBeGreaterThan(0);
  expect(result.status).toBe(0);
}, 300_000);
