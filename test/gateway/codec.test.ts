import { describe, expect, it } from 'vitest';
import { lending } from '../../src/gen/proto/lending.js';
import { decodeFrame } from '../../src/gateway/codec.js';
import { Code } from '../../src/shared/index.js';

const v1 = lending.v1;

function frameOf(message: lending.v1.IClientMessage): Uint8Array {
  return v1.ClientFrame.encode({ messages: [message] }).finish();
}

function codeOf(bytes: Uint8Array): number {
  const result = decodeFrame(bytes);
  if (!('messages' in result)) return result.code;
  const [first] = result.messages;
  return first !== undefined && 'code' in first ? first.code : Code.OK;
}

const order = { clientOrderId: 'o1', marketId: '36M:B', amountFen: 100, minRateBps: 800 };

/** A frame whose only message is a PlaceLendOrder with amount_fen as a fixed64 double. */
function doubleAmountFrame(amount: number): Uint8Array {
  const double = Buffer.alloc(8);
  double.writeDoubleLE(amount);
  const body = Buffer.concat([
    Buffer.from([0x0a, 0x02, 0x6f, 0x31, 0x12, 0x05]),
    Buffer.from('36M:B'),
    Buffer.from([0x19]),
    double,
    Buffer.from([0x20, 0xe8, 0x07]),
  ]);
  const message = Buffer.concat([Buffer.from([0x08, 0x05, 0x5a, body.length]), body]);
  return Buffer.concat([Buffer.from([0x0a, message.length]), message]);
}

describe('gateway codec', () => {
  it.each([
    ['a valid order', frameOf({ requestId: 1, placeLendOrder: order }), Code.OK],
    ['garbage bytes', Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f]), Code.MALFORMED_FRAME],
    ['an empty frame', new Uint8Array(0), Code.UNKNOWN_MESSAGE],
    ['a message with no body', frameOf({ requestId: 1 }), Code.UNKNOWN_MESSAGE],
    ['a float amount sent as a double', doubleAmountFrame(1.5), Code.MALFORMED_FRAME],
    ['a large amount sent as a double', doubleAmountFrame(1e6 + 0.5), Code.MALFORMED_FRAME],
    [
      'a negative amount',
      frameOf({ requestId: 1, placeLendOrder: { ...order, amountFen: -5 } }),
      Code.AMOUNT_MUST_BE_POSITIVE,
    ],
    [
      'a zero amount',
      frameOf({ requestId: 1, placeLendOrder: { ...order, amountFen: 0 } }),
      Code.AMOUNT_MUST_BE_POSITIVE,
    ],
    [
      'an amount past 2^53',
      frameOf({ requestId: 1, placeLendOrder: { ...order, amountFen: 2 ** 53 + 2 } }),
      Code.AMOUNT_NOT_SAFE_INTEGER,
    ],
    [
      'a rate of 0',
      frameOf({ requestId: 1, placeLendOrder: { ...order, minRateBps: 0 } }),
      Code.RATE_OUT_OF_RANGE,
    ],
    [
      'a rate above 36%',
      frameOf({ requestId: 1, placeLendOrder: { ...order, minRateBps: 3601 } }),
      Code.RATE_OUT_OF_RANGE,
    ],
    [
      'a market id of the wrong shape',
      frameOf({ requestId: 1, placeLendOrder: { ...order, marketId: '36M:Z' } }),
      Code.UNKNOWN_MARKET,
    ],
    [
      'an order id with a space',
      frameOf({ requestId: 1, placeLendOrder: { ...order, clientOrderId: 'a b' } }),
      Code.INVALID_ORDER_ID,
    ],
    [
      'an unknown time in force',
      frameOf({
        requestId: 1,
        placeLendOrder: { ...order, timeInForce: 9 as lending.v1.TimeInForce },
      }),
      Code.TIME_IN_FORCE_INVALID,
    ],
    [
      'an unknown channel',
      frameOf({ requestId: 1, subscribe: { channel: 42 as lending.v1.Channel } }),
      Code.UNKNOWN_CHANNEL,
    ],
    [
      'a book subscription without a market',
      frameOf({ requestId: 1, subscribe: { channel: v1.Channel.CHANNEL_BOOK } }),
      Code.UNKNOWN_MARKET,
    ],
    ['an empty token', frameOf({ requestId: 1, authenticate: { token: '' } }), Code.TOKEN_INVALID],
  ])('answers %s with the right code', (_name, bytes, expected) => {
    expect(codeOf(bytes)).toBe(expected);
  });

  it('refuses a frame with more messages than the limit', () => {
    const messages = Array.from({ length: 257 }, (_, i) => ({ requestId: i + 1, ping: {} }));
    const bytes = v1.ClientFrame.encode({ messages }).finish();
    expect(codeOf(bytes)).toBe(Code.TOO_MANY_MESSAGES_IN_FRAME);
  });

  it('skips unknown fields, as proto3 requires', () => {
    const valid = frameOf({ requestId: 1, ping: { clientTimeMs: 5 } });
    const withUnknown = Buffer.concat([Buffer.from(valid), Buffer.from([0xf8, 0x3e, 0x01])]);
    expect(codeOf(withUnknown)).toBe(Code.OK);
  });

  it('decodes several commands of one frame, each with its own request id', () => {
    const bytes = v1.ClientFrame.encode({
      messages: [
        { requestId: 7, placeLendOrder: order },
        { requestId: 8, cancelLendOrder: { clientOrderId: 'o1', marketId: '36M:B' } },
      ],
    }).finish();
    const result = decodeFrame(bytes);
    expect('messages' in result && result.messages.map((m) => m.requestId)).toEqual([7, 8]);
  });
});
