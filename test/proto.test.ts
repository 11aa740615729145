import { describe, expect, it } from 'vitest';
import { lending } from '../src/gen/proto/lending.js';
import { Code, codeName } from '../src/shared/index.js';

const v1 = lending.v1;

describe('protocol v1', () => {
  it('round-trips a pipelined frame with 64-bit money as plain numbers', () => {
    const bytes = v1.ClientFrame.encode({
      messages: [
        {
          requestId: 1,
          placeLendOrder: {
            clientOrderId: 'o1',
            marketId: '36M:B',
            amountFen: 2 ** 52,
            minRateBps: 800,
          },
        },
        { requestId: 2, ping: { clientTimeMs: 1_700_000_000_000 } },
      ],
    }).finish();
    const frame = v1.ClientFrame.decode(bytes);
    expect(frame.messages).toHaveLength(2);
    const order = frame.messages[0]?.placeLendOrder;
    expect(typeof order?.amountFen).toBe('number');
    expect(order?.amountFen).toBe(2 ** 52);
    expect(frame.messages[1]?.ping?.clientTimeMs).toBe(1_700_000_000_000);
  });

  it('decodes an int64 beyond 2^53 to a number that fails the safe-integer check', () => {
    const writer = v1.ClientFrame.encode({
      messages: [{ requestId: 1, placeLendOrder: { clientOrderId: 'o1', amountFen: 0 } }],
    });
    expect(writer).toBeDefined();
    // Hand-encode amount_fen = 2^53 + 1 as a varint: field 3, wire type 0.
    const order = v1.PlaceLendOrder.decode(
      Uint8Array.from([0x18, 0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]),
    );
    expect(Number.isSafeInteger(order.amountFen)).toBe(false);
  });

  it('has an ErrorCode enum equal to the closed code table', () => {
    const fromProto = Object.entries(v1.ErrorCode).filter(
      ([name]) => name !== 'ERROR_CODE_UNSPECIFIED',
    );
    const fromCode = Object.entries(Code).filter(([name]) => name !== 'OK');
    expect(new Map(fromProto)).toEqual(new Map(fromCode));
    for (const [name, value] of fromCode) expect(codeName(value as never)).toBe(name);
  });
});
