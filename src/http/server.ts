/** Run the HTTP app on a port, with graceful shutdown. */
import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';

interface ListenOptions {
  port: number;
  host: string;
}

export function listen(app: Hono, options: ListenOptions): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(server));
  });
}
