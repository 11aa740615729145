/**
 * Backtest: replay a recorded event stream against the active and a proposed configuration and
 * report how the alerts would change, before anyone approves the proposal.
 *
 * Method: two fresh engines (the engine is deterministic and driven by event time) consume the
 * same events in order; an alert is a non-approve decision. Events are compared one by one.
 */
import type { BehaviourEvent } from '../events.js';
import type { FraudConfig } from './config.js';
import { FraudEngine, type Outcome } from './engine.js';

export interface BacktestReport {
  events: number;
  alertsBefore: number;
  alertsAfter: number;
  /** Alerts only the proposed config raises. */
  added: number;
  /** Alerts only the current config raises. */
  removed: number;
  /** Alerts both raise, with a different outcome (review <-> block). */
  changedOutcome: number;
  blocksBefore: number;
  blocksAfter: number;
  /** Up to `samplesMax` event ids whose outcome changes, for officers to inspect. */
  samples: { eventId: string; before: Outcome; after: Outcome }[];
}

export const samplesMax = 20;

export function backtest(
  events: Iterable<BehaviourEvent>,
  current: FraudConfig,
  proposed: FraudConfig,
): BacktestReport {
  const before = new FraudEngine();
  const after = new FraudEngine();
  const report: BacktestReport = {
    events: 0,
    alertsBefore: 0,
    alertsAfter: 0,
    added: 0,
    removed: 0,
    changedOutcome: 0,
    blocksBefore: 0,
    blocksAfter: 0,
    samples: [],
  };
  for (const event of events) {
    report.events += 1;
    const a = before.apply(event, current).outcome;
    const b = after.apply(event, proposed).outcome;
    if (a !== 'approve') report.alertsBefore += 1;
    if (b !== 'approve') report.alertsAfter += 1;
    if (a === 'block') report.blocksBefore += 1;
    if (b === 'block') report.blocksAfter += 1;
    if (a === b) continue;
    if (a === 'approve') report.added += 1;
    else if (b === 'approve') report.removed += 1;
    else report.changedOutcome += 1;
    if (report.samples.length < samplesMax)
      report.samples.push({ eventId: event.eventId, before: a, after: b });
  }
  return report;
}
