import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";

/** A listening server: its URL and how to stop it. */
export interface RunningServer {
  url: string;
  /** Stops accepting connections and waits for open requests to finish. */
  close(): Promise<void>;
}

/**
 * Listens on host:port with Node's HTTP server; port 0 picks a free port.
 *
 * @example
 * const server = await startServer({ app, host: "127.0.0.1", port: 3000 });
 * console.log(server.url);
 */
export function startServer(options: {
  app: Pick<OpenAPIHono<AppEnv>, "fetch">;
  host: string;
  port: number;
}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: options.app.fetch, hostname: options.host, port: options.port },
      (info) => {
        const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              (server as Server).close((error) => (error ? fail(error) : done()));
              (server as Server).closeIdleConnections();
            }),
        });
      },
    );
    server.once("error", reject);
  });
}
