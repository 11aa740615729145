/**
 * Vitest global setup: make sure Redis and ClickHouse are reachable before any test file runs.
 *
 * Goal: `npx vitest run` works on a clean checkout with no services running, and never stops
 * services somebody else relies on (a developer's own `services.sh up`, or a second test run in
 * the same checkout).
 *
 * Method: when REDIS_URL and CLICKHOUSE_URL are already set, use them and touch nothing. Else run
 * `bash scripts/services.sh up` synchronously (its messages go to our stderr), and copy the URL
 * lines it prints into process.env, which the 'forks' pool hands to every worker it spawns.
 * Services that were not running before are recorded in var/services/started-by-tests; each run
 * registers its pid in var/services/test-runs/, and the last run to finish stops exactly the
 * recorded services. Services that were already running before are left alone, and so are
 * services a developer (or `npm start`) ran `services.sh up` for meanwhile: that removes the
 * record.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Service = 'redis' | 'clickhouse';
const services: readonly Service[] = ['redis', 'clickhouse'];

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const stateDir = join(repoRoot, 'var', 'services');
const runsDir = join(stateDir, 'test-runs');
const startedMarker = join(stateDir, 'started-by-tests');
const ownRunFile = join(runsDir, String(process.pid));

let managing = false;

function servicesScript(args: readonly string[]): string {
  const result = spawnSync('bash', [join(repoRoot, 'scripts', 'services.sh'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    // Tells `up` that a test run is calling: any other caller claims the services (see there).
    env: { ...process.env, SERVICES_CALLER: 'tests' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`bash scripts/services.sh ${args.join(' ')} failed (exit ${result.status})`);
  }
  return result.stdout;
}

function runningServices(): Service[] {
  const out = servicesScript(['status']);
  return services.filter((name) => new RegExp(`^${name}: running`, 'm').test(out));
}

/** Copies `NAME=value` lines into process.env, never overriding what the caller set. */
function exportUrls(out: string): void {
  for (const line of out.split('\n')) {
    const match = /^(REDIS_URL|CLICKHOUSE_URL)=(\S+)$/.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) process.env[match[1]] ??= match[2];
  }
  for (const name of ['REDIS_URL', 'CLICKHOUSE_URL']) {
    if (!process.env[name]) throw new Error(`scripts/services.sh up did not print ${name}`);
  }
}

function readStarted(): Service[] {
  if (!existsSync(startedMarker)) return [];
  const words = readFileSync(startedMarker, 'utf8').split(/\s+/);
  return services.filter((name) => words.includes(name));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Pids of other test runs still using the services; files of dead runs are removed. */
function otherLiveRuns(): number[] {
  if (!existsSync(runsDir)) return [];
  const pids = readdirSync(runsDir).map(Number).filter(Number.isSafeInteger);
  return pids.filter((pid) => {
    if (pid === process.pid) return false;
    if (isAlive(pid)) return true;
    rmSync(join(runsDir, String(pid)), { force: true });
    return false;
  });
}

export async function setup(): Promise<void> {
  if (process.env.REDIS_URL && process.env.CLICKHOUSE_URL) return;
  mkdirSync(runsDir, { recursive: true });
  writeFileSync(ownRunFile, '');
  managing = true;
  const before = runningServices();
  const out = servicesScript(['up']);
  process.stdout.write(out);
  exportUrls(out);
  const startedNow = services.filter((name) => !before.includes(name));
  const started = [...new Set([...readStarted(), ...startedNow])];
  if (started.length > 0) writeFileSync(startedMarker, `${started.join(' ')}\n`);
}

export async function teardown(): Promise<void> {
  if (!managing) return;
  rmSync(ownRunFile, { force: true });
  if (otherLiveRuns().length > 0) return;
  const started = readStarted();
  if (started.length === 0) return;
  servicesScript(['down', ...started]);
  rmSync(startedMarker, { force: true });
}
