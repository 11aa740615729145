/**
 * The invariants checked after every step. Each names what broke and the numbers that show it.
 */
import {
  bankCustodyKey,
  bankOperatingKey,
  loanInterestKey,
  loanPrincipalKey,
  loanReserveClaimKey,
  noteInterestKey,
  notePrincipalKey,
  platformFeeIncomeKey,
  platformOperatingKey,
  platformRiskReserveKey,
  trancheEscrowKey,
  userAvailableKey,
  userHeldKey,
} from '../ledger/index.js';
import { computeFigures } from '../disclosure/index.js';
import { Code } from '../shared/index.js';
import { refOf } from './settle.js';
import { borrowers, lenders } from './steps.js';
import type { SimWorld } from './world.js';

export class InvariantError extends Error {}

function check(ok: boolean, message: string): void {
  if (!ok) throw new InvariantError(message);
}

export function checkWorld(world: SimWorld): void {
  world.ledger.checkInvariants();
  checkZeroSum(world);
  checkUsers(world);
  checkTranches(world);
  checkAcknowledged(world);
  checkFigures(world);
}

function accountKeys(world: SimWorld): string[] {
  const keys = [bankCustodyKey, bankOperatingKey, platformFeeIncomeKey, platformOperatingKey];
  keys.push(platformRiskReserveKey);
  for (const userId of [...lenders, ...borrowers]) {
    keys.push(userAvailableKey(userId), userHeldKey(userId));
  }
  for (const trancheId of world.view.tranches.keys()) keys.push(trancheEscrowKey(trancheId));
  for (const loanId of world.loans) {
    keys.push(loanPrincipalKey(loanId), loanInterestKey(loanId), loanReserveClaimKey(loanId));
    for (const note of world.view.notes.get(loanId) ?? []) {
      keys.push(notePrincipalKey(note.noteId), noteInterestKey(note.noteId));
    }
  }
  return keys;
}

/** Sum of balances zero, over every account the scenario can have touched. */
function checkZeroSum(world: SimWorld): void {
  let sum = 0;
  for (const key of accountKeys(world)) sum += world.ledger.balanceFen(key);
  check(sum === 0, `sum of balances is ${sum} fen, not 0`);
}

/** No negative balance; each lender's held money is exactly what their resting orders hold. */
function checkUsers(world: SimWorld): void {
  const resting = new Map<string, number>();
  for (const order of world.view.open.values()) {
    resting.set(order.lenderId, (resting.get(order.lenderId) ?? 0) + order.restingFen);
  }
  for (const userId of [...lenders, ...borrowers]) {
    const { availableFen, heldFen } = world.ledger.userBalances(userId);
    check(availableFen >= 0, `${userId} has a negative available balance: ${availableFen}`);
    check(heldFen >= 0, `${userId} has a negative held balance: ${heldFen}`);
    const restingFen = resting.get(userId) ?? 0;
    check(
      heldFen === restingFen,
      `${userId} has ${heldFen} fen held but ${restingFen} fen in resting orders`,
    );
  }
}

/** A tranche's escrow holds exactly its fills until it originates, then nothing. */
function checkTranches(world: SimWorld): void {
  for (const tranche of world.view.tranches.values()) {
    const escrowFen = world.ledger.balanceFen(trancheEscrowKey(tranche.trancheId));
    const expected = tranche.originated ? 0 : tranche.filledFen;
    check(
      escrowFen === expected,
      `tranche ${tranche.trancheId} escrow is ${escrowFen} fen, its fills say ${expected}` +
        (tranche.originated ? ' (originated)' : ''),
    );
    check(
      tranche.originated === world.loans.has(tranche.trancheId),
      `tranche ${tranche.trancheId} funded in the book but loan in the ledger: ` +
        `${world.loans.has(tranche.trancheId)}`,
    );
  }
}

/** Acknowledged work survives: orders are known to the book, deposits to the ledger. */
function checkAcknowledged(world: SimWorld): void {
  for (const holdId of world.ackedOrders) {
    check(world.view.known.has(holdId), `acknowledged order ${holdId} is gone from the book`);
  }
  for (const [transferId, deposit] of world.ackedDeposits) {
    // Resending an acknowledged deposit must be a no-op: a lost one would post again.
    const before = world.ledger.userBalances(deposit.userId).availableFen;
    const again = world.ledger.deposit(transferId, deposit.userId, deposit.amountFen);
    const after = world.ledger.userBalances(deposit.userId).availableFen;
    check(again.code === Code.OK, `resent deposit ${transferId} answered ${again.code}`);
    check(before === after, `acknowledged deposit ${transferId} was lost and posted again`);
  }
}

/** The disclosure figures from the fact rows equal those recomputed from the ledger. */
function checkFigures(world: SimWorld): void {
  if (world.facts.down || world.facts.spool.length > 0) return;
  const nowMs = world.clock.nowMs();
  const figures = computeFigures(
    {
      loans: [...world.facts.loans.values()],
      notes: [...world.facts.notes.values()],
      schedules: [],
      repayments: [],
    },
    nowMs,
  );
  let amountFen = 0;
  const borrowerRefs = new Set<string>();
  for (const loanId of world.loans) {
    const principalFen = world.loanPrincipalFen.get(loanId) ?? 0;
    amountFen += principalFen;
    const status = world.ledger.loanStatus(loanId, nowMs);
    check(status !== undefined, `loan ${loanId} is unknown to the ledger`);
    if (status === undefined) continue;
    borrowerRefs.add(refOf(status.borrowerId));
    check(
      status.outstandingPrincipalFen <= principalFen,
      `loan ${loanId} owes ${status.outstandingPrincipalFen} fen of a ${principalFen} fen loan`,
    );
  }
  const pairs: [string, number, number][] = [
    ['cumulative loans', figures.cumulativeLoans, world.loans.size],
    ['cumulative amount', figures.cumulativeAmountFen, amountFen],
    ['cumulative borrowers', figures.cumulativeBorrowers, borrowerRefs.size],
  ];
  for (const [name, fromFacts, fromLedger] of pairs) {
    check(fromFacts === fromLedger, `${name}: facts say ${fromFacts}, the ledger ${fromLedger}`);
  }
}

/** The book rebuilt from its journal equals the live one (state hash of every market). */
export function checkReplay(world: SimWorld): void {
  const differing = world.differingMarkets(world.replayBook().shard);
  check(differing.length === 0, `book rebuilt from the journal differs in ${differing}`);
}
