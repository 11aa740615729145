/**
 * Lenders: holdings (GetHoldings), fills with the allocation explanation (CHANNEL_MY_ORDERS),
 * the repayment calendar from each note's remaining schedule with the reminders pushed on
 * CHANNEL_MY_LEDGER, and for any ledger movement the proof that its entry is in the published
 * chain head, checked here in the browser with nothing but sha256 (crypto.subtle).
 */
import type { ServerMessage } from '../../client/core.js';
import { lending } from '../../client/core.js';
import { Channel, type View, type ViewContext } from './context.js';
import { bps, byId, clock, day, esc, fen, setHtml } from './dom.js';

const listMax = 200;
let holdings = '<p class="muted">loading…</p>';
let calendar: { dueMs: number; amountFen: number; loanId: string; overdue: boolean }[] = [];
let fills: lending.v1.IFill[] = [];
let notices: lending.v1.ILoanNotice[] = [];
let movements: lending.v1.ILedgerMovement[] = [];
const proofs = new Map<string, string>();
/** The service's clock as last seen on a push (the demo runs it faster than the wall). */
let serverNowMs = 0;
let refreshTimer: ReturnType<typeof setInterval> | undefined;

function keep<T>(list: T[], item: T): T[] {
  const next = [item, ...list];
  return next.length > listMax ? next.slice(0, listMax) : next;
}

async function refresh(context: ViewContext): Promise<void> {
  const answer = await context.ask({ getHoldings: {} });
  if (!('ok' in answer)) {
    holdings = `<p class="muted">Holdings ${esc(answer.refused)}</p>`;
    context.changed();
    return;
  }
  const h = answer.ok.holdings ?? {};
  const notes = h.notes ?? [];
  holdings =
    `<p>available <b>${fen(h.availableFen)}</b> · held in open orders <b>${fen(h.heldFen)}</b>` +
    ` · ${notes.length} notes</p><table class="grid"><thead><tr><th>loan</th><th>market</th>` +
    '<th>lent</th><th>rate</th><th>outstanding</th><th>principal back</th><th>status</th>' +
    '</tr></thead><tbody>' +
    notes
      .map(
        (n) =>
          `<tr><td>${esc(n.loanId)}</td><td>${esc(n.marketId)}</td>` +
          `<td>${fen(n.principalFen)}</td>` +
          `<td>${bps(n.rateBps)}</td><td>${fen(n.outstandingPrincipalFen)}</td><td>` +
          `${fen(n.receivedPrincipalFen)}</td>` +
          `<td class="status-${esc(n.loanStatus)}">${esc(n.loanStatus)}` +
          `${n.daysPastDue ? ` (${n.daysPastDue} d)` : ''}</td></tr>`,
      )
      .join('') +
    '</tbody></table>';
  calendar = notes
    .flatMap((n) =>
      (n.schedule ?? []).map((p) => ({
        dueMs: Number(p.dueMs ?? 0),
        amountFen: Number(p.principalFen ?? 0) + Number(p.interestFen ?? 0),
        loanId: n.loanId ?? '',
        overdue: n.loanStatus === 'overdue' && Number(p.dueMs ?? 0) <= serverNowMs,
      })),
    )
    // Periods due before the service's clock are history (paid, or shown as overdue).
    .filter((p) => p.amountFen > 0 && (p.overdue || p.dueMs > serverNowMs))
    .sort((a, b) => a.dueMs - b.dueMs)
    .slice(0, 24);
  context.changed();
}

function hex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

async function sha256Hex(...parts: Uint8Array[]): Promise<string> {
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** h(i) = sha256(h(i-1) || record(i)); recompute the entry's hash, then each link to the head. */
async function check(proof: lending.v1.ILedgerProof): Promise<string> {
  let hash = await sha256Hex(hex(proof.prevHash ?? ''), hex(proof.record ?? ''));
  if (hash !== proof.hash) return 'does NOT verify: the entry hash differs';
  for (const link of proof.links ?? []) hash = await sha256Hex(hex(hash), hex(link));
  if (hash !== proof.headHash) return 'does NOT verify: the chain does not reach the head';
  return (
    `verified: entry ${proof.entryIndex ?? 0} is in head ${proof.headIndex ?? 0} ` +
    `(${(proof.headHash ?? '').slice(0, 16)}…, ${(proof.links ?? []).length} links)`
  );
}

async function prove(context: ViewContext, reference: string): Promise<void> {
  proofs.set(reference, 'asking…');
  context.changed();
  const answer = await context.ask({ getLedgerProof: { reference } });
  const proof = 'ok' in answer ? answer.ok.ledgerProof : undefined;
  proofs.set(reference, proof ? await check(proof) : 'ok' in answer ? 'no proof' : answer.refused);
  context.changed();
}

function fillRows(): string {
  return (
    fills
      .slice(0, 20)
      .map(
        (f) =>
          `<tr><td>${clock(f.timeMs)}</td><td>${esc(f.marketId)}</td><td>${esc(f.trancheId)}</td>` +
          `<td>${fen(f.amountFen)}</td><td>${bps(f.rateBps)}</td><td class="explain">` +
          `${esc(f.explanation)}</td></tr>`,
      )
      .join('') || '<tr><td colspan="6">no fills yet</td></tr>'
  );
}

function calendarRows(): string {
  const reminders = notices
    .slice(0, 20)
    .map(
      (n) =>
        `<li class="notice-${esc(n.kind)}">${day(n.timeMs)} <b>${esc(n.kind)}</b> loan ` +
        `${esc(n.loanId)} period ${n.period ?? 0} due ${day(n.dueMs)} ${fen(n.amountFen)}` +
        `${n.daysPastDue ? ` · ${n.daysPastDue} days past due (${esc(n.bucket)})` : ''}</li>`,
    )
    .join('');
  const due = calendar
    .map(
      (p) =>
        `<tr class="${p.overdue ? 'overdue' : ''}"><td>${day(p.dueMs)}</td>` +
        `<td>${esc(p.loanId)}</td>` +
        `<td>${fen(p.amountFen)}</td><td>${p.overdue ? 'overdue' : ''}</td></tr>`,
    )
    .join('');
  return (
    `<h4>Reminders and notices</h4><ul>${reminders || '<li>none yet</li>'}</ul>` +
    '<table class="grid"><thead><tr><th>due</th><th>loan</th><th>expected</th><th></th></tr>' +
    '</thead>' +
    `<tbody>${due || '<tr><td colspan="4">nothing scheduled</td></tr>'}</tbody></table>`
  );
}

function movementRows(): string {
  return (
    movements
      .slice(0, 30)
      .map((m) => {
        const reference = m.reference ?? '';
        return (
          `<tr><td>${clock(m.timeMs)}</td><td>${esc(m.kind)}</td><td>${fen(m.amountFen)}</td>` +
          `<td>${esc(reference)}</td><td><button data-prove="${esc(reference)}">prove</button> ` +
          `<span class="proof">${esc(proofs.get(reference) ?? '')}</span></td></tr>`
        );
      })
      .join('') || '<tr><td colspan="5">no movements yet</td></tr>'
  );
}

export const lenderView: View = {
  id: 'lending',
  title: 'My lending',
  roles: ['lender'],
  channels: () => [{ channel: Channel.CHANNEL_MY_ORDERS }, { channel: Channel.CHANNEL_MY_LEDGER }],
  mount(root, context) {
    root.innerHTML = `
      <div class="split">
        <div class="panel"><h3>Holdings</h3><div id="holdings"></div>
          <h3>Fills and why they were allocated</h3><table class="grid"><thead><tr><th>time</th>
          <th>market</th><th>tranche</th><th>amount</th><th>rate</th><th>allocation</th></tr>
          </thead>
          <tbody id="fills"></tbody></table></div>
        <div class="panel"><h3>Repayment calendar</h3><div id="calendar"></div>
          <h3>Ledger movements and inclusion proofs</h3><table class="grid"><tbody id="movements">
          </tbody></table></div>
      </div>`;
    byId('movements').addEventListener('click', (event) => {
      const reference = (event.target as HTMLElement).dataset['prove'];
      if (reference !== undefined) void prove(context, reference);
    });
  },
  onPush(pushed: ServerMessage, context) {
    const timeMs = Number(
      pushed.fill?.timeMs ?? pushed.loanNotice?.timeMs ?? pushed.ledgerMovement?.timeMs ?? 0,
    );
    serverNowMs = Math.max(serverNowMs, timeMs);
    if (pushed.fill) fills = keep(fills, pushed.fill);
    else if (pushed.loanNotice) notices = keep(notices, pushed.loanNotice);
    else if (pushed.ledgerMovement) movements = keep(movements, pushed.ledgerMovement);
    else return;
    context.changed();
  },
  onLive(context) {
    void refresh(context);
    if (refreshTimer === undefined) refreshTimer = setInterval(() => void refresh(context), 5_000);
  },
  render() {
    setHtml(byId('holdings'), holdings);
    setHtml(byId('fills'), fillRows());
    setHtml(byId('calendar'), calendarRows());
    setHtml(byId('movements'), movementRows());
  },
};
