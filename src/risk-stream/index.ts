/**
 * The risk stream's whole public surface: behaviour events in (Avro over Redis Streams), rules
 * over shared features, alerts out (alert stream + pub/sub).
 *
 * `createRiskStream` wires one producer and N consumers of one group for the composition root;
 * the pieces are exported too, for the gateway (`subscribeAlerts`) and for tests.
 */
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { assert, type Clock } from '../shared/index.js';
import { createEventProducer, type EventProducer } from './producer.js';
import { createRiskConsumer, type RiskConsumer } from './consumer.js';
import { defaultDeviceSharedConfig, type DeviceSharedConfig } from './rules.js';

export {
  avroLongMax,
  currentEventSchemaId,
  decodeEvent,
  encodeEvent,
  eventBytesMax,
  eventKinds,
  eventSchemas,
  eventStringCharsMax,
  isEventKind,
  validateEvent,
} from './events.js';
export type { BehaviourEvent, DecodeEventResult, EventKind } from './events.js';
export { decodeEntry, entryFields } from './entry.js';
export { createEventProducer } from './producer.js';
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
}

export interface RiskStreamNames {
  stream: string;
  group: string;
  alertStream: string;
  alertChannel: string;
}

export interface RiskStream {
  producer: EventProducer;
  names: RiskStreamNames;
  start(): Promise<void>;
  /** Flushes the producer, stops the consumers and quits every connection it opened. */
  stop(): Promise<void>;
  /** Events handled by all consumers together. */
  processed(): number;
}

export function riskStreamNames(prefix: string): RiskStreamNames {
  return {
    stream: `${prefix}risk:events`,
    group: `${prefix}risk:scorers`,
    alertStream: `${prefix}risk:alerts`,
    // Channels and keys live in separate namespaces in Redis, so the same name is safe.
    alertChannel: `${prefix}risk:alerts`,
  };
}

function buildConsumers(
  options: RiskStreamOptions,
  redis: Redis,
  names: RiskStreamNames,
): RiskConsumer[] {
  // Host and pid: two processes on one host must not share a consumer name, or one would read
  // the other's pending entries as its own.
  const base = `${hostname()}-${process.pid}`;
  return Array.from({ length: options.consumers }, (_, index) =>
    createRiskConsumer({
      redis,
      stream: names.stream,
      group: names.group,
      consumer: `${base}-${index}`,
      alertStream: names.alertStream,
      alertChannel: names.alertChannel,
      config: options.config ?? defaultDeviceSharedConfig,
      clock: options.clock,
      ...(options.claimMinIdleMs === undefined ? {} : { claimMinIdleMs: options.claimMinIdleMs }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
    }),
  );
}

export function createRiskStream(options: RiskStreamOptions): RiskStream {
  assert(Number.isSafeInteger(options.consumers) && options.consumers >= 0, 'consumer count');
  const names = riskStreamNames(options.prefix);
  // The producer gets its own connection so a consumer's pipelines never delay the gateway.
  const producerRedis = new Redis(options.redisUrl);
  const consumerRedis = new Redis(options.redisUrl);
  const producer = createEventProducer({ redis: producerRedis, stream: names.stream });
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
  };
}
