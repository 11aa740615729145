/**
 * With TLS_CERT_FILE and TLS_KEY_FILE the gateway serves wss:// and https:// (uWS SSLApp). The
 * test makes a self-signed certificate with openssl and talks to the real service over both.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient } from '../../src/client/index.js';
import { issueToken } from '../../src/gateway/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

let service: RunningService;
let certificate: Buffer;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tls-'));
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  certificate = readFileSync(certFile);
  service = await startServiceProcess('tls', { TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile });
}, 90_000);

afterAll(async () => {
  expect(await service?.stop()).toBe(0);
});

describe('TLS', () => {
  it('serves wss:// with the configured certificate', async () => {
    expect(service.wsUrl).toMatch(/^wss:\/\//);
    const client = await LendingClient.connect(service.wsUrl, { ca: certificate });
    const token = issueToken(service.authSecret, {
      userId: 'T1',
      roles: ['lender'],
      expiresAtMs: Date.now() + 60_000,
    });
    const answer = await client.authenticate(token, 'tls-device');
    expect(answer.authenticated?.userId).toBe('T1');
    const pong = await client.request({ ping: { clientTimeMs: 7 } });
    expect(pong.pong?.clientTimeMs).toBe(7);
    await client.close();
  });

  it('serves https:// and refuses a client that does not trust the certificate', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      get(`${service.httpUrl}/health`, { ca: certificate }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(status).toBe(200);
    await expect(LendingClient.connect(service.wsUrl)).rejects.toThrow(/self.signed|certificate/i);
  });
});
