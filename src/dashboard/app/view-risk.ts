/**
 * Risk overview: the distribution of customer risk levels, frozen accounts and open cases
 * (GetRiskOverview, refreshed every few seconds), and the explanation of a credit decision: the
 * reason codes (each feature's contribution to the default logit) of any application.
 */
import { Channel, type View, type ViewContext } from './context.js';
import { byId, drawBars, esc, setHtml } from './dom.js';

let overview = '';
let levels: { label: string; value: number }[] = [];
let credit = '';
let reasons: { label: string; value: number }[] = [];
let timer: ReturnType<typeof setInterval> | undefined;

async function refresh(context: ViewContext): Promise<void> {
  const answer = await context.ask({ getRiskOverview: {} });
  if (!('ok' in answer)) {
    overview = `<p class="muted">Risk overview ${esc(answer.refused)}</p>`;
    levels = [];
  } else {
    const risk = answer.ok.riskOverview ?? {};
    levels = (risk.levels ?? []).map((l) => ({ label: l.level ?? '', value: l.accounts ?? 0 }));
    const frozenList = (risk.frozenAccounts ?? []).map(esc).join(', ') || 'none';
    overview =
      `<p>active rule configuration v${esc(risk.activeConfigVersion ?? 0)} · ` +
      `open cases <b>${esc(risk.openCases ?? 0)}</b></p><p>frozen accounts: ${frozenList}</p>`;
  }
  context.changed();
}

async function explain(context: ViewContext): Promise<void> {
  const applicationId = byId<HTMLInputElement>('credit-application').value.trim();
  if (applicationId === '') return;
  const answer = await context.ask({ getApplication: { applicationId } });
  if (!('ok' in answer)) {
    credit = `<p class="muted">${esc(answer.refused)}</p>`;
    reasons = [];
  } else {
    const d = answer.ok.applicationDecision ?? {};
    reasons = (d.reasons ?? []).map((r) => ({
      label: r.feature ?? '',
      value: r.contribution ?? 0,
    }));
    credit =
      `<p>decision <b>${esc(d.decision)}</b> · grade <b>${esc(d.grade)}</b> · probability of` +
      ` default ${((d.probabilityOfDefault ?? 0) * 100).toFixed(1)}% · market ` +
      `${esc(d.marketId)}${d.rules?.length ? ` · rules: ${d.rules.map(esc).join(', ')}` : ''}` +
      `${d.reviewedBy ? ` · reviewed by ${esc(d.reviewedBy)}: ${esc(d.reviewReason)}` : ''}</p>`;
  }
  context.changed();
}

const levelColors: Record<string, string> = { low: '#1a9850', medium: '#fdae61', high: '#d73027' };

export const riskView: View = {
  id: 'risk',
  title: 'Risk',
  roles: ['risk_officer'],
  channels: () => [{ channel: Channel.CHANNEL_ALERTS }],
  mount(root, context) {
    root.innerHTML = `
      <div class="split">
        <div class="panel"><h3>Customer risk levels</h3>
          <canvas id="risk-levels" class="chart small"></canvas><div id="risk-overview"></div></div>
        <div class="panel"><h3>Credit score explanation</h3>
          <div class="toolbar"><input id="credit-application" placeholder="application id">
          <button id="credit-explain">Explain</button></div>
          <div id="credit-decision"></div>
          <canvas id="credit-reasons" class="chart"></canvas>
          <p class="muted">Bars: each feature's contribution to the default logit; right raises
          the risk, left lowers it.</p></div>
      </div>`;
    byId('credit-explain').addEventListener('click', () => void explain(context));
  },
  onPush() {},
  onLive(context) {
    void refresh(context);
    if (timer === undefined) timer = setInterval(() => void refresh(context), 5_000);
  },
  render() {
    setHtml(byId('risk-overview'), overview);
    drawBars(
      byId<HTMLCanvasElement>('risk-levels'),
      levels.map((l) => ({
        ...l,
        text: `${l.value} accounts`,
        color: levelColors[l.label] ?? '#888',
      })),
    );
    setHtml(byId('credit-decision'), credit);
    drawBars(
      byId<HTMLCanvasElement>('credit-reasons'),
      reasons.map((r) => ({
        ...r,
        text: r.value.toFixed(3),
        color: r.value > 0 ? '#d73027' : '#1a9850',
      })),
    );
  },
};
