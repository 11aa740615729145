/**
 * The transport-agnostic heart of the SDK: connect, authenticate, send commands (each answered
 * by request id, several may share one frame), and receive pushes. It speaks only the standard
 * WebSocket interface (binaryType, onopen/onmessage/onclose/onerror, send, close), so the same
 * code runs in a browser (its native WebSocket) and in Node (the `ws` package, which
 * `./index.ts` injects). Nothing here imports a Node module: the dashboard bundles this file.
 */
import { lending } from '../gen/proto/lending.js';

const v1 = lending.v1;
export { lending };
export type ServerMessage = lending.v1.IServerMessage;
export type ClientBody = Omit<lending.v1.IClientMessage, 'requestId'>;

/** The part of the standard WebSocket this client uses. */
export interface SocketLike {
  binaryType: string;
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
}

/** Opens a socket: `(url) => new WebSocket(url)` in a browser, `ws` with options in Node. */
export type SocketFactory = (url: string, options: { ca?: string | Uint8Array }) => SocketLike;

export interface ConnectOptions {
  /** Milliseconds to wait for an answer before a request fails. */
  requestTimeoutMs?: number;
  /** How to open the socket; default: the one set by setDefaultSocketFactory. */
  socket?: SocketFactory;
  /** Pushes kept for waitForPush while nobody reads them (the oldest are dropped). */
  pushBufferMax?: number;
  /** Node only: extra trusted CA certificates for wss:// (a private or self-signed one). */
  ca?: string | Uint8Array;
}

let defaultFactory: SocketFactory | undefined;

/** Node's entry point (`./index.ts`) sets `ws` here; a browser gets its global WebSocket. */
export function setDefaultSocketFactory(factory: SocketFactory): void {
  defaultFactory = factory;
}

function resolveFactory(options: ConnectOptions): SocketFactory {
  if (options.socket !== undefined) return options.socket;
  if (defaultFactory !== undefined) return defaultFactory;
  const native = (globalThis as { WebSocket?: new (url: string) => SocketLike }).WebSocket;
  if (native === undefined) throw new Error('no WebSocket available: pass options.socket');
  return (url) => new native(url);
}

type Timer = ReturnType<typeof setTimeout>;

interface Waiter {
  resolve: (message: ServerMessage) => void;
  reject: (error: Error) => void;
  timer: Timer;
}

interface PushWaiter {
  predicate: (message: ServerMessage) => boolean;
  resolve: (message: ServerMessage) => void;
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error('a text frame arrived; the protocol is binary protobuf');
}

export class LendingClient {
  readonly #socket: SocketLike;
  readonly #timeoutMs: number;
  readonly #pushBufferMax: number;
  readonly #waiters = new Map<number, Waiter>();
  readonly #pushes: ServerMessage[] = [];
  readonly #pushWaiters = new Set<PushWaiter>();
  readonly #listeners = new Set<(message: ServerMessage) => void>();
  #nextRequestId = 1;
  #closed: Promise<{ code: number; reason: string }>;

  private constructor(socket: SocketLike, options: ConnectOptions) {
    this.#socket = socket;
    this.#timeoutMs = options.requestTimeoutMs ?? 10_000;
    this.#pushBufferMax = options.pushBufferMax ?? 10_000;
    socket.onmessage = (event) => this.#onFrame(toBytes(event.data));
    this.#closed = new Promise((resolve) => {
      socket.onclose = (event) => {
        for (const waiter of this.#waiters.values()) {
          clearTimeout(waiter.timer);
          waiter.reject(new Error(`connection closed (${event.code})`));
        }
        this.#waiters.clear();
        resolve({ code: event.code, reason: event.reason });
      };
    });
  }

  static connect(url: string, options: ConnectOptions = {}): Promise<LendingClient> {
    return new Promise((resolve, reject) => {
      const socket = resolveFactory(options)(
        url,
        options.ca === undefined ? {} : { ca: options.ca },
      );
      socket.binaryType = 'arraybuffer';
      socket.onopen = () => {
        socket.onerror = null;
        resolve(new LendingClient(socket, options));
      };
      socket.onerror = (event) => {
        const message = (event as { message?: unknown }).message;
        reject(
          new Error(`cannot connect to ${url}${typeof message === 'string' ? `: ${message}` : ''}`),
        );
      };
    });
  }

  /** Sends one command and resolves with its answer (a success body or a `reject`). */
  request(body: ClientBody): Promise<ServerMessage> {
    const [answer] = this.requestMany([body]);
    return answer as Promise<ServerMessage>;
  }

  /** Sends several commands in one frame; each promise resolves with that command's answer. */
  requestMany(bodies: ClientBody[]): Promise<ServerMessage>[] {
    const messages: lending.v1.IClientMessage[] = [];
    const answers = bodies.map((body) => {
      const requestId = this.#nextRequestId++;
      messages.push({ ...body, requestId });
      return new Promise<ServerMessage>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.#waiters.delete(requestId);
          reject(new Error(`request ${requestId} timed out`));
        }, this.#timeoutMs);
        this.#waiters.set(requestId, { resolve, reject, timer });
      });
    });
    this.#socket.send(v1.ClientFrame.encode({ messages }).finish());
    return answers;
  }

  authenticate(token: string, deviceId = ''): Promise<ServerMessage> {
    return this.request({ authenticate: { token, deviceId } });
  }

  /** Sends raw bytes (tests of malformed input). */
  sendRaw(bytes: Uint8Array | string): void {
    this.#socket.send(bytes);
  }

  /** Resolves with the first push (already received or future) that matches. */
  waitForPush(
    predicate: (message: ServerMessage) => boolean,
    timeoutMs = 10_000,
  ): Promise<ServerMessage> {
    const index = this.#pushes.findIndex(predicate);
    if (index >= 0) {
      const [found] = this.#pushes.splice(index, 1);
      return Promise.resolve(found as ServerMessage);
    }
    return new Promise((resolve, reject) => {
      const waiter: PushWaiter = { predicate, resolve: () => undefined };
      const timer = setTimeout(() => {
        this.#pushWaiters.delete(waiter);
        reject(new Error('no matching push arrived in time'));
      }, timeoutMs);
      waiter.resolve = (message) => {
        clearTimeout(timer);
        resolve(message);
      };
      this.#pushWaiters.add(waiter);
    });
  }

  onPush(listener: (message: ServerMessage) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Answers with request id 0 that are not pushes: frame-level rejects. */
  takeFrameRejects(): ServerMessage[] {
    const rejects = this.#pushes.filter(
      (message) => message.reject !== undefined && message.reject !== null,
    );
    for (const reject of rejects) this.#pushes.splice(this.#pushes.indexOf(reject), 1);
    return rejects;
  }

  closed(): Promise<{ code: number; reason: string }> {
    return this.#closed;
  }

  async close(): Promise<void> {
    this.#socket.close();
    await this.#closed;
  }

  #onFrame(data: Uint8Array): void {
    const frame = v1.ServerFrame.decode(data);
    for (const message of frame.messages) {
      const requestId = message.requestId ?? 0;
      const waiter = requestId === 0 ? undefined : this.#waiters.get(requestId);
      if (waiter !== undefined) {
        this.#waiters.delete(requestId);
        clearTimeout(waiter.timer);
        waiter.resolve(message);
        continue;
      }
      this.#deliverPush(message);
    }
  }

  #deliverPush(message: ServerMessage): void {
    for (const listener of this.#listeners) listener(message);
    for (const waiter of this.#pushWaiters) {
      if (waiter.predicate(message)) {
        this.#pushWaiters.delete(waiter);
        waiter.resolve(message);
        return;
      }
    }
    this.#pushes.push(message);
    // Bounded: a client that never reads pushes keeps only the latest ones.
    if (this.#pushes.length > this.#pushBufferMax) this.#pushes.shift();
  }
}
