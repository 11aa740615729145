/**
 * A session for dashboards and long-running programs that survives dropped connections: it
 * reconnects with backoff, authenticates again, resubscribes every channel it follows, and
 * resumes the sequenced channels (my orders, my ledger, alerts) from the last seq it saw, so the
 * program sees each of their messages once, in order. Unsequenced channels (books, tranches,
 * figures) restart from a fresh snapshot; onStatus tells the program to refetch what it lists.
 * Runs in the browser and in Node (the socket comes from core's factory).
 */
import { LendingClient, lending, type ClientBody, type ServerMessage } from './core.js';

const v1 = lending.v1;

export interface LiveSubscription {
  channel: lending.v1.Channel;
  marketId?: string;
}

export type LiveStatus = 'connecting' | 'live' | 'down' | 'stopped';

export interface LiveOptions {
  url: string;
  token: () => string;
  deviceId?: string;
  subscriptions?: LiveSubscription[];
  backoffMsMin?: number;
  backoffMsMax?: number;
  requestTimeoutMs?: number;
  onPush?: (message: ServerMessage) => void;
  /** Each change of the connection; `detail` says why it is down. */
  onStatus?: (status: LiveStatus, detail: string) => void;
  /** The server could not replay a sequenced channel: the program must resynchronise it. */
  onReset?: (channel: lending.v1.Channel, latestSeq: number) => void;
  /**
   * An authentication refusal ends the session (a bad token does not get better); a transient
   * one (SERVICE_UNAVAILABLE, OVERLOADED, RATE_LIMITED, no answer) is retried with backoff.
   */
  onAuthFailed?: (reject: lending.v1.IReject) => void;
}

const sequenced = new Set<lending.v1.Channel>([
  v1.Channel.CHANNEL_MY_ORDERS,
  v1.Channel.CHANNEL_MY_LEDGER,
  v1.Channel.CHANNEL_ALERTS,
]);

/** Refusals that say "not now" rather than "never": the session retries after them. */
const transientCodes = new Set(['SERVICE_UNAVAILABLE', 'OVERLOADED', 'RATE_LIMITED']);

function transientRefusal(reject: lending.v1.IReject | null | undefined): boolean {
  return reject == null || transientCodes.has(reject.codeName ?? '');
}

function key(subscription: LiveSubscription): string {
  return `${subscription.channel}:${subscription.marketId ?? ''}`;
}

/** The channel and seq of a sequenced push, or undefined for the others. */
function sequenceOf(message: ServerMessage): [lending.v1.Channel, number] | undefined {
  if (message.fill) return [v1.Channel.CHANNEL_MY_ORDERS, Number(message.fill.seq ?? 0)];
  if (message.orderUpdate)
    return [v1.Channel.CHANNEL_MY_ORDERS, Number(message.orderUpdate.seq ?? 0)];
  if (message.ledgerMovement)
    return [v1.Channel.CHANNEL_MY_LEDGER, Number(message.ledgerMovement.seq ?? 0)];
  if (message.loanNotice)
    return [v1.Channel.CHANNEL_MY_LEDGER, Number(message.loanNotice.seq ?? 0)];
  if (message.alert) return [v1.Channel.CHANNEL_ALERTS, Number(message.alert.seq ?? 0)];
  return undefined;
}

export class LiveSession {
  readonly #options: LiveOptions;
  readonly #subscriptions = new Map<string, LiveSubscription>();
  readonly #lastSeq = new Map<lending.v1.Channel, number>();
  /** Sequenced channels subscribed once: a resubscription resumes, even from position 0. */
  readonly #positioned = new Set<lending.v1.Channel>();
  #client: LendingClient | undefined;
  #stopped = false;
  #authenticated: lending.v1.IAuthenticated | undefined;
  #reconnects = 0;

  constructor(options: LiveOptions) {
    this.#options = options;
    for (const subscription of options.subscriptions ?? []) {
      this.#subscriptions.set(key(subscription), subscription);
    }
    void this.#run();
  }

  /** Who the server says we are (after the first authentication). */
  get authenticated(): lending.v1.IAuthenticated | undefined {
    return this.#authenticated;
  }

  get reconnects(): number {
    return this.#reconnects;
  }

  lastSeq(channel: lending.v1.Channel): number {
    return this.#lastSeq.get(channel) ?? 0;
  }

  /** Sends a command on the current connection; fails at once while disconnected. */
  request(body: ClientBody): Promise<ServerMessage> {
    const client = this.#client;
    if (client === undefined) return Promise.reject(new Error('not connected'));
    return client.request(body);
  }

  /** Follows a channel from now on, across reconnections. */
  async subscribe(subscription: LiveSubscription): Promise<ServerMessage | undefined> {
    this.#subscriptions.set(key(subscription), subscription);
    const client = this.#client;
    return client === undefined ? undefined : this.#subscribeOn(client, subscription);
  }

  async unsubscribe(subscription: LiveSubscription): Promise<void> {
    this.#subscriptions.delete(key(subscription));
    const client = this.#client;
    if (client === undefined) return;
    const marketId = subscription.marketId ?? '';
    await client.request({ unsubscribe: { channel: subscription.channel, marketId } });
  }

  /** Drops the current connection as a network fault would (tests, "reconnect" button). */
  dropConnection(): void {
    void this.#client?.close();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#options.onStatus?.('stopped', 'stopped');
    await this.#client?.close();
  }

  async #run(): Promise<void> {
    let pauseMs = this.#options.backoffMsMin ?? 250;
    while (!this.#stopped) {
      this.#options.onStatus?.(
        'connecting',
        this.#reconnects === 0 ? 'connecting' : 'reconnecting',
      );
      let detail = 'closed';
      try {
        const client = await this.#open();
        if (client === undefined) return;
        pauseMs = this.#options.backoffMsMin ?? 250;
        this.#options.onStatus?.('live', 'live');
        const closed = await client.closed();
        detail = `connection closed (${closed.code})`;
      } catch (error) {
        detail = error instanceof Error ? error.message : String(error);
      }
      this.#client = undefined;
      if (this.#stopped) return;
      this.#reconnects += 1;
      this.#options.onStatus?.('down', detail);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      pauseMs = Math.min(pauseMs * 2, this.#options.backoffMsMax ?? 5_000);
    }
  }

  /** One connection: authenticate, resubscribe. Undefined when authentication was refused. */
  async #open(): Promise<LendingClient | undefined> {
    const options = this.#options;
    const client = await LendingClient.connect(options.url, {
      ...(options.requestTimeoutMs === undefined
        ? {}
        : { requestTimeoutMs: options.requestTimeoutMs }),
      pushBufferMax: 0,
    });
    client.onPush((message) => this.#onPush(message));
    const auth = await client.authenticate(options.token(), options.deviceId ?? '');
    if (!auth.authenticated && transientRefusal(auth.reject)) {
      // The server could not check the token just now (a backing service restarting): retry.
      await client.close();
      throw new Error(`sign-in not possible now: ${auth.reject?.codeName ?? 'no answer'}`);
    }
    if (!auth.authenticated) {
      this.#stopped = true;
      await client.close();
      const reject = auth.reject ?? { codeName: 'NO_ANSWER', message: 'no answer' };
      options.onAuthFailed?.(reject);
      options.onStatus?.(
        'stopped',
        `sign-in refused: ${reject.codeName ?? ''} ${reject.message ?? ''}`,
      );
      return undefined;
    }
    this.#authenticated = auth.authenticated;
    for (const subscription of this.#subscriptions.values()) {
      await this.#subscribeOn(client, subscription);
    }
    this.#client = client;
    return client;
  }

  async #subscribeOn(
    client: LendingClient,
    subscription: LiveSubscription,
  ): Promise<ServerMessage> {
    const channel = subscription.channel;
    const fromSeq = sequenced.has(channel) ? this.lastSeq(channel) : 0;
    // Subscribed while the channel was empty: resume from its start, or a drop loses messages.
    const fromStart = fromSeq === 0 && this.#positioned.has(channel);
    const answer = await client.request({
      subscribe: { channel, marketId: subscription.marketId ?? '', fromSeq, fromStart },
    });
    const subscribed = answer.subscribed;
    if (subscribed && sequenced.has(channel)) {
      this.#positioned.add(channel);
      const latestSeq = Number(subscribed.seq ?? 0);
      if (subscribed.reset === true) {
        this.#lastSeq.set(channel, latestSeq);
        this.#options.onReset?.(channel, latestSeq);
      } else if (fromSeq === 0 && !fromStart) {
        // A first subscription starts at what comes next; pushes of the same frame may already
        // have moved the position past it, hence the max.
        this.#lastSeq.set(channel, Math.max(this.lastSeq(channel), latestSeq));
      }
    }
    return answer;
  }

  #onPush(message: ServerMessage): void {
    const position = sequenceOf(message);
    if (position !== undefined && position[1] > 0) {
      const [channel, seq] = position;
      // The server sends no gaps or duplicates; this guard keeps that true around a reconnect.
      if (seq <= this.lastSeq(channel)) return;
      this.#lastSeq.set(channel, seq);
    }
    this.#options.onPush?.(message);
  }
}
