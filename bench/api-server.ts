import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

/** A `pathways serve --demo` child process the benchmark drives. */
export interface BenchServer {
  url: string;
  pid: number;
  /** Demo account emails by kind (owner, manager, member). */
  emails: Record<string, string>;
  password: string;
  stop(): Promise<void>;
}

const cli = new URL("../bin/pathways.js", import.meta.url).pathname;

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

/**
 * Starts the real server on 127.0.0.1 with the demo organisation, on PGlite in a fresh data
 * directory or on PostgreSQL when a URL is given, and waits for its demo logins.
 *
 * @example
 * const server = await startBenchServer({});
 */
export async function startBenchServer(options: {
  databaseUrl?: string;
  /** Extra environment for the server, e.g. PATHWAYS_RELAXED_DURABILITY. */
  env?: Record<string, string>;
  /** A PGlite data directory already loaded (removed when the server stops); default: a new one. */
  dataDir?: string;
  /** Seeds the demo organisation and waits for its logins (the default); false waits for the URL. */
  demo?: boolean;
}): Promise<BenchServer> {
  const demo = options.demo ?? true;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "pathways-api-bench-"));
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, LOG_LEVEL: "warn", ...options.env };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn(
    process.execPath,
    [
      cli,
      "serve",
      ...(demo ? ["--demo"] : []),
      ...["--host", "127.0.0.1", "--port", "0", "--data-dir", dataDir],
    ],
    { env, stdio: ["ignore", "pipe", "inherit"] },
  );
  const stop = async () => {
    child.kill("SIGTERM");
    await waitForExit(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const emails: Record<string, string> = {};
  let url = "";
  let password = "";
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = waitForExit(child).then(() => {
    throw new Error("The server exited before printing its demo logins.");
  });
  const ready = (async () => {
    for await (const line of lines) {
      url = /listening on (http:\/\/\S+)/.exec(line)?.[1] ?? url;
      if (!demo && url) return;
      const login = /^\s+(owner|manager|member)\s+(\S+@\S+)/.exec(line);
      if (login?.[1] && login[2]) emails[login[1]] = login[2];
      const shared = /^Password for every demo account: (.+)$/.exec(line);
      if (shared?.[1]) {
        password = shared[1];
        return;
      }
    }
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  lines.on("line", () => undefined);
  if (!child.pid || !url) throw new Error("The server printed no URL.");
  return { url, pid: child.pid, emails, password, stop };
}
