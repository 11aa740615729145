/**
 * A subscriber to a sequenced channel that stops reading is closed with SLOW_CONSUMER (4022) once
 * the server holds more than its bound for it, and recovers by sequence; another subscriber of the
 * same channel gets every message meanwhile. The flood is alerts written the way the risk pipeline
 * writes them (large ones, so the bound is reached quickly and the run stays bounded).
 */
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import { encodeAlert, riskStreamNames } from '../../src/risk-stream/index.js';
import { limits } from '../../src/shared/index.js';
import { redisUrl } from '../helpers/services.js';
import { tokenFor } from '../helpers/clients.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
let service: RunningService;
let redis: Redis;

function token(userId: string): string {
  return tokenFor(service, userId, 'risk_officer');
}

function frame(...messages: lending.v1.IClientMessage[]): Uint8Array {
  return v1.ClientFrame.encode({ messages }).finish();
}

beforeAll(async () => {
  service = await startServiceProcess('slow-consumer');
  redis = new Redis(redisUrl());
}, 120_000);

afterAll(async () => {
  redis.disconnect();
  await service.stop();
});

describe('slow consumer', () => {
  it('closes a reader that stopped reading with 4022 and leaves the others unharmed', async () => {
    const healthy = await LendingClient.connect(service.wsUrl);
    await healthy.authenticate(token('RO-FAST'));
    let received = 0;
    healthy.onPush((message) => {
      if (message.alert) received += 1;
    });
    await healthy.request({ subscribe: { channel: v1.Channel.CHANNEL_ALERTS } });

    const slow = new WebSocket(service.wsUrl);
    await new Promise((resolve) => slow.once('open', resolve));
    const closed = new Promise<number>((resolve) => slow.once('close', (code) => resolve(code)));
    const answered = new Promise((resolve) => slow.once('message', resolve));
    slow.send(
      frame(
        { requestId: 1, authenticate: { token: token('RO-SLOW') } },
        { requestId: 2, subscribe: { channel: v1.Channel.CHANNEL_ALERTS } },
      ),
    );
    await answered;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Stop reading: the kernel buffers fill, then the server's.
    const socket = (slow as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    socket.pause();

    const stream = riskStreamNames(service.redisPrefix).alertStream;
    const padding = 'x'.repeat(48 * 1024);
    const alerts = Math.ceil((limits.wsSlowConsumerBytes * 12) / padding.length);
    for (let i = 0; i < alerts; i += 1) {
      const alert = {
        alertId: `flood-${i}`,
        ruleId: 'structuring',
        ruleVersion: 1,
        level: 'review' as const,
        accountId: 'ACC-FLOOD',
        summary: padding,
        features: {},
        eventIds: [],
        timeMs: Date.now(),
      };
      await redis.xadd(stream, '*', 'alert', encodeAlert(alert));
    }
    for (let i = 0; i < 400 && received < alerts; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(received).toBe(alerts);
    socket.resume();
    expect(await closed).toBe(4000 + (1022 % 1000));
    const metrics = await (await fetch(`${service.httpUrl}/metrics`)).text();
    expect(metrics).toMatch(/gateway_slow_consumers_closed_total [1-9]/);
    healthy.close();
  });
});
