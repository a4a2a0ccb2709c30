import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/server/test-app.ts";
import { startServer } from "./start-server.ts";

describe("startServer", () => {
  it("serves the app over HTTP on a free port and closes cleanly", async () => {
    const { app, close } = await createTestApp();
    const server = await startServer({ app, host: "127.0.0.1", port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ status: "ok" });
    await server.close();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await close();
  });

  it("reports a port already in use", async () => {
    const { app, close } = await createTestApp();
    const first = await startServer({ app, host: "127.0.0.1", port: 0 });
    const port = Number(new URL(first.url).port);
    await expect(startServer({ app, host: "127.0.0.1", port })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
    await close();
  });
});
