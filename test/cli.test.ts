/**
 * The operator's CLI as a user runs it: help, token, and the ledger's verify, prove and
 * reconcile commands against a real journal; bad arguments get a clear message and exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyToken } from '../src/gateway/index.js';
import { openLedger, statementHeader } from '../src/ledger/index.js';

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli', () => {
  it('prints help and refuses unknown commands and bad options', () => {
    expect(cli(['help']).stdout).toContain('ledger verify');
    const unknown = cli(['fly']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
    const badRole = cli(['token', '--user', 'U', '--role', 'root'], { AUTH_SECRET: 's' });
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('allowed: lender');
    const badConfig = cli(['token', '--user', 'U', '--role', 'lender'], { PORT: 'eighty' });
    expect(badConfig.status).toBe(2);
    expect(badConfig.stderr).toContain('PORT="eighty"');
  });

  it('issues a token the gateway accepts', () => {
    const out = cli(['token', '--user', 'L9', '--role', 'lender', '--ttl-seconds', '60'], {
      AUTH_SECRET: 'cli-secret',
    });
    expect(out.status).toBe(0);
    const verified = verifyToken(Buffer.from('cli-secret'), out.stdout.trim(), Date.now());
    expect('claims' in verified && verified.claims.userId).toBe('L9');
  });

  it('verifies, proves and reconciles a real journal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-ledger-'));
    const ledger = await openLedger({ dir, durability: 'fsync' });
    ledger.deposit('d1', 'U1', 5_000);
    ledger.deposit('d2', 'U2', 7_000);
    await ledger.close();
    const verify = cli(['ledger', 'verify', '--dir', dir]);
    expect(verify.status).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, entries: 2 });
    const prove = cli(['ledger', 'prove', '--entry', '0', '--dir', dir]);
    expect(prove.status).toBe(0);
    expect(prove.stdout).toContain('prevHash');
    expect(cli(['ledger', 'prove', '--entry', '99', '--dir', dir]).status).toBe(2);
    const statement = join(dir, 'statement.csv');
    writeFileSync(statement, `${statementHeader}\n`);
    const reconcile = cli(['ledger', 'reconcile', '--statement', statement, '--dir', dir]);
    // An empty statement misses both deposits: every difference is listed, exit 1.
    expect(reconcile.status).toBe(1);
    expect(JSON.parse(reconcile.stdout).differences.length).toBeGreaterThanOrEqual(2);
  });
});
