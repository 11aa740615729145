/**
 * A TypeScript client for lender programs, dashboards and tests: connect, authenticate, send
 * commands (each answered by request id, several may share one frame), and receive pushes
 * (fills, book updates, alerts, figures). Reconnection with sequence recovery is a later step
 * (issue 5); the load generator uses a leaner client of its own.
 */
import WebSocket from 'ws';
import { lending } from '../gen/proto/lending.js';

const v1 = lending.v1;
export { lending };
export type ServerMessage = lending.v1.IServerMessage;
export type ClientBody = Omit<lending.v1.IClientMessage, 'requestId'>;

export interface ConnectOptions {
  /** Milliseconds to wait for an answer before a request fails. */
  requestTimeoutMs?: number;
  /** Extra trusted CA certificates for wss:// (a private or self-signed certificate). */
  ca?: string | Buffer;
}

interface Waiter {
  resolve: (message: ServerMessage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface PushWaiter {
  predicate: (message: ServerMessage) => boolean;
  resolve: (message: ServerMessage) => void;
}

export class LendingClient {
  readonly #socket: WebSocket;
  readonly #timeoutMs: number;
  readonly #waiters = new Map<number, Waiter>();
  readonly #pushes: ServerMessage[] = [];
  readonly #pushWaiters = new Set<PushWaiter>();
  readonly #listeners = new Set<(message: ServerMessage) => void>();
  #nextRequestId = 1;
  #closed: Promise<{ code: number; reason: string }>;

  private constructor(socket: WebSocket, options: ConnectOptions) {
    this.#socket = socket;
    this.#timeoutMs = options.requestTimeoutMs ?? 10_000;
    socket.on('message', (data: Buffer) => this.#onFrame(data));
    this.#closed = new Promise((resolve) => {
      socket.on('close', (code: number, reason: Buffer) => {
        for (const waiter of this.#waiters.values()) {
          clearTimeout(waiter.timer);
          waiter.reject(new Error(`connection closed (${code})`));
        }
        this.#waiters.clear();
        resolve({ code, reason: reason.toString() });
      });
    });
  }

  static connect(url: string, options: ConnectOptions = {}): Promise<LendingClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, options.ca === undefined ? {} : { ca: options.ca });
      socket.binaryType = 'nodebuffer';
      socket.once('open', () => resolve(new LendingClient(socket, options)));
      socket.once('error', reject);
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

  #onFrame(data: Buffer): void {
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
    if (this.#pushes.length > 10_000) this.#pushes.shift();
  }
}
export { LenderSession } from './session.js';
export type { SessionOptions } from './session.js';
