/**
 * The uWebSockets.js server: one WebSocket route speaking protobuf frames (proto/lending/v1) and
 * a few HTTP routes for operators. Replies and pushes are queued per connection and per topic and
 * written once per tick, corked, so a burst of commands costs one frame per socket per tick.
 *
 * uWS rules kept here: nothing is read from `req` after the handler returns; a socket is never
 * touched after close (the registry forgets it first); every send result is counted, and the
 * per-socket buffer is bounded by maxBackpressure with closeOnBackpressureLimit.
 */
import type { lending } from '../gen/proto/lending.js';
import { Code, codeName, limits, type Clock, type ResultCode } from '../shared/index.js';
import { verifyToken } from './auth.js';
import type { ChannelLog, LoggedMessage } from './channel-log.js';
import {
  channelNumber,
  decodeFrame,
  encodeServerFrame,
  type Command,
  type Decoded,
  type OutgoingMessage,
  type SequencedChannel,
} from './codec.js';
import { UserChannels, type ChannelSubscriber } from './user-channels.js';
import { BookFanout } from './book-fanout.js';
import type { Presence } from './presence.js';
import { mountDisclosureRoutes, type DisclosureRoutes } from './disclosure-routes.js';
import { Accounts } from './accounts.js';
import type { SharedRateLimiter } from './rate-limit.js';
import type { Claims } from './auth.js';
import type { KycStatus, UserChange, UserStore } from './users.js';
import { httpStatus, toReject, wsCloseCode } from './error-map.js';
import { mountHttpApi, type HttpExchange } from './http-api.js';
import { mountDashboard } from '../dashboard/server.js';
import { GatewayMetrics } from './metrics.js';
import type { Backend, BusinessCommand, Outbound, Session } from './ports.js';
import { topics } from './ports.js';
import { isAllowed, type Action } from './rbac.js';
import type { Logger } from 'pino';
import { uws, type TemplatedApp, type WebSocket, type us_listen_socket } from './uws.js';

export interface GatewayOptions {
  host: string;
  port: number;
  authSecret: Buffer;
  clock: Clock;
  backend: Backend;
  /** Durable log of the sequenced per-user channels. */
  channelLog: ChannelLog;
  /** Registered users, KYC status and token revocation (shared by every gateway via Redis). */
  users: UserStore;
  /** Per-user and per-IP command rates, shared by every gateway (absent: unlimited). */
  rateLimits?: { user: SharedRateLimiter; ip: SharedRateLimiter };
  /** The public disclosure routes (absent: not served). */
  disclosure?: DisclosureRoutes;
  /** Who watches the alerts, across gateways (absent: no presence messages). */
  presence?: Presence;
  /** Lifetime of tokens issued by login and refresh. */
  tokenTtlMs: number;
  /** Structured log; every line about a request names its connection and request id. */
  log?: Logger;
  /** Reports failures that are not a client's fault. */
  onError: (context: string, error: unknown) => void;
  /** With both set, the gateway serves wss:// and https:// (uWS SSLApp). */
  tls?: { certFile: string; keyFile: string };
  /** Extra Prometheus lines (queue depths, service health) rendered at /metrics. */
  metricsExtra?: () => Readonly<Record<string, number>>;
}

interface SocketData {
  connId: number;
  ip: string;
  session: Session | undefined;
  expiresAtMs: number;
  subscriptions: Set<string>;
  /** Subscriptions to sequenced channels (my orders, my ledger), by channel log key. */
  sequenced: Map<string, ChannelSubscriber>;
  tokenId: string;
  /** KYC status of a registered user; undefined for operator-issued identities. */
  kyc: KycStatus | undefined;
  /** Commands that arrived while the authentication was being checked, run after it. */
  waiting: { requestId: number; command: Command }[] | undefined;
}

export interface Gateway extends Outbound {
  /** Applies a user change announced through Redis (KYC status, token revocation). */
  applyUserChange(change: UserChange): void;
  /**
   * Pushes entries of a sequenced channel that their own writer already logged (alerts: the
   * risk pipeline's alert stream) to the channel's subscribers, each seq once.
   */
  deliverLogged(key: string, entries: readonly LoggedMessage[]): void;
  readonly port: number;
  readonly metrics: GatewayMetrics;
  /**
   * Stops accepting connections and commands (new commands are answered SERVICE_UNAVAILABLE),
   * waits for `drained` (the commands already accepted to be answered), flushes queued frames,
   * and closes every socket with 1001.
   */
  stop(drained?: () => Promise<void>): Promise<void>;
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const server = new GatewayServer(options);
  await server.listen();
  return server;
}

class GatewayServer implements Gateway {
  readonly metrics = new GatewayMetrics();
  readonly #options: GatewayOptions;
  readonly #app: TemplatedApp;
  readonly #sockets = new Map<number, WebSocket<SocketData>>();
  readonly #outbox = new Map<number, OutgoingMessage[]>();
  readonly #userChannels: UserChannels;
  readonly #accounts: Accounts;
  readonly #books: BookFanout;
  /** Authenticated sockets by user id and by token id, to apply KYC changes and revocations. */
  readonly #byUser = new Map<string, Set<SocketData>>();
  readonly #byToken = new Map<string, Set<SocketData>>();
  readonly #topicOutbox = new Map<string, lending.v1.IServerMessage[]>();
  /** HTTP requests waiting for their answer, by the connection id allocated to them. */
  readonly #httpExchanges = new Map<number, HttpExchange>();
  #listenSocket: us_listen_socket | undefined;
  #nextConnId = 1;
  #flushScheduled = false;
  #port = 0;
  #stopping = false;

  constructor(options: GatewayOptions) {
    this.#options = options;
    this.#userChannels = new UserChannels({
      log: options.channelLog,
      send: (connId, message) => this.reply(connId, message),
      onError: options.onError,
    });
    this.#books = new BookFanout(
      {
        bufferedBytes: (connId) => this.#sockets.get(connId)?.getBufferedAmount() ?? 0,
        send: (connId, message) => this.reply(connId, message),
      },
      limits.wsConflateBytes,
    );
    this.#accounts = new Accounts({
      users: options.users,
      authSecret: options.authSecret,
      clock: options.clock,
      tokenTtlMs: options.tokenTtlMs,
      reply: (connId, message) => this.reply(connId, message),
      reject: (connId, requestId, code, detail) => this.#rejectTo(connId, requestId, code, detail),
      onError: options.onError,
    });
    const tls = options.tls;
    this.#app =
      tls === undefined
        ? uws.App()
        : uws.SSLApp({ cert_file_name: tls.certFile, key_file_name: tls.keyFile });
    this.#routes();
  }

  get port(): number {
    return this.#port;
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#app.listen(this.#options.host, this.#options.port, (socket) => {
        if (!socket) {
          reject(new Error(`cannot listen on ${this.#options.host}:${this.#options.port}`));
          return;
        }
        this.#listenSocket = socket;
        this.#port = uws.us_socket_local_port(socket);
        resolve();
      });
    });
  }

  async stop(drained?: () => Promise<void>): Promise<void> {
    if (this.#listenSocket !== undefined) uws.us_listen_socket_close(this.#listenSocket);
    this.#listenSocket = undefined;
    this.#stopping = true;
    if (drained !== undefined) await drained();
    // Late answers were queued for the next tick: let that tick run, then send what is left.
    await new Promise((resolve) => setImmediate(resolve));
    this.#flush();
    for (const ws of [...this.#sockets.values()]) ws.end(1001, 'server shutting down');
    this.#sockets.clear();
    await new Promise((resolve) => setImmediate(resolve));
  }

  publishToUser(userId: string, message: lending.v1.IServerMessage): void {
    const onLedger = message.ledgerMovement ?? message.loanNotice;
    const key = onLedger ? topics.ledger(userId) : topics.orders(userId);
    this.#userChannels.publish(key, message);
  }

  reply(connId: number, message: OutgoingMessage): void {
    const exchange = this.#httpExchanges.get(connId);
    if (exchange !== undefined && !(message instanceof Uint8Array)) {
      this.#httpExchanges.delete(connId);
      answerHttp(exchange, message);
      return;
    }
    if (!this.#sockets.has(connId)) return;
    let queue = this.#outbox.get(connId);
    if (queue === undefined) this.#outbox.set(connId, (queue = []));
    queue.push(message);
    this.#scheduleFlush();
  }

  publish(topic: string, message: lending.v1.IServerMessage): void {
    if (message.bookUpdate !== undefined && message.bookUpdate !== null) {
      // Books go per socket, conflated for slow readers, not through a uWS topic.
      this.#books.publish(message.bookUpdate);
      return;
    }
    let queue = this.#topicOutbox.get(topic);
    if (queue === undefined) this.#topicOutbox.set(topic, (queue = []));
    queue.push(message);
    this.#scheduleFlush();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => this.#flush());
  }

  #flush(): void {
    this.#flushScheduled = false;
    for (const [connId, messages] of this.#outbox) {
      const ws = this.#sockets.get(connId);
      if (ws !== undefined) this.#send(ws, messages);
    }
    this.#outbox.clear();
    for (const [topic, messages] of this.#topicOutbox) {
      this.#app.publish(topic, encodeServerFrame(messages), true);
      this.metrics.framesOut += 1;
      this.metrics.messagesOut += messages.length;
    }
    this.#topicOutbox.clear();
  }

  #send(ws: WebSocket<SocketData>, messages: OutgoingMessage[]): void {
    const frame = encodeServerFrame(messages);
    let result = 1;
    ws.cork(() => {
      result = ws.send(frame, true);
    });
    this.metrics.framesOut += 1;
    this.metrics.messagesOut += messages.length;
    if (result === 0) this.metrics.sendBackpressure += 1;
    if (result === 2) this.metrics.sendDropped += 1;
    // Fills and order updates are never dropped or conflated: a reader that falls this far
    // behind is closed and resumes from its last seq (the channel log keeps the rest).
    if (
      ws.getUserData().sequenced.size > 0 &&
      ws.getBufferedAmount() > limits.wsSlowConsumerBytes
    ) {
      this.metrics.slowConsumersClosed += 1;
      ws.end(wsCloseCode(Code.SLOW_CONSUMER), 'slow consumer: resubscribe from your last seq');
    }
  }

  #routes(): void {
    this.#app.ws<SocketData>('/v1/ws', {
      // uWS drops a frame over its own limit without a close code (1006); a margin lets us
      // answer frames just over ours with FRAME_TOO_LARGE and a clear close code.
      maxPayloadLength: limits.wsMaxPayloadBytes * 2,
      maxBackpressure: limits.wsMaxBackpressureBytes,
      // Typed as a number in this build's .d.ts; any non-zero value turns it on.
      closeOnBackpressureLimit: 1,
      idleTimeout: limits.wsIdleTimeoutSeconds,
      sendPingsAutomatically: true,
      upgrade: (res, req, context) => {
        const key = req.getHeader('sec-websocket-key');
        const protocol = req.getHeader('sec-websocket-protocol');
        const extensions = req.getHeader('sec-websocket-extensions');
        const ip = Buffer.from(res.getRemoteAddressAsText()).toString();
        res.upgrade(newSocketData(this.#nextConnId++, ip), key, protocol, extensions, context);
      },
      open: (ws) => {
        this.#sockets.set(ws.getUserData().connId, ws);
        this.metrics.connectionsOpen += 1;
        this.metrics.connectionsTotal += 1;
      },
      message: (ws, message, isBinary) => this.#onMessage(ws, message, isBinary),
      drain: (ws) => this.#books.drained(ws.getUserData().connId),
      close: (ws) => {
        const data = ws.getUserData();
        this.#sockets.delete(data.connId);
        this.#outbox.delete(data.connId);
        for (const [key, subscriber] of data.sequenced) this.#userChannels.remove(key, subscriber);
        this.#forget(data);
        this.#options.presence?.leave(data.connId);
        const markets = [...data.subscriptions].filter((topic) => topic.startsWith('book:'));
        this.#books.remove(
          data.connId,
          markets.map((topic) => topic.slice('book:'.length)),
        );
        this.metrics.connectionsOpen -= 1;
      },
    });
    this.#app.get('/health', (res) => {
      res.cork(() => res.writeHeader('content-type', 'text/plain').end('ok\n'));
    });
    this.#app.get('/ready', (res) => {
      const ready = this.#options.backend.ready();
      res.cork(() =>
        res
          .writeStatus(ready ? '200 OK' : '503 Service Unavailable')
          .end(ready ? 'ready\n' : 'not ready\n'),
      );
    });
    this.#app.get('/metrics', (res) => {
      const text = this.metrics.render(this.#options.metricsExtra?.() ?? {});
      res.cork(() => res.writeHeader('content-type', 'text/plain; version=0.0.4').end(text));
    });
    if (this.#options.disclosure !== undefined) {
      mountDisclosureRoutes(this.#app, this.#options.disclosure);
    }
    mountHttpApi(this.#app, {
      open: (exchange) => {
        const connId = this.#nextConnId++;
        this.#httpExchanges.set(connId, exchange);
        return connId;
      },
      dispatch: (connId, token, ip, decoded) => this.#dispatchHttp(connId, token, ip, decoded),
    });
    mountDashboard(this.#app);
    this.#app.any('/*', (res) => {
      res.cork(() => res.writeStatus('404 Not Found').end('not found\n'));
    });
  }

  #onMessage(ws: WebSocket<SocketData>, message: ArrayBuffer, isBinary: boolean): void {
    this.metrics.framesIn += 1;
    const data = ws.getUserData();
    if (message.byteLength > limits.wsMaxPayloadBytes) {
      this.#rejectTo(
        data.connId,
        0,
        Code.FRAME_TOO_LARGE,
        `over ${limits.wsMaxPayloadBytes} bytes`,
      );
      this.#flush();
      ws.end(wsCloseCode(Code.FRAME_TOO_LARGE), 'frame too large');
      return;
    }
    if (!isBinary) {
      this.#rejectTo(data.connId, 0, Code.MALFORMED_FRAME, 'frames must be binary protobuf');
      return;
    }
    // uWS reuses `message` after this callback returns; decoding copies what it keeps.
    const frame = decodeFrame(new Uint8Array(message));
    if (frame.code !== Code.OK || !('messages' in frame)) {
      this.#rejectTo(data.connId, 0, frame.code);
      return;
    }
    for (const decoded of frame.messages) {
      this.metrics.messagesIn += 1;
      if ('code' in decoded) {
        this.#rejectTo(data.connId, decoded.requestId, decoded.code, decoded.detail);
        continue;
      }
      if (!this.#sockets.has(data.connId)) return;
      if (this.#stopping) {
        this.#rejectTo(data.connId, decoded.requestId, Code.SERVICE_UNAVAILABLE, 'shutting down');
        continue;
      }
      if (!this.#admit(data.ip, data.session?.userId)) {
        this.#rejectTo(data.connId, decoded.requestId, Code.RATE_LIMITED);
        continue;
      }
      this.#dispatch(ws, data, decoded.requestId, decoded.command);
    }
  }

  #dispatch(
    ws: WebSocket<SocketData>,
    data: SocketData,
    requestId: number,
    command: Command,
  ): void {
    switch (command.kind) {
      case 'authenticate':
        this.#authenticate(ws, data, requestId, command.token, command.deviceId);
        return;
      case 'register':
        this.#accounts.register(data.connId, requestId, command.registration);
        return;
      case 'login':
        this.#accounts.login(data.connId, requestId, command.userId, command.password);
        return;
    }
    if (data.waiting !== undefined) {
      if (data.waiting.length >= limits.messagesPerFrameMax) {
        this.#rejectTo(data.connId, requestId, Code.OVERLOADED, 'authentication in progress');
      } else data.waiting.push({ requestId, command });
      return;
    }
    const session = data.session;
    if (session === undefined) {
      this.#rejectTo(data.connId, requestId, Code.NOT_AUTHENTICATED);
      return;
    }
    if (this.#options.clock.nowMs() >= data.expiresAtMs) {
      this.#rejectTo(data.connId, requestId, Code.TOKEN_EXPIRED);
      this.#flush();
      ws.end(wsCloseCode(Code.TOKEN_EXPIRED), 'token expired');
      return;
    }
    this.#dispatchSession(ws, data, session, requestId, command);
  }

  #dispatchSession(
    ws: WebSocket<SocketData>,
    data: SocketData,
    session: Session,
    requestId: number,
    command: Command,
  ): void {
    switch (command.kind) {
      case 'ping':
        this.reply(data.connId, {
          requestId,
          pong: { clientTimeMs: command.clientTimeMs, serverTimeMs: this.#options.clock.nowMs() },
        });
        return;
      case 'subscribe':
      case 'unsubscribe':
        this.#subscription(ws, data, session, requestId, command);
        return;
      default:
        this.#account(data, session, requestId, command);
    }
  }

  /** Account actions and business commands, once the session is known. */
  #account(
    data: Pick<SocketData, 'kyc' | 'tokenId' | 'expiresAtMs'>,
    session: Session,
    requestId: number,
    command: Command,
  ): void {
    const { connId } = session;
    switch (command.kind) {
      case 'refresh':
        if (!this.#authorise(session, requestId, 'refresh_token')) return;
        this.#accounts.refresh(connId, requestId, session.userId, session.roles);
        return;
      case 'logout':
        if (!this.#authorise(session, requestId, 'logout')) return;
        this.#accounts.logout(connId, requestId, data.tokenId, data.expiresAtMs);
        return;
      case 'set_kyc':
        if (!this.#authorise(session, requestId, 'set_kyc_status')) return;
        this.#accounts.setKyc(connId, requestId, command.userId, command.status);
        return;
      case 'authenticate':
      case 'register':
      case 'login':
      case 'ping':
      case 'subscribe':
      case 'unsubscribe':
        // Handled before a session exists or by #dispatchSession; never routed here.
        this.#rejectTo(connId, requestId, Code.UNKNOWN_MESSAGE);
        return;
      default:
        this.#business(data, session, requestId, command);
    }
  }

  #business(
    data: Pick<SocketData, 'kyc'>,
    session: Session,
    requestId: number,
    command: BusinessCommand,
  ): void {
    const { connId } = session;
    if (!this.#authorise(session, requestId, actionOf(command))) return;
    if (needsKyc(command.kind) && data.kyc !== undefined && data.kyc !== 'verified') {
      this.#rejectTo(connId, requestId, Code.KYC_NOT_VERIFIED, `KYC ${data.kyc}`);
      return;
    }
    this.#options.backend.handle(session, requestId, command);
  }

  /** Charges one command to the caller's IP (if given) and user (once known). */
  #admit(ip: string | undefined, userId: string | undefined): boolean {
    const rateLimits = this.#options.rateLimits;
    if (rateLimits === undefined) return true;
    if (ip !== undefined && !rateLimits.ip.allow(ip)) return false;
    return userId === undefined || rateLimits.user.allow(userId);
  }

  #dispatchHttp(connId: number, token: string, ip: string, decoded: Decoded): void {
    const requestId = decoded.requestId;
    if (!this.#admit(ip, undefined)) {
      this.#rejectTo(connId, requestId, Code.RATE_LIMITED);
      return;
    }
    const command = 'command' in decoded ? decoded.command : undefined;
    if (command?.kind === 'register' || command?.kind === 'login') {
      this.#dispatchHttpSession(connId, requestId, undefined, command);
      return;
    }
    const verified = verifyToken(this.#options.authSecret, token, this.#options.clock.nowMs());
    if (!('claims' in verified)) {
      this.#rejectTo(connId, requestId, verified.code);
      return;
    }
    const { claims } = verified;
    if (!this.#admit(undefined, claims.userId)) {
      this.#rejectTo(connId, requestId, Code.RATE_LIMITED);
      return;
    }
    this.#accounts.checkSession(claims).then((check) => {
      if (!('kyc' in check)) {
        this.#rejectTo(connId, requestId, check.code);
        return;
      }
      if ('code' in decoded) {
        this.#rejectTo(connId, requestId, decoded.code, decoded.detail);
        return;
      }
      const session: Session = {
        connId,
        userId: claims.userId,
        roles: claims.roles,
        deviceId: '',
        ip,
      };
      const data = { kyc: check.kyc, tokenId: claims.tokenId, expiresAtMs: claims.expiresAtMs };
      this.#dispatchHttpSession(connId, requestId, { session, data }, decoded.command);
    });
  }

  #dispatchHttpSession(
    connId: number,
    requestId: number,
    context:
      { session: Session; data: Pick<SocketData, 'kyc' | 'tokenId' | 'expiresAtMs'> } | undefined,
    command: Command,
  ): void {
    if (command.kind === 'register') {
      this.#accounts.register(connId, requestId, command.registration);
      return;
    }
    if (command.kind === 'login') {
      this.#accounts.login(connId, requestId, command.userId, command.password);
      return;
    }
    if (context === undefined) return;
    const { session, data } = context;
    switch (command.kind) {
      case 'authenticate':
      case 'unsubscribe':
        this.#rejectTo(connId, requestId, Code.UNKNOWN_MESSAGE, 'not available over HTTP');
        return;
      case 'ping':
        this.reply(connId, { requestId, pong: { clientTimeMs: command.clientTimeMs } });
        return;
      case 'subscribe': {
        if (!this.#authorise(session, requestId, `subscribe_${command.channel}`)) return;
        const book = this.#options.backend.latestBook(command.marketId);
        const empty = { marketId: command.marketId, seq: 0, lend: [], tranches: [] };
        this.reply(connId, { requestId, bookUpdate: book ?? empty });
        return;
      }
      default:
        this.#account(data, session, requestId, command);
    }
  }

  #authenticate(
    ws: WebSocket<SocketData>,
    data: SocketData,
    requestId: number,
    token: string,
    deviceId: string,
  ): void {
    if (data.session !== undefined || data.waiting !== undefined) {
      this.#rejectTo(data.connId, requestId, Code.ALREADY_AUTHENTICATED);
      return;
    }
    const verified = verifyToken(this.#options.authSecret, token, this.#options.clock.nowMs());
    if (!('claims' in verified)) {
      this.#authFailed(data, requestId, verified.code);
      return;
    }
    const { claims } = verified;
    data.waiting = [];
    this.#accounts.checkSession(claims).then((check) => {
      if (!this.#sockets.has(data.connId)) return;
      const waiting = data.waiting ?? [];
      data.waiting = undefined;
      if (!('kyc' in check)) {
        this.#authFailed(data, requestId, check.code);
        for (const item of waiting) this.#rejectTo(data.connId, item.requestId, check.code);
        return;
      }
      this.#openSession(data, requestId, claims, deviceId, check.kyc);
      for (const item of waiting) this.#dispatch(ws, data, item.requestId, item.command);
    });
  }

  #authFailed(data: SocketData, requestId: number, code: ResultCode): void {
    const { connId, ip } = data;
    this.#options.log?.warn({ connId, requestId, ip, code: codeName(code) }, 'auth failed');
    this.#rejectTo(connId, requestId, code);
  }

  #openSession(
    data: SocketData,
    requestId: number,
    claims: Claims,
    deviceId: string,
    kyc: KycStatus | undefined,
  ): void {
    const { connId, ip } = data;
    const { userId, roles, expiresAtMs, tokenId } = claims;
    this.#options.log?.info({ connId, requestId, userId, roles, ip, kyc }, 'authenticated');
    const session: Session = { connId, userId, roles, deviceId, ip };
    data.session = session;
    data.expiresAtMs = expiresAtMs;
    data.tokenId = tokenId;
    data.kyc = kyc;
    addTo(this.#byUser, userId, data);
    addTo(this.#byToken, tokenId, data);
    this.reply(connId, { requestId, authenticated: { userId, roles, expiresAtMs } });
    this.#options.backend.authenticated(session);
  }

  #forget(data: SocketData): void {
    if (data.session === undefined) return;
    removeFrom(this.#byUser, data.session.userId, data);
    removeFrom(this.#byToken, data.tokenId, data);
  }

  /** A KYC change or a revocation announced by any gateway (through Redis pub/sub). */
  deliverLogged(key: string, entries: readonly LoggedMessage[]): void {
    this.#userChannels.deliverLogged(key, entries);
  }

  applyUserChange(change: UserChange): void {
    if (change.kind === 'presence') {
      this.#options.presence?.refresh();
      return;
    }
    if (change.kind === 'kyc') {
      for (const data of this.#byUser.get(change.userId) ?? []) data.kyc = change.status;
      return;
    }
    for (const data of [...(this.#byToken.get(change.tokenId) ?? [])]) {
      const ws = this.#sockets.get(data.connId);
      if (ws === undefined) continue;
      this.#rejectTo(data.connId, 0, Code.TOKEN_REVOKED);
      this.#flush();
      ws.end(wsCloseCode(Code.TOKEN_REVOKED), 'token revoked');
    }
  }

  #authorise(session: Session, requestId: number, action: Action): boolean {
    if (isAllowed(session.roles, action)) return true;
    this.#rejectTo(session.connId, requestId, Code.NOT_AUTHORISED, action);
    return false;
  }

  #subscription(
    ws: WebSocket<SocketData>,
    data: SocketData,
    session: Session,
    requestId: number,
    command: Extract<Command, { kind: 'subscribe' | 'unsubscribe' }>,
  ): void {
    const action = `subscribe_${command.channel}` as const;
    if (!this.#authorise(session, requestId, action)) return;
    const topic = topicOf(command.channel, command.marketId, session.userId);
    const channel = channelNumber[command.channel];
    if (command.kind === 'unsubscribe') {
      const subscriber = data.sequenced.get(topic);
      if (subscriber !== undefined) {
        this.#userChannels.remove(topic, subscriber);
        data.sequenced.delete(topic);
      }
      if (command.channel === 'book') this.#books.unsubscribe(command.marketId, data.connId);
      else ws.unsubscribe(topic);
      if (command.channel === 'alerts') this.#options.presence?.leave(data.connId);
      data.subscriptions.delete(topic);
      this.reply(data.connId, { requestId, unsubscribed: { channel, marketId: command.marketId } });
      return;
    }
    if (
      !data.subscriptions.has(topic) &&
      data.subscriptions.size >= limits.subscriptionsPerSocketMax
    ) {
      this.#rejectTo(data.connId, requestId, Code.TOO_MANY_SUBSCRIPTIONS);
      return;
    }
    if (command.channel === 'alerts') {
      // Alerts are sequenced (the alert stream); case updates, freezes and presence are not.
      ws.subscribe(topic);
      this.#options.presence?.join(data.connId, session.userId);
    }
    if (
      command.channel === 'my_orders' ||
      command.channel === 'my_ledger' ||
      command.channel === 'alerts'
    ) {
      const from = { seq: command.fromSeq, start: command.fromStart };
      this.#subscribeSequenced(data, command.channel, topic, requestId, from);
      return;
    }
    data.subscriptions.add(topic);
    if (command.channel === 'book') this.#books.subscribe(command.marketId, data.connId);
    else ws.subscribe(topic);
    this.reply(data.connId, { requestId, subscribed: { channel, marketId: command.marketId } });
    this.#sendInitial(data.connId, command.channel, command.marketId);
  }

  #subscribeSequenced(
    data: SocketData,
    channelName: SequencedChannel,
    key: string,
    requestId: number,
    from: { seq: number; start: boolean },
  ): void {
    const previous = data.sequenced.get(key);
    if (previous !== undefined) this.#userChannels.remove(key, previous);
    data.sequenced.delete(key);
    const channel = channelNumber[channelName];
    this.#userChannels.subscribe(key, data.connId, from.seq, from.start).then(
      ({ subscriber, latestSeq, reset }) => {
        if (!this.#sockets.has(data.connId)) {
          this.#userChannels.remove(key, subscriber);
          return;
        }
        data.sequenced.set(key, subscriber);
        data.subscriptions.add(key);
        // The answer goes out after the backlog queued by subscribe(): put it first.
        this.#prepend(data.connId, {
          requestId,
          subscribed: { channel, marketId: '', seq: latestSeq, reset },
        });
      },
      (error: unknown) => {
        this.#options.onError('channel log read failed', error);
        this.#rejectTo(data.connId, requestId, Code.SERVICE_UNAVAILABLE, 'channel log');
      },
    );
  }

  #prepend(connId: number, message: lending.v1.IServerMessage): void {
    if (!this.#sockets.has(connId)) return;
    const queue = this.#outbox.get(connId);
    if (queue === undefined) this.reply(connId, message);
    else queue.unshift(message);
  }

  #sendInitial(connId: number, channel: string, marketId: string): void {
    if (channel === 'book') {
      const book = this.#options.backend.latestBook(marketId);
      this.reply(connId, { bookUpdate: book ?? { marketId, seq: 0, lend: [], tranches: [] } });
    } else if (channel === 'disclosure') {
      const figures = this.#options.backend.latestFigures();
      if (figures !== undefined) this.reply(connId, { figures });
    } else if (channel === 'tranches') {
      for (const trancheUpdate of this.#options.backend.latestTranches?.() ?? []) {
        this.reply(connId, { trancheUpdate });
      }
    }
  }

  #rejectTo(connId: number, requestId: number, code: ResultCode, detail?: string): void {
    this.metrics.reject(code);
    this.#options.log?.debug({ connId, requestId, code: codeName(code), detail }, 'rejected');
    this.reply(connId, { requestId, reject: toReject(code, detail) });
  }
}

function newSocketData(connId: number, ip: string): SocketData {
  return {
    connId,
    ip,
    session: undefined,
    expiresAtMs: 0,
    subscriptions: new Set(),
    sequenced: new Map(),
    tokenId: '',
    kyc: undefined,
    waiting: undefined,
  };
}

function addTo(map: Map<string, Set<SocketData>>, key: string, data: SocketData): void {
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new Set()));
  set.add(data);
}

function removeFrom(map: Map<string, Set<SocketData>>, key: string, data: SocketData): void {
  const set = map.get(key);
  set?.delete(data);
  if (set?.size === 0) map.delete(key);
}

function answerHttp(exchange: HttpExchange, message: lending.v1.IServerMessage): void {
  const { requestId: _requestId, ...body } = message;
  const reject = body.reject;
  if (reject === undefined || reject === null) {
    exchange.answer(200, JSON.stringify(body));
    return;
  }
  const code = (reject.code ?? Code.INVALID_FIELD) as number as ResultCode;
  const error = { code, name: reject.codeName, message: reject.message };
  exchange.answer(httpStatus(code), JSON.stringify({ error }));
}

/** Lending, borrowing and paying money out need a verified identity (for registered users). */
function needsKyc(kind: BusinessCommand['kind']): boolean {
  return kind === 'place' || kind === 'apply' || kind === 'withdraw';
}

const actionByKind: Readonly<Record<Exclude<BusinessCommand['kind'], 'get_loans'>, Action>> = {
  apply: 'apply_for_loan',
  review: 'review_application',
  place: 'place_lend_order',
  cancel: 'cancel_lend_order',
  list: 'list_tranche',
  deposit: 'deposit',
  reduce: 'reduce_lend_order',
  amend: 'amend_lend_order',
  withdraw: 'withdraw',
  repay: 'repay',
  freeze: 'freeze_account',
  case_action: 'work_case',
  propose_config: 'propose_rule_config',
  decide_config: 'decide_rule_config',
  backtest: 'run_backtest',
  get_holdings: 'get_holdings',
  get_proof: 'get_ledger_proof',
  get_markets: 'get_markets',
  get_cases: 'get_cases',
  get_risk_overview: 'get_risk_overview',
  get_application: 'get_application',
  get_rule_configs: 'get_rule_configs',
  update_profile: 'update_profile',
};

function actionOf(command: BusinessCommand): Action {
  if (command.kind !== 'get_loans') return actionByKind[command.kind];
  // Anyone's loans is an officer's view; one's own is the borrower's.
  return command.userId.length === 0 ? 'get_loans' : 'get_any_loans';
}

function topicOf(channel: string, marketId: string, userId: string): string {
  if (channel === 'book') return topics.book(marketId);
  if (channel === 'my_orders') return topics.orders(userId);
  if (channel === 'my_ledger') return topics.ledger(userId);
  if (channel === 'tranches') return topics.tranches;
  if (channel === 'alerts') return topics.alerts;
  return topics.disclosure;
}
