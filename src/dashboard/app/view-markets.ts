/**
 * Markets: the chosen market's book as a depth chart that follows BookUpdate pushes, its top
 * levels, tranches being funded (progress bars, age, and time left where a deadline is known),
 * and recent funding: each increase of a tranche's funded amount seen on CHANNEL_TRANCHES.
 */
import type { ServerMessage } from '../../client/core.js';
import { lending } from '../../client/core.js';
import { Channel, type View, type ViewContext } from './context.js';
import { bps, byId, clock, drawDepth, esc, fen, setHtml } from './dom.js';

interface TrancheRow {
  update: lending.v1.ITrancheUpdate;
  firstSeenMs: number;
}

const defaultMarkets = ['12M', '24M', '36M'].flatMap((term) =>
  ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((grade) => `${term}:${grade}`),
);
let markets: string[] = defaultMarkets;
let market = '36M:B';
const books = new Map<string, lending.v1.IBookUpdate>();
const tranches = new Map<string, TrancheRow>();
let fundings: {
  timeMs: number;
  marketId: string;
  trancheId: string;
  addedFen: number;
  text: string;
}[] = [];
let bookUpdates = 0;
/** Until the user picks a market, the view follows the first one where tranches are funded. */
let picked = false;
const tranchesMax = 5_000;
const fundingsMax = 100;

function onTranche(update: lending.v1.ITrancheUpdate): void {
  const id = update.trancheId ?? '';
  const before = tranches.get(id);
  const funded = Number(update.fundedFen ?? 0);
  const added = funded - Number(before?.update.fundedFen ?? 0);
  if (added > 0 && before !== undefined) {
    fundings.unshift({
      timeMs: Number(update.timeMs ?? 0),
      marketId: update.marketId ?? '',
      trancheId: id,
      addedFen: added,
      text: `${fen(funded)} of ${fen(update.amountFen)}`,
    });
    if (fundings.length > fundingsMax) fundings = fundings.slice(0, fundingsMax);
  }
  tranches.set(id, { update, firstSeenMs: before?.firstSeenMs ?? Date.now() });
  if (tranches.size > tranchesMax) {
    const oldest = tranches.keys().next();
    if (oldest.done !== true) tranches.delete(oldest.value);
  }
}

async function choose(context: ViewContext, next: string): Promise<void> {
  if (next === market) return;
  await context.session.unsubscribe({ channel: Channel.CHANNEL_BOOK, marketId: market });
  picked = true;
  market = next;
  await context.session.subscribe({ channel: Channel.CHANNEL_BOOK, marketId: market });
  context.changed();
}

function levelsTable(levels: lending.v1.IBookLevel[], title: string): string {
  const rows = levels
    .map(
      (l) =>
        `<tr><td>${bps(l.rateBps)}</td><td>${fen(l.amountFen)}</td><td>${l.count ?? 0}</td></tr>`,
    )
    .join('');
  return `<table class="grid"><thead><tr><th colspan="3">${title}</th></tr><tr><th>rate</th>
    <th>amount</th><th>orders</th></tr></thead>
    <tbody>${rows || '<tr><td colspan="3">none</td></tr>'}</tbody></table>`;
}

function openTranches(nowMs: number): string {
  const open = [...tranches.values()]
    .filter((row) => row.update.marketId === market)
    .filter((row) => {
      const state = row.update.state ?? 0;
      return (
        state === lending.v1.TrancheState.TRANCHE_STATE_LISTED ||
        state === lending.v1.TrancheState.TRANCHE_STATE_PARTIALLY_FUNDED
      );
    })
    .slice(-30)
    .reverse();
  return (
    open
      .map((row) => {
        const u = row.update;
        const share = Math.min(
          100,
          (100 * Number(u.fundedFen ?? 0)) / Math.max(1, Number(u.amountFen ?? 1)),
        );
        const ageS = Math.max(0, Math.round((nowMs - row.firstSeenMs) / 1000));
        const deadlineMs = Number(u.deadlineMs ?? 0);
        const leftS = Math.max(0, Math.round((deadlineMs - nowMs) / 1000));
        const timing = deadlineMs > 0 ? `${leftS}s left` : `listed ${ageS}s ago, no deadline`;
        return (
          `<div class="tranche" data-tranche="${esc(u.trancheId)}"><span>${esc(u.trancheId)}` +
          ` · up to ${bps(u.maxRateBps)}</span>` +
          `<div class="bar"><div style="width:${share.toFixed(1)}%">` +
          `</div></div><span>${fen(u.fundedFen)} / ${fen(u.amountFen)} · ${share.toFixed(0)}%` +
          ` · ${timing}</span></div>`
        );
      })
      .join('') || '<p class="muted">no tranche being funded in this market</p>'
  );
}

export const marketsView: View = {
  id: 'markets',
  title: 'Markets',
  roles: ['lender', 'borrower', 'risk_officer', 'analyst', 'admin'],
  channels: () => [
    { channel: Channel.CHANNEL_BOOK, marketId: market },
    { channel: Channel.CHANNEL_TRANCHES },
  ],
  mount(root, context) {
    root.innerHTML = `
      <div class="toolbar"><label>market <select id="market-select"></select></label>
        <span id="book-status" class="muted"></span></div>
      <div class="split">
        <div class="panel"><h3>Depth</h3><canvas id="depth" class="chart"></canvas>
          <div class="two" id="book-levels"></div></div>
        <div class="panel"><h3>Tranches being funded</h3><div id="tranches"></div>
          <h3>Recent funding</h3><table class="grid"><thead><tr><th>time</th><th>market</th>
          <th>tranche</th><th>filled</th><th>funded</th></tr></thead>
          <tbody id="fundings"></tbody></table></div>
      </div>`;
    byId('market-select').addEventListener('change', (event) => {
      void choose(context, (event.target as HTMLSelectElement).value);
    });
  },
  onPush(pushed: ServerMessage, context) {
    if (pushed.bookUpdate) {
      books.set(pushed.bookUpdate.marketId ?? '', pushed.bookUpdate);
      bookUpdates += 1;
    } else if (pushed.trancheUpdate) {
      onTranche(pushed.trancheUpdate);
      const next = pushed.trancheUpdate.marketId ?? '';
      const current = books.get(market);
      const empty = (current?.lend?.length ?? 0) + (current?.tranches?.length ?? 0) === 0;
      if (!picked && empty && next !== '' && next !== market) {
        void choose(context, next);
      }
    } else return;
    context.changed();
  },
  onLive(context) {
    void context.ask({ getMarkets: {} }).then((answer) => {
      const listed = 'ok' in answer ? (answer.ok.markets?.markets ?? []) : [];
      if (listed.length > 0) markets = listed.map((m) => m.marketId ?? '').filter(Boolean);
      context.changed();
    });
  },
  render() {
    const select = byId<HTMLSelectElement>('market-select');
    setHtml(select, markets.map((m) => `<option>${esc(m)}</option>`).join(''));
    select.value = market;
    const book = books.get(market);
    const lend = (book?.lend ?? []).map((l) => ({
      rateBps: l.rateBps ?? 0,
      amountFen: Number(l.amountFen ?? 0),
    }));
    const asks = (book?.tranches ?? []).map((l) => ({
      rateBps: l.rateBps ?? 0,
      amountFen: Number(l.amountFen ?? 0),
    }));
    drawDepth(byId<HTMLCanvasElement>('depth'), lend, asks);
    byId('book-status').textContent =
      `book seq ${Number(book?.seq ?? 0)} · ${bookUpdates} updates received`;
    byId('book-status').dataset['seq'] = String(Number(book?.seq ?? 0));
    setHtml(
      byId('book-levels'),
      levelsTable(book?.lend ?? [], 'lend orders (lowest rate first)') +
        levelsTable(book?.tranches ?? [], 'tranches (highest rate first)'),
    );
    setHtml(byId('tranches'), openTranches(Date.now()));
    setHtml(
      byId('fundings'),
      fundings
        .slice(0, 15)
        .map(
          (f) =>
            `<tr><td>${clock(f.timeMs)}</td><td>${esc(f.marketId)}</td>` +
            `<td>${esc(f.trancheId)}</td>` +
            `<td>${fen(f.addedFen)}</td><td>${esc(f.text)}</td></tr>`,
        )
        .join('') || '<tr><td colspan="5">none yet</td></tr>',
    );
  },
};
