/**
 * Sequenced per-user channels (CHANNEL_MY_ORDERS): fills and order updates numbered per user,
 * stored in the durable channel log before they are pushed, and replayed to a socket that
 * resubscribes with the last seq it saw.
 *
 * Method: messages for a user queued in one tick are appended to the log in one call; once the
 * log has assigned their seqs they go to every socket subscribed for that user. A socket that is
 * recovering (its backlog is being read) parks live messages; when the backlog arrives it gets
 * the backlog, then the parked messages it has not seen, so it sees every seq once, in order.
 */
import type { lending } from '../gen/proto/lending.js';
import type { ChannelLog, LoggedMessage } from './channel-log.js';
import { encodeServerMessage } from './codec.js';

export interface ChannelSubscriber {
  readonly connId: number;
  /** Highest seq delivered (or skipped by a reset). */
  lastSeq: number;
  recovering: boolean;
  parked: LoggedMessage[];
  closed: boolean;
}

export interface UserChannelsDeps {
  log: ChannelLog;
  /** Queues one encoded ServerMessage (or an object) for a connection. */
  send: (connId: number, message: Uint8Array | lending.v1.IServerMessage) => void;
  onError: (context: string, error: unknown) => void;
}

/** Puts the seq into whichever sequenced body the message carries. */
function withSeq(message: lending.v1.IServerMessage, seq: number): lending.v1.IServerMessage {
  if (message.fill) return { ...message, fill: { ...message.fill, seq } };
  if (message.orderUpdate) return { ...message, orderUpdate: { ...message.orderUpdate, seq } };
  if (message.ledgerMovement) {
    return { ...message, ledgerMovement: { ...message.ledgerMovement, seq } };
  }
  if (message.loanNotice) return { ...message, loanNotice: { ...message.loanNotice, seq } };
  return message;
}

export class UserChannels {
  readonly #deps: UserChannelsDeps;
  readonly #subscribers = new Map<string, Set<ChannelSubscriber>>();
  readonly #queued = new Map<string, lending.v1.IServerMessage[]>();
  #flushScheduled = false;

  constructor(deps: UserChannelsDeps) {
    this.#deps = deps;
  }

  /** Queues a message for a user's channel; it is logged, numbered and pushed next tick. */
  publish(key: string, message: lending.v1.IServerMessage): void {
    let queue = this.#queued.get(key);
    if (queue === undefined) this.#queued.set(key, (queue = []));
    queue.push(message);
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(() => this.#flush());
    }
  }

  /**
   * Subscribes a connection; `fromSeq` 0 means "what comes next" unless `fromStart` (then all
   * the log keeps). Resolves with the channel's latest seq and whether the client is too far
   * behind (reset) once the backlog was queued.
   */
  async subscribe(
    key: string,
    connId: number,
    fromSeq: number,
    fromStart = false,
  ): Promise<{ subscriber: ChannelSubscriber; latestSeq: number; reset: boolean }> {
    const resume = fromSeq > 0 || fromStart;
    const subscriber: ChannelSubscriber = {
      connId,
      lastSeq: fromSeq,
      recovering: true,
      parked: [],
      closed: false,
    };
    let set = this.#subscribers.get(key);
    if (set === undefined) this.#subscribers.set(key, (set = new Set()));
    set.add(subscriber);
    try {
      const backlog = await this.#deps.log.readAfter(key, resume ? fromSeq : Infinity);
      if (!resume || backlog.reset) subscriber.lastSeq = backlog.latestSeq;
      else for (const entry of backlog.entries) this.#deliver(subscriber, entry);
      subscriber.recovering = false;
      for (const entry of subscriber.parked) this.#deliver(subscriber, entry);
      subscriber.parked = [];
      return { subscriber, latestSeq: backlog.latestSeq, reset: resume && backlog.reset };
    } catch (error) {
      this.remove(key, subscriber);
      throw error;
    }
  }

  /** Delivers entries another writer already logged (the alert stream) to the key's sockets. */
  deliverLogged(key: string, entries: readonly LoggedMessage[]): void {
    for (const subscriber of this.#subscribers.get(key) ?? []) {
      for (const entry of entries) this.#deliver(subscriber, entry);
    }
  }

  remove(key: string, subscriber: ChannelSubscriber): void {
    subscriber.closed = true;
    const set = this.#subscribers.get(key);
    set?.delete(subscriber);
    if (set?.size === 0) this.#subscribers.delete(key);
  }

  #flush(): void {
    this.#flushScheduled = false;
    for (const [key, messages] of this.#queued) {
      const encoders = messages.map(
        (message) => (seq: number) => encodeServerMessage(withSeq(message, seq)),
      );
      this.#deps.log.append(key, encoders).then(
        (logged) => {
          for (const subscriber of this.#subscribers.get(key) ?? []) {
            for (const entry of logged) this.#deliver(subscriber, entry);
          }
        },
        (error: unknown) => this.#deps.onError(`channel log append for ${key} failed`, error),
      );
    }
    this.#queued.clear();
  }

  #deliver(subscriber: ChannelSubscriber, entry: LoggedMessage): void {
    if (subscriber.closed) return;
    if (subscriber.recovering) {
      subscriber.parked.push(entry);
      return;
    }
    if (entry.seq <= subscriber.lastSeq) return;
    subscriber.lastSeq = entry.seq;
    this.#deps.send(subscriber.connId, entry.bytes);
  }
}
