/**
 * The gateway benchmark's lean client is not timed here (speed is reported by `npm run bench --
 * gateway`, never asserted). These tests keep it honest: its hand-built lend-order frames are
 * byte for byte what protobufjs (the schema's reference codec) encodes, its frame parser reads
 * protobufjs-encoded ServerFrames correctly however TCP splits them, and a one-second run
 * against an in-process echo server counts answers, so a broken benchmark fails CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lending } from '../../src/gen/proto/lending.js';
import { startEchoServer, type EchoServer } from '../../load-tests/echo-server.js';
import { benchTarget, defaultMarkets } from '../../load-tests/gateway.js';
import {
  OrderFrameTemplate,
  ServerFrameParser,
  orderRequestIdBase,
  type OrderFields,
  type OrderShape,
} from '../../load-tests/lean-client.js';

const v1 = lending.v1;

const shape: OrderShape = {
  orderIdPrefix: 'c007-',
  orderIdDigits: 12,
  markets: defaultMarkets,
  amountFen: 10_000,
  minRateBps: 1_000,
  perFrame: 1,
};

function orderId(number: number): string {
  return `c007-${String(number).padStart(12, '0')}`;
}

/** The frame the template writes, unwrapped: checks the WebSocket header, returns the payload. */
function payloadOf(template: OrderFrameTemplate, fields: (i: number) => OrderFields): Buffer {
  const out = Buffer.alloc(template.frame.length);
  expect(template.write(out, 0, fields)).toBe(out.length);
  const second = out[1] ?? 0;
  expect(out[0]).toBe(0x82); // final frame, binary
  expect(second & 0x80).toBe(0x80); // masked, as a client frame must be
  const extended = (second & 0x7f) === 126 ? 2 : 0;
  const length = extended === 0 ? second & 0x7f : out.readUInt16BE(2);
  const keyAt = 2 + extended;
  expect([...out.subarray(keyAt, keyAt + 4)]).toEqual([0, 0, 0, 0]); // zero key: bytes as-is
  expect(length).toBe(out.length - keyAt - 4);
  return out.subarray(keyAt + 4);
}

function reference(orders: OrderFields[], amountFen: number): Uint8Array {
  return v1.ClientFrame.encode({
    messages: orders.map((order) => ({
      requestId: order.requestId,
      placeLendOrder: {
        clientOrderId: orderId(order.orderNumber),
        marketId: defaultMarkets[order.marketIndex % defaultMarkets.length] ?? '',
        amountFen,
        minRateBps: order.rateBps,
      },
    })),
  }).finish();
}

describe('lean client: lend-order frames', () => {
  const cases: OrderFields[] = [
    { requestId: orderRequestIdBase, orderNumber: 0, marketIndex: 0, rateBps: 128 },
    { requestId: orderRequestIdBase + 1, orderNumber: 1, marketIndex: 20, rateBps: 1_199 },
    { requestId: 2 ** 28 - 1, orderNumber: 999_999_999_999, marketIndex: 7, rateBps: 16_383 },
    { requestId: 123_456_789, orderNumber: 4_200_042, marketIndex: 13, rateBps: 3_600 },
  ];

  it('encodes one order per frame exactly as protobufjs does', () => {
    for (const amountFen of [1, 10_000, 1_000_000_000_000]) {
      const template = new OrderFrameTemplate({ ...shape, amountFen });
      for (const order of cases) {
        const payload = payloadOf(template, () => order);
        expect([...payload]).toEqual([...reference([order], amountFen)]);
      }
    }
  });

  it('encodes several orders per frame exactly as protobufjs does', () => {
    const template = new OrderFrameTemplate({ ...shape, perFrame: cases.length });
    const payload = payloadOf(template, (i) => {
      const order = cases[i];
      if (order === undefined) throw new Error(`no case ${i}`);
      return order;
    });
    expect([...payload]).toEqual([...reference(cases, shape.amountFen)]);
    const decoded = v1.ClientFrame.decode(payload);
    expect(decoded.messages.map((m) => m.placeLendOrder?.clientOrderId)).toEqual(
      cases.map((order) => orderId(order.orderNumber)),
    );
  });

  it('refuses values that would not keep their fixed width', () => {
    const template = new OrderFrameTemplate(shape);
    const out = Buffer.alloc(template.frame.length);
    const base = cases[0] ?? { requestId: 0, orderNumber: 0, marketIndex: 0, rateBps: 0 };
    expect(() => template.write(out, 0, () => ({ ...base, requestId: 5 }))).toThrow();
    expect(() => template.write(out, 0, () => ({ ...base, rateBps: 100 }))).toThrow();
    expect(() => template.write(out, 0, () => ({ ...base, orderNumber: 10 ** 12 }))).toThrow();
  });
});

/** An unmasked server WebSocket frame (what uWS sends), with 7-, 16- or 64-bit length. */
function serverFrame(payload: Uint8Array, opcode = 0x2): Buffer {
  const n = payload.length;
  let header: Buffer;
  if (n < 126) header = Buffer.from([0x80 | opcode, n]);
  else if (n < 65_536) {
    header = Buffer.from([0x80 | opcode, 126, 0, 0]);
    header.writeUInt16BE(n, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([header, payload]);
}

type Seen = [requestId: number, field: number, code: number];

function parseChunks(chunks: Buffer[]): { seen: Seen[]; pings: number; closes: number[] } {
  const seen: Seen[] = [];
  const closes: number[] = [];
  let pings = 0;
  const parser = new ServerFrameParser({
    message: (requestId, field, code) => seen.push([requestId, field, code]),
    ping: () => (pings += 1),
    close: (code) => closes.push(code),
  });
  for (const chunk of chunks) parser.push(chunk);
  return { seen, pings, closes };
}

describe('lean client: server frame parser', () => {
  const accepted = (requestId: number, n: number): lending.v1.IServerMessage => ({
    requestId,
    orderAccepted: {
      clientOrderId: orderId(n),
      marketId: '36M:B',
      seq: 2 ** 40 + n,
      amountFen: 10_000,
      filledFen: 0,
      state: v1.OrderState.ORDER_STATE_RESTING,
    },
  });
  const small = v1.ServerFrame.encode({
    messages: [
      accepted(orderRequestIdBase + 1, 1),
      { requestId: orderRequestIdBase + 2, reject: { code: 3001, codeName: 'X', message: 'y' } },
      { bookUpdate: { marketId: '12M:A', seq: 5, lend: [{ rateBps: 900, amountFen: 1 }] } },
      { requestId: 1, authenticated: { userId: 'u', roles: ['lender'], expiresAtMs: 1e12 } },
    ],
  }).finish();
  const mediumMessages = Array.from({ length: 40 }, (_, i) => accepted(orderRequestIdBase + i, i));
  const medium = v1.ServerFrame.encode({ messages: mediumMessages }).finish();
  const largeMessages = Array.from({ length: 1_500 }, (_, i) => accepted(3_000_000 + i, i));
  const large = v1.ServerFrame.encode({ messages: largeMessages }).finish();
  const stream = Buffer.concat([
    serverFrame(small),
    serverFrame(Buffer.from('hi'), 0x9),
    serverFrame(medium),
    serverFrame(large),
    serverFrame(Buffer.from([0x03, 0xe8]), 0x8),
  ]);
  const expected: Seen[] = [
    [orderRequestIdBase + 1, 12, 0],
    [orderRequestIdBase + 2, 11, 3001],
    [0, 21, 0],
    [1, 10, 0],
    ...mediumMessages.map((m): Seen => [m.requestId ?? 0, 12, 0]),
    ...largeMessages.map((m): Seen => [m.requestId ?? 0, 12, 0]),
  ];

  it('reads every message of several frames (7-, 16- and 64-bit lengths) in one chunk', () => {
    expect(medium.length).toBeGreaterThan(125);
    expect(large.length).toBeGreaterThan(65_535);
    const result = parseChunks([stream]);
    expect(result.seen).toEqual(expected);
    expect(result.pings).toBe(1);
    expect(result.closes).toEqual([1000]);
  });

  it('reads the same messages when TCP splits the stream anywhere', () => {
    const head = stream.subarray(0, serverFrame(small).length + 4 + serverFrame(medium).length);
    for (let cut = 1; cut < head.length; cut += 1) {
      const result = parseChunks([head.subarray(0, cut), head.subarray(cut)]);
      expect(result.seen).toEqual(expected.slice(0, 4 + mediumMessages.length));
    }
    for (const size of [1, 3, 7, 100, 1_460, 16_384]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < stream.length; at += size) chunks.push(stream.subarray(at, at + size));
      expect(parseChunks(chunks).seen).toEqual(expected);
    }
  });
});

describe('lean client: a short run against a bare uWS echo server', () => {
  let echo: EchoServer;
  beforeAll(async () => {
    echo = await startEchoServer();
  });
  afterAll(() => echo.close());

  it('counts answers and latencies at full and half load', async () => {
    const result = await benchTarget({
      url: echo.url,
      kind: 'echo',
      connections: 2,
      seconds: 1,
      window: 32,
      runs: 1,
      perFrame: 2,
    });
    expect(result.perSec).toBeGreaterThan(0);
    expect(result.acked).toBeGreaterThan(0);
    expect(result.sent).toBeGreaterThanOrEqual(result.acked);
    expect(result.rejected).toBe(0);
    expect(result.unmatched).toBe(0);
    expect(result.lost).toBe(0);
    expect(result.pacedPerSec).toBeGreaterThan(0);
    expect(result.p99Ms).toBeGreaterThan(0);
    expect(result.p99MsAtHalfLoad).toBeGreaterThan(0);
  });
});
