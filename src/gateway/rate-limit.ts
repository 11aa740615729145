/**
 * Token-bucket rate limits per user and per IP, shared by every gateway through Redis, without a
 * Redis round trip per command. Each gateway admits commands against its local view and, every
 * `syncMs`, charges what it admitted to the shared bucket in Redis (one Lua call per active
 * key). When a bucket runs dry the key is blocked locally until it has refilled. So the shared
 * limit holds across gateways with at most one sync interval of slack per gateway.
 */
import type { Redis } from 'ioredis';

export interface RateLimit {
  /** Sustained rate; 0 disables the limit. */
  perSecond: number;
  /** Bucket size (burst). */
  burst: number;
}

interface LocalState {
  pending: number;
  blockedUntilMs: number;
  /** Admitted since the last sync: bounded locally by the burst so one gateway cannot overrun. */
  sinceSync: number;
}

// Refills the bucket for the time elapsed, takes `cost` tokens (it may go negative: the debt
// blocks the key until repaid) and returns the tokens left.
const bucketScript = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + (now - at) * rate / 1000) - cost
redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return tostring(tokens)`;

export class SharedRateLimiter {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #limit: RateLimit;
  readonly #nowMs: () => number;
  readonly #keys = new Map<string, LocalState>();
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #onError: (error: unknown) => void;

  constructor(options: {
    redis: Redis;
    prefix: string;
    limit: RateLimit;
    nowMs: () => number;
    syncMs: number;
    onError: (error: unknown) => void;
  }) {
    this.#redis = options.redis;
    this.#prefix = options.prefix;
    this.#limit = options.limit;
    this.#nowMs = options.nowMs;
    this.#onError = options.onError;
    this.#timer =
      options.limit.perSecond > 0 ? setInterval(() => this.#sync(), options.syncMs) : undefined;
    this.#timer?.unref();
  }

  /** True when the command may run; false means RATE_LIMITED. */
  allow(key: string): boolean {
    if (this.#limit.perSecond <= 0) return true;
    let state = this.#keys.get(key);
    if (state === undefined)
      this.#keys.set(key, (state = { pending: 0, blockedUntilMs: 0, sinceSync: 0 }));
    if (this.#nowMs() < state.blockedUntilMs) return false;
    if (state.sinceSync >= this.#limit.burst) return false;
    state.pending += 1;
    state.sinceSync += 1;
    return true;
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
  }

  #sync(): void {
    const nowMs = this.#nowMs();
    for (const [key, state] of this.#keys) {
      state.sinceSync = 0;
      if (state.pending === 0) {
        if (nowMs >= state.blockedUntilMs) this.#keys.delete(key);
        continue;
      }
      const cost = state.pending;
      state.pending = 0;
      const { perSecond, burst } = this.#limit;
      this.#redis
        .eval(bucketScript, 1, `${this.#prefix}rate:${key}`, perSecond, burst, nowMs, cost)
        .then(
          (left) => {
            const tokens = Number(left);
            if (tokens < 0) state.blockedUntilMs = nowMs + Math.ceil((-tokens / perSecond) * 1000);
          },
          (error: unknown) => this.#onError(error),
        );
    }
  }
}
