/**
 * The gateway's ports: what it needs from the rest of the system (Backend) and what it offers to
 * it (Outbound). The gateway owns sockets and sessions, never business state; main.ts wires a
 * Backend in.
 */
import type { lending } from '../gen/proto/lending.js';
import type { Role } from './auth.js';
import type { Command } from './codec.js';

export interface Session {
  readonly connId: number;
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly deviceId: string;
  readonly ip: string;
}

/** Every command the backend handles: all but sessions, subscriptions and account admin. */
export type BusinessCommand = Exclude<
  Command,
  {
    kind:
      | 'authenticate'
      | 'subscribe'
      | 'unsubscribe'
      | 'ping'
      | 'register'
      | 'login'
      | 'refresh'
      | 'logout'
      | 'set_kyc';
  }
>;

export interface Backend {
  /** A socket authenticated (feeds the risk stream). */
  authenticated(session: Session): void;
  /** Handles a validated, authorised command; answers later through Outbound.reply. */
  handle(session: Session, requestId: number, command: BusinessCommand): void;
  /** The latest book of a market, sent to a new subscriber before deltas. */
  latestBook(marketId: string): lending.v1.IBookUpdate | undefined;
  /** The latest disclosure figures, sent to a new subscriber. */
  latestFigures(): lending.v1.IFigures | undefined;
  /** The latest state of every open tranche (CHANNEL_TRANCHES' first snapshot). */
  latestTranches?(): lending.v1.ITrancheUpdate[];
  /** True when every backing service is up (for /ready). */
  ready(): boolean;
}

export interface Outbound {
  /** Queues a message for one connection; sent with everything else queued in this tick. */
  reply(connId: number, message: lending.v1.IServerMessage): void;
  /** Queues a message for every subscriber of a topic. */
  publish(topic: string, message: lending.v1.IServerMessage): void;
  /**
   * Queues a message on one of a user's sequenced channels (a fill or order update goes to
   * CHANNEL_MY_ORDERS, a ledger movement to CHANNEL_MY_LEDGER): it is numbered, stored in the
   * durable channel log, then pushed to the user's subscribed sockets.
   */
  publishToUser(userId: string, message: lending.v1.IServerMessage): void;
}

export const topics = {
  book: (marketId: string): string => `book:${marketId}`,
  orders: (userId: string): string => `orders:${userId}`,
  ledger: (userId: string): string => `ledger:${userId}`,
  tranches: 'tranches',
  alerts: 'alerts',
  disclosure: 'disclosure',
} as const;
