/**
 * Development entry for a shard worker when the host runs from TypeScript sources (vitest, tsx).
 * Why this file exists: on Node 20, `execArgv: ['--import', 'tsx']` does not apply tsx's module
 * hooks inside a worker (nodejs/node#47747), so loading worker.ts fails with
 * ERR_UNKNOWN_FILE_EXTENSION. Registering tsx from inside the worker and then importing the
 * TypeScript entry works. Production runs dist/src/orderbook/worker.js and never loads this.
 */
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
