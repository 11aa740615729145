/**
 * Runs the real service (src/cli.ts start) as a child process, as an operator would, with its
 * own data folder, Redis key prefix and ClickHouse database, and stops it with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickhouseUrl, redisUrl, uniquePrefix } from './services.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningService {
  wsUrl: string;
  httpUrl: string;
  dataDir: string;
  database: string;
  redisPrefix: string;
  authSecret: Buffer;
  output: () => string;
  stop: () => Promise<number | null>;
  /** kill -9: no shutdown at all (crash tests). */
  kill: () => Promise<void>;
}

export async function startServiceProcess(
  name: string,
  env: Record<string, string> = {},
): Promise<RunningService> {
  // Overrides (a restart reusing an earlier run's data, prefix and secret) win over fresh ones.
  const database = env['CLICKHOUSE_DATABASE'] ?? uniquePrefix(name);
  const dataDir = env['DATA_DIR'] ?? mkdtempSync(join(tmpdir(), `${name}-`));
  const secret = env['AUTH_SECRET'] ?? `secret-${database}`;
  const redisPrefix = env['REDIS_PREFIX'] ?? `${database}:`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      REDIS_URL: redisUrl(),
      CLICKHOUSE_URL: clickhouseUrl(),
      CLICKHOUSE_DATABASE: database,
      REDIS_PREFIX: redisPrefix,
      DATA_DIR: dataDir,
      AUTH_SECRET: secret,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const wsUrl = await waitForLine(child, () => output, /WebSocket\s+(wss?:\/\/\S+)/);
  return {
    wsUrl,
    httpUrl: wsUrl.replace(/^ws/, 'http').replace('/v1/ws', ''),
    dataDir,
    database,
    redisPrefix,
    authSecret: Buffer.from(secret),
    output: () => output,
    stop: () => stopChild(child),
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else {
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }
      }),
  };
}

function waitForLine(child: ChildProcess, output: () => string, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`service did not start:\n${output()}`)),
      60_000,
    );
    const poll = setInterval(() => {
      const match = pattern.exec(output());
      if (match?.[1] !== undefined) finish(undefined, match[1]);
    }, 50);
    const onExit = (code: number | null): void =>
      finish(new Error(`service exited with ${code} before it was up:\n${output()}`));
    child.once('exit', onExit);
    function finish(error: Error | undefined, value?: string): void {
      clearTimeout(timer);
      clearInterval(poll);
      child.off('exit', onExit);
      if (error !== undefined || value === undefined) reject(error ?? new Error('no value'));
      else resolve(value);
    }
  });
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}
