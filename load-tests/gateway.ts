/**
 * `npm run bench -- gateway`: end-to-end lend orders through the real service over WebSocket,
 * against a bare uWebSockets echo server driven by the same lean client in the same run.
 *
 * Goal: the issue-5 figures: orders/s acknowledged (accepted, durable: LEDGER_DURABILITY=fsync),
 * echo messages/s, their ratio, ack latency p50/p99/p999 at maximum load, and p99 at half the
 * measured maximum rate; each the median of several runs; rejects counted and reported.
 *
 * Method: the service runs as its own process (load-tests/service.ts), the echo server as
 * another; an admin funds every lender through the SDK; then for each target the lean client
 * (load-tests/lean-client.ts) opens the same number of connections (one lender each on the
 * gateway), warms up, runs `runs` closed-loop phases with `window` orders outstanding per
 * connection, then `runs` paced phases at half the median maximum. Orders spread over the 21
 * default markets and 200 rates per market; no tranche is listed, so every order rests: the ack
 * then measures decode, roles, the ledger hold, the worker round trip and the group commit,
 * without fills (matching cost is measured by `npm run bench -- orderbook`).
 */
import { loadavg } from 'node:os';
import { lending } from '../src/gen/proto/lending.js';
import { LendingClient } from '../src/client/index.js';
import { issueToken } from '../src/gateway/index.js';
import type { Benchmark } from './bench.js';
import {
  LoadConnection,
  OrderFrameTemplate,
  latencyHistogram,
  runPhase,
  serverField,
  type OrderShape,
  type PhaseResult,
  type TargetKind,
} from './lean-client.js';
import { integerOption, median } from './options.js';
import { cpuProfileArgs, startBenchService, startChild, type Child } from './service.js';

export const defaultMarkets: readonly string[] = ['12M', '24M', '36M'].flatMap((term) =>
  ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((grade) => `${term}:${grade}`),
);
const orderAmountFen = 10_000;
/** The largest single deposit allowed (limits.amountFenMax): room for 10^8 orders per lender. */
const depositFen = 1_000_000_000_000;
/** A run whose rejects exceed this share of the orders sent is not a valid measurement. */
const rejectShareMax = 0.001;

export interface GatewayBenchOptions {
  connections: number;
  seconds: number;
  window: number;
  runs: number;
  perFrame: number;
  /** Extra node arguments for the service, e.g. `--cpu-prof --cpu-prof-dir=DIR`. */
  serviceNodeArgs?: string[];
  /**
   * LEDGER_DURABILITY of the service: 'fsync' (the default, and the figure that counts) or
   * 'none', to tell the cost of the group commit from the rest when diagnosing.
   */
  durability?: 'fsync' | 'none';
}

export interface TargetOptions extends GatewayBenchOptions {
  url: string;
  kind: TargetKind;
  /** Token for connection i (gateway only); undefined: no authentication (echo). */
  token?: (index: number) => string;
  /** CPU seconds of the server process so far, to report how busy it was. */
  serverCpuSeconds?: () => number;
  /** Run the paced phases at half the median maximum (default true). */
  paced?: boolean;
}

export interface TargetResult {
  kind: TargetKind;
  perSec: number;
  perSecRuns: number[];
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  pacedRatePerSec: number;
  pacedPerSec: number;
  p50MsAtHalfLoad: number;
  p99MsAtHalfLoad: number;
  sent: number;
  acked: number;
  rejected: number;
  rejectCodes: Record<string, number>;
  unmatched: number;
  lost: number;
  clientCpuPct: number;
  serverCpuPct: number;
  /**
   * Server CPU (all its threads) per answer at max load, in µs: unlike the rates, this hardly
   * depends on how many cores other processes take from the benchmark.
   */
  serverCpuUsPerAnswer: number;
}

function shapeFor(index: number, perFrame: number): OrderShape {
  return {
    orderIdPrefix: `c${String(index).padStart(3, '0')}-`,
    orderIdDigits: 12,
    markets: defaultMarkets,
    amountFen: orderAmountFen,
    minRateBps: 1_000,
    perFrame,
  };
}

async function openConnections(options: TargetOptions): Promise<LoadConnection[]> {
  const connections: LoadConnection[] = [];
  try {
    for (let index = 0; index < options.connections; index += 1) {
      const connection = await LoadConnection.open({
        url: options.url,
        kind: options.kind,
        window: options.window,
        shape: shapeFor(index, options.perFrame),
        index,
      });
      connections.push(connection);
      if (options.token === undefined) continue;
      const frame = lending.v1.ClientFrame.encode({
        messages: [
          {
            requestId: 1,
            authenticate: { token: options.token(index), deviceId: `bench-${index}` },
          },
        ],
      }).finish();
      const field = await connection.request(1, frame);
      if (field !== serverField.authenticated) throw new Error(`authentication answered ${field}`);
    }
  } catch (error) {
    await Promise.all(connections.map((connection) => connection.close()));
    throw error;
  }
  return connections;
}

interface Measured {
  phase: PhaseResult;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  serverCpuPct: number;
}

async function measure(
  connections: LoadConnection[],
  options: TargetOptions,
  ratePerSec: number | undefined,
): Promise<Measured> {
  const histogram = latencyHistogram();
  const cpuBefore = options.serverCpuSeconds?.() ?? 0;
  const phase = await runPhase(connections, {
    seconds: options.seconds,
    histogram,
    ...(ratePerSec === undefined ? {} : { ratePerSec }),
  });
  const cpuAfter = options.serverCpuSeconds?.() ?? 0;
  const ms = (percentile: number): number => histogram.getValueAtPercentile(percentile) / 1000;
  const result = {
    phase,
    p50Ms: ms(50),
    p99Ms: ms(99),
    p999Ms: ms(99.9),
    serverCpuPct: ((cpuAfter - cpuBefore) / phase.seconds) * 100,
  };
  histogram.destroy();
  const closed = connections.find((connection) => connection.closedReason !== '');
  if (closed !== undefined) throw new Error(`a connection closed: ${closed.closedReason}`);
  return result;
}

/** Warm-up, `runs` maximum-load phases, then `runs` paced phases at half the median maximum. */
export async function benchTarget(options: TargetOptions): Promise<TargetResult> {
  const connections = await openConnections(options);
  try {
    await runPhase(connections, { seconds: Math.min(1, options.seconds) });
    const max: Measured[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      max.push(await measure(connections, options, undefined));
    }
    const perSecRuns = max.map((m) => Math.round(m.phase.ackedPerSec));
    const pacedRatePerSec = Math.max(1, Math.round(median(perSecRuns) / 2));
    const paced: Measured[] = [];
    for (let run = 0; options.paced !== false && run < options.runs; run += 1) {
      paced.push(await measure(connections, options, pacedRatePerSec));
    }
    return summarise(options.kind, max, paced, pacedRatePerSec);
  } finally {
    await Promise.all(connections.map((connection) => connection.close()));
  }
}

function summarise(
  kind: TargetKind,
  max: Measured[],
  paced: Measured[],
  pacedRatePerSec: number,
): TargetResult {
  const all = [...max, ...paced];
  const sum = (pick: (m: Measured) => number): number => all.reduce((s, m) => s + pick(m), 0);
  const codes: Record<string, number> = {};
  for (const m of all) {
    for (const [code, count] of m.phase.rejectCodes) codes[code] = (codes[code] ?? 0) + count;
  }
  const round = (value: number): number => Number(value.toFixed(3));
  return {
    kind,
    perSec: Math.round(median(max.map((m) => m.phase.ackedPerSec))),
    perSecRuns: max.map((m) => Math.round(m.phase.ackedPerSec)),
    p50Ms: round(median(max.map((m) => m.p50Ms))),
    p99Ms: round(median(max.map((m) => m.p99Ms))),
    p999Ms: round(median(max.map((m) => m.p999Ms))),
    pacedRatePerSec,
    pacedPerSec: Math.round(median(paced.map((m) => m.phase.ackedPerSec))),
    p50MsAtHalfLoad: round(median(paced.map((m) => m.p50Ms))),
    p99MsAtHalfLoad: round(median(paced.map((m) => m.p99Ms))),
    sent: sum((m) => m.phase.sent),
    acked: sum((m) => m.phase.acked),
    rejected: sum((m) => m.phase.rejected),
    rejectCodes: codes,
    unmatched: sum((m) => m.phase.unmatched),
    lost: sum((m) => m.phase.lost),
    clientCpuPct: Math.round(median(max.map((m) => m.phase.clientCpuPct))),
    serverCpuPct: Math.round(median(max.map((m) => m.serverCpuPct))),
    serverCpuUsPerAnswer: round(
      median(max.map((m) => (m.serverCpuPct * 1e4) / Math.max(1, m.phase.ackedPerSec))),
    ),
  };
}

/** An admin deposits `depositFen` for every lender, through the SDK (setup, not measured). */
async function fundLenders(wsUrl: string, secret: Buffer, lenders: string[]): Promise<void> {
  const expiresAtMs = Date.now() + 3_600_000;
  const admin = await LendingClient.connect(wsUrl);
  try {
    const auth = await admin.authenticate(
      issueToken(secret, { userId: 'bench-admin', roles: ['admin'], expiresAtMs }),
      'bench-admin',
    );
    if (auth.authenticated === undefined || auth.authenticated === null) {
      throw new Error(`admin authentication failed: ${JSON.stringify(auth.reject)}`);
    }
    const answers = admin.requestMany(
      lenders.map((userId) => ({
        deposit: { transferId: `fund-${userId}`, userId, amountFen: depositFen },
      })),
    );
    for (const answer of await Promise.all(answers)) {
      if (answer.depositAccepted === undefined || answer.depositAccepted === null) {
        throw new Error(`deposit refused: ${JSON.stringify(answer.reject)}`);
      }
    }
  } finally {
    await admin.close();
  }
}

export interface GatewayBenchResult {
  options: GatewayBenchOptions;
  ordersPerSec: number;
  echoMsgsPerSec: number;
  ratio: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  p99MsAtHalfLoad: number;
  valid: boolean;
  gateway: TargetResult;
  echo: TargetResult;
  loadAvgBefore: number[];
  loadAvgAfter: number[];
}

async function benchEcho(options: GatewayBenchOptions): Promise<TargetResult> {
  const script = new URL(`./echo-server${extensionOfThisFile()}`, import.meta.url);
  const loader = extensionOfThisFile() === '.ts' ? ['--import', 'tsx'] : [];
  const echo: Child = await startChild([...loader, script.pathname], {}, /ECHO\s+(ws:\/\/\S+)/);
  try {
    return await benchTarget({
      ...options,
      url: echo.printed,
      kind: 'echo',
      serverCpuSeconds: () => echo.cpuSeconds(),
    });
  } finally {
    await echo.stop();
  }
}

function extensionOfThisFile(): string {
  return import.meta.url.endsWith('.ts') ? '.ts' : '.js';
}

async function benchGateway(options: GatewayBenchOptions): Promise<TargetResult> {
  const env = { LEDGER_DURABILITY: options.durability ?? 'fsync' };
  const service = await startBenchService('gateway', env, options.serviceNodeArgs ?? []);
  try {
    const lenders = Array.from({ length: options.connections }, (_, i) => `bench-lender-${i}`);
    await fundLenders(service.wsUrl, service.authSecret, lenders);
    const expiresAtMs = Date.now() + 3_600_000;
    return await benchTarget({
      ...options,
      url: service.wsUrl,
      kind: 'gateway',
      token: (index) =>
        issueToken(service.authSecret, {
          userId: lenders[index] ?? 'bench-lender',
          roles: ['lender'],
          expiresAtMs,
        }),
      serverCpuSeconds: () => service.child.cpuSeconds(),
    });
  } catch (error) {
    process.stderr.write(`service output:\n${service.child.output()}\n`);
    throw error;
  } finally {
    await service.stop();
  }
}

export async function runGatewayBench(options: GatewayBenchOptions): Promise<GatewayBenchResult> {
  const loadAvgBefore = loadavg().map((value) => Number(value.toFixed(2)));
  // The echo first, while no service exists: nothing else of ours competes for the cores.
  const echo = await benchEcho(options);
  const gateway = await benchGateway(options);
  const valid =
    gateway.rejected <= gateway.sent * rejectShareMax && gateway.lost === 0 && echo.lost === 0;
  return {
    options,
    ordersPerSec: gateway.perSec,
    echoMsgsPerSec: echo.perSec,
    ratio: Number((gateway.perSec / Math.max(1, echo.perSec)).toFixed(3)),
    p50Ms: gateway.p50Ms,
    p99Ms: gateway.p99Ms,
    p999Ms: gateway.p999Ms,
    p99MsAtHalfLoad: gateway.p99MsAtHalfLoad,
    valid,
    gateway,
    echo,
    loadAvgBefore,
    loadAvgAfter: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

function describe(target: TargetResult): string[] {
  const k = (value: number): string => `${(value / 1000).toFixed(1)} k/s`;
  return [
    `  ${target.kind}: ${k(target.perSec)} (runs ${target.perSecRuns.map(k).join(', ')})`,
    `    latency at max  p50 ${target.p50Ms} ms  p99 ${target.p99Ms} ms  p999 ${target.p999Ms} ms`,
    `    paced at ${k(target.pacedRatePerSec)}: got ${k(target.pacedPerSec)}, ` +
      `p50 ${target.p50MsAtHalfLoad} ms  p99 ${target.p99MsAtHalfLoad} ms`,
    `    sent ${target.sent}  answered ${target.acked}  rejected ${target.rejected} ` +
      `${JSON.stringify(target.rejectCodes)}  unmatched ${target.unmatched}  lost ${target.lost}`,
    `    CPU at max: client ${target.clientCpuPct}%  server ${target.serverCpuPct}% of one core` +
      ` (${target.serverCpuUsPerAnswer} µs of server CPU per answer)`,
  ];
}

function report(result: GatewayBenchResult): string {
  const { connections, seconds, window, runs, perFrame } = result.options;
  const frameBytes = new OrderFrameTemplate(shapeFor(0, perFrame)).frame.length;
  const summary = {
    ordersPerSec: result.ordersPerSec,
    echoMsgsPerSec: result.echoMsgsPerSec,
    ratio: result.ratio,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    p999Ms: result.p999Ms,
    p99MsAtHalfLoad: result.p99MsAtHalfLoad,
    valid: result.valid,
    rejected: result.gateway.rejected,
    echoP99MsAtHalfLoad: result.echo.p99MsAtHalfLoad,
    gatewayCpuUsPerOrder: result.gateway.serverCpuUsPerAnswer,
    echoCpuUsPerMsg: result.echo.serverCpuUsPerAnswer,
    connections,
    seconds,
    window,
    runs,
    perFrame,
    frameBytes,
    durability: result.options.durability ?? 'fsync',
    loadAvgBefore: result.loadAvgBefore,
    loadAvgAfter: result.loadAvgAfter,
  };
  return [
    `gateway (${connections} connections, window ${window}, ${perFrame} order(s) per ` +
      `${frameBytes}-byte frame, ${seconds} s per phase, median of ${runs}, ` +
      `ledger ${result.options.durability ?? 'fsync'})`,
    ...describe(result.gateway),
    ...describe(result.echo),
    `  ratio orders/echo ${result.ratio}   load average ${result.loadAvgBefore.join(' ')} -> ` +
      `${result.loadAvgAfter.join(' ')}`,
    ...(result.valid ? [] : ['  NOT A VALID MEASUREMENT: rejects or lost answers, see above']),
    JSON.stringify(summary),
    '',
  ].join('\n');
}

export const bench: Benchmark = {
  summary: 'lend orders through the real service over WebSocket vs a bare uWS echo',
  options: [
    '--connections N (16)  --seconds S per phase (5)  --window W outstanding per connection (256)',
    '--runs R (3)  --per-frame K orders per frame (1)',
    '--cpu-prof DIR  profile the service (node --cpu-prof), profiles written to DIR',
    '--no-fsync  LEDGER_DURABILITY=none, to diagnose (not the figure that counts)',
  ],
  run: async (args) => {
    const result = await runGatewayBench({
      connections: integerOption(args, '--connections', 16, 256),
      seconds: integerOption(args, '--seconds', 5, 60),
      window: integerOption(args, '--window', 256, 4_096),
      runs: integerOption(args, '--runs', 3, 9),
      perFrame: integerOption(args, '--per-frame', 1, 64),
      serviceNodeArgs: cpuProfileArgs(args),
      durability: args.includes('--no-fsync') ? 'none' : 'fsync',
    });
    process.stdout.write(report(result));
    if (!result.valid) process.exitCode = 1;
  },
};
