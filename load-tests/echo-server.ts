/**
 * A bare uWebSockets.js echo server: the ceiling the gateway benchmark compares against.
 *
 * Goal: measure what the same lean client, connections, frame sizes and window get from uWS
 * when the server does nothing but send each binary frame back, so the gateway's figure can be
 * read as a fraction of what the socket layer allows on this machine.
 *
 * Method: uWS loaded exactly as the gateway loads it (src/gateway/uws.ts: the native binary,
 * never the pure-JS fallback); every route upgrades; `message` sends the frame back (uWS corks
 * sends made inside its callbacks, so a burst of frames costs one write). Run as its own process
 * (`node dist/load-tests/echo-server.js`), it prints `ECHO ws://127.0.0.1:PORT/` and stops on
 * SIGTERM or when its stdin closes, so it can never outlive the benchmark that started it.
 */
import { fileURLToPath } from 'node:url';
import { uws, type WebSocket, type us_listen_socket } from '../src/gateway/uws.js';

export interface EchoServer {
  readonly port: number;
  readonly url: string;
  close(): void;
}

/** Starts an echo server on 127.0.0.1 (port 0: any free port). */
export function startEchoServer(port = 0): Promise<EchoServer> {
  const app = uws.App();
  // Kept so close() can end them: this uWS build has no App.close().
  const sockets = new Set<WebSocket<unknown>>();
  app.ws<unknown>('/*', {
    maxPayloadLength: 64 * 1024,
    // Generous: the echo must never drop a client the gateway would have served.
    maxBackpressure: 64 * 1024 * 1024,
    idleTimeout: 120,
    open: (ws) => {
      sockets.add(ws);
    },
    close: (ws) => {
      sockets.delete(ws);
    },
    message: (ws, message, isBinary) => {
      ws.send(message, isBinary);
    },
  });
  return new Promise((resolve, reject) => {
    app.listen('127.0.0.1', port, (socket: us_listen_socket | false) => {
      if (!socket) {
        reject(new Error(`echo server cannot listen on 127.0.0.1:${port}`));
        return;
      }
      const bound = uws.us_socket_local_port(socket);
      resolve({
        port: bound,
        url: `ws://127.0.0.1:${bound}/`,
        close: () => {
          uws.us_listen_socket_close(socket);
          for (const ws of [...sockets]) ws.close();
          sockets.clear();
        },
      });
    });
  });
}

async function main(): Promise<void> {
  const server = await startEchoServer();
  process.stdout.write(`ECHO ${server.url}\n`);
  const stop = (): void => {
    server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
