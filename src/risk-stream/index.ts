/**
 * The risk stream's whole public surface: behaviour events in (Avro over Redis Streams), rules
 * over shared features, alerts out (alert stream + pub/sub).
 *
 * `createRiskStream` wires one producer and N consumers of one group for the composition root;
 * the pieces are exported too, for the gateway (`subscribeAlerts`) and for tests.
 */
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { assert, limits, type Clock } from '../shared/index.js';
import {
  createEventProducer,
  partitionStream,
  partitionsMax,
  type EventProducer,
} from './producer.js';
import { createRiskConsumer, type RiskConsumer } from './consumer.js';
import { defaultDeviceSharedConfig, type DeviceSharedConfig } from './rules.js';
import type { FraudStageOptions, StageMetrics } from './fraud/stage.js';

export {
  avroLongMax,
  currentEventSchemaId,
  decodeEvent,
  encodeEvent,
  eventBytesMax,
  eventKinds,
  eventSchemaOf,
  eventSchemas,
  eventStringCharsMax,
  isEventKind,
  validateEvent,
} from './events.js';
export type { BehaviourEvent, DecodeEventResult, EventKind } from './events.js';
export {
  decodeEntry,
  decodeEntryInto,
  entryFields,
  packedEntryFields,
  packedEventsMax,
} from './entry.js';
export { createEventProducer, partitionOf, partitionStream, partitionsMax } from './producer.js';
export type { EventProducer, EventProducerOptions } from './producer.js';
export {
  defaultDeviceSharedConfig,
  deviceSharedBounds,
  evaluateDeviceShared,
  loadDeviceSharedConfig,
} from './rules.js';
export type {
  ConfigLoadResult,
  DeviceSharedConfig,
  DeviceSharedFeatures,
  RuleDecision,
  RuleOutcome,
} from './rules.js';
export { createRiskConsumer } from './consumer.js';
export type { RiskConsumer, RiskConsumerOptions } from './consumer.js';
export { decodeAlert, encodeAlert, subscribeAlerts } from './alerts.js';
export type { Alert, AlertLevel } from './alerts.js';
// Credit scoring of loan applications (see credit/*.ts and README "Credit model").
export {
  creditColumns,
  featureNames,
  featuresOf,
  invalidCreditField,
  parseCreditCsv,
  purposes,
} from './credit/data.js';
export type { CreditFile, CreditTable, Purpose } from './credit/data.js';
export { ksStatistic, rocAuc, seededRandom } from './credit/metrics.js';
export { logisticLogit } from './credit/logistic.js';
export { gbtBias, gbtLogit } from './credit/gbt.js';
export { CreditScorer, loadCreditModel, reasonCodesMax } from './credit/model.js';
export type { CreditModelFile, CreditScore, ModelKind, ReasonCode } from './credit/model.js';
export {
  decide,
  defaultProductConfig,
  gradeOf,
  loadProductConfig,
  riskGrades,
} from './credit/decision.js';
export type { Applicant, CreditDecision, ProductConfig, RiskGrade } from './credit/decision.js';
export { defaultGbtOptions, defaultTrainOptions, trainCreditModel } from './credit/train.js';
export { assessApplication, checkApplication, loanTermsMonths } from './credit/assess.js';
export type {
  ApplicationAssessment,
  ApplicationRejected,
  ApplicationResult,
  LoanApplication,
} from './credit/assess.js';
// Fraud and AML (see fraud/*.ts and README "Fraud and AML").
export {
  configTag,
  defaultFraudConfig,
  invalidSnapshot,
  snapshotAuditMax,
  fraudConfigBounds,
  FraudConfigStore,
  fraudRuleNames,
  loadFraudConfig,
} from './fraud/config.js';
export type {
  AuditEntry,
  FraudConfig,
  FraudConfigResult,
  FraudConfigSnapshot,
  FraudRuleName,
  Proposal,
  RuleAction,
  StoreCode,
} from './fraud/config.js';
export {
  amlReportsCsv,
  engineBounds,
  evaluateFraudRules,
  FraudEngine,
  fraudRules,
  nextLevel,
} from './fraud/engine.js';
export type {
  AmlReport,
  Features,
  FraudDecision,
  Outcome,
  RiskLevel,
  RuleHit,
} from './fraud/engine.js';
export { SeenDecisions } from './fraud/seen.js';
export { CaseBook, casesMax } from './fraud/cases.js';
export {
  casRetriesMax,
  durableNames,
  RedisCaseBook,
  RedisFraudConfigStore,
} from './fraud/durable.js';
export type { DurableNames, ProposeAnswer } from './fraud/durable.js';
export type { CaseCode, CaseState, CaseStep, Resolution, RiskCase } from './fraud/cases.js';
export { backtest } from './fraud/backtest.js';
export type { BacktestReport } from './fraud/backtest.js';
export { freezeMessage } from './fraud/stage.js';
export type { FraudStageOptions, StageMetrics, StageTimings } from './fraud/stage.js';
export { createCreditPool, readShippedModel, scoreBatchMax } from './credit/pool.js';
export type { CreditPool, CreditPoolOptions, ScoreBatchResult } from './credit/pool.js';

export interface RiskStreamOptions {
  redisUrl: string;
  /** Prepended to every stream, channel and key name (tests use a unique one each). */
  prefix: string;
  /** Consumers in the group, in this process. */
  consumers: number;
  clock: Clock;
  /** Validated config (see loadDeviceSharedConfig); defaults to device-shared@1. */
  config?: DeviceSharedConfig;
  /** Passed to each consumer; see RiskConsumerOptions. */
  claimMinIdleMs?: number;
  onError?: (error: unknown) => void;
  /**
   * The fraud and AML stage shared by this process's consumers (one engine: one thread). With
   * it, block decisions are published on `names.freezeChannel` (see `freezeMessage`).
   */
  fraud?: FraudStageOptions;
  /** Events per stream entry written by the producer (default 1; see EventProducerOptions). */
  packMax?: number;
  /** Run the Redis-backed device-shared@1 rule (default true). */
  deviceRule?: boolean;
  /**
   * Partition streams by account (default 1). Every process must use the same count: it
   * decides which stream an account's events go to.
   */
  partitions?: number;
  /**
   * Partitions this process consumes (default all), one consumer each, so an account's
   * in-memory windows live in exactly one consumer. With several processes, give each a
   * disjoint share; a partition's consumer group still lets another process XAUTOCLAIM its
   * entries if it dies. With one partition, `consumers` consumers share the single stream.
   */
  partitionsOwned?: readonly number[];
}

export interface RiskStreamNames {
  /** The event stream (with partitions, the base name of `${stream}:p<n>`). */
  stream: string;
  group: string;
  alertStream: string;
  alertChannel: string;
  /** Pub/sub channel of freeze messages (JSON: accountId, eventId, rules, level, config). */
  freezeChannel: string;
}

export interface RiskStream {
  producer: EventProducer;
  names: RiskStreamNames;
  start(): Promise<void>;
  /** Flushes the producer, stops the consumers and quits every connection it opened. */
  stop(): Promise<void>;
  /** Events handled by all consumers together. */
  processed(): number;
  /** Fraud-stage metrics per consumer (decisions by outcome, stage times). */
  metrics(): StageMetrics[];
}

export function riskStreamNames(prefix: string): RiskStreamNames {
  return {
    stream: `${prefix}risk:events`,
    group: `${prefix}risk:scorers`,
    alertStream: `${prefix}risk:alerts`,
    // Channels and keys live in separate namespaces in Redis, so the same name is safe.
    alertChannel: `${prefix}risk:alerts`,
    freezeChannel: `${prefix}risk:freezes`,
  };
}

/** Streams consumed by this process and how many consumers read each. */
function consumedStreams(options: RiskStreamOptions, names: RiskStreamNames): string[] {
  const partitions = options.partitions ?? 1;
  assert(Number.isSafeInteger(partitions) && partitions >= 1, 'partition count positive');
  assert(partitions <= partitionsMax, 'partition count within bound');
  if (partitions === 1) return Array.from({ length: options.consumers }, () => names.stream);
  const owned = options.partitionsOwned ?? Array.from({ length: partitions }, (_, p) => p);
  assert(new Set(owned).size === owned.length, 'each owned partition listed once');
  assert(owned.length === options.consumers, 'one consumer per owned partition');
  return owned.map((partition) => partitionStream(names.stream, partitions, partition));
}

function buildConsumers(
  options: RiskStreamOptions,
  redis: Redis,
  names: RiskStreamNames,
): RiskConsumer[] {
  // Host and pid: two processes on one host must not share a consumer name, or one would read
  // the other's pending entries as its own.
  const base = `${hostname()}-${process.pid}`;
  // Bounded batches: a read of packed entries carries at most riskBatchEventsMax events.
  const readCount = Math.max(1, Math.floor(limits.riskBatchEventsMax / (options.packMax ?? 1)));
  return consumedStreams(options, names).map((stream, index) =>
    createRiskConsumer({
      redis,
      stream,
      group: names.group,
      consumer: `${base}-${index}`,
      alertStream: names.alertStream,
      alertChannel: names.alertChannel,
      config: options.config ?? defaultDeviceSharedConfig,
      clock: options.clock,
      readCount: Math.min(readCount, limits.streamReadCount),
      // Feature and dedupe keys stay under the base name, shared by every partition.
      keyPrefix: `${names.stream}:`,
      ...(options.claimMinIdleMs === undefined ? {} : { claimMinIdleMs: options.claimMinIdleMs }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
      ...(options.fraud === undefined
        ? {}
        : { fraud: options.fraud, freezeChannel: names.freezeChannel }),
      ...(options.deviceRule === undefined ? {} : { deviceRule: options.deviceRule }),
    }),
  );
}

export function createRiskStream(options: RiskStreamOptions): RiskStream {
  assert(Number.isSafeInteger(options.consumers) && options.consumers >= 0, 'consumer count');
  const names = riskStreamNames(options.prefix);
  // The producer gets its own connection so a consumer's pipelines never delay the gateway.
  const producerRedis = new Redis(options.redisUrl);
  const consumerRedis = new Redis(options.redisUrl);
  const producer = createEventProducer({
    redis: producerRedis,
    stream: names.stream,
    ...(options.packMax === undefined ? {} : { packMax: options.packMax }),
    ...(options.partitions === undefined ? {} : { partitions: options.partitions }),
  });
  const consumers = buildConsumers(options, consumerRedis, names);
  return {
    producer,
    names,
    start: async () => {
      await Promise.all(consumers.map((consumer) => consumer.start()));
    },
    stop: async () => {
      await producer.close();
      await Promise.all(consumers.map((consumer) => consumer.stop()));
      await Promise.all([producerRedis.quit(), consumerRedis.quit()]);
    },
    processed: () => consumers.reduce((sum, consumer) => sum + consumer.processed(), 0),
    metrics: () => consumers.map((consumer) => consumer.metrics()),
  };
}
