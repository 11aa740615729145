/**
 * The fraud stage inside a real consumer group on Redis: packed entries (many events per
 * stream entry) decode per event; block decisions publish freezes and call onDecision with
 * per-stage timings; a redelivered packed entry raises no second alert; an approved config
 * change applies without restart and is named on later decisions.
 */
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { Code, ManualClock } from '../../src/shared/index.js';
import {
  createEventProducer,
  createRiskConsumer,
  currentEventSchemaId,
  decodeEntry,
  defaultDeviceSharedConfig,
  defaultFraudConfig,
  encodeEvent,
  FraudConfigStore,
  FraudEngine,
  packedEntryFields,
  riskStreamNames,
  type BehaviourEvent,
  type FraudDecision,
  type StageTimings,
} from '../../src/risk-stream/index.js';
import { connect, deletePrefix, makeEvent, quitAll, uniquePrefix, waitFor } from './helpers.js';

const t0 = 1_700_000_000_000;
const opened: Redis[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await quitAll(opened);
});

describe('packed entries', () => {
  const events = [
    makeEvent({ eventId: 'p1' }),
    makeEvent({ eventId: 'p2', kind: 'deposit', amountFen: 5 }),
  ];
  const fields = (): Buffer[] =>
    packedEntryFields(currentEventSchemaId, events.map(encodeEvent)).map((field) =>
      Buffer.from(field),
    );

  it('decode into one result per event, in order', () => {
    const results = decodeEntry(fields());
    expect(results.map((result) => result.event?.eventId)).toEqual(['p1', 'p2']);
  });

  const broken: [string, (f: Buffer[]) => Buffer[]][] = [
    ['count too high', (f) => f.map((x, i) => (i === 3 ? Buffer.from('3') : x))],
    ['count zero', (f) => f.map((x, i) => (i === 3 ? Buffer.from('0') : x))],
    ['count not a number', (f) => f.map((x, i) => (i === 3 ? Buffer.from('two') : x))],
    [
      'trailing bytes',
      (f) => f.map((x, i) => (i === 5 ? Buffer.concat([x, Buffer.from([0])]) : x)),
    ],
    ['truncated', (f) => f.map((x, i) => (i === 5 ? x.subarray(0, x.length - 3) : x))],
  ];
  it.each(broken)('%s -> one EVENT_MALFORMED', (_name, breakIt) => {
    expect(decodeEntry(breakIt(fields()))).toEqual([{ code: Code.EVENT_MALFORMED }]);
  });
});

async function world() {
  const prefix = uniquePrefix();
  const names = riskStreamNames(prefix);
  const redis = connect(opened);
  const subscriber = connect(opened);
  const freezes: string[] = [];
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === names.freezeChannel) freezes.push(message);
  });
  await subscriber.subscribe(names.freezeChannel);
  cleanups.push(() => deletePrefix(redis, prefix));
  const store = new FraudConfigStore(defaultFraudConfig, 'boot', t0);
  const decisions: [FraudDecision, StageTimings][] = [];
  const consumer = createRiskConsumer({
    redis,
    ...names,
    consumer: 'c1',
    config: defaultDeviceSharedConfig,
    clock: new ManualClock(t0),
    fraud: {
      engine: new FraudEngine(),
      config: () => store.active(),
      onDecision: (decision, timings) => decisions.push([decision, timings]),
    },
  });
  cleanups.push(() => consumer.stop());
  const publish = async (events: BehaviourEvent[]): Promise<void> => {
    const producer = createEventProducer({ redis, stream: names.stream, packMax: 64 });
    for (const event of events) expect(producer.publish(event)).toBe(Code.OK);
    await producer.close();
  };
  return { redis, names, freezes, store, decisions, consumer, publish };
}

describe('fraud stage in the consumer', () => {
  it('decides every packed event, freezes on block, times each stage', async () => {
    const w = await world();
    await w.consumer.start();
    const shared = [0, 1].map((i) =>
      makeEvent({
        eventId: `card-${i}`,
        kind: 'deposit',
        accountId: `a${i}`,
        deviceId: `d${i}`,
        cardId: 'c',
        amountFen: 100,
        timeMs: t0 + i,
      }),
    );
    const quiet = Array.from({ length: 100 }, (_, i) =>
      makeEvent({ eventId: `q-${i}`, accountId: `q${i}`, deviceId: `qd${i}`, ip: `10.1.0.${i}` }),
    );
    await w.publish([...quiet, ...shared]);
    await waitFor('102 decisions', () => w.decisions.length === 102);
    expect(await w.redis.xlen(w.names.stream)).toBe(2);
    const block = w.decisions.find(([decision]) => decision.outcome === 'block');
    expect(block?.[0]).toMatchObject({ accountId: 'a1', level: 'high', config: 'fraud@1' });
    for (const stage of ['decodeMs', 'featuresMs', 'rulesMs', 'modelMs', 'publishMs'] as const) {
      expect(block?.[1][stage]).toBeGreaterThanOrEqual(0);
    }
    await waitFor('freeze published', () => w.freezes.length === 1);
    expect(JSON.parse(w.freezes[0] ?? '{}')).toMatchObject({
      accountId: 'a1',
      rules: ['card_shared'],
    });
    const alerts = await w.redis.xrange(w.names.alertStream, '-', '+');
    expect(alerts).toHaveLength(1);
    const alert = JSON.parse(alerts[0]?.[1][1] ?? '{}') as {
      features: Record<string, string>;
      eventIds: string[];
    };
    expect(alert.eventIds).toEqual(['card-1']);
    expect(alert.features['stage.featuresMs']).toBeDefined();
    expect(w.consumer.metrics().decisions).toEqual({ approve: 101, review: 0, block: 1 });
  });

  it('a redelivered packed entry alerts once; a new config applies at once', async () => {
    const w = await world();
    await w.consumer.start();
    const events = [0, 1].map((i) =>
      makeEvent({
        eventId: `r-${i}`,
        kind: 'deposit',
        accountId: `a${i}`,
        deviceId: `d${i}`,
        cardId: 'c',
        amountFen: 100,
        timeMs: t0 + i,
      }),
    );
    await w.publish(events);
    await waitFor('two decisions', () => w.decisions.length === 2);
    await w.redis.xadd(
      w.names.stream,
      '*',
      ...packedEntryFields(currentEventSchemaId, events.map(encodeEvent)),
    );
    await waitFor('redelivery handled', () => w.decisions.length === 4);
    expect(await w.redis.xlen(w.names.alertStream)).toBe(1);
    expect(w.decisions[3]?.[0]).toEqual(w.decisions[1]?.[0]);
    const proposal = w.store.propose({ ...defaultFraudConfig, accountsPerCardMax: 5 }, 'alice', t0);
    expect(w.store.approve(proposal.proposalId ?? -1, 'bob', t0)).toBe('OK');
    await w.publish([
      makeEvent({
        eventId: 'r-2',
        kind: 'deposit',
        accountId: 'a2',
        deviceId: 'd2',
        cardId: 'c',
        amountFen: 100,
        timeMs: t0 + 2,
      }),
    ]);
    await waitFor('third event', () => w.decisions.length === 5);
    expect(w.decisions[4]?.[0]).toMatchObject({ outcome: 'approve', config: 'fraud@2' });
  });
});
