import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { LaunchError, launchServer } from "./launch-server.ts";
import { isWebBuilt } from "./serve-web.ts";

const dataDir = mkdtempSync(join(tmpdir(), "pathways-launch-"));
const frameworkPath = "frameworks/product-management.yaml";
const logger = pino({ level: "silent" });
const base = { host: "127.0.0.1", port: 0, dataDir, frameworkPath, trustProxy: false, logger };

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("launchServer", () => {
  it("serves a fresh data directory, offers the one-time setup, and refuses a second owner", async () => {
    const server = await launchServer(base);
    try {
      // The web app's Start page takes the link when the app is built; the bare page otherwise.
      const page = isWebBuilt() ? "start" : "setup";
      expect(server.setupUrl).toMatch(
        new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${page}\\?token=[\\w-]{40,}$`),
      );
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      await expect(launchServer(base)).rejects.toThrow(/in use by a Pathways process \(pid \d+\)/);
    } finally {
      await server.close();
    }
  });

  it("names the problems of an invalid default framework before opening anything", async () => {
    const broken = join(dataDir, "broken.yaml");
    writeFileSync(broken, "id: x\n");
    const launching = launchServer({ ...base, frameworkPath: broken });
    await expect(launching).rejects.toBeInstanceOf(LaunchError);
    await expect(launching).rejects.toThrow(/broken\.yaml is not valid/);
  });

  it("refuses an unusable public URL with a hint before opening anything", async () => {
    const launching = launchServer({ ...base, publicUrl: "pathways.example.com" });
    await expect(launching).rejects.toBeInstanceOf(LaunchError);
    await expect(launching).rejects.toThrow(/public URL is not usable.*--public-url https:\/\//);
  });
});
