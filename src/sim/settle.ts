/**
 * Settlement: what src/service/backend.ts does with each market event, against the ledger.
 * A fill moves the lender's held funds to the tranche's escrow, a closed order releases what
 * is left of its hold, a funded tranche originates a loan from the fills' notes, and the loan's
 * facts go to the fact store (ClickHouse). Every ledger call carries an id derived from the
 * event, so settling an outcome twice (a duplicate delivery) must change nothing.
 */
import { createHash } from 'node:crypto';
import type { CommandOutcome, MarketEvent } from '../orderbook/index.js';
import { Code, assert } from '../shared/index.js';
import { BookView, holdIdOf, type SimWorld } from './world.js';

export class SettlementError extends Error {}

function expect(ok: boolean, message: string): void {
  if (!ok) throw new SettlementError(message);
}

/** One-way reference standing for a user id in the facts, like the service's. */
export function refOf(userId: string): string {
  return createHash('sha256').update('sim').update(userId).digest('hex').slice(0, 16);
}

/** An outcome and the time of the batch it came from (the same when it is delivered again). */
export interface Delivered {
  outcome: CommandOutcome;
  nowMs: number;
}

export function settle(world: SimWorld, delivered: Delivered, createdHold: string): void {
  const { outcome, nowMs } = delivered;
  if (outcome.code !== Code.OK) {
    if (createdHold !== '') release(world, createdHold);
    return;
  }
  for (const event of outcome.events) settleEvent(world, event, nowMs);
}

function settleEvent(world: SimWorld, event: MarketEvent, nowMs: number): void {
  world.view.fold(event);
  switch (event.type) {
    case 'fill': {
      const holdId = holdIdOf(event.lenderId, event.clientOrderId);
      const code = world.ledger.transferHeldToEscrow(
        `fill:${event.fillId}`,
        holdId,
        event.trancheId,
        event.amountFen,
      );
      expect(code === Code.OK, `fill ${event.fillId} could not move held funds: ${code}`);
      return;
    }
    case 'order_closed': {
      const released = release(world, holdIdOf(event.lenderId, event.clientOrderId));
      expect(
        released === event.releasedFen,
        `hold of ${event.clientOrderId} released ${released}, engine said ${event.releasedFen}`,
      );
      return;
    }
    case 'tranche_funded':
      originate(world, event, nowMs);
      return;
    default:
      return;
  }
}

/**
 * After a kill, what the service's recover() does: every replayed outcome settled again (the
 * ledger ids make what was durable a no-op), then every open hold whose order does not rest in
 * the book released (a refused place, or an order the engine never journaled).
 */
export function recoverAfterKill(world: SimWorld, replayed: readonly Delivered[]): number {
  // settle() folds each event into the view: start from an empty one so each folds once.
  world.view = new BookView();
  for (const delivered of replayed) settle(world, delivered, '');
  let releasedFen = 0;
  for (const hold of world.ledger.openHolds()) {
    if (!world.view.open.has(hold.holdId)) releasedFen += release(world, hold.holdId);
  }
  return releasedFen;
}

export function release(world: SimWorld, holdId: string): number {
  const result = world.ledger.releaseHold(`release:${holdId}`, holdId);
  expect(result.code === Code.OK, `release of ${holdId} failed with ${result.code}`);
  return result.releasedFen;
}

/**
 * Origination at the batch's time, not the settling time: the service uses its clock here,
 * which makes a second settlement of the same outcome TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS.
 */
function originate(
  world: SimWorld,
  event: Extract<MarketEvent, { type: 'tranche_funded' }>,
  nowMs: number,
) {
  const notes = world.view.notes.get(event.trancheId) ?? [];
  const termMonths = Number(/^(\d+)M:/.exec(event.marketId)?.[1] ?? 0);
  assert(termMonths > 0, 'market ids name their term');
  const result = world.ledger.originate({
    transferId: `originate:${event.trancheId}`,
    trancheId: event.trancheId,
    borrowerId: event.borrowerId,
    notes,
    termMonths,
    schedule: 'equal_instalment',
    feeBps: 100,
    nowMs,
  });
  expect(
    result.code === Code.OK || result.code === Code.LOAN_EXISTS,
    `origination of ${event.trancheId} failed: ${result.code}`,
  );
  if (result.code !== Code.OK || world.loans.has(event.trancheId)) return;
  world.loans.add(event.trancheId);
  let principalFen = 0;
  for (const row of world.ledger.loanSchedule(event.trancheId) ?? [])
    principalFen += row.principalFen;
  world.loanPrincipalFen.set(event.trancheId, principalFen);
  let weighted = 0;
  for (const note of notes) weighted += note.principalFen * note.rateBps;
  world.facts.add(
    {
      loan_id: event.trancheId,
      borrower_ref: refOf(event.borrowerId),
      application_id: event.trancheId,
      grade: event.marketId.split(':')[1] ?? 'G',
      term_months: termMonths,
      principal_fen: event.amountFen,
      rate_bps: Math.round(weighted / event.amountFen),
      method: 'equal_instalment',
      related_party: false,
      listed_ms: nowMs,
      originated_ms: nowMs,
    },
    notes.map((note) => ({
      note_id: note.noteId,
      loan_id: event.trancheId,
      lender_ref: refOf(note.lenderId),
      principal_fen: note.principalFen,
      created_ms: nowMs,
    })),
  );
}
