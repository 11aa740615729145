/**
 * Time is injected. The deterministic cores take `nowMs` as an argument; only edges (gateway,
 * adapters, composition root) read a Clock, and tests pass a manual one.
 */

export interface Clock {
  nowMs(): number;
  /**
   * What this clock read (or will read) when the system clock read `systemMs`: lets a replay
   * date an effect by its batch's recorded time instead of the time it is replayed. Absent on
   * clocks not derived from the system clock (a manual test clock).
   */
  atMs?(systemMs: number): number;
}

export const systemClock: Clock = { nowMs: () => Date.now(), atMs: (systemMs) => systemMs };

/**
 * Loan time for demonstrations: one day passes every `daySeconds` real seconds, starting from
 * the real time at creation, so instalments fall due, go overdue and are compensated within
 * minutes. Monotonic; exactly the real clock when `daySeconds` is 86,400.
 */
export function acceleratedClock(base: Clock, daySeconds: number): Clock {
  const startMs = base.nowMs();
  const factor = 86_400 / daySeconds;
  const atMs = (systemMs: number): number => startMs + Math.floor((systemMs - startMs) * factor);
  return { nowMs: () => atMs(base.nowMs()), atMs };
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
