/**
 * Cases: what officers do with alerts. Open from an alert, acknowledge, assign, resolve as
 * fraud or not fraud with a reason; every step is kept, and resolutions export as labelled
 * rows for retraining.
 *
 * Goal: a closed life cycle (open -> acknowledged -> assigned -> resolved) whose transitions
 * answer closed codes, never throw, and leave a full history.
 *
 * Method: an in-process book keyed by case id (= alert id, so opening twice is idempotent),
 * with time passed in. `snapshot()`/`restore()` give the plain data to persist (the composition
 * root stores it, e.g. in Redis or a file); `exportResolutions()` is JSON lines.
 */
import type { Alert } from '../alerts.js';

export type CaseState = 'open' | 'acknowledged' | 'assigned' | 'resolved';
export type Resolution = 'fraud' | 'not_fraud';
export type CaseCode = 'OK' | 'CASE_NOT_FOUND' | 'CASE_RESOLVED' | 'INVALID_FIELD' | 'CASES_FULL';

export interface CaseStep {
  readonly action: 'opened' | 'acknowledged' | 'assigned' | 'resolved';
  readonly officer: string;
  readonly timeMs: number;
  readonly detail: string;
}

export interface RiskCase {
  readonly caseId: string;
  readonly alert: Alert;
  state: CaseState;
  assignee: string;
  resolution: Resolution | '';
  reason: string;
  readonly history: CaseStep[];
}

export const casesMax = 100_000;

function isOfficer(name: string): boolean {
  return typeof name === 'string' && name.length > 0 && name.length <= 64;
}

export class CaseBook {
  readonly #cases = new Map<string, RiskCase>();

  get(caseId: string): RiskCase | undefined {
    return this.#cases.get(caseId);
  }

  list(state?: CaseState): RiskCase[] {
    return [...this.#cases.values()].filter((c) => state === undefined || c.state === state);
  }

  /** Opens a case for an alert; a second call for the same alert changes nothing. */
  open(alert: Alert, timeMs: number): CaseCode {
    if (this.#cases.has(alert.alertId)) return 'OK';
    if (this.#cases.size >= casesMax) return 'CASES_FULL';
    const step: CaseStep = { action: 'opened', officer: 'system', timeMs, detail: alert.ruleId };
    this.#cases.set(alert.alertId, {
      caseId: alert.alertId,
      alert,
      state: 'open',
      assignee: '',
      resolution: '',
      reason: '',
      history: [step],
    });
    return 'OK';
  }

  #editable(caseId: string, officer: string): RiskCase | CaseCode {
    if (!isOfficer(officer)) return 'INVALID_FIELD';
    const found = this.#cases.get(caseId);
    if (found === undefined) return 'CASE_NOT_FOUND';
    if (found.state === 'resolved') return 'CASE_RESOLVED';
    return found;
  }

  acknowledge(caseId: string, officer: string, timeMs: number): CaseCode {
    const found = this.#editable(caseId, officer);
    if (typeof found === 'string') return found;
    if (found.state === 'open') found.state = 'acknowledged';
    found.history.push({ action: 'acknowledged', officer, timeMs, detail: '' });
    return 'OK';
  }

  assign(caseId: string, officer: string, assignee: string, timeMs: number): CaseCode {
    const found = this.#editable(caseId, officer);
    if (typeof found === 'string') return found;
    if (!isOfficer(assignee)) return 'INVALID_FIELD';
    found.state = 'assigned';
    found.assignee = assignee;
    found.history.push({ action: 'assigned', officer, timeMs, detail: assignee });
    return 'OK';
  }

  resolve(
    caseId: string,
    officer: string,
    resolution: Resolution,
    reason: string,
    timeMs: number,
  ): CaseCode {
    const found = this.#editable(caseId, officer);
    if (typeof found === 'string') return found;
    if (resolution !== 'fraud' && resolution !== 'not_fraud') return 'INVALID_FIELD';
    if (typeof reason !== 'string' || reason.length === 0 || reason.length > 1_000)
      return 'INVALID_FIELD';
    found.state = 'resolved';
    found.resolution = resolution;
    found.reason = reason;
    found.history.push({ action: 'resolved', officer, timeMs, detail: `${resolution}: ${reason}` });
    return 'OK';
  }

  /** Resolved cases as JSON lines: the alert's rule, features and events with the label. */
  exportResolutions(): string {
    const rows = this.list('resolved').map((c) =>
      JSON.stringify({
        caseId: c.caseId,
        label: c.resolution === 'fraud' ? 1 : 0,
        resolution: c.resolution,
        reason: c.reason,
        ruleId: c.alert.ruleId,
        ruleVersion: c.alert.ruleVersion,
        accountId: c.alert.accountId,
        features: c.alert.features,
        eventIds: c.alert.eventIds,
        resolvedMs: c.history[c.history.length - 1]?.timeMs ?? 0,
      }),
    );
    return rows.length === 0 ? '' : `${rows.join('\n')}\n`;
  }

  snapshot(): RiskCase[] {
    return this.list().map((c) => ({ ...c, history: [...c.history] }));
  }

  restore(cases: readonly RiskCase[]): void {
    this.#cases.clear();
    for (const c of cases) this.#cases.set(c.caseId, { ...c, history: [...c.history] });
  }
}
