/**
 * The fraud stage of a risk consumer: runs the engine over a decoded batch, times every stage,
 * turns decisions into alerts and freeze messages, and keeps the metrics.
 *
 * Goal: keep the consumer loop small while every decision carries how long decode, features,
 * rules, model and publish took, and block decisions reach the gateway and matcher.
 *
 * Method: the stage times each event's features and rules with `performance.now()` through the
 * engine's `mark` callback; decode and publish are batch operations, so each decision carries
 * its batch's decode and publish times. `model` times the optional per-event `score` hook (for
 * loan applications); it is 0 when there is none. Alerts are keyed by the triggering event, so a
 * redelivered event never raises a second alert (the alert script's SET NX dedupes).
 */
import { performance } from 'node:perf_hooks';
import type { Alert } from '../alerts.js';
import type { BehaviourEvent } from '../events.js';
import type { PendingAlert } from '../features.js';
import type { FraudConfig } from './config.js';
import type { FraudDecision, FraudEngine, Outcome } from './engine.js';

export interface StageTimings {
  decodeMs: number;
  featuresMs: number;
  rulesMs: number;
  modelMs: number;
  publishMs: number;
}

export interface FraudStageOptions {
  engine: FraudEngine;
  /** Read once per batch: an approved config change applies from the next batch on. */
  config: () => FraudConfig;
  /** Called with each decision after its effects are stored (must be idempotent). */
  onDecision?: (decision: FraudDecision, timings: StageTimings) => void;
  /** Optional model step per event (e.g. credit scoring of loan applications). */
  score?: (event: BehaviourEvent) => void;
}

export interface StageMetrics {
  decisions: Record<Outcome, number>;
  /** Sum and maximum per stage, in ms, over all decisions. */
  stageMsTotal: StageTimings;
  stageMsMax: StageTimings;
}

const stages = ['decodeMs', 'featuresMs', 'rulesMs', 'modelMs', 'publishMs'] as const;

function zeroTimings(): StageTimings {
  return { decodeMs: 0, featuresMs: 0, rulesMs: 0, modelMs: 0, publishMs: 0 };
}

export function newStageMetrics(): StageMetrics {
  return {
    decisions: { approve: 0, review: 0, block: 0 },
    stageMsTotal: zeroTimings(),
    stageMsMax: zeroTimings(),
  };
}

export interface StagedBatch {
  decisions: FraudDecision[];
  timings: StageTimings[];
  windowMs: number;
}

/** Runs the engine over `events` in order, timing features, rules and model per event. */
export function runFraudStage(
  options: FraudStageOptions,
  events: readonly BehaviourEvent[],
  decodeMs: number,
): StagedBatch {
  const config = options.config();
  const decisions: FraudDecision[] = [];
  const timings: StageTimings[] = [];
  // One marker for the whole batch (not a closure per event): it times the current event.
  let t = zeroTimings();
  let last = 0;
  const mark = (stage: 'features' | 'rules'): void => {
    const now = performance.now();
    if (stage === 'features') t.featuresMs = now - last;
    else t.rulesMs = now - last;
    last = now;
  };
  for (const event of events) {
    t = zeroTimings();
    t.decodeMs = decodeMs;
    last = performance.now();
    const decision = options.engine.apply(event, config, mark);
    if (options.score !== undefined && event.kind === 'loan_application') {
      options.score(event);
      t.modelMs = performance.now() - last;
    }
    decisions.push(decision);
    timings.push(t);
  }
  return { decisions, timings, windowMs: config.windowMs };
}

export function fraudAlert(
  decision: FraudDecision,
  timings: StageTimings,
  keyPrefix: string,
  windowMs: number,
): PendingAlert | undefined {
  if (decision.outcome === 'approve') return undefined;
  const ruleId = decision.hits.map((hit) => hit.rule).join('+');
  const features: Record<string, string> = { config: decision.config, level: decision.level };
  for (const [name, value] of Object.entries(decision.features)) features[name] = String(value);
  for (const stage of stages) features[`stage.${stage}`] = timings[stage].toFixed(3);
  const alert: Alert = {
    alertId: `${decision.config}:${decision.eventId}`,
    ruleId,
    ruleVersion: Number(decision.config.split('@')[1] ?? 0),
    level: decision.outcome,
    accountId: decision.accountId,
    summary: decision.hits.map((hit) => hit.reason).join('; '),
    features,
    // The link to the events behind it: ids an officer looks up on the event stream.
    eventIds: [decision.eventId],
    timeMs: decision.timeMs,
  };
  // One alert per account and rule set per window: a lender bidding fast trips bid velocity on
  // every order, and an officer needs the first alert, not thousands. A redelivered event finds
  // the same key, so it still raises nothing twice.
  const dedupeKey = `${keyPrefix}alert:fraud:${decision.accountId}:${ruleId}`;
  return { dedupeKey, dedupeMs: windowMs, alert };
}

/** The freeze message published for a block decision (JSON; the gateway freezes the account). */
export function freezeMessage(decision: FraudDecision): string {
  return JSON.stringify({
    accountId: decision.accountId,
    eventId: decision.eventId,
    rules: decision.hits.filter((hit) => hit.action === 'block').map((hit) => hit.rule),
    level: decision.level,
    config: decision.config,
    timeMs: decision.timeMs,
  });
}

export function recordMetrics(
  metrics: StageMetrics,
  decision: FraudDecision,
  timings: StageTimings,
): void {
  metrics.decisions[decision.outcome] += 1;
  // Written out, not a loop over stage names: this runs for every event.
  const total = metrics.stageMsTotal;
  const max = metrics.stageMsMax;
  total.decodeMs += timings.decodeMs;
  total.featuresMs += timings.featuresMs;
  total.rulesMs += timings.rulesMs;
  total.modelMs += timings.modelMs;
  total.publishMs += timings.publishMs;
  if (timings.decodeMs > max.decodeMs) max.decodeMs = timings.decodeMs;
  if (timings.featuresMs > max.featuresMs) max.featuresMs = timings.featuresMs;
  if (timings.rulesMs > max.rulesMs) max.rulesMs = timings.rulesMs;
  if (timings.modelMs > max.modelMs) max.modelMs = timings.modelMs;
  if (timings.publishMs > max.publishMs) max.publishMs = timings.publishMs;
}
