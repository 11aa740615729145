/**
 * Disclosure: the live regulator figures (CHANNEL_DISCLOSURE for the roles that may follow it,
 * otherwise the public /v1/disclosure/figures.json polled), charts over the session (lending
 * volume by day from the cumulative amount, outstanding principal, overdue rate by bucket), and
 * the monthly report: CSV download and a printable page.
 */
import type { ServerMessage } from '../../client/core.js';
import { Channel, type View, type ViewContext } from './context.js';
import { byId, bps, day, drawBars, drawLine, esc, fen, setHtml } from './dom.js';

interface Snapshot {
  asOfMs: number;
  values: Map<string, { value: number; unit: string; label: string }>;
}

const historyMax = 3_600;
let history: Snapshot[] = [];
let pollTimer: ReturnType<typeof setInterval> | undefined;
let reportStatus = '';

function record(snapshot: Snapshot): void {
  const last = history[history.length - 1];
  if (last !== undefined && last.asOfMs >= snapshot.asOfMs) return;
  history.push(snapshot);
  if (history.length > historyMax) history = history.slice(-historyMax);
}

function fromPush(figures: NonNullable<ServerMessage['figures']>): Snapshot {
  const values = new Map<string, { value: number; unit: string; label: string }>();
  for (const f of figures.figures ?? []) {
    values.set(f.name ?? '', { value: Number(f.value ?? 0), unit: f.unit ?? '', label: '' });
  }
  return { asOfMs: Number(figures.asOfMs ?? 0), values };
}

async function poll(context: ViewContext): Promise<void> {
  try {
    const response = await fetch('/v1/disclosure/figures.json');
    if (!response.ok) return;
    const body = (await response.json()) as {
      asOfMs: number;
      figures: { name: string; value: number; unit: string; label: string }[];
    };
    const values = new Map(
      body.figures.map((f) => [f.name, { value: f.value, unit: f.unit, label: f.label }]),
    );
    record({ asOfMs: body.asOfMs, values });
    context.changed();
  } catch {
    // The next poll tries again; the status bar shows the connection state.
  }
}

function value(snapshot: Snapshot | undefined, name: string): number {
  return snapshot?.values.get(name)?.value ?? 0;
}

function show(v: { value: number; unit: string }): string {
  if (v.unit === 'fen') return fen(v.value);
  if (v.unit === 'bps') return bps(v.value);
  return String(v.value);
}

/** Lending volume per day: the growth of the cumulative amount within each (UTC) day. */
function volumeByDay(): { label: string; value: number; text: string }[] {
  const perDay = new Map<string, { first: number; last: number }>();
  let previous: number | undefined;
  for (const snapshot of history) {
    const total = value(snapshot, 'cumulative_lending_amount');
    const key = day(snapshot.asOfMs);
    const entry = perDay.get(key) ?? { first: previous ?? total, last: total };
    entry.last = total;
    perDay.set(key, entry);
    previous = total;
  }
  return [...perDay.entries()].slice(-7).map(([label, { first, last }]) => ({
    label,
    value: last - first,
    text: fen(last - first),
  }));
}

async function printable(): Promise<void> {
  const month = byId<HTMLInputElement>('report-month').value;
  const response = await fetch(`/v1/disclosure/reports/${month}.csv`);
  const text = (await response.text()).replace(/^\ufeff/, '');
  if (!response.ok) {
    reportStatus = `report ${month}: ${text}`;
    return;
  }
  const rows = text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  const [head = [], ...body] = rows;
  setHtml(
    byId('report-page'),
    `<h2>Monthly disclosure report ${esc(month)}</h2><table class="grid print"><thead><tr>` +
      head.map((h) => `<th>${esc(h)}</th>`).join('') +
      '</tr></thead><tbody>' +
      body.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('') +
      '</tbody></table><button id="report-print" class="noprint">Print</button>',
  );
  byId('report-print').addEventListener('click', () => window.print());
  reportStatus = `report ${month}: ${body.length} rows`;
}

export const disclosureView: View = {
  id: 'disclosure',
  title: 'Disclosure',
  roles: ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'],
  channels: (context) =>
    context.roles.some((r) => ['risk_officer', 'analyst', 'admin'].includes(r))
      ? [{ channel: Channel.CHANNEL_DISCLOSURE }]
      : [],
  mount(root, context) {
    const month = new Date().toISOString().slice(0, 7);
    root.innerHTML = `
      <div class="split">
        <div class="panel scroll">
          <h3>Live figures <span id="figures-asof" class="muted"></span></h3>
          <table class="grid"><tbody id="figures"></tbody></table></div>
        <div class="panel"><h3>Lending volume by day</h3>
          <canvas id="chart-volume" class="chart small"></canvas>
          <h3>Outstanding principal</h3><canvas id="chart-outstanding" class="chart small"></canvas>
          <h3>Overdue rate by bucket (share of outstanding principal)</h3>
          <canvas id="chart-overdue" class="chart small"></canvas></div>
      </div>
      <div class="panel"><h3>Monthly report</h3><div class="toolbar">
        <input id="report-month" type="month" value="${month}">
        <a id="report-download" class="button" download>Download CSV</a>
        <button id="report-show">Printable page</button>
        <span id="report-status" class="muted"></span></div>
        <div id="report-page"></div></div>`;
    const link = (): void => {
      const chosen = byId<HTMLInputElement>('report-month').value;
      byId<HTMLAnchorElement>('report-download').href = `/v1/disclosure/reports/${chosen}.csv`;
    };
    link();
    byId('report-month').addEventListener('input', link);
    byId('report-show').addEventListener(
      'click',
      () => void printable().then(() => context.changed()),
    );
  },
  onPush(pushed, context) {
    if (!pushed.figures) return;
    record(fromPush(pushed.figures));
    context.changed();
  },
  onLive(context) {
    void poll(context);
    const subscribed = disclosureView.channels(context).length > 0;
    if (!subscribed && pollTimer === undefined)
      pollTimer = setInterval(() => void poll(context), 2_000);
  },
  render() {
    const latest = history[history.length - 1];
    byId('figures-asof').textContent = latest
      ? `as of ${new Date(latest.asOfMs).toISOString()}`
      : '';
    setHtml(
      byId('figures'),
      [...(latest?.values.entries() ?? [])]
        .map(
          ([name, v]) =>
            `<tr><th>${esc(name)}</th><td>${esc(v.label)}</td><td class="num">${show(v)}</td></tr>`,
        )
        .join('') || '<tr><td>waiting for the first figures…</td></tr>',
    );
    drawBars(byId<HTMLCanvasElement>('chart-volume'), volumeByDay());
    drawLine(
      byId<HTMLCanvasElement>('chart-outstanding'),
      history.map((s) => ({ x: s.asOfMs, y: value(s, 'outstanding_principal') })),
      fen(value(latest, 'outstanding_principal')),
    );
    const outstanding = Math.max(1, value(latest, 'outstanding_principal'));
    drawBars(
      byId<HTMLCanvasElement>('chart-overdue'),
      [
        ['1-90 days', 'overdue_1_90_amount'],
        ['91-180 days', 'overdue_91_180_amount'],
        ['181+ days', 'overdue_181_plus_amount'],
      ].map(([label = '', name = '']) => {
        const rateBps = Math.round((10_000 * value(latest, name)) / outstanding);
        return {
          label,
          value: rateBps,
          text: `${bps(rateBps)} (${fen(value(latest, name))})`,
          color: '#d73027',
        };
      }),
    );
    byId('report-status').textContent = reportStatus;
  },
};
