/**
 * Child processes for the benchmarks: the real service (`node dist/src/cli.js start`) and the
 * bare echo server, each started as an operator would and stopped with SIGTERM.
 *
 * Goal: a benchmark measures the service exactly as it runs in production (its own process, its
 * own data folder, fsync durability), never leaves anything behind, and can never hang.
 *
 * Method: Redis and ClickHouse come from `bash scripts/services.sh up` (idempotent; its stdout
 * is only the URL lines), unless REDIS_URL and CLICKHOUSE_URL are both set. The service gets
 * PORT=0 and prints its WebSocket URL, which we parse; its data folder, ClickHouse database and
 * Redis key prefix are unique to this run and removed after it stops. Every wait is bounded;
 * a child that ignores SIGTERM is killed. The children's CPU time is read from /proc so a
 * benchmark can say how busy the server was.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'scripts', 'services.sh'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (scripts/services.sh)');
    dir = parent;
  }
  return dir;
}

export interface ServiceUrls {
  redisUrl: string;
  clickhouseUrl: string;
}

/**
 * Starts (or finds running) the project's Redis and ClickHouse; returns their URLs. When both
 * REDIS_URL and CLICKHOUSE_URL are set they are used as given (e.g. services of another checkout).
 */
export function servicesUp(): ServiceUrls {
  const { REDIS_URL: redisUrl, CLICKHOUSE_URL: clickhouseUrl } = process.env;
  if (redisUrl !== undefined && redisUrl !== '' && clickhouseUrl !== undefined) {
    if (clickhouseUrl !== '') return { redisUrl, clickhouseUrl };
  }
  const result = spawnSync('bash', [join(projectRoot(), 'scripts', 'services.sh'), 'up'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
  if (result.status !== 0) {
    throw new Error(`scripts/services.sh up failed (${result.status}):\n${result.stderr}`);
  }
  const value = (name: string): string => {
    const line = result.stdout.split('\n').find((item) => item.startsWith(`${name}=`));
    if (line === undefined) throw new Error(`scripts/services.sh up printed no ${name}`);
    return line.slice(name.length + 1).trim();
  };
  return { redisUrl: value('REDIS_URL'), clickhouseUrl: value('CLICKHOUSE_URL') };
}

export interface Child {
  readonly pid: number;
  /** The first capture group of the pattern the child printed when it was up. */
  readonly printed: string;
  output(): string;
  /** CPU seconds (user + system, all threads) the child has used so far. */
  cpuSeconds(): number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/** Spawns `node args...` in the project root and waits (bounded) for `pattern` on its output. */
export async function startChild(
  args: string[],
  env: Record<string, string>,
  pattern: RegExp,
  timeoutMs = 60_000,
): Promise<Child> {
  const child = spawn(process.execPath, args, {
    cwd: projectRoot(),
    env: { ...process.env, ...env },
    // stdin is a pipe we never close: a child that watches it stops when we die.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    // Bounded: a chatty child must not grow our memory.
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const printed = await waitFor(child, () => output, pattern, timeoutMs);
  const pid = child.pid ?? 0;
  return {
    pid,
    printed,
    output: () => output,
    cpuSeconds: () => processCpuSeconds(pid),
    stop: (graceMs = 20_000) => stopChild(child, graceMs),
  };
}

function waitFor(
  child: ChildProcess,
  output: () => string,
  pattern: RegExp,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`child did not start:\n${output()}`)),
      timeoutMs,
    );
    const poll = setInterval(() => {
      const match = pattern.exec(output());
      if (match?.[1] !== undefined) finish(undefined, match[1]);
    }, 50);
    const onExit = (code: number | null): void =>
      finish(new Error(`child exited with ${code} before it was up:\n${output()}`));
    child.once('exit', onExit);
    function finish(error: Error | undefined, value?: string): void {
      clearTimeout(timer);
      clearInterval(poll);
      child.off('exit', onExit);
      if (error !== undefined || value === undefined) {
        child.kill('SIGKILL');
        reject(error ?? new Error('no value'));
      } else resolve(value);
    }
  });
}

function stopChild(child: ChildProcess, graceMs: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

/** utime + stime of a process (all its threads) from /proc, in seconds; 0 when unreadable. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100;
  } catch {
    return 0;
  }
}

export interface BenchService {
  readonly wsUrl: string;
  readonly httpUrl: string;
  readonly authSecret: Buffer;
  readonly child: Child;
  /** Stops the service, then removes its data folder, ClickHouse database and Redis keys. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real service with a fresh data folder, database and prefix for this run;
 * `nodeArgs` go to node before the script (e.g. `--cpu-prof --cpu-prof-dir=DIR` to profile it).
 */
export async function startBenchService(
  name: string,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<BenchService> {
  const urls = servicesUp();
  const unique = `bench_${name.replace(/[^a-z0-9]+/g, '_')}_${process.pid}_${Date.now()}`;
  const dataDir = mkdtempSync(join(tmpdir(), `${unique}-`));
  const secret = `secret-${unique}`;
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CLICKHOUSE_DATABASE: unique,
    REDIS_PREFIX: `${unique}:`,
    AUTH_SECRET: secret,
    LOG_LEVEL: 'warn',
    LEDGER_DURABILITY: 'fsync',
    // Product limits set far above any benchmark rate, so they are checked (their cost counts)
    // but never trip: all load comes from one IP and a few users, and a benchmark measures the
    // order path, not the limiter; rejects would make the run invalid.
    RATE_LIMIT_USER_PER_SECOND: '10000000',
    RATE_LIMIT_IP_PER_SECOND: '10000000',
    MAX_OPEN_ORDERS_PER_USER: '10000000',
    REDIS_URL: urls.redisUrl,
    CLICKHOUSE_URL: urls.clickhouseUrl,
    ...extraEnv,
  };
  const cli = join(projectRoot(), 'dist', 'src', 'cli.js');
  let child: Child;
  try {
    child = await startChild([...nodeArgs, cli, 'start'], env, /WebSocket\s+(wss?:\/\/\S+)/);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const wsUrl = child.printed;
  return {
    wsUrl,
    httpUrl: wsUrl.replace(/^ws/, 'http').replace(/\/v1\/ws$/, ''),
    authSecret: Buffer.from(secret),
    child,
    stop: async () => {
      const code = await child.stop();
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(urls.clickhouseUrl, unique);
      await deleteRedisKeys(urls.redisUrl, `${unique}:`);
      return code;
    },
  };
}

/** Best effort: the database name is our own identifier ([a-z0-9_]), so no escaping is needed. */
async function dropDatabase(clickhouseUrl: string, database: string): Promise<void> {
  try {
    await fetch(clickhouseUrl, {
      method: 'POST',
      body: `DROP DATABASE IF EXISTS ${database}`,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    process.stderr.write(`could not drop ClickHouse database ${database}: ${String(error)}\n`);
  }
}

/** Best effort, bounded in scans and time: deletes every key under this run's prefix. */
async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const deadline = Date.now() + 15_000;
  try {
    await redis.connect();
    let cursor = '0';
    for (let scans = 0; scans < 10_000 && Date.now() < deadline; scans += 1) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } catch (error) {
    process.stderr.write(`could not delete Redis keys ${prefix}*: ${String(error)}\n`);
  } finally {
    redis.disconnect();
  }
}

/** `--cpu-prof DIR`: node arguments that make the service write CPU profiles into DIR. */
export function cpuProfileArgs(args: string[]): string[] {
  const at = args.indexOf('--cpu-prof');
  if (at < 0) return [];
  const dir = args[at + 1];
  if (dir === undefined || dir.startsWith('--')) {
    process.stderr.write('--cpu-prof needs a directory\n');
    process.exit(2);
  }
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}
