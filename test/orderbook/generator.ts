/**
 * The seeded command generator of the property and replay tests: every command kind, biased
 * towards collisions (few users, few ids, rates around one value, retries of earlier commands,
 * users who are both lender and borrower) and towards bad input, with product rules drawn per
 * seed. Deterministic for a seed.
 */
import type { MarketCommand } from '../../src/orderbook/index.js';
import { limits } from '../../src/shared/index.js';
import type { ModelRules } from './model.js';

export const marketId = '36M:B';

/** mulberry32: a tiny deterministic PRNG, good enough to drive a test. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Generator {
  readonly #random: () => number;
  readonly #history: MarketCommand[] = [];
  readonly #placed: { lenderId: string; clientOrderId: string }[] = [];
  #ref = 0;
  #nextId = 0;
  #nowMs = 0;
  readonly rules: ModelRules;

  constructor(seed: number) {
    this.#random = prng(seed);
    this.rules = {
      minTicketFen: this.#pick([1, 1, 50, 200]),
      lenderShareMaxBps: this.#pick([10_000, 10_000, 5_000, 2_500]),
      minFundedShareBps: this.#pick([10_000, 5_000, 0]),
    };
  }

  #int(min: number, max: number): number {
    return min + Math.floor(this.#random() * (max - min + 1));
  }

  #pick<T>(values: readonly T[]): T {
    const value = values[this.#int(0, values.length - 1)];
    if (value === undefined) throw new Error('empty pick');
    return value;
  }

  #chance(p: number): boolean {
    return this.#random() < p;
  }

  #user(): string {
    return this.#chance(0.01)
      ? this.#pick(['', 'has space', 'x'.repeat(65)])
      : `U${this.#int(1, 5)}`;
  }

  #amount(): number {
    if (this.#chance(0.03)) {
      return this.#pick([0, -5, 1.5, 2 ** 53, limits.amountFenMax, limits.amountFenMax + 1, NaN]);
    }
    return this.#chance(0.7) ? this.#int(1, 1000) : this.#int(1, 5) * 100;
  }

  #rate(): number {
    if (this.#chance(0.03)) return this.#pick([0, -1, 1, 3600, 3601, 999.5]);
    return this.#int(995, 1005);
  }

  #market(): string {
    return this.#chance(0.02) ? '12M:A' : marketId;
  }

  next(nowMs: number): MarketCommand {
    this.#ref += 1;
    this.#nowMs = nowMs;
    const retry = this.#history[this.#int(0, this.#history.length - 1)];
    if (retry !== undefined && this.#chance(0.08)) return { ...retry, ref: this.#ref };
    const roll = this.#random();
    let command: MarketCommand;
    if (roll < 0.38) command = this.#place();
    else if (roll < 0.48) command = this.#cancel();
    else if (roll < 0.55) command = this.#reduce();
    else if (roll < 0.62) command = this.#amend();
    else if (roll < 0.87) command = this.#list();
    else if (roll < 0.92) command = this.#freeze();
    else command = { kind: 'tick', ref: this.#ref, marketId: this.#market() };
    this.#history.push(command);
    return command;
  }

  /** An expiry a few hundred steps ahead, now and then one in the past or malformed. */
  #expiry(): number {
    if (this.#chance(0.03)) return this.#pick([this.#nowMs, 1.5, Number.NaN]);
    return this.#nowMs + this.#int(-30, 3_000);
  }

  #knownKey(): { lenderId: string; clientOrderId: string } {
    const known = this.#placed[this.#int(0, this.#placed.length - 1)];
    return known !== undefined && this.#chance(0.85)
      ? known
      : { lenderId: this.#user(), clientOrderId: this.#chance(0.05) ? '' : this.#id('o') };
  }

  #reduce(): MarketCommand {
    const reduceByFen = this.#chance(0.05) ? this.#pick([0, -1, 2.5]) : this.#int(1, 600);
    return {
      kind: 'reduce',
      ref: this.#ref,
      ...this.#knownKey(),
      marketId: this.#market(),
      reduceByFen,
    };
  }

  #amend(): MarketCommand {
    const key = this.#knownKey();
    return {
      kind: 'amend',
      ref: this.#ref,
      ...key,
      marketId: this.#market(),
      minRateBps: this.#rate(),
    };
  }

  #freeze(): MarketCommand {
    const kind = this.#chance(0.45) ? 'freeze' : 'unfreeze';
    return { kind, ref: this.#ref, marketId: this.#market(), accountId: this.#user() };
  }

  /** Mostly fresh ids, sometimes a reused one (a duplicate or a retry with other fields). */
  #id(prefix: string): string {
    this.#nextId += 1;
    return this.#chance(0.1) ? `${prefix}${this.#int(1, 8)}` : `${prefix}-${this.#nextId}`;
  }

  #place(): MarketCommand {
    const tif = this.#chance(0.01)
      ? 'DAY'
      : this.#pick(['GTC', 'GTC', 'GTC', 'IOC', 'FOK'] as const);
    const key = { lenderId: this.#user(), clientOrderId: this.#id('o') };
    this.#placed.push(key);
    const command: MarketCommand = {
      kind: 'place',
      ref: this.#ref,
      ...key,
      marketId: this.#market(),
      amountFen: this.#amount(),
      minRateBps: this.#rate(),
      // Deliberately invalid at runtime now and then, as a wire decoder bug could send.
      tif: tif as 'GTC',
    };
    if (this.#chance(0.25)) command.expiresAtMs = this.#expiry();
    return command;
  }

  #cancel(): MarketCommand {
    return { kind: 'cancel', ref: this.#ref, ...this.#knownKey(), marketId: this.#market() };
  }

  #list(): MarketCommand {
    const command: MarketCommand = {
      kind: 'list',
      ref: this.#ref,
      trancheId: this.#chance(0.01) ? 'bad id' : this.#id('t'),
      marketId: this.#market(),
      borrowerId: this.#user(),
      amountFen: this.#amount(),
      maxRateBps: this.#rate(),
    };
    if (this.#chance(0.35)) command.deadlineMs = this.#expiry();
    return command;
  }
}
