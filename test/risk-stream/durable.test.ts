/**
 * Cases and the fraud-rule configuration in a real Redis: state survives a restart (a store
 * opened later on a new connection sees everything), two stores (two gateway processes) see
 * each other's changes and approvals, concurrent changes are never lost, maker-checker and
 * stale-proposal rules hold across stores, and every step reaches the log / audit streams.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import {
  defaultFraudConfig,
  durableNames,
  RedisCaseBook,
  RedisFraudConfigStore,
  type Alert,
} from '../../src/risk-stream/index.js';
import { connect, deletePrefix, quitAll, uniquePrefix, waitFor } from './helpers.js';

const opened: Redis[] = [];
const prefixes: string[] = [];
const stores: RedisFraudConfigStore[] = [];
const t0 = 1_700_000_000_000;

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  const cleaner = opened[0];
  if (cleaner !== undefined)
    for (const prefix of prefixes.splice(0)) await deletePrefix(cleaner, prefix);
  await quitAll(opened);
});

function freshPrefix(): string {
  const prefix = uniquePrefix();
  prefixes.push(prefix);
  return prefix;
}

function alertFor(eventId: string, timeMs = t0): Alert {
  return {
    alertId: `fraud@1:${eventId}`,
    ruleId: 'card_shared',
    ruleVersion: 1,
    level: 'block',
    accountId: 'acct-1',
    summary: '2 accounts on one bank card',
    features: { accountsOnCard: '2' },
    eventIds: [eventId],
    timeMs,
  };
}

async function openConfig(prefix: string, nowMs = t0): Promise<RedisFraudConfigStore> {
  const store = await RedisFraudConfigStore.open(
    connect(opened),
    prefix,
    defaultFraudConfig,
    'boot',
    nowMs,
  );
  stores.push(store);
  return store;
}

describe('RedisCaseBook', () => {
  it('keeps cases and their history across a restart and exports resolutions', async () => {
    const prefix = freshPrefix();
    const first = new RedisCaseBook(connect(opened), prefix);
    const alert = alertFor('ev-1');
    expect(await first.open(alert, t0)).toBe('OK');
    expect(await first.open(alert, t0 + 1)).toBe('OK');
    expect(await first.acknowledge(alert.alertId, 'alice', t0 + 2)).toBe('OK');
    expect(await first.assign(alert.alertId, 'alice', 'bob', t0 + 3)).toBe('OK');
    expect(await first.resolve(alert.alertId, 'bob', 'fraud', 'mule ring', t0 + 4)).toBe('OK');
    // A restart: a new store on a new connection, nothing carried over in memory.
    const restarted = new RedisCaseBook(connect(opened), prefix);
    const found = await restarted.get(alert.alertId);
    expect(found).toMatchObject({ state: 'resolved', assignee: 'bob', resolution: 'fraud' });
    expect(found?.history.map((step) => [step.action, step.officer])).toEqual([
      ['opened', 'system'],
      ['acknowledged', 'alice'],
      ['assigned', 'alice'],
      ['resolved', 'bob'],
    ]);
    expect(await restarted.resolve(alert.alertId, 'carol', 'not_fraud', 'x', t0 + 5)).toBe(
      'CASE_RESOLVED',
    );
    expect(await restarted.acknowledge('fraud@1:nope', 'carol', t0)).toBe('CASE_NOT_FOUND');
    expect(await restarted.acknowledge(alert.alertId, '', t0)).toBe('INVALID_FIELD');
    const exported = (await restarted.exportResolutions()).trim().split('\n');
    expect(exported).toHaveLength(1);
    expect(JSON.parse(exported[0] ?? '{}')).toMatchObject({ caseId: alert.alertId, label: 1 });
    const log = await connect(opened).xrange(durableNames(prefix).caseLog, '-', '+');
    expect(log).toHaveLength(4);
  });

  it('two stores see each other; concurrent changes to one case are all kept', async () => {
    const prefix = freshPrefix();
    const a = new RedisCaseBook(connect(opened), prefix);
    const b = new RedisCaseBook(connect(opened), prefix);
    const alert = alertFor('ev-2');
    const opens = await Promise.all([a.open(alert, t0), b.open(alert, t0)]);
    expect(opens).toEqual(['OK', 'OK']);
    const officers = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];
    const answers = await Promise.all(
      officers.map((officer, i) => (i % 2 === 0 ? a : b).acknowledge(alert.alertId, officer, t0)),
    );
    expect(answers).toEqual(officers.map(() => 'OK'));
    const history = (await b.get(alert.alertId))?.history ?? [];
    expect(history.filter((step) => step.action === 'opened')).toHaveLength(1);
    expect(history.map((step) => step.officer).sort()).toEqual(['system', ...officers].sort());
    expect((await a.list('acknowledged')).map((c) => c.caseId)).toEqual([alert.alertId]);
    expect(await a.list('resolved')).toEqual([]);
  });
});

describe('RedisFraudConfigStore', () => {
  it('a proposal from one process is approved in another and applies everywhere', async () => {
    const prefix = freshPrefix();
    const gatewayA = await openConfig(prefix);
    const gatewayB = await openConfig(prefix, t0 + 100);
    await gatewayA.follow();
    expect(gatewayB.active().version).toBe(1);
    const proposed = await gatewayA.propose(
      { ...defaultFraudConfig, failedLoginsMax: 3 },
      'alice',
      t0 + 1,
    );
    expect(proposed.code).toBe('OK');
    const id = proposed.proposalId ?? -1;
    expect(await gatewayB.approve(id, 'alice', t0 + 2)).toBe('SAME_OFFICER');
    expect(await gatewayB.approve(id, 'bob', t0 + 3)).toBe('OK');
    expect(gatewayB.active()).toMatchObject({ version: 2, failedLoginsMax: 3 });
    await waitFor('A follows B', () => gatewayA.active().version === 2);
    expect(await gatewayA.approve(id, 'carol', t0 + 4)).toBe('PROPOSAL_NOT_PENDING');
    // Restart: a store opened later loads the same state, audit included.
    const restarted = await openConfig(prefix, t0 + 999);
    expect(restarted.active()).toMatchObject({ version: 2, failedLoginsMax: 3 });
    expect(restarted.version(1)?.failedLoginsMax).toBe(defaultFraudConfig.failedLoginsMax);
    const trail = restarted.audit().map((entry) => [entry.action, entry.officer, entry.version]);
    expect(trail).toEqual([
      ['activated', 'boot', 1],
      ['proposed', 'alice', 2],
      ['approved', 'bob', 2],
    ]);
    const audit = await connect(opened).xrange(durableNames(prefix).configAudit, '-', '+');
    expect(audit.map(([, fields]) => JSON.parse(fields[1] ?? '{}').action)).toEqual([
      'activated',
      'proposed',
      'approved',
    ]);
  });

  it('refuses invalid proposals and lets only one of two racing approvals win', async () => {
    const prefix = freshPrefix();
    const a = await openConfig(prefix);
    const b = await openConfig(prefix);
    expect(await a.propose({ ...defaultFraudConfig, windowMs: -1 }, 'alice', t0)).toMatchObject({
      code: 'CONFIG_INVALID',
      field: 'windowMs',
    });
    const [p1, p2] = await Promise.all([
      a.propose({ ...defaultFraudConfig, loginsMax: 30 }, 'alice', t0),
      b.propose({ ...defaultFraudConfig, bidsMax: 50 }, 'carol', t0),
    ]);
    expect(new Set([p1.proposalId, p2.proposalId]).size).toBe(2);
    await a.refresh();
    expect(a.pending()).toHaveLength(2);
    const approvals = await Promise.all([
      a.approve(p1.proposalId ?? -1, 'bob', t0 + 1),
      b.approve(p2.proposalId ?? -1, 'dave', t0 + 1),
    ]);
    expect([...approvals].sort()).toEqual(['OK', 'STALE_PROPOSAL']);
    await a.refresh();
    await b.refresh();
    expect(a.active()).toEqual(b.active());
    expect(a.active().version).toBe(2);
  });
});
