/**
 * `npm run bench -- gateway-http`: lend orders through the HTTP/JSON API of the real service
 * (`POST /v1/orders`), against the bare `GET /health` route of the same server, with autocannon.
 *
 * Goal: the HTTP face's throughput and latency, read against what the same uWS server and the
 * same load client do for a route that does no work, so the cost of the order path shows.
 *
 * Method: the service runs as its own process (load-tests/service.ts); an admin funds one lender
 * through the SDK; autocannon (in this process) sends JSON bodies with a Bearer token, each with
 * a unique client order id built by `setupRequest`, and counts `orderAccepted` answers in
 * `onResponse`. No tranche is listed, so every order rests. Each scenario runs `runs` times for
 * `seconds`; medians are reported. Note: autocannon is a JavaScript client and can itself be the
 * limit on /health; its own CPU use is reported for that reason.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { LendingClient } from '../src/client/index.js';
import { issueToken } from '../src/gateway/index.js';
import type { Benchmark } from './bench.js';
import { defaultMarkets } from './gateway.js';
import { integerOption, median } from './options.js';
import { cpuProfileArgs, startBenchService, type BenchService } from './service.js';

/** The part of autocannon's API used here (the package ships no type declarations). */
interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number, body: string) => void;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  pipelining: number;
  duration: number;
  timeout: number;
  requests?: AutocannonRequest[];
}
type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const depositFen = 1_000_000_000_000;
const lenderId = 'bench-http-lender';

export interface HttpBenchOptions {
  connections: number;
  seconds: number;
  runs: number;
  pipelining: number;
  /** Extra node arguments for the service, e.g. `--cpu-prof --cpu-prof-dir=DIR`. */
  serviceNodeArgs?: string[];
}

interface Scenario {
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  accepted: number;
  errors: number;
  non2xx: number;
  /** Answers other than an accepted order, by status and error name (`429 OVERLOADED`). */
  refusals: Record<string, number>;
  clientCpuPct: number;
  serverCpuPct: number;
}

/** `429 NAME` from an error answer `{"error":{"name":...}}`; the status alone otherwise. */
function refusalOf(status: number, body: string): string {
  const name = /"name":"([A-Z_]+)"/.exec(body)?.[1];
  return name === undefined ? String(status) : `${status} ${name}`;
}

async function fundLender(service: BenchService): Promise<string> {
  const expiresAtMs = Date.now() + 3_600_000;
  const admin = await LendingClient.connect(service.wsUrl);
  try {
    const adminToken = issueToken(service.authSecret, {
      userId: 'bench-admin',
      roles: ['admin'],
      expiresAtMs,
    });
    await admin.authenticate(adminToken, 'bench-admin');
    const answer = await admin.request({
      deposit: { transferId: `fund-${lenderId}`, userId: lenderId, amountFen: depositFen },
    });
    if (answer.depositAccepted === undefined || answer.depositAccepted === null) {
      throw new Error(`deposit refused: ${JSON.stringify(answer.reject)}`);
    }
  } finally {
    await admin.close();
  }
  return issueToken(service.authSecret, { userId: lenderId, roles: ['lender'], expiresAtMs });
}

/** One autocannon run; `orders` true: POST /v1/orders with unique ids, else GET /health. */
async function runOnce(
  service: BenchService,
  token: string,
  options: HttpBenchOptions,
  orders: boolean,
  counter: { next: number },
): Promise<Scenario> {
  let accepted = 0;
  const refusals: Record<string, number> = {};
  const request: AutocannonRequest = orders
    ? {
        method: 'POST',
        path: '/v1/orders',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        setupRequest: (raw) => {
          const n = counter.next++;
          const marketId = defaultMarkets[n % defaultMarkets.length] ?? '36M:B';
          const minRateBps = 1_000 + (n % 200);
          const body = { clientOrderId: `h${n}`, marketId, amountFen: 10_000, minRateBps };
          return { ...raw, body: JSON.stringify(body) };
        },
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"orderAccepted"')) {
            accepted += 1;
            return;
          }
          const key = refusalOf(status, body);
          refusals[key] = (refusals[key] ?? 0) + 1;
        },
      }
    : { method: 'GET', path: '/health' };
  const cpuStart = process.cpuUsage();
  const serverCpuStart = service.child.cpuSeconds();
  const result = await autocannon({
    url: service.httpUrl,
    connections: options.connections,
    pipelining: options.pipelining,
    duration: options.seconds,
    timeout: 10,
    requests: [request],
  });
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Math.max(result.duration, 0.001);
  return {
    perSec: orders ? accepted / seconds : result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    accepted,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    refusals,
    clientCpuPct: Math.round(((cpu.user + cpu.system) / 1e6 / seconds) * 100),
    serverCpuPct: Math.round(((service.child.cpuSeconds() - serverCpuStart) / seconds) * 100),
  };
}

interface Summary extends Scenario {
  perSecRuns: number[];
}

export interface HttpBenchResult {
  ordersPerSec: number;
  healthPerSec: number;
  ratio: number;
  ordersP50Ms: number;
  ordersP99Ms: number;
  valid: boolean;
  orders: Summary;
  health: Summary;
  options: HttpBenchOptions;
  loadAvgBefore: number[];
  loadAvgAfter: number[];
}

function mergeCounts(counts: Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const count of counts) {
    for (const [key, value] of Object.entries(count)) merged[key] = (merged[key] ?? 0) + value;
  }
  return merged;
}

function summarise(runs: Scenario[]): Summary {
  const pick = (f: (s: Scenario) => number): number => median(runs.map(f));
  const total = (f: (s: Scenario) => number): number => runs.reduce((sum, s) => sum + f(s), 0);
  return {
    perSec: Math.round(pick((s) => s.perSec)),
    perSecRuns: runs.map((s) => Math.round(s.perSec)),
    p50Ms: pick((s) => s.p50Ms),
    p99Ms: pick((s) => s.p99Ms),
    requests: total((s) => s.requests),
    accepted: total((s) => s.accepted),
    errors: total((s) => s.errors),
    non2xx: total((s) => s.non2xx),
    refusals: mergeCounts(runs.map((s) => s.refusals)),
    clientCpuPct: pick((s) => s.clientCpuPct),
    serverCpuPct: pick((s) => s.serverCpuPct),
  };
}

export async function runHttpBench(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const loadAvgBefore = loadavg().map((value) => Number(value.toFixed(2)));
  const service = await startBenchService('gateway_http', {}, options.serviceNodeArgs ?? []);
  try {
    const token = await fundLender(service);
    const counter = { next: 1 };
    // Warm-up of both routes (JIT on both sides), not reported.
    const warm = { ...options, seconds: 1 };
    await runOnce(service, token, warm, false, counter);
    await runOnce(service, token, warm, true, counter);
    const health: Scenario[] = [];
    const orders: Scenario[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      health.push(await runOnce(service, token, options, false, counter));
      orders.push(await runOnce(service, token, options, true, counter));
    }
    const o = summarise(orders);
    const h = summarise(health);
    return {
      ordersPerSec: o.perSec,
      healthPerSec: h.perSec,
      ratio: Number((o.perSec / Math.max(1, h.perSec)).toFixed(3)),
      ordersP50Ms: o.p50Ms,
      ordersP99Ms: o.p99Ms,
      valid: o.non2xx + o.errors <= o.requests * 0.001 && o.accepted > 0,
      orders: o,
      health: h,
      options,
      loadAvgBefore,
      loadAvgAfter: loadavg().map((value) => Number(value.toFixed(2))),
    };
  } catch (error) {
    process.stderr.write(`service output:\n${service.child.output()}\n`);
    throw error;
  } finally {
    await service.stop();
  }
}

function line(name: string, s: Summary): string[] {
  const k = (value: number): string => `${(value / 1000).toFixed(1)} k/s`;
  return [
    `  ${name}: ${k(s.perSec)} (runs ${s.perSecRuns.map(k).join(', ')})  ` +
      `latency p50 ${s.p50Ms} ms  p99 ${s.p99Ms} ms`,
    `    requests ${s.requests}  accepted ${s.accepted}  errors ${s.errors}  ` +
      `non-2xx ${s.non2xx} ${JSON.stringify(s.refusals)}`,
    `    CPU: autocannon ${s.clientCpuPct}%  server ${s.serverCpuPct}% of one core ` +
      `(${Math.round((s.serverCpuPct * 1e4) / Math.max(1, s.perSec))} µs per answer)`,
  ];
}

export const bench: Benchmark = {
  summary: 'autocannon: POST /v1/orders (JSON) vs GET /health on the real service',
  options: [
    '--connections N (16)  --seconds S (5)  --runs R (3)  --pipelining P (1)',
    '--cpu-prof DIR  profile the service (node --cpu-prof), profiles written to DIR',
  ],
  run: async (args) => {
    const options: HttpBenchOptions = {
      connections: integerOption(args, '--connections', 16, 1_024),
      seconds: integerOption(args, '--seconds', 5, 60),
      runs: integerOption(args, '--runs', 3, 9),
      pipelining: integerOption(args, '--pipelining', 1, 64),
      serviceNodeArgs: cpuProfileArgs(args),
    };
    const result = await runHttpBench(options);
    const { orders, health, options: _options, ...summary } = result;
    const { serviceNodeArgs: _args, ...shown } = options;
    process.stdout.write(
      [
        `gateway-http (${options.connections} connections, pipelining ${options.pipelining}, ` +
          `${options.seconds} s per run, median of ${options.runs})`,
        ...line('POST /v1/orders', orders),
        ...line('GET /health', health),
        `  ratio orders/health ${result.ratio}`,
        JSON.stringify({ ...summary, ...shown }),
        '',
      ].join('\n'),
    );
    if (!result.valid) process.exitCode = 1;
  },
};
