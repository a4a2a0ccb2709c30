import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { type LaunchedServer, launchServer } from "../../src/server/launch-server.ts";

/** A real Pathways server on a fresh embedded database, and a Chromium page pointed at it. */
export interface BrowserSession {
  server: LaunchedServer;
  context: BrowserContext;
  page: Page;
  /** Console errors the page logged, other than failed requests the app expects (e.g. a 401). */
  consoleErrors: string[];
  close(): Promise<void>;
}

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH;
  if (!path) {
    throw new Error(
      "CHROMIUM_PATH is not set: run the browser tests through scripts/with-chromium.sh (npm run test:e2e does).",
    );
  }
  return path;
}

/**
 * Starts a server on port 0 with its own data folder (and SMTP when given) and opens Chromium
 * with a fresh profile.
 *
 * @example
 * const session = await openBrowserSession();
 * await session.page.goto(session.server.url);
 */
export async function openBrowserSession(
  options: { mail?: { smtpUrl?: string; from?: string }; port?: number } = {},
): Promise<BrowserSession> {
  const dataDir = mkdtempSync(join(tmpdir(), "pathways-e2e-data-"));
  const profileDir = mkdtempSync(join(tmpdir(), "pathways-e2e-profile-"));
  const server = await launchServer({
    host: "127.0.0.1",
    port: options.port ?? 0,
    dataDir,
    frameworkPath: "frameworks/product-management.yaml",
    trustProxy: false,
    logger: pino({ level: "silent" }),
    ...(options.mail ? { mail: options.mail } : {}),
  });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      consoleErrors.push(message.text());
    }
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  return {
    server,
    context,
    page,
    consoleErrors,
    async close() {
      await context.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
