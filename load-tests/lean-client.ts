/**
 * A lean WebSocket load client for the gateway benchmark.
 *
 * Goal: drive the gateway (and a bare uWS echo server, for comparison) hard enough that the
 * client is not what limits the measurement. The SDK (src/client, on the `ws` package) tops out
 * near 0.15 M messages/s here, far below what uWS can answer, so it is kept for correctness only.
 *
 * Method: raw `node:net` sockets; the WebSocket handshake by hand; client frames built straight
 * into Buffers from a template (a fixed zero masking key leaves the payload bytes unchanged, and is
 * valid: RFC 6455 only asks that client frames be masked); per order only the request id, the
 * order id's digits, the market id and the rate are patched in place, all at fixed widths so the
 * bytes stay canonical protobuf (the test checks them against protobufjs byte for byte).
 * Each connection keeps a bounded window of requests outstanding and refills it in one write per
 * batch of answers. Server frames are parsed leanly: WebSocket framing, then a walk over the
 * ServerFrame's ServerMessage entries reading only request_id and which body field is set (and
 * a Reject's code), enough to time each answer in an HDR histogram and count rejects.
 */
import { createHash, randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import hdr from 'hdr-histogram-js';

const wsGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** Request ids in [2^21, 2^28) are always a 4-byte varint, so they can be patched in place. */
export const orderRequestIdBase = 2 ** 21;
const orderRequestIdSpan = 2 ** 28 - 2 ** 21;
/** Answers are matched to send times through a ring; the span is a multiple of its size. */
const ringSize = 65_536;
const ringMask = ringSize - 1;

/** ServerMessage body field numbers (proto/lending/v1/lending.proto). */
export const serverField = { authenticated: 10, reject: 11, orderAccepted: 12 } as const;
/** ClientMessage.place_lend_order: what an echo server sends back in the same position. */
const placeLendOrderField = 11;

// ---- WebSocket framing ---------------------------------------------------------------------

/** Header of one final, masked, binary client frame; the masking key is four zero bytes. */
export function clientFrameHeader(payloadLength: number, opcode = 0x2): Buffer {
  if (payloadLength < 126) return Buffer.from([0x80 | opcode, 0x80 | payloadLength, 0, 0, 0, 0]);
  if (payloadLength < 65_536) {
    const header = Buffer.from([0x80 | opcode, 0x80 | 126, 0, 0, 0, 0, 0, 0]);
    header.writeUInt16BE(payloadLength, 2);
    return header;
  }
  const header = Buffer.alloc(14);
  header[0] = 0x80 | opcode;
  header[1] = 0x80 | 127;
  header.writeBigUInt64BE(BigInt(payloadLength), 2);
  return header;
}

/** A complete client frame around `payload` (zero mask: the payload bytes go out as they are). */
export function clientFrame(payload: Uint8Array, opcode = 0x2): Buffer {
  return Buffer.concat([clientFrameHeader(payload.length, opcode), payload]);
}

/** Opens a TCP connection and performs the WebSocket upgrade; bounded by `timeoutMs`. */
export function openWebSocket(
  url: string,
  timeoutMs = 10_000,
): Promise<{ socket: Socket; leftover: Buffer }> {
  const { hostname, port, pathname } = new URL(url);
  const key = randomBytes(16).toString('base64');
  const expected = createHash('sha1')
    .update(key + wsGuid)
    .digest('base64');
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.setNoDelay(true);
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => fail(new Error(`handshake with ${url} timed out`)), timeoutMs);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    socket.once('error', fail);
    socket.once('connect', () => {
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    const onData = (chunk: Buffer): void => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) {
        if (received.length > 16_384) fail(new Error('handshake answer too long'));
        return;
      }
      const head = received.subarray(0, end).toString('latin1');
      if (!/^HTTP\/1\.1 101 /.test(head) || !head.includes(expected)) {
        fail(new Error(`WebSocket upgrade refused: ${head.split('\r\n')[0] ?? ''}`));
        return;
      }
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('error', fail);
      resolve({ socket, leftover: received.subarray(end + 4) });
    };
    socket.on('data', onData);
  });
}

// ---- protobuf: the hand-encoded lend order --------------------------------------------------

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

export interface OrderShape {
  /** Fixed prefix of every client order id on this connection; digits follow it. */
  orderIdPrefix: string;
  /** Digits after the prefix (the order counter, zero-padded). */
  orderIdDigits: number;
  /** Market ids to spread orders over; all the same length, so they patch in place. */
  markets: readonly string[];
  amountFen: number;
  /** Rates are patched as 2-byte varints, so they must lie in [128, 16384). */
  minRateBps: number;
  /** Lend orders per ClientFrame (1: one order per frame). */
  perFrame: number;
}

/** One order's varying fields: what `OrderFrameTemplate.write` patches in. */
export interface OrderFields {
  requestId: number;
  orderNumber: number;
  marketIndex: number;
  rateBps: number;
}

/**
 * A client WebSocket frame holding `perFrame` PlaceLendOrder messages, laid out once; writing
 * a frame copies the template and patches the varying bytes at known offsets.
 */
export class OrderFrameTemplate {
  readonly frame: Buffer;
  readonly #shape: OrderShape;
  /** Per message: offsets of request id, first order-id digit, market id, rate. */
  readonly #offsets: Array<{ requestId: number; digits: number; market: number; rate: number }>;
  readonly #marketBytes: Buffer[];

  constructor(shape: OrderShape) {
    const marketLength = shape.markets[0]?.length ?? 0;
    if (marketLength === 0 || shape.markets.some((m) => m.length !== marketLength)) {
      throw new Error('markets must be non-empty ids of one length');
    }
    this.#shape = shape;
    this.#marketBytes = shape.markets.map((market) => Buffer.from(market, 'latin1'));
    const idLength = shape.orderIdPrefix.length + shape.orderIdDigits;
    if (idLength > 64) throw new Error('client order ids are at most 64 characters');
    const placeTail = [0x18, ...varint(shape.amountFen), 0x20, 0x80, 0x01];
    const placeLength = 2 + idLength + 2 + marketLength + placeTail.length;
    const messageLength = 5 + 2 + placeLength;
    if (messageLength >= 128) throw new Error('an order message must stay under 128 bytes');
    const payloadLength = (2 + messageLength) * shape.perFrame;
    const header = clientFrameHeader(payloadLength);
    this.frame = Buffer.alloc(header.length + payloadLength);
    header.copy(this.frame, 0);
    this.#offsets = [];
    let at = header.length;
    for (let i = 0; i < shape.perFrame; i += 1) {
      const start = at;
      const bytes = [0x0a, messageLength, 0x08, 0x80, 0x80, 0x80, 0x01];
      bytes.push((placeLendOrderField << 3) | 2, placeLength, 0x0a, idLength);
      bytes.push(...Buffer.from(shape.orderIdPrefix + '0'.repeat(shape.orderIdDigits), 'latin1'));
      bytes.push(0x12, marketLength, ...(this.#marketBytes[0] ?? []), ...placeTail);
      this.frame.set(bytes, at);
      at += bytes.length;
      const digits = start + 11 + shape.orderIdPrefix.length;
      const market = start + 11 + idLength + 2;
      this.#offsets.push({ requestId: start + 3, digits, market, rate: at - 2 });
    }
  }

  get messagesPerFrame(): number {
    return this.#shape.perFrame;
  }

  /** Writes one frame at `target[at]` with `fields(i)` for message i; returns the next offset. */
  write(target: Buffer, at: number, fields: (index: number) => OrderFields): number {
    this.frame.copy(target, at);
    for (let i = 0; i < this.#offsets.length; i += 1) {
      const offset = this.#offsets[i];
      if (offset === undefined) continue;
      const order = fields(i);
      patchRequestId(target, at + offset.requestId, order.requestId);
      patchDigits(target, at + offset.digits, this.#shape.orderIdDigits, order.orderNumber);
      const market = this.#marketBytes[order.marketIndex % this.#marketBytes.length];
      market?.copy(target, at + offset.market);
      patchRate(target, at + offset.rate, order.rateBps);
    }
    return at + this.frame.length;
  }
}

function patchRequestId(target: Buffer, at: number, id: number): void {
  if (id < orderRequestIdBase || id >= 2 ** 28) throw new Error(`request id ${id} not 4 bytes`);
  target[at] = (id & 0x7f) | 0x80;
  target[at + 1] = ((id >>> 7) & 0x7f) | 0x80;
  target[at + 2] = ((id >>> 14) & 0x7f) | 0x80;
  target[at + 3] = id >>> 21;
}

function patchDigits(target: Buffer, at: number, width: number, value: number): void {
  let rest = value;
  for (let i = width - 1; i >= 0; i -= 1) {
    target[at + i] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  if (rest !== 0) throw new Error(`order number ${value} does not fit ${width} digits`);
}

function patchRate(target: Buffer, at: number, rate: number): void {
  if (rate < 128 || rate >= 16_384) throw new Error(`rate ${rate} is not a 2-byte varint`);
  target[at] = (rate & 0x7f) | 0x80;
  target[at + 1] = rate >>> 7;
}

// ---- server frames --------------------------------------------------------------------------

/** What the parser reports for each ServerMessage, and for control frames. */
export interface ServerFrameSink {
  /** bodyField: the ServerMessage body field number set (0: none); rejectCode: Reject.code. */
  message(requestId: number, bodyField: number, rejectCode: number): void;
  ping(payload: Buffer): void;
  close(code: number): void;
}

/**
 * Incremental parser of server WebSocket frames carrying ServerFrames. Chunks may split frames
 * anywhere; only a split frame's bytes are copied. Server frames are never masked, and uWS does
 * not fragment messages, so a fragmented or masked frame is a protocol error here.
 */
export class ServerFrameParser {
  readonly #sink: ServerFrameSink;
  readonly #rejectField: number;
  #pending: Buffer | undefined;

  /** `rejectField`: the body field whose field 1 is read as a reject code (-1: none). */
  constructor(sink: ServerFrameSink, rejectField: number = serverField.reject) {
    this.#sink = sink;
    this.#rejectField = rejectField;
  }

  push(chunk: Buffer): void {
    const buffer = this.#pending === undefined ? chunk : Buffer.concat([this.#pending, chunk]);
    this.#pending = undefined;
    let at = 0;
    while (at < buffer.length) {
      const next = this.#frame(buffer, at);
      if (next < 0) {
        this.#pending = buffer.subarray(at);
        return;
      }
      at = next;
    }
  }

  /** Parses the frame at `at`; returns the offset after it, or -1 when it is incomplete. */
  #frame(buffer: Buffer, at: number): number {
    if (buffer.length - at < 2) return -1;
    const first = buffer[at] ?? 0;
    const second = buffer[at + 1] ?? 0;
    if ((first & 0x80) === 0 || (second & 0x80) !== 0) {
      throw new Error('fragmented or masked server frames are not expected');
    }
    let length = second & 0x7f;
    let start = at + 2;
    if (length === 126) {
      if (buffer.length - at < 4) return -1;
      length = buffer.readUInt16BE(at + 2);
      start = at + 4;
    } else if (length === 127) {
      if (buffer.length - at < 10) return -1;
      length = Number(buffer.readBigUInt64BE(at + 2));
      start = at + 10;
    }
    const end = start + length;
    if (end > buffer.length) return -1;
    const opcode = first & 0x0f;
    if (opcode === 0x2) walkServerFrame(buffer, start, end, this.#sink, this.#rejectField);
    else if (opcode === 0x9) this.#sink.ping(Buffer.from(buffer.subarray(start, end)));
    else if (opcode === 0x8) this.#sink.close(length >= 2 ? buffer.readUInt16BE(start) : 1005);
    else if (opcode !== 0xa) throw new Error(`unexpected server frame opcode ${opcode}`);
    return end;
  }
}

/** Reads a varint at `state.at`; numbers beyond 2^53 lose precision, which no caller needs. */
function readVarint(buffer: Buffer, state: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i += 1) {
    const byte = buffer[state.at] ?? 0;
    state.at += 1;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
  }
  throw new Error('varint longer than 10 bytes');
}

function skipField(buffer: Buffer, wireType: number, state: { at: number }): void {
  if (wireType === 0) readVarint(buffer, state);
  else if (wireType === 2) state.at += readVarint(buffer, state);
  else if (wireType === 1) state.at += 8;
  else if (wireType === 5) state.at += 4;
  else throw new Error(`unsupported wire type ${wireType}`);
}

/** Walks `ServerFrame.messages` in buffer[start, end) and reports each message to the sink. */
export function walkServerFrame(
  buffer: Buffer,
  start: number,
  end: number,
  sink: ServerFrameSink,
  rejectField: number = serverField.reject,
): void {
  const state = { at: start };
  while (state.at < end) {
    const tag = readVarint(buffer, state);
    if (tag !== 0x0a) {
      skipField(buffer, tag & 7, state);
      continue;
    }
    const length = readVarint(buffer, state);
    const messageEnd = state.at + length;
    if (messageEnd > end) throw new Error('ServerMessage overruns its frame');
    let requestId = 0;
    let bodyField = 0;
    let rejectCode = 0;
    while (state.at < messageEnd) {
      const fieldTag = readVarint(buffer, state);
      const field = fieldTag >>> 3;
      if (fieldTag === 0x08) {
        requestId = readVarint(buffer, state);
      } else if (field >= 10 && (fieldTag & 7) === 2) {
        bodyField = field;
        const bodyLength = readVarint(buffer, state);
        if (field === rejectField) rejectCode = rejectCodeOf(buffer, state.at, bodyLength);
        state.at += bodyLength;
      } else {
        skipField(buffer, fieldTag & 7, state);
      }
    }
    sink.message(requestId, bodyField, rejectCode);
  }
}

function rejectCodeOf(buffer: Buffer, start: number, length: number): number {
  const state = { at: start };
  while (state.at < start + length) {
    const tag = readVarint(buffer, state);
    if (tag === 0x08) return readVarint(buffer, state);
    skipField(buffer, tag & 7, state);
  }
  return 0;
}

// ---- one pipelined connection ---------------------------------------------------------------

export type TargetKind = 'gateway' | 'echo';

/** Counters of one measurement phase, summed over connections by the phase runner. */
export interface PhaseCounters {
  sent: number;
  acked: number;
  rejected: number;
  /** Answers whose request id was not outstanding (never expected: a bug or a lost request). */
  unmatched: number;
  rejectCodes: Map<number, number>;
}

export function emptyCounters(): PhaseCounters {
  return { sent: 0, acked: 0, rejected: 0, unmatched: 0, rejectCodes: new Map() };
}

export interface LoadConnectionOptions {
  url: string;
  kind: TargetKind;
  /** Requests outstanding at most (sent, not yet answered). */
  window: number;
  shape: OrderShape;
  /** Index of this connection: spreads its orders over markets starting at its own offset. */
  index: number;
}

/**
 * One WebSocket connection that sends lend orders with at most `window` outstanding and times
 * each answer. Setup requests (authenticate) use small request ids; orders use 4-byte ids.
 */
export class LoadConnection {
  readonly #socket: Socket;
  readonly #options: LoadConnectionOptions;
  readonly #template: OrderFrameTemplate;
  readonly #sentAt = new Float64Array(ringSize);
  readonly #open = new Uint8Array(ringSize);
  readonly #setupWaiters = new Map<number, (field: number, code: number) => void>();
  #seq = 0;
  #orderNumber = 0;
  #outstanding = 0;
  /** Orders this connection may have sent in the current phase (Infinity: as fast as acked). */
  #allowed = 0;
  #sentInPhase = 0;
  #sending = false;
  #counters = emptyCounters();
  #histogram: hdr.Histogram | undefined;
  #closed = false;
  #closeReason = '';

  private constructor(socket: Socket, leftover: Buffer, options: LoadConnectionOptions) {
    this.#socket = socket;
    this.#options = options;
    this.#template = new OrderFrameTemplate(options.shape);
    const ackField = options.kind === 'echo' ? placeLendOrderField : serverField.orderAccepted;
    const rejectField = options.kind === 'echo' ? -1 : serverField.reject;
    const parser = new ServerFrameParser(
      {
        message: (requestId, field, code) =>
          this.#onMessage(requestId, field, code, ackField, rejectField),
        ping: (payload) => socket.write(clientFrame(payload, 0xa)),
        close: (code) => this.#markClosed(`server closed with ${code}`),
      },
      rejectField,
    );
    socket.on('data', (chunk: Buffer) => {
      parser.push(chunk);
      this.pump();
    });
    socket.on('error', (error) => this.#markClosed(error.message));
    socket.on('close', () => this.#markClosed('socket closed'));
    if (leftover.length > 0) parser.push(leftover);
  }

  static async open(options: LoadConnectionOptions): Promise<LoadConnection> {
    const { socket, leftover } = await openWebSocket(options.url);
    return new LoadConnection(socket, leftover, options);
  }

  get outstanding(): number {
    return this.#outstanding;
  }

  get closedReason(): string {
    return this.#closed ? this.#closeReason : '';
  }

  /** Sends a setup frame (protobufjs-encoded by the caller) and waits for its answer. */
  request(requestId: number, payload: Uint8Array, timeoutMs = 10_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#setupWaiters.delete(requestId);
        reject(new Error(`setup request ${requestId} timed out`));
      }, timeoutMs);
      this.#setupWaiters.set(requestId, (field, code) => {
        clearTimeout(timer);
        if (code !== 0) reject(new Error(`setup request ${requestId} rejected with ${code}`));
        else resolve(field);
      });
      this.#socket.write(clientFrame(payload));
    });
  }

  /** Starts a phase: fresh counters, answers timed into `histogram`, `allowed` orders so far. */
  beginPhase(histogram: hdr.Histogram | undefined, allowed: number): void {
    this.#counters = emptyCounters();
    this.#histogram = histogram;
    this.#sentInPhase = 0;
    this.#sending = true;
    this.allow(allowed);
  }

  /** Raises the number of orders this phase may have sent, and sends what the window allows. */
  allow(allowed: number): void {
    this.#allowed = allowed;
    this.pump();
  }

  /** Stops sending; answers still arriving are counted until the next phase starts. */
  endPhase(): PhaseCounters {
    this.#sending = false;
    return this.#counters;
  }

  /** Sends as many orders as the window and the phase allow, in one write. */
  pump(): void {
    if (!this.#sending || this.#closed) return;
    const byWindow = this.#options.window - this.#outstanding;
    const byPace = this.#allowed - this.#sentInPhase;
    const perFrame = this.#template.messagesPerFrame;
    const frames = Math.floor(Math.min(byWindow, byPace) / perFrame);
    if (frames <= 0) return;
    const out = Buffer.allocUnsafe(frames * this.#template.frame.length);
    const now = performance.now();
    const markets = this.#options.shape.markets.length;
    const fields: OrderFields = { requestId: 0, orderNumber: 0, marketIndex: 0, rateBps: 0 };
    const next = (): OrderFields => {
      const seq = this.#seq;
      this.#seq = (seq + 1) % orderRequestIdSpan;
      const slot = seq & ringMask;
      if (this.#open[slot] === 1) this.#counters.unmatched += 1;
      this.#open[slot] = 1;
      this.#sentAt[slot] = now;
      const number = this.#orderNumber++;
      fields.requestId = orderRequestIdBase + seq;
      fields.orderNumber = number;
      fields.marketIndex = (this.#options.index + number) % markets;
      // Rates spread over 200 levels per market, well inside 1..3600 bps.
      fields.rateBps = this.#options.shape.minRateBps + (number % 200);
      return fields;
    };
    let at = 0;
    for (let frame = 0; frame < frames; frame += 1) at = this.#template.write(out, at, next);
    const count = frames * perFrame;
    this.#outstanding += count;
    this.#sentInPhase += count;
    this.#counters.sent += count;
    this.#socket.write(out);
  }

  #onMessage(
    requestId: number,
    field: number,
    code: number,
    ackField: number,
    rejectField: number,
  ): void {
    if (requestId < orderRequestIdBase) {
      const waiter = this.#setupWaiters.get(requestId);
      this.#setupWaiters.delete(requestId);
      if (waiter !== undefined) waiter(field, code);
      else if (field === serverField.reject) this.#countReject(code);
      return;
    }
    const slot = (requestId - orderRequestIdBase) & ringMask;
    if (this.#open[slot] !== 1) {
      this.#counters.unmatched += 1;
      return;
    }
    this.#open[slot] = 0;
    this.#outstanding -= 1;
    if (field === ackField) {
      this.#counters.acked += 1;
      const micros = (performance.now() - (this.#sentAt[slot] ?? 0)) * 1000;
      this.#histogram?.recordValue(Math.max(1, Math.round(micros)));
    } else if (field === rejectField) {
      this.#countReject(code);
    } else {
      this.#counters.unmatched += 1;
    }
  }

  #countReject(code: number): void {
    this.#counters.rejected += 1;
    this.#counters.rejectCodes.set(code, (this.#counters.rejectCodes.get(code) ?? 0) + 1);
  }

  #markClosed(reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#closeReason = reason;
    for (const waiter of this.#setupWaiters.values()) waiter(0, -1);
    this.#setupWaiters.clear();
  }

  /** Sends a close frame and ends the socket; destroys it if the server does not answer. */
  async close(timeoutMs = 2_000): Promise<void> {
    if (this.#closed) {
      this.#socket.destroy();
      return;
    }
    this.#sending = false;
    const code = Buffer.alloc(2);
    code.writeUInt16BE(1000, 0);
    this.#socket.write(clientFrame(code, 0x8));
    this.#socket.end();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.#socket.destroy();
        resolve();
      }, timeoutMs);
      this.#socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

// ---- one measurement phase over many connections --------------------------------------------

export interface PhaseOptions {
  seconds: number;
  /** Orders per second over all connections; undefined: as fast as the window allows. */
  ratePerSec?: number;
  /** Answers are timed into this histogram (microseconds); undefined: not timed (warm-up). */
  histogram?: hdr.Histogram;
  /** Longest wait for outstanding answers after the phase (they are not counted as acked). */
  drainMs?: number;
}

export interface PhaseResult extends PhaseCounters {
  /** `acked` counts answers within the phase; those that came in the drain are not in it. */
  seconds: number;
  ackedPerSec: number;
  /** CPU this client process used during the phase, in % of one core. */
  clientCpuPct: number;
  /** Orders still unanswered when the drain timed out. */
  lost: number;
}

/** Microsecond latency histogram: 1 µs .. 120 s at 3 significant digits. */
export function latencyHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

const pacerTickMs = 1;

/**
 * Runs one phase: every connection sends (at most `window` outstanding; paced when
 * `ratePerSec` is given) for `seconds`; throughput counts answers received within the phase;
 * then it waits, bounded, for the outstanding answers so the next phase starts clean.
 */
export async function runPhase(
  connections: readonly LoadConnection[],
  options: PhaseOptions,
): Promise<PhaseResult> {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const perConnection =
    options.ratePerSec === undefined ? undefined : options.ratePerSec / connections.length;
  for (const connection of connections) {
    connection.beginPhase(options.histogram, perConnection === undefined ? Infinity : 0);
  }
  const pacer =
    perConnection === undefined
      ? undefined
      : setInterval(() => {
          const allowed = Math.floor(((performance.now() - started) / 1000) * perConnection);
          for (const connection of connections) connection.allow(allowed);
        }, pacerTickMs);
  await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
  if (pacer !== undefined) clearInterval(pacer);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // The counters stay live through the drain, so late rejects are still counted.
  const live = connections.map((connection) => connection.endPhase());
  const acked = live.reduce((sum, counters) => sum + counters.acked, 0);
  const lost = await drain(connections, options.drainMs ?? 5_000);
  const total = emptyCounters();
  for (const counters of live) addCounters(total, counters);
  return {
    ...total,
    acked,
    seconds: elapsed,
    ackedPerSec: acked / elapsed,
    clientCpuPct: ((cpu.user + cpu.system) / 1e6 / elapsed) * 100,
    lost,
  };
}

function addCounters(total: PhaseCounters, counters: PhaseCounters): void {
  total.sent += counters.sent;
  total.acked += counters.acked;
  total.rejected += counters.rejected;
  total.unmatched += counters.unmatched;
  for (const [code, count] of counters.rejectCodes) {
    total.rejectCodes.set(code, (total.rejectCodes.get(code) ?? 0) + count);
  }
}

/** Waits (polling, bounded by `timeoutMs`) until no order is outstanding; returns what is left. */
async function drain(connections: readonly LoadConnection[], timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  const left = (): number => connections.reduce((sum, c) => sum + c.outstanding, 0);
  while (left() > 0 && performance.now() < deadline) {
    if (connections.some((c) => c.closedReason !== '')) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return left();
}
