/**
 * SDK clients for integration tests: connect to a running service and authenticate as a user
 * with one role, with a token from the service's own secret. Every client opened is kept in
 * `opened` so a test file can close them all at the end.
 */
import { LendingClient } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import type { RunningService } from './service-process.js';

export function tokenFor(service: RunningService, userId: string, role: Role, ttlMs = 300_000) {
  return issueToken(service.authSecret, {
    userId,
    roles: [role],
    expiresAtMs: Date.now() + ttlMs,
  });
}

export async function connectAs(
  service: RunningService,
  userId: string,
  role: Role,
  opened?: LendingClient[],
): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl);
  opened?.push(client);
  await client.authenticate(tokenFor(service, userId, role));
  return client;
}
