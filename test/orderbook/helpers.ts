/**
 * Small builders for engine tests: commands with defaults and a market driver that numbers refs,
 * advances time and checks the internal invariants after every command.
 */
import {
  applyCommand,
  createMarket,
  renderExplanations,
  validateInternalState,
  type CommandOutcome,
  type MarketCommand,
  type MarketState,
  type TimeInForce,
} from '../../src/orderbook/index.js';

export const marketId = '36M:B';

type Place = Extract<MarketCommand, { kind: 'place' }>;
type List = Extract<MarketCommand, { kind: 'list' }>;
type Cancel = Extract<MarketCommand, { kind: 'cancel' }>;

export function place(
  lenderId: string,
  clientOrderId: string,
  amountFen: number,
  minRateBps: number,
  tif: TimeInForce = 'GTC',
): Place {
  return { kind: 'place', ref: 0, lenderId, clientOrderId, marketId, amountFen, minRateBps, tif };
}

export function list(
  trancheId: string,
  borrowerId: string,
  amountFen: number,
  maxRateBps: number,
): List {
  return { kind: 'list', ref: 0, trancheId, marketId, borrowerId, amountFen, maxRateBps };
}

export function cancel(lenderId: string, clientOrderId: string): Cancel {
  return { kind: 'cancel', ref: 0, lenderId, clientOrderId, marketId };
}

export class Driver {
  readonly market: MarketState;
  nowMs = 1_700_000_000_000;
  #ref = 0;

  constructor(restingOrdersMax?: number) {
    this.market = createMarket(
      marketId,
      restingOrdersMax === undefined ? {} : { restingOrdersMax },
    );
  }

  run(command: MarketCommand): CommandOutcome {
    this.#ref += 1;
    this.nowMs += 1;
    const outcome = applyCommand(this.market, { ...command, ref: this.#ref }, this.nowMs);
    renderExplanations(outcome, this.market.rules);
    validateInternalState(this.market, this.nowMs);
    return outcome;
  }

  runAll(commands: MarketCommand[]): CommandOutcome[] {
    return commands.map((command) => this.run(command));
  }
}
