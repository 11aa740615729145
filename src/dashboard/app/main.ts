/**
 * The dashboard's entry point: sign-in (user id and password through Login, or a token, or
 * `#token=` in the address), the views the signed-in roles may see, one LiveSession over the
 * public protocol, and a render timer: pushes only update state and mark it changed; the shown
 * view is drawn at most four times a second however many updates arrive.
 */
import { LendingClient } from '../../client/core.js';
import { LiveSession, type LiveStatus } from '../../client/live.js';
import { ask, type View, type ViewContext } from './context.js';
import { byId, esc } from './dom.js';
import { alertsView } from './view-alerts.js';
import { disclosureView } from './view-disclosure.js';
import { lenderView } from './view-lender.js';
import { marketsView } from './view-markets.js';
import { riskView } from './view-risk.js';

const allViews: View[] = [alertsView, riskView, lenderView, marketsView, disclosureView];
const renderEveryMs = 250;
const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/v1/ws`;

let views: View[] = [];
let shown: View | undefined;
let dirty = true;
let status = 'signed out';
let renders = 0;
let pushes = 0;

function deviceId(): string {
  const saved = localStorage.getItem('lending-device-id');
  if (saved !== null) return saved;
  const fresh = `web-${crypto.randomUUID()}`;
  localStorage.setItem('lending-device-id', fresh);
  return fresh;
}

function show(view: View): void {
  shown = view;
  for (const other of views) byId(`view-${other.id}`).hidden = other !== view;
  for (const tab of document.querySelectorAll<HTMLElement>('#tabs button')) {
    tab.classList.toggle('active', tab.dataset['view'] === view.id);
  }
  location.hash = view.id;
  dirty = true;
}

function setStatus(next: LiveStatus, detail: string): void {
  status = next === 'live' ? 'live' : detail;
  byId('status').className = `status-${next}`;
  dirty = true;
}

function mountViews(context: ViewContext): void {
  views = allViews.filter((view) => view.roles.some((role) => context.roles.includes(role)));
  const main = byId('views');
  main.innerHTML = views.map((v) => `<section id="view-${v.id}" hidden></section>`).join('');
  byId('tabs').innerHTML = views
    .map((v) => `<button data-view="${v.id}">${esc(v.title)}</button>`)
    .join('');
  for (const view of views) view.mount(byId(`view-${view.id}`), context);
  const wanted = views.find((v) => `#${v.id}` === location.hash) ?? views[0];
  if (wanted !== undefined) show(wanted);
}

function onLive(context: ViewContext, first: boolean): void {
  if (first) {
    mountViews(context);
    const seen = new Set<string>();
    for (const subscription of views.flatMap((v) => v.channels(context))) {
      const key = `${subscription.channel}:${subscription.marketId ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      void context.session.subscribe(subscription);
    }
    byId('signin').hidden = true;
    byId('app').hidden = false;
    const who = `${context.userId} (${context.roles.join(', ')})`;
    byId('who').textContent = who;
  }
  for (const view of views) view.onLive(context);
}

function signIn(token: string): void {
  let context: ViewContext | undefined;
  let first = true;
  const session: LiveSession = new LiveSession({
    url: wsUrl,
    token: () => token,
    deviceId: deviceId(),
    onPush: (message) => {
      pushes += 1;
      if (context !== undefined) for (const view of views) view.onPush(message, context);
    },
    onAuthFailed: (reject) => {
      byId('signin-error').textContent =
        `Sign-in refused: ${reject.codeName ?? ''} ${reject.message ?? ''}`;
    },
    onStatus: (next, detail) => {
      setStatus(next, detail);
      if (next !== 'live') return;
      const me = session.authenticated;
      context ??= {
        session,
        userId: me?.userId ?? '',
        roles: [...(me?.roles ?? [])],
        ask: (body) => ask(session, body),
        changed: () => {
          dirty = true;
        },
      };
      onLive(context, first);
      first = false;
    },
  });
  byId('signout').onclick = () => {
    void session.stop();
    location.hash = '';
    location.reload();
  };
  byId('drop').onclick = () => session.dropConnection();
}

async function login(userId: string, password: string): Promise<void> {
  const error = byId('signin-error');
  try {
    const client = await LendingClient.connect(wsUrl);
    const answer = await client.request({ login: { userId, password } });
    await client.close();
    const token = answer.tokenIssued?.token;
    if (token) signIn(token);
    else
      error.textContent =
        `Sign-in refused: ${answer.reject?.codeName ?? ''} ` + `${answer.reject?.message ?? ''}`;
  } catch (failure) {
    const reason = failure instanceof Error ? failure.message : String(failure);
    error.textContent = `Cannot reach the service: ${reason}`;
  }
}

function render(): void {
  byId('status').textContent = status;
  byId('counters').textContent = `${pushes} pushes · ${renders} renders`;
  if (!dirty || shown === undefined) return;
  dirty = false;
  renders += 1;
  shown.render();
}

function start(): void {
  byId('signin-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = byId<HTMLTextAreaElement>('signin-token').value.trim();
    if (token !== '') return signIn(token);
    const userId = byId<HTMLInputElement>('signin-user').value.trim();
    void login(userId, byId<HTMLInputElement>('signin-password').value);
  });
  byId('tabs').addEventListener('click', (event) => {
    const id = (event.target as HTMLElement).dataset['view'];
    const view = views.find((v) => v.id === id);
    if (view !== undefined) show(view);
  });
  const fromAddress = /token=([^&]+)/.exec(location.hash)?.[1];
  if (fromAddress !== undefined) {
    history.replaceState(null, '', location.pathname);
    signIn(decodeURIComponent(fromAddress));
  }
  setInterval(render, renderEveryMs);
}

start();
