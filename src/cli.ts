#!/usr/bin/env node
/**
 * The operator's single entry point: `lending <command>`. Each command validates its arguments
 * and says what is allowed when they are wrong.
 */
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config.js';
import { disclosureCommand, disclosureHelp } from './disclosure/index.js';
import { issueToken, roles, type Role } from './gateway/index.js';
import { proveEntry, reconcileJournal, verifyJournal } from './ledger/index.js';
import { resolveAuthSecret, startService } from './main.js';
import { projectRoot } from './services.js';
import { runDemo } from './demo/run.js';

const help = `usage: lending <command> [options]

commands:
  start                         run the service (starts local Redis/ClickHouse when
                                REDIS_URL / CLICKHOUSE_URL are not set); dashboard at /dashboard/
  demo [--seed N] [--seconds S] [--actions N]
                                the service plus a simulator of lenders, borrowers and
                                fraudsters (default: seed 1, 300 s, 20000 actions); prints
                                dashboard sign-in links
  token --user ID --role ROLE   print a signed token (roles: ${roles.join(', ')});
        [--role ROLE ...] [--ttl-seconds N]   default TTL 3600 s
  services up|down|status|env   manage the local Redis and ClickHouse
  ledger verify [--dir DIR]     recompute the journal's hash chain and balances
  ledger reconcile --statement FILE [--dir DIR]
                                compare a custody bank statement (CSV) with the ledger
  ledger prove --entry N [--head M] [--dir DIR]
                                print an inclusion proof of entry N up to the head (or M)
${disclosureHelp}
  model train [CSV] | model score CSV
                                train or score the credit model (progress on stderr)
  bench [NAME ...]              run the benchmarks in load-tests/ (\`bench help\` lists them)
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

/** Resolves with why host:port does not accept a TCP connection, or undefined if it does. */
function unreachable(url: string, defaultPort: number): Promise<string | undefined> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve('not a URL');
  }
  const port = Number(target.port || defaultPort);
  return new Promise((resolve) => {
    const socket = connect({ host: target.hostname, port, timeout: 3_000 });
    const done = (reason: string | undefined): void => {
      socket.destroy();
      resolve(reason);
    };
    socket.once('connect', () => done(undefined));
    socket.once('timeout', () => done('no answer within 3 s'));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
}

/** A configured Redis or ClickHouse that is down fails here, named, not deep in a client. */
async function checkServices(config: Config): Promise<void> {
  const services: [string, string | undefined, number][] = [
    ['REDIS_URL', config.redisUrl, 6379],
    ['CLICKHOUSE_URL', config.clickhouseUrl, 8123],
  ];
  for (const [name, url, port] of services) {
    if (url === undefined) continue;
    const reason = await unreachable(url, port);
    if (reason !== undefined) {
      fail(
        `${name}=${url} is not reachable (${reason}); start it (\`lending services up\` prints ` +
          `the URLs) or unset ${name} to let the service start a local one`,
      );
    }
  }
}

/** A port already taken is the most common start failure; say so and what to do. */
function listenHint(error: unknown): never | void {
  const message = error instanceof Error ? error.message : '';
  const match = /cannot listen on (\S+):(\d+)/.exec(message);
  if (match !== null) {
    fail(
      `port ${match[2]} on ${match[1]} is in use (or not allowed); stop what holds it or set ` +
        'PORT to a free port (PORT=0 picks any free port)',
    );
  }
}

function countOption(args: string[], name: string, fallback: number, max: number): number {
  const value = nonNegativeInteger(args, name) ?? fallback;
  if (value === 0 || value > max) fail(`${name} must be between 1 and ${max}`);
  return value;
}

async function demoCommand(args: string[]): Promise<void> {
  const options = {
    seed: nonNegativeInteger(args, '--seed') ?? 1,
    durationMs: countOption(args, '--seconds', 300, 3_600) * 1000,
    actionsMax: countOption(args, '--actions', 20_000, 1_000_000),
    daySeconds: process.env['DAY_SECONDS'] ?? '1',
    write: (line: string) => process.stdout.write(line),
  };
  // One loan day per second unless DAY_SECONDS says otherwise: instalments fall due and loans go
  // overdue within the first minute (markets, tokens and risk windows keep real time).
  const config = loadConfig({ DAY_SECONDS: '1', ...process.env });
  await checkServices(config);
  await runDemo(config, options).catch((error: unknown) => {
    listenHint(error);
    throw error;
  });
}

/** Runs a built script of this package with the same Node, passing the arguments on. */
function runBuilt(script: string, args: string[]): void {
  const path = join(projectRoot(), 'dist', script);
  const result = spawnSync(process.execPath, [path, ...args], { stdio: 'inherit' });
  if (result.error !== undefined) fail(`cannot run ${path}: ${result.error.message}`);
  process.exit(result.status ?? 1);
}

function modelCommand(args: string[]): void {
  if (args[0] !== 'train' && args[0] !== 'score') fail('model needs train or score');
  runBuilt(join('src', 'risk-stream', 'model-cli.js'), args);
}

async function startCommand(): Promise<void> {
  const config = loadConfig();
  await checkServices(config);
  const service = await startService(config).catch((error: unknown) => {
    listenHint(error);
    throw error;
  });
  const http = service.httpUrl;
  process.stdout.write(
    [
      'lending core is up',
      `  WebSocket  ${service.wsUrl}  (protobuf frames: proto/lending/v1/lending.proto)`,
      `  HTTP       ${http}/health  ${http}/ready  ${http}/metrics`,
      `  dashboard  ${http}/dashboard/`,
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
    case 'demo':
      return demoCommand(rest);
    case 'model':
      return modelCommand(rest);
    case 'bench':
      return runBuilt(join('load-tests', 'bench.js'), rest);
    case 'services':
      return servicesCommand(rest);
    case 'ledger':
      return ledgerCommand(rest);
    case 'disclosure': {
      const config = loadConfig();
      const context = {
        clickhouseUrl: config.clickhouseUrl,
        database: config.clickhouseDatabase,
        dataDir: config.dataDir,
        out: (text: string) => process.stdout.write(text),
        err: (text: string) => process.stderr.write(text),
      };
      process.exitCode = await disclosureCommand(rest, context);
      return;
    }
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
