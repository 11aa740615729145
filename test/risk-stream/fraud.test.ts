/**
 * The fraud and AML engine without Redis: rule tables (events in, outcome out), risk levels
 * against a small reference model (property test; fast-check prints the seed on failure),
 * idempotent redelivery, config validation, maker-checker with audit, cases, AML export and
 * backtests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amlReportsCsv,
  backtest,
  CaseBook,
  defaultFraudConfig,
  FraudConfigStore,
  FraudEngine,
  loadFraudConfig,
  nextLevel,
  type Alert,
  type BehaviourEvent,
  type FraudConfig,
  type Outcome,
  type RiskLevel,
} from '../../src/risk-stream/index.js';
import { makeEvent } from './helpers.js';

const t0 = 1_700_000_000_000;
const minute = 60_000;
const day = 24 * 60 * minute;
let counter = 0;

function ev(overrides: Partial<BehaviourEvent>): BehaviourEvent {
  counter += 1;
  return makeEvent({ eventId: `ev-${counter}`, timeMs: t0, ...overrides });
}

function run(events: BehaviourEvent[], config: FraudConfig = defaultFraudConfig) {
  const engine = new FraudEngine();
  return events.map((event) => engine.apply(event, config));
}

function times(n: number, make: (i: number) => BehaviourEvent): BehaviourEvent[] {
  return Array.from({ length: n }, (_, i) => make(i));
}

const threshold = defaultFraudConfig.reportThresholdFen;
type Case = [string, BehaviourEvent[], Outcome, string[]];
const ruleTable: () => Case[] = () => [
  ['one login', [ev({ kind: 'login' })], 'approve', []],
  [
    '6 failed logins',
    times(6, (i) => ev({ kind: 'login_failed', timeMs: t0 + i })),
    'review',
    ['failed_logins'],
  ],
  ['5 failed logins', times(5, (i) => ev({ kind: 'login_failed', timeMs: t0 + i })), 'approve', []],
  [
    'failures spread beyond the window',
    times(6, (i) => ev({ kind: 'login_failed', timeMs: t0 + i * 11 * minute })),
    'approve',
    [],
  ],
  [
    '21 failures from one IP, many accounts',
    times(21, (i) =>
      ev({
        kind: 'login_failed',
        accountId: `a${i}`,
        deviceId: `d${i}`,
        ip: '198.51.100.1',
        timeMs: t0 + i,
      }),
    ),
    'review',
    ['failed_logins_ip', 'ip_shared'],
  ],
  ['21 logins', times(21, (i) => ev({ kind: 'login', timeMs: t0 + i })), 'review', ['login_burst']],
  [
    'three accounts on a device',
    times(3, (i) => ev({ kind: 'login', accountId: `a${i}`, ip: `10.0.0.${i}`, timeMs: t0 + i })),
    'review',
    ['device_shared'],
  ],
  [
    'two accounts on one card',
    times(2, (i) =>
      ev({
        kind: 'deposit',
        accountId: `a${i}`,
        deviceId: `d${i}`,
        ip: `10.0.0.${i}`,
        cardId: 'card-1',
        amountFen: 100,
        timeMs: t0 + i,
      }),
    ),
    'block',
    ['card_shared'],
  ],
  [
    'card change then withdrawal',
    [
      ev({ kind: 'profile_change', profileField: 'card', cardId: 'card-2' }),
      ev({ kind: 'withdrawal', amountFen: 100, timeMs: t0 + 5 * minute }),
    ],
    'block',
    ['profile_change_withdrawal'],
  ],
  [
    'card change two days before withdrawal',
    [
      ev({ kind: 'profile_change', profileField: 'phone' }),
      ev({ kind: 'withdrawal', amountFen: 100, timeMs: t0 + 2 * day }),
    ],
    'approve',
    [],
  ],
  [
    '201 bids',
    times(201, (i) => ev({ kind: 'lend_order_placed', amountFen: 100, timeMs: t0 + i })),
    'review',
    ['bid_velocity'],
  ],
  [
    'deposit then withdraw without lending',
    [
      ev({ kind: 'deposit', amountFen: 100_000 }),
      ev({ kind: 'withdrawal', amountFen: 90_000, timeMs: t0 + minute }),
    ],
    'review',
    ['round_trip'],
  ],
  [
    'deposit, lend, then withdraw',
    [
      ev({ kind: 'deposit', amountFen: 100_000 }),
      ev({ kind: 'lend_order_placed', amountFen: 100_000, timeMs: t0 + 1 }),
      ev({ kind: 'withdrawal', amountFen: 90_000, timeMs: t0 + minute }),
    ],
    'approve',
    [],
  ],
  [
    'three deposits just under the threshold',
    times(3, (i) => ev({ kind: 'deposit', amountFen: threshold - 1_000, timeMs: t0 + i * day })),
    'review',
    ['structuring'],
  ],
  [
    'one large deposit',
    [ev({ kind: 'deposit', amountFen: threshold })],
    'review',
    ['large_transaction'],
  ],
];

describe('rules as tables', () => {
  it.each(ruleTable())('%s', (_name, events, outcome, rules) => {
    const decisions = run(events);
    const last = decisions[decisions.length - 1];
    expect(last?.outcome).toBe(outcome);
    expect(last?.hits.map((hit) => hit.rule)).toEqual(rules);
    expect(last?.config).toBe('fraud@1');
  });

  it('unusual hours, once enabled, flag activity outside the account habits', () => {
    const config: FraudConfig = {
      ...defaultFraudConfig,
      actions: { ...defaultFraudConfig.actions, unusual_hour: 'review' },
    };
    // 40 logins at 10:00 local time on 40 days, then one at 03:00.
    const habit = times(40, (i) => ev({ kind: 'login', timeMs: Date.UTC(2026, 0, 1 + i, 2) }));
    const odd = ev({ kind: 'login', timeMs: Date.UTC(2026, 1, 15, 19) });
    const decisions = run([...habit, odd], config);
    expect(decisions[39]?.outcome).toBe('approve');
    expect(decisions[40]?.hits.map((hit) => hit.rule)).toEqual(['unusual_hour']);
  });

  it('a redelivered event returns its first decision and changes no state', () => {
    const engine = new FraudEngine();
    const failures = times(6, (i) => ev({ kind: 'login_failed', timeMs: t0 + i }));
    const first = failures.map((event) => engine.apply(event, defaultFraudConfig));
    const again = failures.map((event) => engine.apply(event, defaultFraudConfig));
    expect(again).toEqual(first);
    expect(first[5]?.features.failedLoginsInWindow).toBe(6);
    const next = engine.apply(ev({ kind: 'login_failed', timeMs: t0 + 10 }), defaultFraudConfig);
    expect(next.features.failedLoginsInWindow).toBe(7);
  });

  it('files AML reports: LTR for large, STR for structuring and round trips, exportable', () => {
    const decisions = run([
      ev({ kind: 'deposit', amountFen: threshold * 2 }),
      ev({ kind: 'withdrawal', amountFen: threshold * 2, timeMs: t0 + minute }),
    ]);
    const reports = decisions.flatMap((decision) => decision.reports);
    expect(reports.map((report) => report.type).sort()).toEqual(['LTR', 'LTR', 'STR']);
    const csv = amlReportsCsv(reports).trim().split('\n');
    expect(csv[0]).toBe('reportId,type,accountId,eventId,kind,amountFen,rule,config,timeMs');
    expect(csv).toHaveLength(4);
  });
});

describe('customer risk level', () => {
  const cooling = defaultFraudConfig.coolingMs;
  it('rises at once and falls one step per cooling period', () => {
    expect(nextLevel('low', 0, 'block', 10, cooling)).toEqual({ level: 'high', sinceMs: 10 });
    expect(nextLevel('high', 10, 'approve', 10 + cooling - 1, cooling).level).toBe('high');
    expect(nextLevel('high', 10, 'approve', 10 + cooling, cooling).level).toBe('medium');
    expect(nextLevel('high', 10, 'approve', 10 + 2 * cooling, cooling).level).toBe('low');
    expect(nextLevel('medium', 10, 'block', 11, cooling).level).toBe('high');
  });

  const rank: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };
  const names: RiskLevel[] = ['low', 'medium', 'high'];
  const raise: Record<Outcome, number> = { approve: 0, review: 1, block: 2 };
  it('matches a reference model over random outcome sequences', () => {
    const step = fc.record({
      gap: fc.integer({ min: 0, max: 3 * cooling }),
      outcome: fc.constantFrom<Outcome>('approve', 'review', 'block'),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state = { level: 'low' as RiskLevel, sinceMs: 0 };
        // Reference: level = max(raise of the last events, decayed level), decayed per period.
        let refLevel = 0;
        let refSince = 0;
        let now = 0;
        for (const { gap, outcome } of steps) {
          now += gap;
          state = nextLevel(state.level, state.sinceMs, outcome, now, cooling);
          const decayed =
            refLevel === 0 ? 0 : Math.max(0, refLevel - Math.floor((now - refSince) / cooling));
          if (raise[outcome] > 0 && raise[outcome] >= decayed) {
            refLevel = raise[outcome];
            refSince = now;
          } else if (decayed !== refLevel) {
            refSince += (refLevel - decayed) * cooling;
            refLevel = decayed;
          }
          expect(rank[state.level]).toBe(refLevel);
          expect(names[refLevel]).toBe(state.level);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('config validation and maker-checker', () => {
  const bad: [string, unknown, string][] = [
    ['not an object', 5, ''],
    ['unknown field', { ...defaultFraudConfig, extra: 1 }, 'extra'],
    ['wrong id', { ...defaultFraudConfig, id: 'x' }, 'id'],
    ['version 0', { ...defaultFraudConfig, version: 0 }, 'version'],
    ['window too small', { ...defaultFraudConfig, windowMs: 1 }, 'windowMs'],
    ['float threshold', { ...defaultFraudConfig, loginsMax: 1.5 }, 'loginsMax'],
    ['missing field', { ...defaultFraudConfig, coolingMs: undefined }, 'coolingMs'],
    [
      'bad action',
      { ...defaultFraudConfig, actions: { ...defaultFraudConfig.actions, structuring: 'maybe' } },
      'actions.structuring',
    ],
    [
      'unknown rule',
      { ...defaultFraudConfig, actions: { ...defaultFraudConfig.actions, magic: 'off' } },
      'actions.magic',
    ],
  ];
  it.each(bad)('rejects %s', (_name, raw, field) => {
    const loaded = loadFraudConfig(raw);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.field).toBe(field);
  });

  it('a change takes effect only after a second officer approves, and is audited', () => {
    const store = new FraudConfigStore(defaultFraudConfig, 'boot', t0);
    const proposed = store.propose({ ...defaultFraudConfig, failedLoginsMax: 3 }, 'alice', t0 + 1);
    expect(proposed.code).toBe('OK');
    const id = proposed.proposalId ?? -1;
    expect(store.active().version).toBe(1);
    expect(store.approve(id, 'alice', t0 + 2)).toBe('SAME_OFFICER');
    expect(store.approve(999, 'bob', t0 + 2)).toBe('PROPOSAL_NOT_FOUND');
    expect(store.approve(id, 'bob', t0 + 3)).toBe('OK');
    expect(store.approve(id, 'carol', t0 + 4)).toBe('PROPOSAL_NOT_PENDING');
    expect(store.active()).toMatchObject({ version: 2, failedLoginsMax: 3 });
    expect(store.version(1)?.failedLoginsMax).toBe(5);
    expect(store.audit().map((entry) => [entry.action, entry.officer, entry.version])).toEqual([
      ['activated', 'boot', 1],
      ['proposed', 'alice', 2],
      ['approved', 'bob', 2],
    ]);
    expect(store.audit()[2]?.changed).toEqual(['failedLoginsMax']);
    expect(store.propose({ ...defaultFraudConfig, windowMs: -1 }, 'alice', t0)).toMatchObject({
      code: 'CONFIG_INVALID',
      field: 'windowMs',
    });
  });

  it('refuses to approve a proposal made against an older version', () => {
    const store = new FraudConfigStore(defaultFraudConfig, 'boot', t0);
    const a = store.propose({ ...defaultFraudConfig, loginsMax: 30 }, 'alice', t0).proposalId ?? -1;
    const b = store.propose({ ...defaultFraudConfig, bidsMax: 50 }, 'carol', t0).proposalId ?? -1;
    expect(store.approve(a, 'bob', t0)).toBe('OK');
    expect(store.approve(b, 'bob', t0)).toBe('STALE_PROPOSAL');
    expect(store.reject(b, 'bob', t0)).toBe('OK');
    expect(store.pending()).toEqual([]);
  });
});

describe('backtest', () => {
  it('reports how many alerts a changed config would add and remove', () => {
    const events = [
      ...times(4, (i) => ev({ kind: 'login_failed', accountId: 'x', timeMs: t0 + i })),
      ev({ kind: 'deposit', accountId: 'y', amountFen: threshold }),
    ];
    const stricter: FraudConfig = {
      ...defaultFraudConfig,
      version: 2,
      failedLoginsMax: 2,
      actions: { ...defaultFraudConfig.actions, large_transaction: 'block' },
    };
    const report = backtest(events, defaultFraudConfig, stricter);
    expect(report).toMatchObject({
      events: 5,
      alertsBefore: 1,
      alertsAfter: 3,
      added: 2,
      removed: 0,
      changedOutcome: 1,
    });
    expect(report.blocksAfter).toBe(1);
    expect(report.samples).toHaveLength(3);
  });
});

describe('cases', () => {
  const alert: Alert = {
    alertId: 'fraud@1:ev-x',
    ruleId: 'card_shared',
    ruleVersion: 1,
    level: 'block',
    accountId: 'acct-1',
    summary: '2 accounts on one bank card',
    features: { accountsOnCard: '2' },
    eventIds: ['ev-x'],
    timeMs: t0,
  };
  it('acknowledge, assign, resolve; resolutions export for retraining', () => {
    const book = new CaseBook();
    expect(book.open(alert, t0)).toBe('OK');
    expect(book.open(alert, t0 + 1)).toBe('OK');
    expect(book.list()).toHaveLength(1);
    expect(book.acknowledge(alert.alertId, 'alice', t0 + 2)).toBe('OK');
    expect(book.assign(alert.alertId, 'alice', 'bob', t0 + 3)).toBe('OK');
    expect(book.resolve(alert.alertId, 'bob', 'fraud', 'card reused by a mule ring', t0 + 4)).toBe(
      'OK',
    );
    expect(book.resolve(alert.alertId, 'bob', 'not_fraud', 'changed mind', t0 + 5)).toBe(
      'CASE_RESOLVED',
    );
    expect(book.get(alert.alertId)?.history.map((step) => step.action)).toEqual([
      'opened',
      'acknowledged',
      'assigned',
      'resolved',
    ]);
    const row = JSON.parse(book.exportResolutions().trim()) as Record<string, unknown>;
    expect(row).toMatchObject({
      caseId: alert.alertId,
      label: 1,
      ruleId: 'card_shared',
      eventIds: ['ev-x'],
    });
    const copy = new CaseBook();
    copy.restore(book.snapshot());
    expect(copy.exportResolutions()).toBe(book.exportResolutions());
  });

  it('answers closed codes for bad input', () => {
    const book = new CaseBook();
    book.open(alert, t0);
    expect(book.acknowledge('nope', 'alice', t0)).toBe('CASE_NOT_FOUND');
    expect(book.acknowledge(alert.alertId, '', t0)).toBe('INVALID_FIELD');
    expect(book.assign(alert.alertId, 'alice', '', t0)).toBe('INVALID_FIELD');
    expect(book.resolve(alert.alertId, 'alice', 'fraud', '', t0)).toBe('INVALID_FIELD');
    expect(book.resolve(alert.alertId, 'alice', 'maybe' as 'fraud', 'x', t0)).toBe('INVALID_FIELD');
  });
});
