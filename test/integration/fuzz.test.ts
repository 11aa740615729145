/**
 * Throws random, truncated, oversized and wrongly-typed frames and HTTP bodies at a running
 * gateway. Each is answered with a Reject or a close, the server stays up, and a bystander
 * client's orders keep working throughout. Seeded: the seed is printed on failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LendingClient, lending } from '../../src/client/index.js';
import { issueToken } from '../../src/gateway/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';
import { seededRandom } from '../../load-tests/workload.js';

const v1 = lending.v1;
const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1_000_000);
let service: RunningService;

function lenderToken(userId: string): string {
  return issueToken(service.authSecret, {
    userId,
    roles: ['lender'],
    expiresAtMs: Date.now() + 120_000,
  });
}

function randomBytes(random: () => number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

const validFrame = Buffer.from(
  v1.ClientFrame.encode({
    messages: [
      {
        requestId: 9,
        placeLendOrder: { clientOrderId: 'f', marketId: '36M:A', amountFen: 5, minRateBps: 900 },
      },
    ],
  }).finish(),
);

/** A mutation of a valid frame: random bytes, truncation, bit flips, or field type swaps. */
function hostileFrame(random: () => number): Buffer {
  const pick = Math.floor(random() * 5);
  if (pick === 0) return randomBytes(random, 1 + Math.floor(random() * 200));
  if (pick === 1) return validFrame.subarray(0, Math.floor(random() * validFrame.length));
  if (pick === 2) {
    const copy = Buffer.from(validFrame);
    const index = Math.floor(random() * copy.length);
    copy[index] = (copy[index] ?? 0) ^ (1 << Math.floor(random() * 8));
    return copy;
  }
  if (pick === 3) {
    // Change one tag's wire type: the strict check must refuse it.
    const copy = Buffer.from(validFrame);
    const index = Math.floor(random() * copy.length);
    copy[index] = ((copy[index] ?? 0) & 0xf8) | Math.floor(random() * 8);
    return copy;
  }
  return Buffer.concat([validFrame, randomBytes(random, Math.floor(random() * 50))]);
}

beforeAll(async () => {
  service = await startServiceProcess('fuzz');
  const admin = await LendingClient.connect(service.wsUrl);
  await admin.authenticate(
    issueToken(service.authSecret, {
      userId: 'A',
      roles: ['admin'],
      expiresAtMs: Date.now() + 60_000,
    }),
  );
  await admin.request({
    deposit: { transferId: 'fz', userId: 'BYSTANDER', amountFen: 10_000_000 },
  });
  await admin.close();
}, 90_000);

afterAll(async () => {
  expect(await service?.stop()).toBe(0);
});

describe(`gateway fuzz (FUZZ_SEED=${seed})`, () => {
  it('answers hostile frames with a reject or a close; a bystander trades on', async () => {
    const random = seededRandom(seed);
    const bystander = await LendingClient.connect(service.wsUrl);
    await bystander.authenticate(lenderToken('BYSTANDER'));
    const attacker = await LendingClient.connect(service.wsUrl);
    await attacker.authenticate(lenderToken('ATTACKER'));
    let answered = 0;
    attacker.onPush((message) => {
      if (message.reject !== undefined && message.reject !== null) answered += 1;
    });
    for (let round = 0; round < 20; round += 1) {
      for (let i = 0; i < 25; i += 1) attacker.sendRaw(hostileFrame(random));
      const order = await bystander.request({
        placeLendOrder: {
          clientOrderId: `b${round}`,
          marketId: '36M:A',
          amountFen: 100,
          minRateBps: 900,
        },
      });
      expect(order.orderAccepted?.clientOrderId, `seed ${seed}`).toBe(`b${round}`);
    }
    const pong = await attacker.request({ ping: { clientTimeMs: 3 } });
    expect(pong.pong?.clientTimeMs, `seed ${seed}`).toBe(3);
    // Every hostile frame is answered: frame-level rejects arrive as pushes (request id 0), and
    // frames that happen to decode are answered by request id, so at least some pushes arrived.
    expect(answered, `seed ${seed}`).toBeGreaterThan(0);
    await attacker.close();
    await bystander.close();
  });

  it('closes a socket that sends a frame over the limit, and only that one', async () => {
    const bystander = await LendingClient.connect(service.wsUrl);
    await bystander.authenticate(lenderToken('BYSTANDER'));
    const socket = new WebSocket(service.wsUrl);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const rejects: Buffer[] = [];
    socket.on('message', (data: Buffer) => rejects.push(data));
    socket.send(Buffer.alloc(100_000, 1));
    expect(await closed).toBe(4007);
    const frame = v1.ServerFrame.decode(rejects[0] ?? Buffer.alloc(0));
    expect(frame.messages[0]?.reject?.codeName).toBe('FRAME_TOO_LARGE');
    // Far over every limit, uWS itself drops the connection (no close frame: 1006).
    const huge = new WebSocket(service.wsUrl);
    await new Promise((resolve) => huge.once('open', resolve));
    const hugeClosed = new Promise<number>((resolve) =>
      huge.once('close', (code) => resolve(code)),
    );
    huge.send(Buffer.alloc(1_000_000, 1));
    expect(await hugeClosed).toBe(1006);
    const pong = await bystander.request({ ping: { clientTimeMs: 4 } });
    expect(pong.pong?.clientTimeMs).toBe(4);
    await bystander.close();
  });

  it('answers hostile HTTP bodies with 4xx and stays up', async () => {
    const random = seededRandom(seed + 1);
    const token = lenderToken('HTTPFUZZ');
    for (let i = 0; i < 60; i += 1) {
      const body =
        random() < 0.5
          ? randomBytes(random, Math.floor(random() * 300))
          : JSON.stringify({
              clientOrderId: random() < 0.5 ? 'x' : 42,
              marketId: random() < 0.5 ? '36M:A' : null,
              amountFen: [1.5, -1, '7', 2 ** 60, null, {}][Math.floor(random() * 6)],
              minRateBps: [0, 900, 1e9, 'x'][Math.floor(random() * 4)],
            });
      const response = await fetch(`${service.httpUrl}/v1/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      expect(response.status, `seed ${seed} request ${i}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `seed ${seed} request ${i}`).toBeLessThan(500);
      await response.arrayBuffer();
    }
    expect((await fetch(`${service.httpUrl}/health`)).status).toBe(200);
  });
});
