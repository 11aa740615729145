/**
 * Consumer-group commands on Redis Streams, with their replies parsed into typed values.
 *
 * Goal: keep raw RESP shapes (nested arrays typed `unknown` by ioredis) out of the consumer
 * logic, and check them once, here.
 *
 * Method: commands go through `callBuffer` because entries hold binary Avro bytes that must not
 * be decoded as UTF-8 strings; ioredis 5 types no `xreadgroupBuffer`, and its `callBuffer`
 * answers `unknown`, so every reply is checked with type guards. A reply of the wrong shape
 * means Redis and this code disagree about the protocol: that is asserted, not handled.
 */
import type { Redis } from 'ioredis';
import { assert } from '../shared/index.js';

export interface StreamEntry {
  id: string;
  /** Flat `[name, value, ...]`; null when the entry was deleted (trimmed) while pending. */
  fields: Buffer[] | null;
}

export interface GroupTarget {
  stream: string;
  group: string;
  consumer: string;
}

function isBufferArray(value: unknown): value is Buffer[] {
  return Array.isArray(value) && value.every((item) => Buffer.isBuffer(item));
}

function parseEntry(raw: unknown): StreamEntry | undefined {
  // Redis 6.2 answers a deleted pending entry with nil in XAUTOCLAIM; skip those.
  if (raw === null) return undefined;
  assert(Array.isArray(raw) && raw.length === 2, 'stream entry is [id, fields]');
  const [id, fields] = raw as unknown[];
  assert(Buffer.isBuffer(id), 'stream entry id is a bulk string');
  if (fields === null) return { id: id.toString('latin1'), fields: null };
  assert(isBufferArray(fields), 'stream entry fields are bulk strings');
  return { id: id.toString('latin1'), fields };
}

function parseEntries(raw: unknown): StreamEntry[] {
  assert(Array.isArray(raw), 'stream entries are an array');
  const entries: StreamEntry[] = [];
  for (const item of raw as unknown[]) {
    const entry = parseEntry(item);
    if (entry !== undefined) entries.push(entry);
  }
  return entries;
}

/** Creates the group (and the stream) if missing; an existing group is left as it is. */
export async function ensureGroup(redis: Redis, stream: string, group: string): Promise<void> {
  try {
    // Start at 0, not $: events published before the first consumer started must be scored.
    await redis.xgroup('CREATE', stream, group, '0', 'MKSTREAM');
  } catch (error: unknown) {
    if (error instanceof Error && error.message.startsWith('BUSYGROUP')) return;
    throw error;
  }
}

/**
 * XREADGROUP for one stream. `id` is `>` for new entries, or `0` for this consumer's own
 * pending entries (then Redis ignores BLOCK, so none is sent).
 */
export async function readGroup(
  reader: Redis,
  target: GroupTarget,
  id: '>' | '0',
  count: number,
  blockMs: number,
): Promise<StreamEntry[]> {
  const block = id === '>' ? ['BLOCK', blockMs] : [];
  const args = ['GROUP', target.group, target.consumer, 'COUNT', count, ...block];
  const reply = await reader.callBuffer('XREADGROUP', [...args, 'STREAMS', target.stream, id]);
  if (reply === null) return [];
  assert(Array.isArray(reply) && reply.length === 1, 'one stream asked, one answered');
  const streamReply: unknown = reply[0];
  assert(Array.isArray(streamReply) && streamReply.length === 2, 'stream reply is [name, list]');
  return parseEntries(streamReply[1]);
}

export interface ClaimPage {
  /** `0-0` when the whole pending list was scanned. */
  cursor: string;
  entries: StreamEntry[];
}

/** One XAUTOCLAIM page: takes over entries idle for at least `minIdleMs`, from `cursor` on. */
export async function autoClaim(
  redis: Redis,
  target: GroupTarget,
  minIdleMs: number,
  cursor: string,
  count: number,
): Promise<ClaimPage> {
  const { stream, group, consumer } = target;
  const args = [stream, group, consumer, minIdleMs, cursor, 'COUNT', count];
  const reply = await redis.callBuffer('XAUTOCLAIM', args);
  // Redis 7 adds a third element (ids deleted meanwhile, already dropped from the PEL).
  assert(Array.isArray(reply) && reply.length >= 2, 'XAUTOCLAIM reply is [cursor, entries]');
  const next: unknown = reply[0];
  assert(Buffer.isBuffer(next), 'XAUTOCLAIM cursor is a bulk string');
  return { cursor: next.toString('latin1'), entries: parseEntries(reply[1]) };
}

/** Acknowledges entries; an empty list is a no-op (XACK needs at least one id). */
export async function ack(redis: Redis, target: GroupTarget, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await redis.xack(target.stream, target.group, ...ids);
}
