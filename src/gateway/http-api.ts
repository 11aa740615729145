/**
 * The HTTP/JSON face of the protocol, for scripts and curl: the same commands as the WebSocket,
 * the same validation (JSON is turned into the protobuf message shape and goes through
 * `decodeMessage`), the same roles, the same backend, and the same error table. One request is
 * one command; its answer is the JSON form of the ServerMessage body, or `{ error }` with the
 * code's HTTP status.
 *
 * uWS rules kept: headers and parameters are copied out of `req` before anything else, `onAborted`
 * is registered before the body is read, the body is capped at `limits.httpBodyBytesMax`, chunks
 * are copied (uWS reuses their memory), and every late write is corked.
 */
import type { lending } from '../gen/proto/lending.js';
import { Code, limits, type ResultCode } from '../shared/index.js';
import { decodeMessage, type Decoded } from './codec.js';
import { toHttpError } from './error-map.js';
import type { HttpRequest, HttpResponse, TemplatedApp } from './uws.js';
import { moreRoutes, type Builder, type JsonObject, type Route } from './http-routes.js';

export interface HttpExchange {
  /** Answers the request; false when the client went away first. */
  answer(status: number, body: string): boolean;
}

export interface HttpApiDeps {
  /** Allocates a connection id for this request and routes replies for it to `exchange`. */
  open(exchange: HttpExchange): number;
  /**
   * Authenticates first (so an anonymous caller learns nothing about validation), then answers a
   * decode failure, or authorises and dispatches exactly as for a WebSocket message.
   */
  dispatch(connId: number, token: string, ip: string, decoded: Decoded): void;
}

const tifNumbers: Readonly<Record<string, number>> = { GTC: 0, IOC: 1, FOK: 2 };
const kycNumbers: Readonly<Record<string, number>> = { pending: 1, verified: 2, rejected: 3 };

/** JSON values pass through unconverted: a string amount must fail validation, not be parsed. */
function raw(value: unknown): never {
  return value as never;
}

const routes: readonly Route[] = [
  {
    method: 'post',
    pattern: '/v1/orders',
    build: (json) => ({
      placeLendOrder: {
        clientOrderId: raw(json['clientOrderId'] ?? ''),
        marketId: raw(json['marketId'] ?? ''),
        amountFen: raw(json['amountFen'] ?? 0),
        minRateBps: raw(json['minRateBps'] ?? 0),
        timeInForce: raw(tifNumbers[String(json['timeInForce'] ?? 'GTC')] ?? -1),
        expiresAtMs: raw(json['expiresAtMs'] ?? 0),
      },
    }),
  },
  {
    method: 'post',
    pattern: '/v1/orders/cancel',
    build: (json) => ({
      cancelLendOrder: {
        clientOrderId: raw(json['clientOrderId'] ?? ''),
        marketId: raw(json['marketId'] ?? ''),
      },
    }),
  },
  {
    method: 'post',
    pattern: '/v1/tranches',
    build: (json) => ({
      listTranche: {
        trancheId: raw(json['trancheId'] ?? ''),
        marketId: raw(json['marketId'] ?? ''),
        borrowerId: raw(json['borrowerId'] ?? ''),
        amountFen: raw(json['amountFen'] ?? 0),
        maxRateBps: raw(json['maxRateBps'] ?? 0),
        deadlineMs: raw(json['deadlineMs'] ?? 0),
      },
    }),
  },
  {
    method: 'post',
    pattern: '/v1/deposits',
    build: (json) => ({
      deposit: {
        transferId: raw(json['transferId'] ?? ''),
        userId: raw(json['userId'] ?? ''),
        amountFen: raw(json['amountFen'] ?? 0),
      },
    }),
  },
  {
    method: 'post',
    pattern: '/v1/users',
    build: (json) => ({
      register: {
        userId: raw(json['userId'] ?? ''),
        role: raw(json['role'] ?? ''),
        name: raw(json['name'] ?? ''),
        idNumber: raw(json['idNumber'] ?? ''),
        phone: raw(json['phone'] ?? ''),
        bankCard: raw(json['bankCard'] ?? ''),
        password: raw(json['password'] ?? ''),
      },
    }),
  },
  {
    method: 'post',
    pattern: '/v1/sessions',
    build: (json) => ({
      login: { userId: raw(json['userId'] ?? ''), password: raw(json['password'] ?? '') },
    }),
  },
  { method: 'post', pattern: '/v1/sessions/refresh', build: () => ({ refreshToken: {} }) },
  { method: 'post', pattern: '/v1/sessions/logout', build: () => ({ logout: {} }) },
  {
    method: 'post',
    pattern: '/v1/users/kyc',
    build: (json) => ({
      setKycStatus: {
        userId: raw(json['userId'] ?? ''),
        status: raw(kycNumbers[String(json['status'] ?? '')] ?? -1),
      },
    }),
  },
  {
    method: 'get',
    pattern: '/v1/books/:marketId',
    build: (_json, params) => ({ subscribe: { channel: 1, marketId: params[0] ?? '' } }),
  },
];

export function mountHttpApi(app: TemplatedApp, deps: HttpApiDeps): void {
  for (const route of [...routes, ...moreRoutes]) {
    const paramCount = route.pattern.split(':').length - 1;
    const handler = (res: HttpResponse, req: HttpRequest): void => {
      const token = bearer(req.getHeader('authorization'));
      const contentType = req.getHeader('content-type');
      const params = Array.from({ length: paramCount }, (_, index) => req.getParameter(index));
      const ip = Buffer.from(res.getRemoteAddressAsText()).toString();
      const exchange = createExchange(res);
      if (route.method === 'get') {
        run(deps, exchange, token, ip, route.build({}, params));
        return;
      }
      if (!contentType.startsWith('application/json')) {
        exchange.fail(Code.INVALID_FIELD, 'content-type must be application/json');
        return;
      }
      readBody(res, exchange, (body) => {
        const json = parseObject(body);
        if (json === undefined)
          exchange.fail(Code.MALFORMED_FRAME, 'the body is not a JSON object');
        else run(deps, exchange, token, ip, route.build(json, params));
      });
    };
    if (route.method === 'get') app.get(route.pattern, handler);
    else app.post(route.pattern, handler);
  }
}

interface Exchange extends HttpExchange {
  fail(code: ResultCode, detail?: string): void;
  isAborted(): boolean;
}

function createExchange(res: HttpResponse): Exchange {
  let done = false;
  res.onAborted(() => {
    done = true;
  });
  const answer = (status: number, body: string): boolean => {
    if (done) return false;
    done = true;
    res.cork(() => {
      res
        .writeStatus(`${status} ${status < 400 ? 'OK' : 'Error'}`)
        .writeHeader('content-type', 'application/json')
        .end(body);
    });
    return true;
  };
  return {
    answer,
    fail: (code, detail) => {
      const error = toHttpError(code, detail);
      answer(error.status, error.body);
    },
    isAborted: () => done,
  };
}

function run(
  deps: HttpApiDeps,
  exchange: Exchange,
  token: string,
  ip: string,
  message: lending.v1.IClientMessage,
): void {
  const connId = deps.open(exchange);
  deps.dispatch(connId, token, ip, decodeMessage({ ...message, requestId: 1 }));
}

function bearer(header: string): string {
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
}

function readBody(res: HttpResponse, exchange: Exchange, onBody: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  res.onData((chunk, isLast) => {
    if (exchange.isAborted()) return;
    bytes += chunk.byteLength;
    if (bytes > limits.httpBodyBytesMax) {
      exchange.fail(Code.FRAME_TOO_LARGE, `body over ${limits.httpBodyBytesMax} bytes`);
      return;
    }
    // uWS reuses the chunk's memory after this callback: copy it.
    chunks.push(Buffer.from(new Uint8Array(chunk)));
    if (isLast) onBody(Buffer.concat(chunks));
  });
}

function parseObject(body: Buffer): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return value as JsonObject;
  } catch {
    return undefined;
  }
}
