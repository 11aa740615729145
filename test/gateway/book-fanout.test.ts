import { describe, expect, it } from 'vitest';
import type { lending } from '../../src/gen/proto/lending.js';
import { BookFanout } from '../../src/gateway/book-fanout.js';

function book(seq: number, marketId = '36M:B'): lending.v1.IBookUpdate {
  return { marketId, seq, lend: [{ rateBps: 900, amountFen: seq, count: 1 }], tranches: [] };
}

function harness() {
  const buffered = new Map<number, number>();
  const sent: { connId: number; seq: number; marketId: string }[] = [];
  const fanout = new BookFanout(
    {
      bufferedBytes: (connId) => buffered.get(connId) ?? 0,
      send: (connId, message) =>
        sent.push({
          connId,
          seq: Number(message.bookUpdate?.seq ?? -1),
          marketId: message.bookUpdate?.marketId ?? '',
        }),
    },
    1000,
  );
  return { buffered, sent, fanout };
}

describe('book fan-out', () => {
  it('sends every update to subscribers that keep up', () => {
    const { sent, fanout } = harness();
    fanout.subscribe('36M:B', 1);
    fanout.subscribe('36M:B', 2);
    fanout.publish(book(1));
    fanout.publish(book(2));
    expect(sent.map((s) => [s.connId, s.seq])).toEqual([
      [1, 1],
      [2, 1],
      [1, 2],
      [2, 2],
    ]);
  });

  it('skips a slow subscriber to the latest book once it drains; others unaffected', () => {
    const { buffered, sent, fanout } = harness();
    fanout.subscribe('36M:B', 1);
    fanout.subscribe('36M:B', 2);
    fanout.subscribe('12M:A', 2);
    buffered.set(2, 5000);
    for (let seq = 1; seq <= 5; seq += 1) fanout.publish(book(seq));
    fanout.publish(book(7, '12M:A'));
    expect(sent.filter((s) => s.connId === 1).map((s) => s.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(sent.filter((s) => s.connId === 2)).toEqual([]);
    expect(fanout.conflated).toBe(6);
    fanout.drained(2);
    expect(sent.filter((s) => s.connId === 2)).toEqual([]);
    buffered.set(2, 0);
    fanout.drained(2);
    expect(sent.filter((s) => s.connId === 2).map((s) => [s.marketId, s.seq])).toEqual([
      ['36M:B', 5],
      ['12M:A', 7],
    ]);
    fanout.drained(2);
    expect(sent.filter((s) => s.connId === 2)).toHaveLength(2);
  });

  it('forgets unsubscribed and closed connections', () => {
    const { sent, fanout } = harness();
    fanout.subscribe('36M:B', 1);
    fanout.subscribe('36M:B', 2);
    fanout.unsubscribe('36M:B', 1);
    fanout.remove(2, ['36M:B']);
    fanout.publish(book(1));
    expect(sent).toEqual([]);
  });
});
