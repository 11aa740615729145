/**
 * The readable explanation of an allocation, rendered from a fill event's numbers and the
 * market's rules: which rule set the rate (price-time priority, the resting side's rate) and
 * which set the amount (order remainder, tranche need with the minimum-ticket waiver, lender
 * cap). Method: the core emits codes and numbers only; applyBatch renders the text once per
 * fill, so the hot path builds no strings and every outcome leaving a shard carries the text.
 */
import type { MarketRules } from './book.js';
import type { CommandOutcome, FillEvent } from './types.js';

function ruleText(event: FillEvent, rules: Readonly<MarketRules>): string {
  if (event.rule === 'order_remaining') return "amount set by the order's remaining amount";
  if (event.rule === 'lender_cap') {
    return `amount set by the lender cap of ${rules.lenderShareMaxBps} bps of the loan`;
  }
  const ticketFen = rules.minTicketFen;
  return event.amountFen < ticketFen
    ? `amount set by the tranche's remaining need (completes it, so the ${ticketFen} fen ` +
        'minimum ticket is waived)'
    : "amount set by the tranche's remaining need";
}

/** One sentence a lender can read: why this amount, at this rate, against this counterparty. */
export function explainFill(event: FillEvent, rules: Readonly<MarketRules>): string {
  const restingIsOrder = event.restingSide === 'order';
  const whose = restingIsOrder ? "the resting order's rate" : "the resting tranche's rate";
  const verb = restingIsOrder ? 'placed' : 'listed';
  const orderPart =
    event.orderRemainingFen === 0
      ? 'order now fully filled'
      : `order has ${event.orderRemainingFen} fen left`;
  const tranchePart =
    event.trancheRemainingFen === 0
      ? 'tranche now fully funded'
      : `tranche needs ${event.trancheRemainingFen} fen more`;
  return (
    `filled ${event.amountFen} fen at ${event.rateBps} bps, ${whose} (price-time priority: ` +
    `best rate ${event.rateBps} bps, ${verb} at seq ${event.restingSeq}); ` +
    `${ruleText(event, rules)}; ${orderPart}; ${tranchePart}`
  );
}

/** Fills in the explanation of every fill of an outcome that has none yet. */
export function renderExplanations(outcome: CommandOutcome, rules: Readonly<MarketRules>): void {
  for (const event of outcome.events) {
    if (event.type === 'fill' && event.explanation === '') {
      event.explanation = explainFill(event, rules);
    }
  }
}
