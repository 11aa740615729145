/**
 * Development entry for a scoring worker when the pool runs from TypeScript sources (vitest,
 * tsx): on Node 20 `execArgv: ['--import', 'tsx']` does not reach worker threads
 * (nodejs/node#47747), so register tsx here, then load the TypeScript worker. The build runs
 * dist/src/risk-stream/credit/score-worker.js and never loads this file.
 */
import { register } from 'tsx/esm/api';

register();
const worker = await import('./score-worker.ts');
export default worker.default;
