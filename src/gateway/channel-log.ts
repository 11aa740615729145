/**
 * The durable log behind sequenced channels (a user's orders and fills). Each channel key has a
 * Redis stream whose entry ids are `<seq>-1`, and a counter; one Lua script takes the next seq
 * and appends in one atomic step, so two gateways appending for one user never reuse a number.
 * A client that reconnects reads the entries after its last seq from here (not from memory); a
 * stream is trimmed to about `entriesMax`, and a client further behind than that is told to
 * resynchronise instead of getting a gap.
 */
import type { Redis } from 'ioredis';

export interface LoggedMessage {
  seq: number;
  /** One encoded ServerMessage with its seq already set. */
  bytes: Buffer;
}

export interface Backlog {
  /** Entries after the requested seq, oldest first (empty when `reset`). */
  entries: LoggedMessage[];
  /** The latest seq of the channel (0 when nothing was ever appended). */
  latestSeq: number;
  /** True when entries after the requested seq were trimmed or exceed the read limit. */
  reset: boolean;
}

export interface ChannelLog {
  /** Appends encoded messages in order; `encode(seq)` builds each one once its seq is known. */
  append(key: string, encoders: ((seq: number) => Uint8Array)[]): Promise<LoggedMessage[]>;
  readAfter(key: string, afterSeq: number): Promise<Backlog>;
}

const nextSeqScript = `
local first = redis.call('INCRBY', KEYS[2], tonumber(ARGV[1]))
return first - tonumber(ARGV[1]) + 1`;

const appendScript = `
for i = 1, #ARGV - 1, 2 do
  redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[#ARGV], ARGV[i] .. '-1', 'm', ARGV[i + 1])
end
return #ARGV`;

export function createRedisChannelLog(
  redis: Redis,
  prefix: string,
  entriesMax: number,
): ChannelLog {
  // Braces keep a channel's stream and counter in one Redis Cluster slot.
  const streamKey = (key: string): string => `${prefix}ch:{${key}}`;
  const counterKey = (key: string): string => `${prefix}ch:{${key}}:seq`;
  return {
    async append(key, encoders) {
      if (encoders.length === 0) return [];
      const first = Number(
        await redis.eval(nextSeqScript, 2, streamKey(key), counterKey(key), encoders.length),
      );
      const logged = encoders.map((encode, index) => ({
        seq: first + index,
        bytes: Buffer.from(encode(first + index)),
      }));
      const args: (string | Buffer)[] = [];
      for (const message of logged) args.push(String(message.seq), message.bytes);
      await redis.eval(appendScript, 1, streamKey(key), ...args, String(entriesMax));
      return logged;
    },
    async readAfter(key, afterSeq) {
      const latestSeq = Number((await redis.get(counterKey(key))) ?? 0);
      if (afterSeq >= latestSeq) return { entries: [], latestSeq, reset: false };
      if (latestSeq - afterSeq > entriesMax) return { entries: [], latestSeq, reset: true };
      const reply = (await redis.xrangeBuffer(
        streamKey(key),
        `${afterSeq + 1}-0`,
        '+',
        'COUNT',
        entriesMax,
      )) as [Buffer, Buffer[]][];
      const entries = reply.map(([id, fields]) => ({
        seq: Number(id.toString().split('-')[0]),
        bytes: fields[1] ?? Buffer.alloc(0),
      }));
      // Appends take their seq before they land: wait for nothing, but never hand out a gap.
      const contiguous = entries[0]?.seq === afterSeq + 1;
      return contiguous
        ? { entries, latestSeq, reset: false }
        : { entries: [], latestSeq, reset: true };
    },
  };
}
