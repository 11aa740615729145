/**
 * The matching host with real worker threads (vitest runs the .ts sources, so this also proves
 * the worker loads through tsx): batches answered in submission order with book snapshots, the
 * in-flight bound answering OVERLOADED, markets nobody owns, a crashed worker answering its
 * in-flight commands with SERVICE_UNAVAILABLE and being restarted, and stop draining the queue;
 * the tick timer expiring an order, with its outcome on onSystemOutcomes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createMatchingHost,
  shardIndexFor,
  type BookSnapshot,
  type CommandOutcome,
  type MatchingHost,
  type MatchingHostOptions,
} from '../../src/orderbook/index.js';
import { startMatchingHost } from '../../src/orderbook/host.js';
import { Code } from '../../src/shared/index.js';
import { list, place } from './helpers.js';

class Collector {
  readonly outcomes: CommandOutcome[] = [];
  readonly books: BookSnapshot[] = [];
  readonly onOutcomes = (outcomes: CommandOutcome[], books: BookSnapshot[]): void => {
    this.outcomes.push(...outcomes);
    this.books.push(...books);
  };

  async waitFor(count: number): Promise<void> {
    await until(() => this.outcomes.length >= count);
  }
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const hosts: MatchingHost[] = [];

async function open(options: MatchingHostOptions): Promise<MatchingHost> {
  const host = await createMatchingHost(options);
  hosts.push(host);
  return host;
}

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

describe('matching host', () => {
  it('answers a batch in submission order with one snapshot per changed market', async () => {
    const collector = new Collector();
    const markets = ['36M:B', '12M:A'];
    const host = await open({ markets, shards: 1, onOutcomes: collector.onOutcomes });
    const commands = [
      { ...place('L1', 'a', 100, 900), ref: 1 },
      { ...list('T1', 'B1', 60, 1_000), ref: 2 },
      { ...place('L2', 'b', 0, 900), ref: 3 },
      { ...list('T2', 'B2', 30, 800), marketId: '12M:A', ref: 4 },
      { ...place('L3', 'c', 10, 900, 'IOC'), ref: 5 },
    ];
    expect(commands.map((command) => host.submit(command))).toEqual(commands.map(() => Code.OK));
    await collector.waitFor(commands.length);
    expect(collector.outcomes.map((outcome) => [outcome.ref, outcome.seq, outcome.code])).toEqual([
      [1, 1, Code.OK],
      [2, 2, Code.OK],
      [3, 0, Code.AMOUNT_MUST_BE_POSITIVE],
      [4, 3, Code.OK],
      [5, 4, Code.OK],
    ]);
    expect(collector.outcomes[1]?.events.map((event) => event.type)).toEqual([
      'tranche_listed',
      'fill',
      'tranche_funded',
    ]);
    expect(collector.books).toEqual([
      {
        marketId: '36M:B',
        seq: 4,
        lend: [{ rateBps: 900, amountFen: 40, count: 1 }],
        tranches: [],
      },
      {
        marketId: '12M:A',
        seq: 3,
        lend: [],
        tranches: [{ rateBps: 800, amountFen: 30, count: 1 }],
      },
    ]);
  });

  it('keeps submission order per shard with several shards and full batches', async () => {
    const collector = new Collector();
    const markets = ['3M:A', '6M:B', '12M:C', '24M:D', '36M:E'];
    const host = await open({
      markets,
      shards: 3,
      commandsPerBatchMax: 7,
      onOutcomes: collector.onOutcomes,
    });
    const total = 300;
    for (let ref = 1; ref <= total; ref += 1) {
      const marketId = markets[ref % markets.length] ?? '3M:A';
      expect(host.submit({ ...place(`L${ref}`, 'o', 10, 900), marketId, ref })).toBe(Code.OK);
    }
    await collector.waitFor(total);
    for (let shard = 0; shard < 3; shard += 1) {
      const refs = collector.outcomes
        .filter(
          (outcome) => shardIndexFor(markets[outcome.ref % markets.length] ?? '', 3) === shard,
        )
        .map((outcome) => outcome.ref);
      expect(refs).toEqual([...refs].sort((a, b) => a - b));
    }
    expect(collector.outcomes.every((outcome) => outcome.code === Code.OK)).toBe(true);
  });

  it('answers OVERLOADED at the in-flight bound, UNKNOWN_MARKET for others', async () => {
    const collector = new Collector();
    const host = await open({
      markets: ['36M:B'],
      shards: 1,
      inFlightCommandsPerShardMax: 3,
      commandsPerBatchMax: 2,
      onOutcomes: collector.onOutcomes,
    });
    const codes = [1, 2, 3, 4].map((ref) =>
      host.submit({ ...place('L1', `o${ref}`, 10, 900), ref }),
    );
    expect(codes).toEqual([Code.OK, Code.OK, Code.OK, Code.OVERLOADED]);
    expect(host.submit({ ...place('L1', 'x', 10, 900), marketId: '12M:A', ref: 9 })).toBe(
      Code.UNKNOWN_MARKET,
    );
    await collector.waitFor(3);
    expect(collector.outcomes.map((outcome) => outcome.ref)).toEqual([1, 2, 3]);
    expect(host.submit({ ...place('L1', 'o5', 10, 900), ref: 5 })).toBe(Code.OK);
    await collector.waitFor(4);
  });

  it('answers in-flight commands of a crashed worker and restarts it', async () => {
    const collector = new Collector();
    const failures: number[] = [];
    const host = await startMatchingHost({
      markets: ['36M:B'],
      onOutcomes: collector.onOutcomes,
      onWorkerFailure: (shardIndex) => failures.push(shardIndex),
    });
    hosts.push(host);
    for (let ref = 1; ref <= 5; ref += 1) host.submit({ ...place('L1', `o${ref}`, 10, 900), ref });
    await host.crashShardForTest(0);
    await collector.waitFor(5);
    expect(collector.outcomes.map((outcome) => outcome.ref)).toEqual([1, 2, 3, 4, 5]);
    const codes = new Set(collector.outcomes.map((outcome) => outcome.code));
    expect([...codes].every((code) => code === Code.OK || code === Code.SERVICE_UNAVAILABLE)).toBe(
      true,
    );
    expect(failures).toContain(0);
    await until(() => host.isShardReady(0));
    // The replacement starts from an empty book until journal replay exists.
    expect(host.submit({ ...place('L1', 'after', 10, 900), ref: 6 })).toBe(Code.OK);
    await collector.waitFor(6);
    expect(collector.outcomes[5]).toMatchObject({ ref: 6, seq: 1, code: Code.OK });
  });

  it('queues commands submitted during a restart for the replacement worker', async () => {
    const collector = new Collector();
    const host = await startMatchingHost({ markets: ['36M:B'], onOutcomes: collector.onOutcomes });
    hosts.push(host);
    await host.crashShardForTest(0);
    expect(host.isShardReady(0)).toBe(false);
    expect(host.submit({ ...place('L1', 'a', 10, 900), ref: 1 })).toBe(Code.OK);
    await collector.waitFor(1);
    expect(collector.outcomes[0]).toMatchObject({ ref: 1, seq: 1, code: Code.OK });
  });

  it('drains queued commands on stop and refuses new ones', async () => {
    const collector = new Collector();
    const host = await createMatchingHost({
      markets: ['36M:B'],
      shards: 1,
      onOutcomes: collector.onOutcomes,
    });
    for (let ref = 1; ref <= 50; ref += 1) host.submit({ ...place('L1', `o${ref}`, 10, 900), ref });
    await host.stop();
    expect(collector.outcomes).toHaveLength(50);
    expect(host.submit({ ...place('L1', 'late', 10, 900), ref: 51 })).toBe(
      Code.SERVICE_UNAVAILABLE,
    );
  });

  it('ticks every market on its period and reports expiries as system outcomes', async () => {
    const collector = new Collector();
    const system: CommandOutcome[] = [];
    const host = await open({
      markets: ['36M:B', '12M:A'],
      onOutcomes: collector.onOutcomes,
      tickIntervalMs: 20,
      onSystemOutcomes: (outcomes) => {
        system.push(...outcomes);
      },
    });
    expect(host.submit({ ...place('L1', 'a', 10, 900), ref: -1 })).toBe(Code.INVALID_FIELD);
    const expiresAtMs = Date.now() + 60;
    expect(host.submit({ ...place('L1', 'a', 10, 900), ref: 1, expiresAtMs })).toBe(Code.OK);
    await collector.waitFor(1);
    const expired = (): boolean =>
      system.some((outcome) => outcome.events.some((event) => event.type === 'order_closed'));
    await until(expired);
    const closing = system.find((outcome) => outcome.events.length > 0);
    expect(closing?.ref).toBeLessThan(0);
    expect(closing?.events[0]).toMatchObject({ reason: 'expired', releasedFen: 10 });
    expect(collector.outcomes.map((outcome) => outcome.ref)).toEqual([1]);
  });
});
