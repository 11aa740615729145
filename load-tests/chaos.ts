/**
 * Chaos run against the real service (a child process), bounded in time, 127.0.0.1 only:
 *   npm run chaos -- --seconds 30
 * Load: an admin deposits and lists tranches, lenders place lend orders (SDK). Faults, at
 * seeded random moments: kill -9 of the service then a restart on the same data; Redis and
 * ClickHouse cut off behind TCP proxies (an outage as the service sees it; the shared dev
 * servers themselves are never stopped). Afterwards: every acknowledged order is resent and
 * must be answered with its original seq (lost otherwise); the ledger journal verifies; each
 * fill is in ClickHouse exactly once. Last line: one JSON object.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LendingClient } from '../src/client/index.js';
import { issueToken, type Role } from '../src/gateway/index.js';
import { Prng } from '../src/sim/prng.js';
import { startTcpProxy, type TcpProxy } from '../test/helpers/tcp-proxy.js';

const redisUrl = new URL(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:16379');
const clickhouseUrl = new URL(process.env['CLICKHOUSE_URL'] ?? 'http://127.0.0.1:18123');
const run = `chaos${process.pid}`;
const secret = `secret-${run}-${process.hrtime.bigint()}`;
const dataDir = mkdtempSync(join(tmpdir(), `${run}-`));

interface Acked {
  lenderId: string;
  marketId: string;
  clientOrderId: string;
  amountFen: number;
  minRateBps: number;
  seq: number;
}

interface Stats {
  faults: Record<string, number>;
  recoverMs: number[];
  acked: Acked[];
}

let child: ChildProcess | undefined;

function parseSeconds(argv: readonly string[]): number {
  const at = argv.indexOf('--seconds');
  if (at === -1) return 30;
  const value = Number(argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 5 || value > 600) {
    throw new Error(`--seconds needs an integer from 5 to 600, got ${argv[at + 1]}`);
  }
  return value;
}

function startService(chPort: number, redisPort: number): Promise<string> {
  const proc = spawn(process.execPath, ['dist/src/cli.js', 'start'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      CLICKHOUSE_URL: `http://127.0.0.1:${chPort}`,
      CLICKHOUSE_DATABASE: run,
      REDIS_PREFIX: `${run}:`,
      DATA_DIR: dataDir,
      AUTH_SECRET: secret,
      MARKETS: '36M:B,12M:A',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /WebSocket\s+(ws:\/\/\S+)/.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`service exited ${code}:\n${output}`)));
  });
}

function stopService(signal: NodeJS.Signals): Promise<void> {
  const proc = child;
  child = undefined;
  if (proc === undefined || proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill(signal);
  });
}

async function connect(wsUrl: string, userId: string, role: Role): Promise<LendingClient> {
  const client = await LendingClient.connect(wsUrl);
  const expiresAtMs = Date.now() + 3_600_000;
  const token = issueToken(Buffer.from(secret), { userId, roles: [role], expiresAtMs });
  await client.authenticate(token, 'chaos');
  return client;
}

/** One round of load: deposits, a tranche, orders; acknowledged orders are recorded. */
async function round(wsUrl: string, rng: Prng, stats: Stats, index: number): Promise<void> {
  const admin = await connect(wsUrl, 'CADM', 'admin');
  const lenders = ['CL0', 'CL1', 'CL2'];
  const sessions = await Promise.all(lenders.map((id) => connect(wsUrl, id, 'lender')));
  try {
    for (const id of lenders) {
      await admin.request({
        deposit: { transferId: `d${index}${id}`, userId: id, amountFen: 200_000 },
      });
    }
    const marketId = rng.pick(['36M:B', '12M:A']);
    const amountFen = rng.int(50_000, 300_000);
    await admin.request({
      listTranche: {
        trancheId: `t${index}`,
        marketId,
        borrowerId: 'CB0',
        amountFen,
        maxRateBps: 1_500,
      },
    });
    const pending = sessions.flatMap((session, at) =>
      [0, 1, 2].map(async (n) => {
        const order = {
          clientOrderId: `o${index}-${n}`,
          marketId,
          amountFen: rng.int(1_000, 60_000),
        };
        const minRateBps = rng.int(900, 1_600);
        const answer = await session.request({ placeLendOrder: { ...order, minRateBps } });
        const seq = Number(answer.orderAccepted?.seq ?? 0);
        if (answer.orderAccepted == null) return;
        const lenderId = lenders[at] ?? '';
        stats.acked.push({ lenderId, ...order, minRateBps, seq });
      }),
    );
    await Promise.allSettled(pending);
  } finally {
    for (const client of [admin, ...sessions]) await client.close().catch(() => undefined);
  }
}

/** A fault at random: kill -9 and restart (timed), or a Redis or ClickHouse outage. */
async function fault(
  rng: Prng,
  stats: Stats,
  proxies: { redis: TcpProxy; clickhouse: TcpProxy },
): Promise<string> {
  const kind = rng.pick(['kill', 'kill', 'clickhouse', 'redis']);
  stats.faults[kind] = (stats.faults[kind] ?? 0) + 1;
  if (kind === 'kill') {
    const started = Date.now();
    await stopService('SIGKILL');
    const wsUrl = await startService(proxies.clickhouse.port, proxies.redis.port);
    stats.recoverMs.push(Date.now() - started);
    return wsUrl;
  }
  const proxy = kind === 'redis' ? proxies.redis : proxies.clickhouse;
  proxy.cut();
  setTimeout(() => proxy.restore(), rng.int(1_000, 4_000));
  return '';
}

/** Resends every acknowledged order: the service must answer it with its original seq. */
async function accountFor(wsUrl: string, acked: readonly Acked[]): Promise<number> {
  let lost = 0;
  const byLender = new Map<string, Acked[]>();
  for (const order of acked)
    byLender.set(order.lenderId, [...(byLender.get(order.lenderId) ?? []), order]);
  for (const [lenderId, orders] of byLender) {
    const client = await connect(wsUrl, lenderId, 'lender');
    for (const order of orders) {
      const { clientOrderId, marketId, amountFen, minRateBps } = order;
      const answer = await client.request({
        placeLendOrder: { clientOrderId, marketId, amountFen, minRateBps },
      });
      if (Number(answer.orderAccepted?.seq ?? -1) !== order.seq) {
        lost += 1;
        process.stdout.write(`lost: ${lenderId} ${clientOrderId}: ${JSON.stringify(answer)}\n`);
      }
    }
    await client.close();
  }
  return lost;
}

async function clickhouse(sql: string): Promise<string> {
  const response = await fetch(clickhouseUrl, { method: 'POST', body: sql });
  const text = await response.text();
  if (!response.ok) throw new Error(`ClickHouse: ${text}`);
  return text.trim();
}

/** Fills stored more than once after merges (FINAL), and fills in total. */
async function fillCounts(): Promise<{ fills: number; duplicates: number }> {
  const fills = Number(await clickhouse(`SELECT count() FROM ${run}.fills FINAL`));
  const duplicates = Number(
    await clickhouse(
      `SELECT count() FROM (SELECT fill_id, count() AS c FROM ${run}.fills FINAL ` +
        'GROUP BY market_id, fill_id HAVING c > 1)',
    ),
  );
  return { fills, duplicates };
}

function ledgerVerified(): boolean {
  const result = spawnSync(
    process.execPath,
    ['dist/src/cli.js', 'ledger', 'verify', '--dir', join(dataDir, 'ledger')],
    { encoding: 'utf8' },
  );
  process.stdout.write(result.stdout + result.stderr);
  return result.status === 0;
}

async function main(): Promise<void> {
  const seconds = parseSeconds(process.argv.slice(2));
  const rng = new Prng(Number(process.env['CHAOS_SEED'] ?? process.pid));
  const proxies = {
    redis: await startTcpProxy('127.0.0.1', Number(redisUrl.port)),
    clickhouse: await startTcpProxy('127.0.0.1', Number(clickhouseUrl.port)),
  };
  const stats: Stats = { faults: {}, recoverMs: [], acked: [] };
  try {
    let wsUrl = await startService(proxies.clickhouse.port, proxies.redis.port);
    const endMs = Date.now() + seconds * 1000;
    for (let index = 0; Date.now() < endMs; index += 1) {
      const load = round(wsUrl, rng, stats, index).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, rng.int(100, 1_500)));
      if (rng.chance(0.35)) wsUrl = (await fault(rng, stats, proxies)) || wsUrl;
      await load;
    }
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await stopService('SIGTERM');
    wsUrl = await startService(proxies.clickhouse.port, proxies.redis.port);
    const lost = await accountFor(wsUrl, stats.acked);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const { fills, duplicates } = await fillCounts();
    await stopService('SIGTERM');
    report(seconds, stats, lost, fills, duplicates, ledgerVerified());
  } finally {
    await stopService('SIGKILL');
    await proxies.redis.close();
    await proxies.clickhouse.close();
    await clickhouse(`DROP DATABASE IF EXISTS ${run}`).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(
  seconds: number,
  stats: Stats,
  lost: number,
  fills: number,
  duplicates: number,
  verified: boolean,
): void {
  const faults = Object.values(stats.faults).reduce((a, b) => a + b, 0);
  const rows: [string, string][] = [
    ['faults injected', `${faults} ${JSON.stringify(stats.faults)}`],
    ['orders acknowledged', String(stats.acked.length)],
    ['orders lost (must be 0)', String(lost)],
    ['fills in ClickHouse', String(fills)],
    ['duplicate fills (must be 0)', String(duplicates)],
    ['ledger verified', String(verified)],
    ['recovery after each kill, ms', stats.recoverMs.join(' ') || '-'],
  ];
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(30)} ${value}\n`);
  const acked = stats.acked.length;
  const line = { seconds, faults, acked, lost, duplicates, ledgerVerified: verified };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (lost > 0 || duplicates > 0 || !verified) process.exitCode = 1;
}

await main();
