/**
 * Book updates to subscribers with latest-value semantics. A book update carries the whole top
 * of the book, so a subscriber that cannot keep up loses nothing by skipping to the newest one:
 * while a socket's buffered bytes are past `conflateBytes` its updates are not queued; the market
 * is marked stale instead, and when the socket drains it gets the latest book once. One slow
 * client therefore never makes the server buffer without bound, nor slows anyone else.
 */
import type { lending } from '../gen/proto/lending.js';

export interface BookSink {
  bufferedBytes(connId: number): number;
  send(connId: number, message: lending.v1.IServerMessage): void;
}

export class BookFanout {
  readonly #sink: BookSink;
  readonly #conflateBytes: number;
  readonly #subscribers = new Map<string, Set<number>>();
  /** Markets whose latest book a connection has not seen because it was behind. */
  readonly #stale = new Map<number, Set<string>>();
  readonly #latest = new Map<string, lending.v1.IBookUpdate>();
  conflated = 0;

  constructor(sink: BookSink, conflateBytes: number) {
    this.#sink = sink;
    this.#conflateBytes = conflateBytes;
  }

  subscribe(marketId: string, connId: number): void {
    let set = this.#subscribers.get(marketId);
    if (set === undefined) this.#subscribers.set(marketId, (set = new Set()));
    set.add(connId);
  }

  unsubscribe(marketId: string, connId: number): void {
    const set = this.#subscribers.get(marketId);
    set?.delete(connId);
    if (set?.size === 0) this.#subscribers.delete(marketId);
    this.#stale.get(connId)?.delete(marketId);
  }

  /** Forgets a closed connection. */
  remove(connId: number, marketIds: Iterable<string>): void {
    for (const marketId of marketIds) this.unsubscribe(marketId, connId);
    this.#stale.delete(connId);
  }

  publish(book: lending.v1.IBookUpdate): void {
    const marketId = book.marketId ?? '';
    this.#latest.set(marketId, book);
    for (const connId of this.#subscribers.get(marketId) ?? []) {
      if (this.#sink.bufferedBytes(connId) > this.#conflateBytes) {
        let stale = this.#stale.get(connId);
        if (stale === undefined) this.#stale.set(connId, (stale = new Set()));
        stale.add(marketId);
        this.conflated += 1;
        continue;
      }
      this.#sink.send(connId, { bookUpdate: book });
    }
  }

  /** The socket drained: send the latest book of each market it missed. */
  drained(connId: number): void {
    const stale = this.#stale.get(connId);
    if (stale === undefined || this.#sink.bufferedBytes(connId) > this.#conflateBytes) return;
    this.#stale.delete(connId);
    for (const marketId of stale) {
      const book = this.#latest.get(marketId);
      if (book !== undefined) this.#sink.send(connId, { bookUpdate: book });
    }
  }
}
