/**
 * LiveSession against a scripted server (ws): a sign-in refused with SERVICE_UNAVAILABLE (the
 * service's Redis restarting) is retried, not taken as final; a bad token ends the session; and
 * a session that first subscribed while the alerts channel was empty resumes from its start
 * (from_start) after a drop, so alerts raised meanwhile are not skipped.
 */
import { afterEach, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { LiveSession, lending } from '../../src/client/index.js';

const v1 = lending.v1;
let server: WebSocketServer | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

type Answer = (message: lending.v1.IClientMessage, socket: WebSocket) => lending.v1.IServerMessage;

/** A server that answers each client message with `answer`; resolves its URL. */
async function scripted(answer: Answer): Promise<string> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  server = wss;
  await new Promise((resolve) => wss.once('listening', resolve));
  wss.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => {
      const frame = v1.ClientFrame.decode(data);
      const messages = frame.messages.map((message) => answer(message, socket));
      socket.send(v1.ServerFrame.encode({ messages }).finish());
    });
  });
  const address = wss.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return `ws://127.0.0.1:${port}/v1/ws`;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function refusal(requestId: number, codeName: string): lending.v1.IServerMessage {
  return { requestId, reject: { code: 1014, codeName, message: 'try later' } };
}

it('retries a sign-in refused for now, stops on a bad token', async () => {
  let signIns = 0;
  const url = await scripted((message) => {
    const requestId = message.requestId ?? 0;
    if (message.authenticate) {
      signIns += 1;
      if (signIns === 1) return refusal(requestId, 'SERVICE_UNAVAILABLE');
      if (message.authenticate.token === 'bad') return refusal(requestId, 'TOKEN_INVALID');
      return { requestId, authenticated: { userId: 'RO', roles: ['risk_officer'] } };
    }
    return { requestId, subscribed: { channel: message.subscribe?.channel ?? 0, seq: 0 } };
  });
  const statuses: string[] = [];
  const session = new LiveSession({
    url,
    token: () => 'good',
    backoffMsMin: 10,
    onStatus: (status) => statuses.push(status),
  });
  await until(() => statuses.includes('live'), 'the session to go live after a retry');
  expect(signIns).toBe(2);
  await session.stop();

  const refused: string[] = [];
  const bad = new LiveSession({
    url,
    token: () => 'bad',
    backoffMsMin: 10,
    onAuthFailed: (reject) => refused.push(reject.codeName ?? ''),
  });
  await until(() => refused.length === 1, 'the bad token to end the session');
  expect(refused).toEqual(['TOKEN_INVALID']);
  await bad.stop();
});

it('resumes an alerts subscription made at position 0 from the start', async () => {
  const subscribes: lending.v1.ISubscribe[] = [];
  const url = await scripted((message, socket) => {
    const requestId = message.requestId ?? 0;
    if (message.authenticate) {
      return { requestId, authenticated: { userId: 'RO', roles: ['risk_officer'] } };
    }
    subscribes.push(message.subscribe ?? {});
    // The first connection is dropped right after it subscribed (the channel still empty).
    if (subscribes.length === 1) setTimeout(() => socket.terminate(), 20);
    return { requestId, subscribed: { channel: v1.Channel.CHANNEL_ALERTS, seq: 0 } };
  });
  const session = new LiveSession({
    url,
    token: () => 'good',
    backoffMsMin: 10,
    subscriptions: [{ channel: v1.Channel.CHANNEL_ALERTS }],
  });
  await until(() => subscribes.length === 2, 'the resubscription');
  expect(subscribes[0]).toMatchObject({ fromStart: false });
  expect(subscribes[1]).toMatchObject({ fromStart: true });
  await session.stop();
});
