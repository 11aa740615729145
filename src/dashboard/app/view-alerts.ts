/**
 * Risk officers' alert desk: the live feed of fraud and AML alerts (newest first, filtered by
 * rule, level and account), one alert's detail with the features and events behind it, the case
 * actions (acknowledge, assign, resolve) and freezing the account.
 */
import type { ServerMessage } from '../../client/core.js';
import { lending } from '../../client/core.js';
import { Channel, type View, type ViewContext } from './context.js';
import { byId, clock, esc, setHtml } from './dom.js';

interface CaseState {
  state: string;
  assignee: string;
  resolution: string;
  by: string;
  note: string;
}

interface AlertRow {
  alertId: string;
  ruleId: string;
  level: string;
  accountId: string;
  summary: string;
  timeMs: number;
  features: Record<string, string>;
  eventIds: string[];
  caseState: CaseState;
  history: string[];
}

const alertsMax = 2_000;
const rowsShownMax = 200;
const rows = new Map<string, AlertRow>();
let order: string[] = [];
let selected: string | undefined;
let message = '';
let frozen = new Map<string, boolean>();

function upsert(alertId: string): AlertRow {
  let row = rows.get(alertId);
  if (row === undefined) {
    row = {
      alertId,
      ruleId: '',
      level: '',
      accountId: '',
      summary: '',
      timeMs: 0,
      features: {},
      eventIds: [],
      caseState: { state: 'open', assignee: '', resolution: '', by: '', note: '' },
      history: [],
    };
    rows.set(alertId, row);
    order.unshift(alertId);
    if (order.length > alertsMax) {
      for (const old of order.slice(alertsMax)) rows.delete(old);
      order = order.slice(0, alertsMax);
    }
  }
  return row;
}

function onAlert(alert: lending.v1.IAlert): void {
  const row = upsert(alert.alertId ?? '');
  row.ruleId = alert.ruleId ?? '';
  row.level = alert.level ?? '';
  row.accountId = alert.accountId ?? '';
  row.summary = alert.summary ?? '';
  row.timeMs = Number(alert.timeMs ?? 0);
  row.features = { ...(alert.features ?? {}) };
  row.eventIds = [...(alert.eventIds ?? [])];
}

function onCase(update: lending.v1.ICaseUpdate): void {
  const row = upsert(update.alertId ?? '');
  if (row.ruleId === '') row.ruleId = update.ruleId ?? '';
  if (row.accountId === '') row.accountId = update.accountId ?? '';
  if (row.timeMs === 0) row.timeMs = Number(update.timeMs ?? 0);
  row.caseState = {
    state: update.state ?? 'open',
    assignee: update.assignee ?? '',
    resolution: update.resolution ?? '',
    by: update.by ?? '',
    note: update.note ?? '',
  };
  const who = update.by ? ` by ${update.by}` : '';
  const line = `${clock(update.timeMs)} ${update.state ?? ''}${who} ${update.note ?? ''}`;
  // The answer to our own action and its push on the channel are the same change.
  if (row.history[row.history.length - 1] !== line) row.history.push(line);
}

function filtered(): AlertRow[] {
  const rule = byId<HTMLSelectElement>('alert-filter-rule').value;
  const level = byId<HTMLSelectElement>('alert-filter-level').value;
  const account = byId<HTMLInputElement>('alert-filter-account').value.trim();
  const out: AlertRow[] = [];
  for (const id of order) {
    const row = rows.get(id);
    if (row === undefined) continue;
    if (rule !== '' && row.ruleId !== rule) continue;
    if (level !== '' && row.level !== level) continue;
    if (account !== '' && !row.accountId.includes(account)) continue;
    out.push(row);
    if (out.length >= rowsShownMax) break;
  }
  return out;
}

function renderRuleOptions(): void {
  const select = byId<HTMLSelectElement>('alert-filter-rule');
  const rules = [...new Set([...rows.values()].map((row) => row.ruleId))].filter(Boolean).sort();
  const html = ['<option value="">every rule</option>']
    .concat(rules.map((rule) => `<option value="${esc(rule)}">${esc(rule)}</option>`))
    .join('');
  if (select.dataset['html'] !== html) {
    const value = select.value;
    setHtml(select, html);
    select.value = value;
  }
}

function renderFeed(): void {
  const shown = filtered();
  const body = shown
    .map(
      (row) =>
        `<tr data-alert="${esc(row.alertId)}" ` +
        `class="${row.alertId === selected ? 'selected' : ''}` +
        ` level-${esc(row.level)}"><td>${clock(row.timeMs)}</td><td>${esc(row.ruleId)}</td>` +
        `<td>${esc(row.level)}</td><td>${esc(row.accountId)}</td>` +
        `<td>${esc(row.summary || '(raised before you signed in: case only)')}</td>` +
        `<td class="case-state">${esc(row.caseState.state)}</td></tr>`,
    )
    .join('');
  setHtml(byId('alert-feed'), body || '<tr><td colspan="6">no alerts yet</td></tr>');
  byId('alert-count').textContent = `${rows.size} alerts, ${shown.length} shown`;
}

function renderDetail(): void {
  const row = selected === undefined ? undefined : rows.get(selected);
  if (row === undefined) {
    setHtml(byId('alert-detail'), '<p class="muted">Select an alert.</p>');
    return;
  }
  const features = Object.entries(row.features)
    .map(([name, value]) => `<tr><th>${esc(name)}</th><td>${esc(value)}</td></tr>`)
    .join('');
  const c = row.caseState;
  const isFrozen = frozen.get(row.accountId) === true;
  setHtml(
    byId('alert-detail'),
    `<h3>${esc(row.ruleId)} ` +
      `<span class="badge level-${esc(row.level)}">${esc(row.level)}</span></h3>` +
      `<p>${esc(row.summary)}</p><p>Account <b>${esc(row.accountId)}</b>` +
      `${isFrozen ? ' (frozen)' : ''}` +
      ` · alert ${esc(row.alertId)} · ${clock(row.timeMs)}</p>` +
      `<h4>Features</h4><table class="kv">${features || '<tr><td>none</td></tr>'}</table>` +
      `<h4>Events</h4><p class="mono">${row.eventIds.map(esc).join('<br>') || 'none'}</p>` +
      `<h4>Case</h4><p data-testid="case-state">state <b>${esc(c.state)}</b>` +
      `${c.assignee ? `, assigned to ${esc(c.assignee)}` : ''}` +
      `${c.resolution ? `, resolution <b>${esc(c.resolution)}</b>` : ''}</p>` +
      `<ul class="history">${row.history.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>`,
  );
}

async function act(context: ViewContext, action: string): Promise<void> {
  const row = selected === undefined ? undefined : rows.get(selected);
  if (row === undefined) return;
  const note = byId<HTMLInputElement>('case-note').value;
  const kinds: Record<string, lending.v1.CaseActionKind> = {
    acknowledge: lending.v1.CaseActionKind.CASE_ACKNOWLEDGE,
    assign: lending.v1.CaseActionKind.CASE_ASSIGN,
    fraud: lending.v1.CaseActionKind.CASE_RESOLVE_FRAUD,
    not_fraud: lending.v1.CaseActionKind.CASE_RESOLVE_NOT_FRAUD,
  };
  let answer;
  if (action === 'freeze' || action === 'unfreeze') {
    const frozenNow = action === 'freeze';
    answer = await context.ask({
      freezeAccount: {
        userId: row.accountId,
        frozen: frozenNow,
        reason: note || `alert ${row.alertId}`,
      },
    });
    if ('ok' in answer) frozen.set(row.accountId, answer.ok.accountStatus?.frozen ?? frozenNow);
  } else {
    const assignee = action === 'assign' ? byId<HTMLInputElement>('case-assignee').value : '';
    answer = await context.ask({
      caseAction: { alertId: row.alertId, action: kinds[action] ?? 0, assignee, note },
    });
    if ('ok' in answer && answer.ok.caseUpdate) onCase(answer.ok.caseUpdate);
  }
  message = 'ok' in answer ? `${action}: done` : `${action}: ${answer.refused}`;
  context.changed();
}

export const alertsView: View = {
  id: 'alerts',
  title: 'Alerts',
  roles: ['risk_officer'],
  channels: () => [{ channel: Channel.CHANNEL_ALERTS }],
  mount(root, context) {
    root.innerHTML = `
      <div class="toolbar">
        <select id="alert-filter-rule"><option value="">every rule</option></select>
        <select id="alert-filter-level"><option value="">every level</option>
          <option value="review">review</option><option value="block">block</option></select>
        <input id="alert-filter-account" placeholder="account contains…">
        <span id="alert-count" class="muted"></span>
      </div>
      <div class="split">
        <div class="panel scroll"><table class="grid"><thead><tr><th>time</th><th>rule</th>
          <th>level</th><th>account</th><th>summary</th><th>case</th></tr></thead>
          <tbody id="alert-feed"></tbody></table></div>
        <div class="panel">
          <div id="alert-detail"></div>
          <div class="actions">
            <input id="case-note" placeholder="note">
            <input id="case-assignee" placeholder="assignee">
            <button data-act="acknowledge">Acknowledge</button>
            <button data-act="assign">Assign</button>
            <button data-act="fraud">Resolve: fraud</button>
            <button data-act="not_fraud">Resolve: not fraud</button>
            <button data-act="freeze" class="danger">Freeze account</button>
            <button data-act="unfreeze">Unfreeze</button>
          </div>
          <p id="alert-message" class="muted"></p>
        </div>
      </div>`;
    for (const id of ['alert-filter-rule', 'alert-filter-level', 'alert-filter-account']) {
      byId(id).addEventListener('input', () => context.changed());
    }
    byId('alert-feed').addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest('tr');
      const id = row?.dataset['alert'];
      if (id !== undefined) selected = id;
      context.changed();
    });
    root.querySelector('.actions')?.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).dataset['act'];
      if (action !== undefined) void act(context, action);
    });
  },
  onPush(pushed: ServerMessage, context) {
    if (pushed.alert) onAlert(pushed.alert);
    else if (pushed.caseUpdate) onCase(pushed.caseUpdate);
    else if (pushed.accountStatus)
      frozen.set(pushed.accountStatus.userId ?? '', pushed.accountStatus.frozen === true);
    else return;
    context.changed();
  },
  onLive(context) {
    void context.ask({ getCases: { state: '', limit: 200 } }).then((answer) => {
      if ('ok' in answer) {
        for (const update of [...(answer.ok.cases?.cases ?? [])].reverse()) onCase(update);
      } else message = `earlier cases: ${answer.refused}`;
      context.changed();
    });
  },
  render() {
    renderRuleOptions();
    renderFeed();
    renderDetail();
    byId('alert-message').textContent = message;
  },
};

export function resetAlerts(): void {
  rows.clear();
  order = [];
  selected = undefined;
  frozen = new Map();
}
