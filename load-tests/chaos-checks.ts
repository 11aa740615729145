/**
 * The chaos run's checks after the service has stopped, read straight from its data folder:
 * - holds against the book: every lender's held balance equals what their resting orders in the
 *   replayed books still hold (a hold without an order, or an order without its hold, is money
 *   in the wrong place);
 * - the custody bank statement (every deposit the bank sent, every withdrawal it paid out)
 *   reconciles with the ledger, line by line and in total;
 * - the fills in ClickHouse (FINAL, by id) add up to the money that left the lenders' accounts
 *   for tranches (deposited - withdrawn - available - held: no expiries or repayments run here);
 * - the ledger journal verifies (hash chain and every balance).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openLedger, reconcileJournal } from '../src/ledger/index.js';
import { DurableShard } from '../src/orderbook/durable-shard.js';
import { shardIndexFor } from '../src/orderbook/shard.js';
import { shardData } from '../src/orderbook/snapshot.js';

export interface BankLine {
  transferId: string;
  userId: string;
  direction: 'in' | 'out';
  amountFen: number;
}

export interface MoneyCheck {
  /** Lenders whose held balance differs from their resting orders. */
  holdMismatches: string[];
  reconciled: boolean;
  reconcileDifferences: number;
  /** Fen that left the lenders for tranches, per the ledger. */
  lentFen: number;
}

/** The resting remainder of each lender's orders, over every shard's replayed books. */
function restingByLender(dataDir: string, markets: readonly string[], shards: number) {
  const resting = new Map<string, number>();
  for (let shardIndex = 0; shardIndex < shards; shardIndex += 1) {
    const mine = markets.filter((marketId) => shardIndexFor(marketId, shards) === shardIndex);
    const shard = DurableShard.open({
      shardIndex,
      markets: mine,
      restingOrdersPerMarketMax: 1_000_000,
      closedEntriesPerMarketMax: 1_000_000,
      rules: {},
      rulesByMarket: {},
      journalDir: join(dataDir, 'orderbook'),
      snapshotEveryBatches: 1_000_000,
      epoch: 0,
      resendBatchIds: [],
    });
    for (const market of shardData(shard.shard).markets) {
      for (const order of market.orders) {
        if (!order.resting) continue;
        const leftFen = order.amountFen - order.filledFen - order.reducedFen;
        resting.set(order.ownerId, (resting.get(order.ownerId) ?? 0) + leftFen);
      }
    }
    shard.close();
  }
  return resting;
}

export function statementCsv(lines: readonly BankLine[]): string {
  const rows = lines.map((line) => `${line.transferId},${line.direction},${line.amountFen}`);
  return ['transfer_id,direction,amount_fen', ...rows, ''].join('\n');
}

export async function checkMoney(
  dataDir: string,
  config: { markets: readonly string[]; shards: number; lenders: readonly string[] },
  bank: readonly BankLine[],
): Promise<MoneyCheck> {
  const resting = restingByLender(dataDir, config.markets, config.shards);
  const ledgerDir = join(dataDir, 'ledger');
  const ledger = await openLedger({ dir: ledgerDir, durability: 'none' });
  const holdMismatches: string[] = [];
  let lentFen = 0;
  for (const lenderId of config.lenders) {
    const { availableFen, heldFen } = ledger.userBalances(lenderId);
    const restingFen = resting.get(lenderId) ?? 0;
    if (heldFen !== restingFen) {
      holdMismatches.push(`${lenderId}: held ${heldFen}, resting ${restingFen}`);
    }
    let netFen = 0;
    for (const line of bank) {
      if (line.userId !== lenderId) continue;
      netFen += line.direction === 'in' ? line.amountFen : -line.amountFen;
    }
    lentFen += netFen - availableFen - heldFen;
  }
  await ledger.close();
  const reconciliation = await reconcileJournal(ledgerDir, statementCsv(bank));
  return {
    holdMismatches,
    reconciled: reconciliation?.ok === true,
    reconcileDifferences: reconciliation?.differences.length ?? -1,
    lentFen,
  };
}

export function ledgerVerified(dataDir: string): boolean {
  const result = spawnSync(
    process.execPath,
    ['dist/src/cli.js', 'ledger', 'verify', '--dir', join(dataDir, 'ledger')],
    { encoding: 'utf8' },
  );
  process.stdout.write(result.stdout + result.stderr);
  return result.status === 0;
}
