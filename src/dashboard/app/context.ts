/**
 * What every view gets: the live session (the public protocol through the SDK), who signed in,
 * and `ask`, which turns an answer into a value or a readable refusal. A message the server does
 * not serve yet (UNKNOWN_MESSAGE) or not to this role (NOT_AUTHORISED) reads "not available".
 */
import type { LiveSession } from '../../client/live.js';
import { lending, type ClientBody, type ServerMessage } from '../../client/core.js';

export const Channel = lending.v1.Channel;

export type Answer = { ok: ServerMessage } | { refused: string; unavailable: boolean };

export interface ViewContext {
  session: LiveSession;
  userId: string;
  roles: string[];
  /** Asks the server; never throws (a dropped connection is a refusal too). */
  ask(body: ClientBody): Promise<Answer>;
  /** Marks the view for the next render pass (at most a few per second). */
  changed(): void;
}

export interface View {
  readonly id: string;
  readonly title: string;
  /** Roles that see the view. */
  readonly roles: readonly string[];
  /** Channels the view follows while the user is signed in. */
  channels(context: ViewContext): { channel: lending.v1.Channel; marketId?: string }[];
  /** Builds the view's fixed parts (forms, containers) once. */
  mount(root: HTMLElement, context: ViewContext): void;
  /** Every push, whichever view is shown; keep it cheap (update state, no DOM). */
  onPush(message: ServerMessage, context: ViewContext): void;
  /** After each (re)connection: refetch what the view lists. */
  onLive(context: ViewContext): void;
  /** Draws state into the containers; called on a timer while the view is shown. */
  render(): void;
}

const unavailableCodes = new Set<number>([
  lending.v1.ErrorCode.UNKNOWN_MESSAGE,
  lending.v1.ErrorCode.NOT_AUTHORISED,
]);

export async function ask(session: LiveSession, body: ClientBody): Promise<Answer> {
  try {
    const answer = await session.request(body);
    const reject = answer.reject;
    if (reject) {
      const code = Number(reject.code ?? 0);
      const unavailable = unavailableCodes.has(code);
      const text = unavailable
        ? `not available (${reject.codeName ?? code})`
        : `${reject.codeName ?? code}: ${reject.message ?? ''}`;
      return { refused: text, unavailable };
    }
    return { ok: answer };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error), unavailable: false };
  }
}
