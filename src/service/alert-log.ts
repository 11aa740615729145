/**
 * CHANNEL_ALERTS as a sequenced channel whose durable log is the risk stream's own alert stream:
 * every alert the pipeline raises is already XADDed there (once, deduplicated), so its entry id
 * is the alert's position. An officer who reconnects with the last seq they saw gets every alert
 * since from Redis, not from any gateway's memory, and every gateway numbers alerts the same.
 *
 * seq = milliseconds of the entry id × 4096 + its sequence part. That is monotonic with the
 * stream, safe as a JavaScript integer until 2039, and turns back into the entry id exactly.
 * More than 4096 alerts in one millisecond would break it and is asserted against (alerts are
 * deduplicated per account, rule and window; the pipeline raises far fewer).
 */
import type { Redis } from 'ioredis';
import {
  encodeServerMessage,
  type Backlog,
  type ChannelLog,
  type LoggedMessage,
} from '../gateway/index.js';
import { decodeAlert, type Alert } from '../risk-stream/index.js';
import { assert } from '../shared/index.js';

const perMs = 4096;

export function seqOfEntryId(id: string): number {
  const [msText = '', partText = ''] = id.split('-');
  const ms = Number(msText);
  const part = Number(partText);
  assert(Number.isSafeInteger(ms) && Number.isSafeInteger(part), `stream id ${id}`);
  assert(part < perMs, `at most ${perMs} alerts per millisecond`);
  const seq = ms * perMs + part;
  assert(Number.isSafeInteger(seq), 'alert seq is a safe integer');
  return seq;
}

export function entryIdOfSeq(seq: number): string {
  return `${Math.floor(seq / perMs)}-${seq % perMs}`;
}

/** The Alert push of one stream entry, with its seq. */
export function alertMessage(alert: Alert, seq: number): Uint8Array {
  return encodeServerMessage({
    alert: {
      alertId: alert.alertId,
      seq,
      ruleId: `${alert.ruleId}@${alert.ruleVersion}`,
      level: alert.level,
      accountId: alert.accountId,
      summary: alert.summary,
      features: alert.features,
      eventIds: alert.eventIds,
      timeMs: alert.timeMs,
    },
  });
}

type StreamReply = [Buffer, Buffer[]][];

/** The stream's last generated id and highest trimmed id, or undefined when it does not exist. */
async function streamInfo(
  redis: Redis,
  stream: string,
): Promise<{ lastId: string; maxDeletedId: string } | undefined> {
  if ((await redis.exists(stream)) === 0) return undefined;
  const reply = (await redis.call('XINFO', 'STREAM', stream)) as unknown[];
  const field = (name: string): string => {
    const index = reply.indexOf(name);
    const value = index < 0 ? undefined : reply[index + 1];
    return typeof value === 'string' ? value : '0-0';
  };
  return { lastId: field('last-generated-id'), maxDeletedId: field('max-deleted-entry-id') };
}

function logged(reply: StreamReply): { entries: LoggedMessage[]; alerts: Alert[] } {
  const entries: LoggedMessage[] = [];
  const alerts: Alert[] = [];
  for (const [id, fields] of reply) {
    const seq = seqOfEntryId(id.toString('latin1'));
    const payload = fields[1];
    const alert = payload === undefined ? undefined : decodeAlert(payload);
    // A malformed entry keeps its number: skipping it leaves no gap a client would wait on.
    if (alert === undefined) continue;
    entries.push({ seq, bytes: Buffer.from(alertMessage(alert, seq)) });
    alerts.push(alert);
  }
  return { entries, alerts };
}

/** The alert stream read as a channel log; alerts are appended by the risk pipeline only. */
export function createAlertStreamLog(redis: Redis, stream: string, readMax: number): ChannelLog {
  return {
    append() {
      return Promise.reject(new Error('alerts are appended by the risk pipeline, not a gateway'));
    },
    async readAfter(_key, afterSeq): Promise<Backlog> {
      const info = await streamInfo(redis, stream);
      if (info === undefined) return { entries: [], latestSeq: 0, reset: false };
      const latestSeq = seqOfEntryId(info.lastId);
      if (afterSeq >= latestSeq) return { entries: [], latestSeq, reset: false };
      // Entries up to the highest trimmed id are gone: a client before it missed some.
      const trimmed = info.maxDeletedId !== '0-0' && afterSeq < seqOfEntryId(info.maxDeletedId);
      if (trimmed) return { entries: [], latestSeq, reset: true };
      const start = `(${entryIdOfSeq(afterSeq)}`;
      const reply = (await redis.xrangeBuffer(
        stream,
        start,
        '+',
        'COUNT',
        readMax + 1,
      )) as StreamReply;
      // More than one read carries: resynchronise rather than send a partial backlog.
      if (reply.length > readMax) return { entries: [], latestSeq, reset: true };
      return { entries: logged(reply).entries, latestSeq, reset: false };
    },
  };
}

/**
 * Follows the alert stream from its end (XREAD BLOCK on a connection of its own) and hands each
 * batch of new alerts over with their seqs. Returns a stop function.
 */
export function followAlertStream(
  redis: Redis,
  stream: string,
  onAlerts: (entries: LoggedMessage[], alerts: Alert[]) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  const loop = async (): Promise<void> => {
    // Start at the stream's current end, by id: '$' on every read would skip alerts that land
    // between two reads.
    let lastId = '';
    while (!stopped && lastId === '') {
      try {
        const last = (await redis.xrevrangeBuffer(stream, '+', '-', 'COUNT', 1)) as StreamReply;
        lastId = last[0]?.[0].toString('latin1') ?? '0-0';
      } catch (error) {
        if (stopped) return;
        onError(error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    while (!stopped) {
      try {
        const reply = (await redis.xreadBuffer(
          'COUNT',
          512,
          'BLOCK',
          1_000,
          'STREAMS',
          stream,
          lastId,
        )) as [Buffer, StreamReply][] | null;
        const batch = reply?.[0]?.[1] ?? [];
        const lastEntry = batch[batch.length - 1];
        if (lastEntry === undefined) continue;
        lastId = lastEntry[0].toString('latin1');
        const { entries, alerts } = logged(batch);
        if (entries.length > 0) onAlerts(entries, alerts);
      } catch (error) {
        if (stopped) return;
        onError(error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };
  void loop();
  return () => {
    stopped = true;
    redis.disconnect();
  };
}
