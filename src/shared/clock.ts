/**
 * Time is injected. The deterministic cores take `nowMs` as an argument; only edges (gateway,
 * adapters, composition root) read a Clock, and tests pass a manual one.
 */

export interface Clock {
  nowMs(): number;
}

export const systemClock: Clock = { nowMs: () => Date.now() };

/**
 * Loan time for demonstrations: one day passes every `daySeconds` real seconds, starting from
 * the real time at creation, so instalments fall due, go overdue and are compensated within
 * minutes. Monotonic; exactly the real clock when `daySeconds` is 86,400.
 */
export function acceleratedClock(base: Clock, daySeconds: number): Clock {
  const startMs = base.nowMs();
  const factor = 86_400 / daySeconds;
  return { nowMs: () => startMs + Math.floor((base.nowMs() - startMs) * factor) };
}

export class ManualClock implements Clock {
  #nowMs: number;
  constructor(startMs = 1_700_000_000_000) {
    this.#nowMs = startMs;
  }
  nowMs(): number {
    return this.#nowMs;
  }
  advance(ms: number): void {
    this.#nowMs += ms;
  }
}
