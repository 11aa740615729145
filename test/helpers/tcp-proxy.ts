/**
 * A TCP proxy that a test can cut and restore, to simulate a backing service going away and
 * coming back without touching the shared server. While cut, it refuses new connections (by
 * destroying them) and destroys open ones, which is what a crashed or restarting server looks
 * like to a client. It can also lose responses, so a request lands on the server while the client
 * sees a failure: the case a retry must not turn into a duplicate.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  /** The local port to point clients at. */
  port: number;
  cut(): void;
  restore(): void;
  /**
   * The next `count` responses are lost: the request reaches the server (so an insert lands),
   * then the connection is destroyed when the answer comes back, as when a network fails late.
   */
  dropResponses(count: number): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let up = true;
  let responsesToDrop = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    if (!up) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    track(upstream);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (responsesToDrop > 0) {
        responsesToDrop -= 1;
        upstream.destroy();
        client.destroy();
        return;
      }
      client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    cut() {
      up = false;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      up = true;
    },
    dropResponses(count) {
      responsesToDrop = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
