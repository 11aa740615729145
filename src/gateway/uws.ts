/**
 * Loads the native uWebSockets.js binary directly. The package we use (a republish of v20.30.0,
 * see DESIGN.md s.8) silently falls back to a slow pure-JS server when its binary does not load;
 * that fallback must never serve traffic, so we skip the package's entry point and require the
 * `.node` file for this platform and Node ABI ourselves, failing loudly if it is missing.
 */
import { createRequire } from 'node:module';
import type * as Uws from 'uWebSockets.js';

export type {
  HttpRequest,
  HttpResponse,
  TemplatedApp,
  WebSocket,
  us_listen_socket,
} from 'uWebSockets.js';

function loadNative(): typeof Uws {
  const require = createRequire(import.meta.url);
  const binary = `uws_${process.platform}_${process.arch}_${process.versions.modules}.node`;
  try {
    return require(`uWebSockets.js/binaries/${binary}`) as typeof Uws;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `uWebSockets.js has no native binary ${binary} for this Node (${process.version}); ` +
        `refusing the pure-JS fallback. Use Node 20 on linux-x64. Cause: ${reason}`,
    );
  }
}

export const uws = loadNative();
