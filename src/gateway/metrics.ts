/**
 * Gateway counters in Prometheus text format. Plain numbers updated inline: cheaper than a
 * metrics library on the hot path, and the exposition format is a few lines.
 */
import { codeName, type ResultCode } from '../shared/index.js';

export class GatewayMetrics {
  connectionsOpen = 0;
  connectionsTotal = 0;
  framesIn = 0;
  messagesIn = 0;
  framesOut = 0;
  messagesOut = 0;
  sendBackpressure = 0;
  sendDropped = 0;
  slowConsumersClosed = 0;
  readonly #rejects = new Map<ResultCode, number>();
  /** Command latency (receipt to durable answer) in microseconds: cumulative buckets. */
  readonly #latencyBucketsUs = [100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 100_000];
  readonly #latencyCounts = new Array<number>(10).fill(0);
  #latencySumUs = 0;
  #latencyCount = 0;

  observeCommandLatency(latencyUs: number): void {
    let index = this.#latencyBucketsUs.findIndex((bound) => latencyUs <= bound);
    if (index < 0) index = this.#latencyBucketsUs.length;
    this.#latencyCounts[index] = (this.#latencyCounts[index] ?? 0) + 1;
    this.#latencySumUs += latencyUs;
    this.#latencyCount += 1;
  }

  #latencyLines(): string[] {
    const lines = ['# TYPE gateway_command_latency_seconds histogram'];
    let cumulative = 0;
    this.#latencyBucketsUs.forEach((bound, index) => {
      cumulative += this.#latencyCounts[index] ?? 0;
      lines.push(`gateway_command_latency_seconds_bucket{le="${bound / 1e6}"} ${cumulative}`);
    });
    lines.push(`gateway_command_latency_seconds_bucket{le="+Inf"} ${this.#latencyCount}`);
    lines.push(`gateway_command_latency_seconds_sum ${this.#latencySumUs / 1e6}`);
    lines.push(`gateway_command_latency_seconds_count ${this.#latencyCount}`);
    return lines;
  }

  reject(code: ResultCode): void {
    this.#rejects.set(code, (this.#rejects.get(code) ?? 0) + 1);
  }

  render(extra: Readonly<Record<string, number>> = {}): string {
    const lines = [
      '# TYPE gateway_connections_open gauge',
      `gateway_connections_open ${this.connectionsOpen}`,
      '# TYPE gateway_connections_total counter',
      `gateway_connections_total ${this.connectionsTotal}`,
      '# TYPE gateway_frames_in_total counter',
      `gateway_frames_in_total ${this.framesIn}`,
      '# TYPE gateway_messages_in_total counter',
      `gateway_messages_in_total ${this.messagesIn}`,
      '# TYPE gateway_frames_out_total counter',
      `gateway_frames_out_total ${this.framesOut}`,
      '# TYPE gateway_messages_out_total counter',
      `gateway_messages_out_total ${this.messagesOut}`,
      '# TYPE gateway_send_backpressure_total counter',
      `gateway_send_backpressure_total ${this.sendBackpressure}`,
      '# TYPE gateway_send_dropped_total counter',
      `gateway_send_dropped_total ${this.sendDropped}`,
      '# TYPE gateway_slow_consumers_closed_total counter',
      `gateway_slow_consumers_closed_total ${this.slowConsumersClosed}`,
      '# TYPE gateway_rejects_total counter',
    ];
    for (const [code, count] of this.#rejects) {
      lines.push(`gateway_rejects_total{code="${codeName(code)}"} ${count}`);
    }
    lines.push(...this.#latencyLines());
    for (const [name, value] of Object.entries(extra)) {
      lines.push(`# TYPE ${name} gauge`, `${name} ${value}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
