/**
 * `lending demo`: the service with embedded defaults plus the simulator, so the dashboard comes
 * alive within a minute. Prints the dashboard address and ready sign-in links (tokens in the
 * address fragment, which the browser never sends to the server). The simulation stops by
 * itself (duration or action budget) or on Ctrl-C; the service keeps running for browsing
 * until Ctrl-C.
 */
import type { Config } from '../config.js';
import { issueToken, type Role } from '../gateway/index.js';
import { resolveAuthSecret, startService } from '../main.js';
import { Simulation, type SimulationReport } from './simulator.js';

export interface DemoOptions {
  seed: number;
  durationMs: number;
  actionsMax: number;
  /** Real seconds per loan day (DAY_SECONDS), for the banner. */
  daySeconds: string;
  write: (line: string) => void;
}

function links(config: Config, httpUrl: string, prefix: string): string[] {
  const secret = resolveAuthSecret(config);
  const link = (userId: string, role: Role): string => {
    const token = issueToken(secret, {
      userId,
      roles: [role],
      expiresAtMs: Date.now() + 8 * 3_600_000,
    });
    return `${httpUrl}/dashboard/#token=${encodeURIComponent(token)}`;
  };
  return [
    `  risk officer  ${link(`${prefix}OFFICER2`, 'risk_officer')}`,
    `  lender        ${link(`${prefix}L1`, 'lender')}`,
    `  analyst       ${link(`${prefix}ANALYST`, 'analyst')}`,
  ];
}

export async function runDemo(config: Config, options: DemoOptions): Promise<void> {
  const service = await startService(config);
  // Every run gets fresh user ids, so runs can share one data folder.
  const prefix = `D${Date.now().toString(36).toUpperCase().slice(-5)}`;
  options.write(
    [
      'lending demo is up',
      `  dashboard  ${service.httpUrl}/dashboard/`,
      `  WebSocket  ${service.wsUrl}`,
      `  loan clock one day every ${options.daySeconds} s (DAY_SECONDS): instalments fall due and` +
        ' loans go overdue within the first minute',
      'Open one of these in a browser (each signs in with a token for that role):',
      ...links(config, service.httpUrl, prefix),
      'Simulating lenders, borrowers and fraudsters for up to ' +
        `${Math.round(options.durationMs / 1000)} s` +
        ` or ${options.actionsMax} actions (seed ${options.seed}). Ctrl-C stops.`,
      '',
    ].join('\n'),
  );
  const abort = new AbortController();
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    abort.abort();
    options.write(`\n${signal}: stopping the simulation and the service...\n`);
    await service.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const simulation = new Simulation({
    wsUrl: service.wsUrl,
    secret: resolveAuthSecret(config),
    seed: options.seed,
    durationMs: options.durationMs,
    actionsMax: options.actionsMax,
    nowMs: () => Date.now(),
    signal: abort.signal,
    progress: (line) => options.write(`${line}\n`),
    prefix,
  });
  const report: SimulationReport = await simulation.run();
  if (!stopping) {
    const rejects = Object.entries(report.rejects)
      .map(([code, n]) => `${code}=${n}`)
      .join(' ');
    options.write(
      `simulation finished: ${report.actions} actions; refusals: ${rejects || 'none'}\n` +
        'The service keeps running for the dashboard; Ctrl-C stops it.\n',
    );
  }
}
