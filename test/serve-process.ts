import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const cliPath = fileURLToPath(new URL("../bin/pathways.js", import.meta.url));

/** Where a `pathways serve` process keeps its data: a PGlite directory or a PostgreSQL URL. */
export type ServeStorage = { dataDir: string } | { databaseUrl: string };

/** Options of {@link serveProcess}. */
export interface ServeProcessOptions {
  storage: ServeStorage;
  /** How long start-up (migrations included) may take on a busy machine. */
  startTimeoutMs?: number;
  /** More environment for the process, e.g. `SMTP_URL`. */
  env?: Record<string, string>;
}

/** A real `pathways serve` child process, listening on a free port of 127.0.0.1. */
export interface ServeProcess {
  url: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, waiting for it if needed. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends SIGKILL (no shutdown at all) and resolves once the process is gone. */
  crash(): Promise<void>;
  /** Sends SIGTERM, falling back to SIGKILL, and resolves once the process is gone. */
  stop(): Promise<void>;
}

/**
 * Spawns `node bin/pathways.js serve --port 0` and resolves once `/readyz` answers 200.
 *
 * @example
 * const server = await serveProcess({ storage: { dataDir } });
 * await fetch(`${server.url}/healthz`);
 * await server.stop();
 */
export async function serveProcess(options: ServeProcessOptions): Promise<ServeProcess> {
  const { storage } = options;
  const args = [cliPath, "serve", "--host", "127.0.0.1", "--port", "0"];
  if ("dataDir" in storage) args.push("--data-dir", storage.dataDir);
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DATABASE_URL: "databaseUrl" in storage ? storage.databaseUrl : "",
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("Could not spawn `pathways serve`.");
  let output = "";
  const waiters = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    for (const wake of waiters) wake();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  child.on("error", (error) => collect(Buffer.from(`\n${error.message}\n`)));
  // "close", not "exit": by then everything the process wrote has been read.
  let closed = false;
  const exited = new Promise<void>((resolve) => {
    child.once("close", () => {
      closed = true;
      resolve();
      for (const wake of waiters) wake();
    });
  });

  function waitForOutput(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) return finish(() => resolve(match));
        if (closed) {
          finish(() =>
            reject(new Error(`pathways serve exited before printing ${pattern}:\n${output}`)),
          );
        }
      };
      const timer = setTimeout(
        () =>
          finish(() => reject(new Error(`pathways serve did not print ${pattern}:\n${output}`))),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });
  }

  const server: ServeProcess = {
    url: "",
    pid,
    output: () => output,
    waitForOutput,
    crash: () => endProcess(child, exited, "SIGKILL"),
    stop: () => endProcess(child, exited, "SIGTERM"),
  };
  try {
    const timeoutMs = options.startTimeoutMs ?? 90_000;
    const [, url] = await waitForOutput(/listening on (http:\/\/\S+)/, timeoutMs);
    server.url = url ?? "";
    await waitUntilReady(server.url, timeoutMs);
    return server;
  } catch (error) {
    await server.crash();
    throw error;
  }
}

async function endProcess(
  child: ChildProcess,
  exited: Promise<void>,
  signal: NodeJS.Signals,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill(signal);
  if (signal === "SIGKILL") return exited;
  const fallback = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(fallback);
}

async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url}/readyz did not answer 200 within ${timeoutMs} ms (${last}).`);
}
