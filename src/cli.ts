#!/usr/bin/env node
/**
 * The operator's single entry point: `lending <command>`. Each command validates its arguments
 * and says what is allowed when they are wrong.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { issueToken, roles, type Role } from './gateway/index.js';
import { proveEntry, reconcileJournal, verifyJournal } from './ledger/index.js';
import { resolveAuthSecret, startService } from './main.js';
import { projectRoot } from './services.js';

const help = `usage: lending <command> [options]

commands:
  start                         run the service (starts local Redis/ClickHouse when
                                REDIS_URL / CLICKHOUSE_URL are not set)
  token --user ID --role ROLE   print a signed token (roles: ${roles.join(', ')});
        [--role ROLE ...] [--ttl-seconds N]   default TTL 3600 s
  services up|down|status|env   manage the local Redis and ClickHouse
  ledger verify [--dir DIR]     recompute the journal's hash chain and balances
  ledger reconcile --statement FILE [--dir DIR]
                                compare a custody bank statement (CSV) with the ledger
  ledger prove --entry N [--head M] [--dir DIR]
                                print an inclusion proof of entry N up to the head (or M)
  help                          this text

Configuration is read from the environment; see README.md.`;

function fail(message: string): never {
  process.stderr.write(`lending: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === name) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
      values.push(value);
      i += 1;
    }
  }
  return values;
}

function tokenCommand(args: string[]): void {
  const [user] = option(args, '--user');
  if (user === undefined) fail('token needs --user ID');
  const chosen = option(args, '--role');
  if (chosen.length === 0) fail(`token needs --role (one of ${roles.join(', ')})`);
  const bad = chosen.find((role) => !(roles as readonly string[]).includes(role));
  if (bad !== undefined) fail(`unknown role ${JSON.stringify(bad)}; allowed: ${roles.join(', ')}`);
  const [ttlText] = option(args, '--ttl-seconds');
  const ttlSeconds = ttlText === undefined ? 3600 : Number(ttlText);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)
    fail('--ttl-seconds must be a positive integer');
  const secret = resolveAuthSecret(loadConfig());
  const token = issueToken(secret, {
    userId: user,
    roles: chosen as Role[],
    expiresAtMs: Date.now() + ttlSeconds * 1000,
  });
  process.stdout.write(`${token}\n`);
}

async function startCommand(): Promise<void> {
  const service = await startService(loadConfig());
  const http = service.httpUrl;
  process.stdout.write(
    [
      'lending core is up',
      `  WebSocket  ${service.wsUrl}  (protobuf frames: proto/lending/v1/lending.proto)`,
      `  HTTP       ${http}/health  ${http}/ready  ${http}/metrics`,
      '  tokens     node dist/src/cli.js token --user L1 --role lender',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: shutting down in order...\n`);
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

function servicesCommand(args: string[]): void {
  const verb = args[0] ?? '';
  if (!['up', 'down', 'status', 'env'].includes(verb))
    fail('services needs up, down, status or env');
  const result = spawnSync('bash', [join(projectRoot(), 'scripts', 'services.sh'), verb], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

function ledgerDir(args: string[]): string {
  const [dir] = option(args, '--dir');
  return dir ?? join(loadConfig().dataDir, 'ledger');
}

function nonNegativeInteger(args: string[], name: string): number | undefined {
  const [text] = option(args, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) fail(`${name} must be a whole number`);
  return value;
}

async function reconcileCommand(args: string[]): Promise<void> {
  const [statement] = option(args, '--statement');
  if (statement === undefined) fail('ledger reconcile needs --statement FILE');
  const csv = readFileSync(statement, 'utf8');
  const result = await reconcileJournal(ledgerDir(args), csv);
  if (result === undefined) fail('the journal does not verify; run `ledger verify` first');
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.exit(result.differences.length === 0 ? 0 : 1);
}

async function proveCommand(args: string[]): Promise<void> {
  const entry = nonNegativeInteger(args, '--entry');
  if (entry === undefined) fail('ledger prove needs --entry N');
  const head = nonNegativeInteger(args, '--head');
  const proof = await proveEntry(ledgerDir(args), entry, head);
  if (proof === undefined) fail(`no entry ${entry} (or head past the journal's end)`);
  process.stdout.write(`${JSON.stringify(proof, null, 2)}\n`);
}

async function ledgerCommand(args: string[]): Promise<void> {
  if (args[0] === 'reconcile') return reconcileCommand(args);
  if (args[0] === 'prove') return proveCommand(args);
  if (args[0] !== 'verify') fail('ledger needs a subcommand: verify, reconcile or prove');
  const target = ledgerDir(args);
  const started = process.hrtime.bigint();
  const report = await verifyJournal(target);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const summary = {
    ok: report.ok,
    entries: report.entries,
    headHash: report.headHash,
    accounts: report.balances.size,
    seconds: Number(seconds.toFixed(3)),
    ...(report.ok ? {} : { firstBadEntry: report.firstBadEntry, reason: report.reason }),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  process.exit(report.ok ? 0 : 1);
}

async function main(argv: string[]): Promise<void> {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'start':
      return startCommand();
    case 'token':
      return tokenCommand(rest);
    case 'services':
      return servicesCommand(rest);
    case 'ledger':
      return ledgerCommand(rest);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${help}\n`);
      return;
    default:
      fail(`unknown command ${JSON.stringify(command)}\n\n${help}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) fail(`bad configuration: ${error.message}`);
  process.stderr.write(
    `lending: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
