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
  readonly #rejects = new Map<ResultCode, number>();

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
      '# TYPE gateway_rejects_total counter',
    ];
    for (const [code, count] of this.#rejects) {
      lines.push(`gateway_rejects_total{code="${codeName(code)}"} ${count}`);
    }
    for (const [name, value] of Object.entries(extra)) lines.push(`${name} ${value}`);
    return `${lines.join('\n')}\n`;
  }
}
