/**
 * Presence on a channel across gateways: who is watching the alerts right now. Each watching
 * socket is a member `<gateway>|<connection>|<user>` of a Redis sorted set scored by its last
 * heartbeat; a gateway refreshes its own members every `heartbeatMs`, so members of a gateway
 * that died fade out after `staleMs`. Every change is announced on a pub/sub channel, and each
 * gateway then reads the set and tells its local watchers.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface PresenceOptions {
  redis: Redis;
  key: string;
  nowMs: () => number;
  heartbeatMs: number;
  staleMs: number;
  /** Announces a change to every gateway (they call `refresh` on it). */
  announce: () => Promise<void>;
  /** Told the sorted, distinct watchers after each refresh. */
  onWatchers: (userIds: string[]) => void;
  onError: (error: unknown) => void;
}

export class Presence {
  readonly #options: PresenceOptions;
  readonly #instance = randomBytes(6).toString('hex');
  readonly #members = new Map<number, string>();
  readonly #timer: NodeJS.Timeout;

  constructor(options: PresenceOptions) {
    this.#options = options;
    this.#timer = setInterval(() => this.#heartbeat(), options.heartbeatMs);
    this.#timer.unref();
  }

  join(connId: number, userId: string): void {
    const member = `${this.#instance}|${connId}|${userId}`;
    this.#members.set(connId, member);
    this.#change(this.#options.redis.zadd(this.#options.key, this.#options.nowMs(), member));
  }

  leave(connId: number): void {
    const member = this.#members.get(connId);
    if (member === undefined) return;
    this.#members.delete(connId);
    this.#change(this.#options.redis.zrem(this.#options.key, member));
  }

  /** Reads the live watchers and reports them (after an announcement from any gateway). */
  refresh(): void {
    const { redis, key, nowMs, staleMs } = this.#options;
    redis.zrangebyscore(key, nowMs() - staleMs, '+inf').then((members) => {
      const users = new Set(members.map((member) => member.split('|')[2] ?? ''));
      users.delete('');
      this.#options.onWatchers([...users].sort());
    }, this.#options.onError);
  }

  stop(): void {
    clearInterval(this.#timer);
    const members = [...this.#members.values()];
    this.#members.clear();
    if (members.length > 0) this.#change(this.#options.redis.zrem(this.#options.key, ...members));
  }

  #change(write: Promise<unknown>): void {
    write.then(() => this.#options.announce()).catch(this.#options.onError);
  }

  #heartbeat(): void {
    const { redis, key, nowMs, staleMs } = this.#options;
    const now = nowMs();
    const members = [...this.#members.values()];
    // Members of a gateway that stopped heartbeating fade out; say so when any did.
    const expire = redis.zremrangebyscore(key, '-inf', now - staleMs).then(async (removed) => {
      if (removed > 0) await this.#options.announce();
    });
    const writes: Promise<unknown>[] = [expire];
    if (members.length > 0) {
      writes.push(redis.zadd(key, ...members.flatMap((member) => [now, member])));
    }
    Promise.all(writes).catch(this.#options.onError);
  }
}
