/**
 * The deterministic workload of the crash test, shared by the child that is killed and the
 * parent that checks what survived: group k is five entries, every one of which applies.
 */
import type { Ledger, OriginateRequest } from '../../src/ledger/index.js';
import { Code } from '../../src/shared/index.js';
import type { ModelLedger } from './model.js';

export const entriesPerGroup = 5;

export interface CrashOp {
  readonly kind: 'deposit' | 'hold' | 'escrow' | 'release' | 'disburse';
  readonly id: string;
  readonly ref1: string;
  readonly ref2: string;
  readonly fen: number;
}

export function groupOps(group: number): CrashOp[] {
  const user = `u${group % 7}`;
  const tranche = `t${group % 3}`;
  const hold = `hold-${group}`;
  return [
    { kind: 'deposit', id: `dep-${group}`, ref1: user, ref2: '', fen: 1_000 + group },
    { kind: 'hold', id: hold, ref1: user, ref2: '', fen: 600 },
    { kind: 'escrow', id: `esc-${group}`, ref1: hold, ref2: tranche, fen: 250 },
    { kind: 'release', id: `rel-${group}`, ref1: hold, ref2: '', fen: 0 },
    { kind: 'disburse', id: `dis-${group}`, ref1: tranche, ref2: `b${group % 4}`, fen: 100 },
  ];
}

/** The entry index the op has in the journal when the workload runs from an empty ledger. */
export function entryIndexOf(id: string): number {
  const [prefix, group] = id.split('-');
  const position = ['dep', 'hold', 'esc', 'rel', 'dis'].indexOf(prefix ?? '');
  return Number(group) * entriesPerGroup + position;
}

export function applyToLedger(ledger: Ledger, op: CrashOp): number {
  switch (op.kind) {
    case 'deposit':
      return ledger.deposit(op.id, op.ref1, op.fen).code;
    case 'hold':
      return ledger.hold(op.id, op.ref1, op.fen);
    case 'escrow':
      return ledger.transferHeldToEscrow(op.id, op.ref1, op.ref2, op.fen);
    case 'release':
      return ledger.releaseHold(op.id, op.ref1).code;
    case 'disburse':
      return ledger.disburse(op.id, op.ref1, op.ref2, op.fen);
  }
}

export function applyToModel(model: ModelLedger, op: CrashOp): number {
  switch (op.kind) {
    case 'deposit':
      return model.deposit(op.id, op.ref1, op.fen).code;
    case 'hold':
      return model.hold(op.id, op.ref1, op.fen).code;
    case 'escrow':
      return model.toEscrow(op.id, op.ref1, op.ref2, op.fen).code;
    case 'release':
      return model.release(op.id, op.ref1).code;
    case 'disburse':
      return model.disburse(op.id, op.ref1, op.ref2, op.fen).code;
  }
}

/** What a retry of an applied op answers: the original result, no second effect. */
export function retryCode(op: CrashOp): number {
  return op.kind === 'hold' ? Code.HOLD_EXISTS : Code.OK;
}

/** The loan crash test's workload: 200 notes of 1,000 fen, repaid 7 fen an hour. */
export const loanCrash = {
  lenders: 200,
  noteFen: 1_000,
  repayFen: 7,
  repaysMax: 20_000,
  startMs: 1_700_000_000_000,
  repayMs(k: number): number {
    return this.startMs + k * 3_600_000;
  },
  request(): OriginateRequest {
    const notes = Array.from({ length: this.lenders }, (_, i) => ({
      noteId: `N${i}`,
      lenderId: `L${i}`,
      principalFen: this.noteFen,
      rateBps: 600 + i,
    }));
    return {
      transferId: 'o',
      trancheId: 'T',
      borrowerId: 'B',
      notes,
      termMonths: 24,
      schedule: 'equal_instalment',
      feeBps: 50,
      nowMs: this.startMs,
      product: { serviceFeeBps: 1_000 },
    };
  },
};
