/**
 * The @clickhouse/client configuration shared by the sink and the queries.
 *
 * Method: nothing the server must understand is set here (no clickhouse_settings, no response
 * compression): 18.16 rejects unknown settings, and a readonly=1 user (the analysts') rejects
 * any setting at all, enable_http_compression included.
 */
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { type ClickHouseClientConfigOptions } from '@clickhouse/client';

export interface ClientOptions {
  url: string;
  username?: string;
  password?: string;
  /** HTTP request timeout (default 30 s). */
  requestTimeoutMs?: number;
}

/**
 * The client's own logger is off: it would print every failed attempt with a stack trace;
 * failures reach the caller through the sink's onError or a rejected promise instead.
 */
export function disclosureClient(o: ClientOptions): ClickHouseClient {
  const config: ClickHouseClientConfigOptions = {
    url: o.url,
    request_timeout: o.requestTimeoutMs ?? 30_000,
    log: { level: ClickHouseLogLevel.OFF },
  };
  if (o.username !== undefined) config.username = o.username;
  if (o.password !== undefined) config.password = o.password;
  return createClient(config);
}
