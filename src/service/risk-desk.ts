/**
 * The risk officers' desk: alert cases (acknowledge, assign, resolve), maker-checker changes of
 * the fraud-rule configuration, backtests of a proposal against the recorded event stream, and
 * the overview (risk levels, open cases, frozen accounts).
 *
 * Every case change is pushed to every officer on CHANNEL_ALERTS as a CaseUpdate, so two
 * officers never work the same alert blind. The stores are the risk stream's Redis-backed ones
 * (shared by every gateway process, surviving restarts); this desk maps their codes to the
 * protocol's closed table once.
 */
import type { Redis } from 'ioredis';
import type { lending } from '../gen/proto/lending.js';
import type { CaseActionName } from '../gateway/codec-actions.js';
import {
  backtest,
  decodeEntry,
  loadFraudConfig,
  type Alert,
  type BehaviourEvent,
  type CaseCode,
  type FraudConfig,
  type FraudEngine,
  type RedisCaseBook,
  type RedisFraudConfigStore,
  type RiskCase,
  type StoreCode,
} from '../risk-stream/index.js';
import { Code, limits, type Clock, type ResultCode } from '../shared/index.js';

export interface RiskDeskDeps {
  /** Shared by every gateway process through Redis. */
  cases: RedisCaseBook;
  configs: RedisFraudConfigStore;
  /** The engine whose account levels the overview counts. */
  engine: FraudEngine;
  clock: Clock;
  /** Reads the recorded behaviour events for backtests. */
  redis: Redis;
  eventStream: string;
  /** Pushes a message to every subscribed risk officer (CHANNEL_ALERTS). */
  publishToOfficers(message: lending.v1.IServerMessage): void;
}

export type DeskAnswer =
  | { code: typeof Code.OK; message: lending.v1.IServerMessage }
  | { code: ResultCode; detail?: string };

const caseCodes: Readonly<Record<Exclude<CaseCode, 'OK'>, ResultCode>> = {
  CASE_NOT_FOUND: Code.ALERT_NOT_FOUND,
  CASE_RESOLVED: Code.CASE_TRANSITION_INVALID,
  INVALID_FIELD: Code.INVALID_FIELD,
  CASES_FULL: Code.OVERLOADED,
};

const storeCodes: Readonly<Record<Exclude<StoreCode, 'OK'>, ResultCode>> = {
  CONFIG_INVALID: Code.RULE_CONFIG_INVALID,
  PROPOSAL_NOT_FOUND: Code.RULE_CONFIG_NOT_FOUND,
  PROPOSAL_NOT_PENDING: Code.RULE_CONFIG_NOT_FOUND,
  SAME_OFFICER: Code.MAKER_CANNOT_APPROVE,
  STALE_PROPOSAL: Code.RULE_CONFIG_INVALID,
};

/** Entries read back from the event stream for one backtest (each packs up to 256 events). */
const backtestEntriesMax = 2_000;

export class RiskDesk {
  readonly #deps: RiskDeskDeps;
  readonly #frozen = new Map<string, string>();

  constructor(deps: RiskDeskDeps) {
    this.#deps = deps;
  }

  /** Every alert opens a case; a repeated alert changes nothing. */
  async openCase(alert: Alert): Promise<void> {
    await this.#deps.cases.open(alert, alert.timeMs);
  }

  /** Remembers who is frozen (and why) for the overview. */
  noteFreeze(userId: string, frozen: boolean, reason: string): void {
    if (frozen) this.#frozen.set(userId, reason);
    else this.#frozen.delete(userId);
  }

  async caseAction(
    officer: string,
    command: { alertId: string; action: CaseActionName; assignee: string; note: string },
  ): Promise<DeskAnswer> {
    const nowMs = this.#deps.clock.nowMs();
    const cases = this.#deps.cases;
    const { alertId, note } = command;
    let code: CaseCode;
    switch (command.action) {
      case 'acknowledge':
        code = await cases.acknowledge(alertId, officer, nowMs);
        break;
      case 'assign':
        code = await cases.assign(alertId, officer, command.assignee, nowMs);
        break;
      default: {
        if (note.length === 0) return { code: Code.INVALID_FIELD, detail: 'note (to resolve)' };
        const resolution = command.action === 'resolve_fraud' ? 'fraud' : 'not_fraud';
        code = await cases.resolve(alertId, officer, resolution, note, nowMs);
      }
    }
    if (code !== 'OK') return { code: caseCodes[code], detail: alertId };
    const found = await cases.get(alertId);
    if (found === undefined) return { code: Code.ALERT_NOT_FOUND, detail: alertId };
    const caseUpdate = { ...caseMessage(found), by: officer, note, timeMs: nowMs };
    this.#deps.publishToOfficers({ caseUpdate });
    return { code: Code.OK, message: { caseUpdate } };
  }

  async cases(state: string, limit: number): Promise<DeskAnswer> {
    const all = await this.#deps.cases.list(
      state === '' ? undefined : (state as RiskCase['state']),
    );
    const newest = all
      .sort((a, b) => b.alert.timeMs - a.alert.timeMs)
      .slice(0, Math.min(limit, limits.casesPageMax));
    return { code: Code.OK, message: { cases: { cases: newest.map(caseMessage) } } };
  }

  async propose(officer: string, configJson: string, note: string): Promise<DeskAnswer> {
    const parsed = parseJson(configJson);
    if (parsed === undefined) return { code: Code.RULE_CONFIG_INVALID, detail: 'not JSON' };
    const nowMs = this.#deps.clock.nowMs();
    const result = await this.#deps.configs.propose(parsed, officer, nowMs);
    if (result.code !== 'OK' || result.proposalId === undefined) {
      const code = result.code === 'OK' ? Code.RULE_CONFIG_INVALID : storeCodes[result.code];
      return { code, ...(result.field === undefined ? {} : { detail: result.field }) };
    }
    return this.#configAnswer(result.proposalId, note);
  }

  async decide(
    officer: string,
    proposalId: number,
    approve: boolean,
    note: string,
  ): Promise<DeskAnswer> {
    const nowMs = this.#deps.clock.nowMs();
    const configs = this.#deps.configs;
    const code = approve
      ? await configs.approve(proposalId, officer, nowMs)
      : await configs.reject(proposalId, officer, nowMs);
    if (code !== 'OK') return { code: storeCodes[code], detail: `proposal ${proposalId}` };
    return this.#configAnswer(proposalId, note);
  }

  #configAnswer(proposalId: number, note: string): DeskAnswer {
    const status = this.#statuses().find((entry) => entry.proposalId === proposalId);
    if (status === undefined) return { code: Code.RULE_CONFIG_NOT_FOUND };
    const ruleConfigStatus = { ...status, note };
    this.#deps.publishToOfficers({ ruleConfigStatus });
    return { code: Code.OK, message: { ruleConfigStatus } };
  }

  async configs(): Promise<DeskAnswer> {
    await this.#deps.configs.refresh();
    return { code: Code.OK, message: { ruleConfigs: { configs: this.#statuses().reverse() } } };
  }

  /** Every configuration the audit trail names, oldest first, with its latest state. */
  #statuses(): lending.v1.IRuleConfigStatus[] {
    const configs = this.#deps.configs;
    const activeVersion = configs.active().version;
    const pending = new Map(configs.pending().map((p) => [p.proposalId, p]));
    const byProposal = new Map<number, lending.v1.IRuleConfigStatus>();
    for (const entry of configs.audit()) {
      const previous = byProposal.get(entry.proposalId);
      const config = pending.get(entry.proposalId)?.config ?? configs.version(entry.version);
      const decided = entry.action === 'approved' || entry.action === 'rejected';
      byProposal.set(entry.proposalId, {
        proposalId: entry.proposalId,
        version: entry.version,
        state: entry.action === 'rejected' ? 'rejected' : 'proposed',
        proposedBy: previous?.proposedBy ?? entry.officer,
        decidedBy: decided || entry.action === 'activated' ? entry.officer : '',
        configJson: config === undefined ? '' : JSON.stringify(config),
        timeMs: entry.timeMs,
      });
    }
    for (const status of byProposal.values()) {
      if (status.state === 'rejected' || pending.has(status.proposalId ?? 0)) continue;
      status.state = status.version === activeVersion ? 'active' : 'superseded';
    }
    return [...byProposal.values()];
  }

  async backtest(configJson: string): Promise<DeskAnswer> {
    const parsed = parseJson(configJson);
    const active = this.#deps.configs.active();
    const base = typeof parsed === 'object' && parsed !== null ? parsed : {};
    const loaded = loadFraudConfig({ ...base, id: 'fraud', version: active.version + 1 });
    if (!loaded.ok) return { code: Code.RULE_CONFIG_INVALID, detail: loaded.field };
    const events = await this.#recordedEvents();
    const report = backtest(events, active, loaded.config satisfies FraudConfig);
    const backtestResult: lending.v1.IBacktestResult = {
      events: report.events,
      alertsCurrent: report.alertsBefore,
      alertsCandidate: report.alertsAfter,
      added: report.added,
      removed: report.removed,
      levelChanged: report.changedOutcome,
    };
    return { code: Code.OK, message: { backtestResult } };
  }

  /** The newest recorded events, oldest first (the engine is driven by event time). */
  async #recordedEvents(): Promise<BehaviourEvent[]> {
    const { redis, eventStream } = this.#deps;
    const entries = await redis.xrevrangeBuffer(eventStream, '+', '-', 'COUNT', backtestEntriesMax);
    const events: BehaviourEvent[] = [];
    for (const [, fields] of entries.reverse()) {
      for (const decoded of decodeEntry(fields)) {
        if (decoded.code === Code.OK && decoded.event !== undefined) events.push(decoded.event);
      }
    }
    return events;
  }

  async overview(): Promise<DeskAnswer> {
    const nowMs = this.#deps.clock.nowMs();
    const cases = await this.#deps.cases.list();
    const active = this.#deps.configs.active();
    const counts = this.#deps.engine.levelCounts(nowMs, active);
    const riskOverview: lending.v1.IRiskOverview = {
      levels: (['low', 'medium', 'high'] as const).map((level) => ({
        level,
        accounts: counts[level],
      })),
      activeConfigVersion: active.version,
      openCases: cases.filter((c) => c.state !== 'resolved').length,
      frozenAccounts: [...this.#frozen.keys()].sort(),
    };
    return { code: Code.OK, message: { riskOverview } };
  }
}

function caseMessage(found: RiskCase): lending.v1.ICaseUpdate {
  const last = found.history[found.history.length - 1];
  return {
    alertId: found.caseId,
    state: found.state,
    assignee: found.assignee,
    resolution: found.resolution,
    by: last?.officer ?? '',
    note: found.reason,
    timeMs: last?.timeMs ?? found.alert.timeMs,
    ruleId: found.alert.ruleId,
    accountId: found.alert.accountId,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
