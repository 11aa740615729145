/**
 * CHANNEL_ALERTS is sequenced by the risk pipeline's alert stream: an officer who reconnects with
 * the last seq they saw gets every alert since, in order, once, from Redis (not from a gateway's
 * memory); one who starts fresh gets only what comes next. Alerts are written here exactly as the
 * pipeline writes them (one stream entry, field `alert`, the encoded alert).
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending, type ServerMessage } from '../../src/client/index.js';
import { encodeAlert, riskStreamNames, type Alert } from '../../src/risk-stream/index.js';
import { redisUrl } from '../helpers/services.js';
import { connectAs } from '../helpers/clients.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
let service: RunningService;
let redis: Redis;
const clients: LendingClient[] = [];

function officer(userId: string): Promise<LendingClient> {
  return connectAs(service, userId, 'risk_officer', clients);
}

async function raise(alertId: string): Promise<void> {
  const alert: Alert = {
    alertId,
    ruleId: 'bid_velocity',
    ruleVersion: 1,
    level: 'review',
    accountId: 'ACC1',
    summary: `test alert ${alertId}`,
    features: { bids: '99' },
    eventIds: [`ev-${alertId}`],
    timeMs: Date.now(),
  };
  const stream = riskStreamNames(service.redisPrefix).alertStream;
  await redis.xadd(stream, '*', 'alert', encodeAlert(alert));
}

function alertsOf(client: LendingClient): ServerMessage[] {
  const seen: ServerMessage[] = [];
  client.onPush((message) => {
    if (message.alert) seen.push(message);
  });
  return seen;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 25));
}

beforeAll(async () => {
  service = await startServiceProcess('alerts-channel');
  redis = new Redis(redisUrl());
}, 120_000);

afterAll(async () => {
  for (const client of clients) client.close();
  redis.disconnect();
  await service.stop();
});

describe('alerts channel', () => {
  it('numbers alerts and replays what a reconnecting officer missed, once, in order', async () => {
    const first = await officer('RO-A');
    const seen = alertsOf(first);
    const subscribed = await first.request({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } });
    expect(subscribed.subscribed?.reset).toBe(false);
    await raise('a1');
    await until(() => seen.length === 1);
    expect(seen.map((m) => m.alert?.alertId)).toEqual(['a1']);
    const lastSeq = Number(seen[0]?.alert?.seq);
    expect(lastSeq).toBeGreaterThan(0);
    first.close();

    await raise('a2');
    await raise('a3');
    const back = await officer('RO-A');
    const replayed = alertsOf(back);
    const resumed = await back.request({
      subscribe: { channel: v1.Channel.CHANNEL_ALERTS, fromSeq: lastSeq },
    });
    expect(resumed.subscribed?.reset).toBe(false);
    await until(() => replayed.length === 2);
    expect(replayed.map((m) => m.alert?.alertId)).toEqual(['a2', 'a3']);
    const seqs = replayed.map((m) => Number(m.alert?.seq));
    expect(seqs[0]).toBeGreaterThan(lastSeq);
    expect(seqs[1]).toBeGreaterThan(seqs[0] ?? 0);
    expect(Number(resumed.subscribed?.seq)).toBe(seqs[1]);

    // Live again after the replay, and a fresh subscriber sees only what comes next.
    const fresh = await officer('RO-B');
    const freshSeen = alertsOf(fresh);
    await fresh.request({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } });
    await raise('a4');
    await until(() => replayed.length === 3 && freshSeen.length === 1);
    expect(replayed.map((m) => m.alert?.alertId)).toEqual(['a2', 'a3', 'a4']);
    expect(freshSeen.map((m) => m.alert?.alertId)).toEqual(['a4']);

    // From the start of the stream (nothing trimmed): every alert, in order.
    const everything = await officer('RO-C');
    const all = alertsOf(everything);
    const fromStart = await everything.request({
      subscribe: { channel: v1.Channel.CHANNEL_ALERTS, fromSeq: 1 },
    });
    expect(fromStart.subscribed?.reset).toBe(false);
    await until(() => all.length === 4);
    expect(all.map((m) => m.alert?.alertId)).toEqual(['a1', 'a2', 'a3', 'a4']);

    // from_start: a client that first subscribed while the channel was empty (position 0)
    // resumes from the start of the log, not from what comes next.
    const positionedAtZero = await officer('RO-D');
    const resumedAll = alertsOf(positionedAtZero);
    const answer = await positionedAtZero.request({
      subscribe: { channel: v1.Channel.CHANNEL_ALERTS, fromStart: true },
    });
    expect(answer.subscribed?.reset).toBe(false);
    await until(() => resumedAll.length === 4);
    expect(resumedAll.map((m) => m.alert?.alertId)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });
});
