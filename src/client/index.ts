/**
 * The SDK for Node programs (lender programs, the demo, tests): the transport-agnostic client of
 * `./core.ts` with the `ws` package as its WebSocket (which also takes private CAs for wss://).
 * The browser dashboard imports `./core.ts` and `./live.ts` directly, with its native WebSocket.
 */
import WebSocket from 'ws';
import { setDefaultSocketFactory, type SocketLike } from './core.js';

// ws implements the standard interface the client needs; the cast narrows its wider types.
setDefaultSocketFactory((url, options) => {
  const ca = options.ca;
  const tls = ca === undefined ? {} : { ca: typeof ca === 'string' ? ca : Buffer.from(ca) };
  return new WebSocket(url, tls) as unknown as SocketLike;
});

export { LendingClient, lending, setDefaultSocketFactory } from './core.js';
export type {
  ClientBody,
  ConnectOptions,
  ServerMessage,
  SocketFactory,
  SocketLike,
} from './core.js';
export { LenderSession } from './session.js';
export type { SessionOptions } from './session.js';
export { LiveSession } from './live.js';
export type { LiveOptions, LiveStatus } from './live.js';
