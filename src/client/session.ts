/**
 * A lender session that survives dropped connections: it reconnects with backoff,
 * authenticates again, resubscribes, and resumes CHANNEL_MY_ORDERS from the last seq it saw, so
 * the program sees every fill and order update once, in order. Requests in flight when a
 * connection drops fail; resend them with the same client order id (the server answers a
 * repeated id with the original outcome, never a second order).
 */
import { LendingClient, lending, type ClientBody, type ServerMessage } from './core.js';

const v1 = lending.v1;

export interface SessionOptions {
  url: string;
  token: () => string;
  deviceId?: string;
  /** Markets whose books to follow. */
  books?: string[];
  /** First and largest pause between reconnection attempts. */
  backoffMsMin?: number;
  backoffMsMax?: number;
  ca?: string | Uint8Array;
  onPush?: (message: ServerMessage) => void;
  /** Told when the server could not replay everything (the client must resynchronise). */
  onReset?: (latestSeq: number) => void;
}

export class LenderSession {
  readonly #options: SessionOptions;
  #client: LendingClient | undefined;
  #lastSeq = 0;
  #stopped = false;
  #connected: Promise<void>;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#connected = this.#connect();
  }

  /** The last seq seen on CHANNEL_MY_ORDERS. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  ready(): Promise<void> {
    return this.#connected;
  }

  async request(body: ClientBody): Promise<ServerMessage> {
    await this.#connected;
    const client = this.#client;
    if (client === undefined) throw new Error('session stopped');
    return client.request(body);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#client?.close();
  }

  async #connect(): Promise<void> {
    let pauseMs = this.#options.backoffMsMin ?? 100;
    for (;;) {
      if (this.#stopped) return;
      try {
        await this.#open();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
        pauseMs = Math.min(pauseMs * 2, this.#options.backoffMsMax ?? 5_000);
      }
    }
  }

  async #open(): Promise<void> {
    const options = this.#options;
    const client = await LendingClient.connect(
      options.url,
      options.ca === undefined ? {} : { ca: options.ca },
    );
    client.onPush((message) => this.#onPush(message));
    const auth = await client.authenticate(options.token(), options.deviceId ?? '');
    if (auth.authenticated === undefined || auth.authenticated === null) {
      await client.close();
      throw new Error(`authentication refused: ${auth.reject?.codeName ?? 'no answer'}`);
    }
    const subscribed = await client.request({
      subscribe: { channel: v1.Channel.CHANNEL_MY_ORDERS, fromSeq: this.#lastSeq },
    });
    const latestSeq = Number(subscribed.subscribed?.seq ?? 0);
    if (subscribed.subscribed?.reset === true) {
      this.#lastSeq = latestSeq;
      options.onReset?.(latestSeq);
    } else if (this.#lastSeq === 0) {
      // A first subscription starts at what comes next: adopt the channel's position. Pushes of
      // the same frame may already have moved lastSeq past it, hence the max.
      this.#lastSeq = Math.max(this.#lastSeq, latestSeq);
    }
    for (const marketId of options.books ?? []) {
      await client.request({ subscribe: { channel: v1.Channel.CHANNEL_BOOK, marketId } });
    }
    this.#client = client;
    void client.closed().then(() => {
      if (this.#stopped) return;
      this.#client = undefined;
      this.#connected = this.#connect();
    });
  }

  #onPush(message: ServerMessage): void {
    const seq = Number(message.fill?.seq ?? message.orderUpdate?.seq ?? 0);
    if (seq > 0) {
      // The server never sends a gap or a duplicate; this guard keeps that true for the program
      // even if a message were replayed twice around a reconnection.
      if (seq <= this.#lastSeq) return;
      this.#lastSeq = seq;
    }
    this.#options.onPush?.(message);
  }
}
