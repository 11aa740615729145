/**
 * The risk consumer end to end against a real Redis: alerts from three accounts on one device
 * (exactly one on the stream and one on pub/sub), none from two, the sliding window, redelivery
 * without a second alert, reclaiming a crashed consumer's entries, poison entries, a prompt
 * stop, and several consumers sharing state through createRiskStream.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { Code, ManualClock, limits } from '../../src/shared/index.js';
import {
  createEventProducer,
  createRiskConsumer,
  createRiskStream,
  currentEventSchemaId,
  decodeAlert,
  defaultDeviceSharedConfig,
  encodeEvent,
  entryFields,
  riskStreamNames,
  subscribeAlerts,
  type Alert,
  type BehaviourEvent,
  type RiskConsumer,
} from '../../src/risk-stream/index.js';
import {
  connect,
  deletePrefix,
  login,
  quitAll,
  redisUrl,
  sleep,
  uniquePrefix,
  waitFor,
} from './helpers.js';

const t0 = 1_700_000_000_000;
const minute = 60_000;
const opened: Redis[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await quitAll(opened);
});

/** A test world: names under a fresh prefix, a command connection and a live subscription. */
async function world() {
  const prefix = uniquePrefix();
  const names = riskStreamNames(prefix);
  const redis = connect(opened);
  const received: Alert[] = [];
  const unsubscribe = await subscribeAlerts(connect(opened), names.alertChannel, (alert) =>
    received.push(alert),
  );
  cleanups.push(async () => {
    await unsubscribe();
    await deletePrefix(redis, prefix);
  });
  const clock = new ManualClock(t0);
  const consumer = (name: string, claimMinIdleMs?: number): RiskConsumer => {
    const created = createRiskConsumer({
      redis,
      ...names,
      consumer: name,
      config: defaultDeviceSharedConfig,
      clock,
      ...(claimMinIdleMs === undefined ? {} : { claimMinIdleMs }),
    });
    cleanups.push(() => created.stop());
    return created;
  };
  const publish = async (events: BehaviourEvent[]): Promise<void> => {
    const producer = createEventProducer({ redis, stream: names.stream });
    for (const event of events) expect(producer.publish(event)).toBe(Code.OK);
    await producer.close();
  };
  const storedAlerts = async (): Promise<Alert[]> => {
    const entries = await redis.xrange(names.alertStream, '-', '+');
    return entries.map(([, fields]) => {
      const decoded = decodeAlert(fields[1] ?? '');
      expect(fields[0]).toBe('alert');
      expect(decoded).toBeDefined();
      return decoded as Alert;
    });
  };
  return { names, redis, received, consumer, publish, storedAlerts, clock };
}

const threeLogins = (): BehaviourEvent[] => [
  login('acct-a', 'device-1', t0),
  login('acct-b', 'device-1', t0 + minute),
  login('acct-c', 'device-1', t0 + 2 * minute),
];

describe('createRiskConsumer', () => {
  it('three accounts on one device -> exactly one alert on the stream and on pub/sub', async () => {
    const w = await world();
    const consumer = w.consumer('c1');
    await consumer.start();
    const events = threeLogins();
    await w.publish(events);
    await waitFor('three events handled', () => consumer.processed() === 3);
    await waitFor('the pub/sub alert', () => w.received.length === 1);
    await sleep(50);
    const stored = await w.storedAlerts();
    expect(stored).toHaveLength(1);
    expect(w.received).toEqual(stored);
    const third = events[2] as BehaviourEvent;
    expect(stored[0]).toMatchObject({
      alertId: `device-shared@1:${third.eventId}`,
      ruleId: 'device-shared',
      ruleVersion: 1,
      level: 'review',
      accountId: 'acct-c',
      eventIds: [third.eventId],
      timeMs: t0,
      features: {
        deviceId: 'device-1',
        distinctAccountsInWindow: '3',
        accountIds: 'acct-a,acct-b,acct-c',
      },
    });
    expect(consumer.alerted()).toBe(1);
    expect(await w.redis.xpending(w.names.stream, w.names.group)).toEqual([0, null, null, null]);
  });

  it('a fourth account within the window raises no second alert for the device', async () => {
    const w = await world();
    const consumer = w.consumer('c1');
    await consumer.start();
    await w.publish([...threeLogins(), login('acct-d', 'device-1', t0 + 3 * minute)]);
    await waitFor('four events handled', () => consumer.processed() === 4);
    expect(await w.storedAlerts()).toHaveLength(1);
  });

  it('two accounts (and repeated logins of one account) raise nothing', async () => {
    const w = await world();
    const consumer = w.consumer('c1');
    await consumer.start();
    await w.publish([
      login('acct-a', 'device-1', t0),
      login('acct-b', 'device-1', t0 + minute),
      login('acct-a', 'device-1', t0 + 2 * minute),
      login('acct-a', 'device-1', t0 + 3 * minute),
      // Other kinds and other devices do not count towards device-1.
      { ...login('acct-c', 'device-1', t0 + 4 * minute), kind: 'deposit', amountFen: 100 },
      login('acct-d', 'device-2', t0 + 5 * minute),
    ]);
    await waitFor('six events handled', () => consumer.processed() === 6);
    await sleep(50);
    expect(await w.storedAlerts()).toEqual([]);
    expect(w.received).toEqual([]);
  });

  it('accounts further apart than the window do not add up', async () => {
    const w = await world();
    const consumer = w.consumer('c1');
    await consumer.start();
    await w.publish([
      login('acct-a', 'device-1', t0),
      login('acct-b', 'device-1', t0 + 6 * minute),
      login('acct-c', 'device-1', t0 + 12 * minute),
    ]);
    await waitFor('three events handled', () => consumer.processed() === 3);
    expect(await w.storedAlerts()).toEqual([]);
  });

  it('the same event delivered again (a second entry) yields no second alert', async () => {
    const w = await world();
    const consumer = w.consumer('c1');
    await consumer.start();
    const events = threeLogins();
    await w.publish(events);
    await waitFor('three events handled', () => consumer.processed() === 3);
    // Redeliver every event as a new stream entry with the same bytes and event ids.
    for (const event of events) {
      await w.redis.xadd(
        w.names.stream,
        '*',
        ...entryFields(currentEventSchemaId, encodeEvent(event)),
      );
    }
    await waitFor('the repeats handled', () => consumer.processed() === 6);
    await sleep(50);
    expect(await w.storedAlerts()).toHaveLength(1);
    expect(w.received).toHaveLength(1);
    const members = await w.redis.zrange(`${w.names.stream}:device:device-1`, 0, -1);
    expect(members).toEqual(['acct-a', 'acct-b', 'acct-c']);
  });

  it('reclaims and processes what a crashed consumer read but never acknowledged', async () => {
    const w = await world();
    await w.redis.xgroup('CREATE', w.names.stream, w.names.group, '0', 'MKSTREAM');
    await w.publish(threeLogins());
    // The "crashed" consumer reads every entry and dies before acknowledging any.
    await w.redis.xreadgroup('GROUP', w.names.group, 'crashed', 'STREAMS', w.names.stream, '>');
    expect((await w.redis.xpending(w.names.stream, w.names.group))[0]).toBe(3);
    await sleep(30);
    const survivor = w.consumer('survivor', 20);
    await survivor.start();
    // start() resolves after the stale entries were claimed and handled.
    expect(survivor.processed()).toBe(3);
    expect(await w.storedAlerts()).toHaveLength(1);
    expect(await w.redis.xpending(w.names.stream, w.names.group)).toEqual([0, null, null, null]);
  });

  it('does not take entries that are not idle long enough yet', async () => {
    const w = await world();
    await w.redis.xgroup('CREATE', w.names.stream, w.names.group, '0', 'MKSTREAM');
    await w.publish(threeLogins());
    await w.redis.xreadgroup('GROUP', w.names.group, 'busy', 'STREAMS', w.names.stream, '>');
    const other = w.consumer('other', 60_000);
    await other.start();
    expect(other.processed()).toBe(0);
    const pending = await w.redis.xpending(w.names.stream, w.names.group);
    expect(pending[0]).toBe(3);
  });

  it('acknowledges poison entries, counts them and keeps going', async () => {
    const w = await world();
    const consumer = w.consumer('c1');
    await consumer.start();
    const { stream } = w.names;
    await w.redis.xadd(stream, '*', 'sid', '1', 'e', Buffer.from([0xff, 0xff]));
    await w.redis.xadd(stream, '*', 'sid', '99', 'e', Buffer.from([0]));
    await w.redis.xadd(stream, '*', 'something', 'else');
    await w.publish(threeLogins());
    await waitFor('the valid events handled', () => consumer.processed() === 3);
    expect(consumer.poisoned()).toBe(3);
    expect(await w.storedAlerts()).toHaveLength(1);
    expect(await w.redis.xpending(stream, w.names.group)).toEqual([0, null, null, null]);
  });

  it('re-reads its own pending entries after a restart under the same name', async () => {
    const w = await world();
    await w.redis.xgroup('CREATE', w.names.stream, w.names.group, '0', 'MKSTREAM');
    await w.publish(threeLogins());
    await w.redis.xreadgroup('GROUP', w.names.group, 'same', 'STREAMS', w.names.stream, '>');
    const restarted = w.consumer('same', 60_000);
    await restarted.start();
    expect(restarted.processed()).toBe(3);
    expect(await w.storedAlerts()).toHaveLength(1);
  });

  it('recovers when its group is deleted under it, without a second alert', async () => {
    const w = await world();
    const errors: unknown[] = [];
    const consumer = createRiskConsumer({
      redis: w.redis,
      ...w.names,
      consumer: 'c1',
      config: defaultDeviceSharedConfig,
      clock: w.clock,
      onError: (error) => errors.push(error),
    });
    cleanups.push(() => consumer.stop());
    await consumer.start();
    await w.publish(threeLogins());
    await waitFor('three events handled', () => consumer.processed() === 3);
    await w.redis.xgroup('DESTROY', w.names.stream, w.names.group);
    await waitFor('the NOGROUP error', () => errors.length > 0);
    // The group is recreated from id 0, so the three events are handled a second time.
    await waitFor('the events handled again', () => consumer.processed() === 6);
    expect(String(errors[0])).toContain('NOGROUP');
    expect(await w.storedAlerts()).toHaveLength(1);
  });

  it('stops promptly although its read is blocked, and can be stopped twice', async () => {
    const w = await world();
    const consumer = w.consumer('c1');
    await consumer.start();
    await sleep(20);
    const startedMs = performance.now();
    await consumer.stop();
    expect(performance.now() - startedMs).toBeLessThan(limits.streamBlockMs);
    await consumer.stop();
  });
});

describe('createRiskStream', () => {
  it('N consumers in one group share device state: one alert per device', async () => {
    const prefix = uniquePrefix();
    const clock = new ManualClock(t0);
    const risk = createRiskStream({ redisUrl, prefix, consumers: 3, clock });
    const redis = connect(opened);
    const received: Alert[] = [];
    const unsubscribe = await subscribeAlerts(connect(opened), risk.names.alertChannel, (a) =>
      received.push(a),
    );
    cleanups.push(async () => {
      await unsubscribe();
      await deletePrefix(redis, prefix);
    });
    await risk.start();
    const events: BehaviourEvent[] = [];
    for (let device = 0; device < 20; device += 1) {
      const accounts = device % 2 === 0 ? 3 : 2;
      for (let account = 0; account < accounts; account += 1) {
        events.push(login(`acct-${device}-${account}`, `device-${device}`, t0 + account * minute));
      }
    }
    for (const event of events) expect(risk.producer.publish(event)).toBe(Code.OK);
    await waitFor('all events handled', () => risk.processed() === events.length);
    await waitFor('ten alerts', () => received.length === 10);
    await risk.stop();
    expect(await redis.xlen(risk.names.alertStream)).toBe(10);
    const devices = received.map((alert) => alert.features['deviceId']).sort();
    expect(new Set(devices).size).toBe(10);
    expect(risk.names).toEqual({
      stream: `${prefix}risk:events`,
      group: `${prefix}risk:scorers`,
      alertStream: `${prefix}risk:alerts`,
      alertChannel: `${prefix}risk:alerts`,
      freezeChannel: `${prefix}risk:freezes`,
    });
  });
});
