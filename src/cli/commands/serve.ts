import { Command, InvalidArgumentError } from "commander";
import pino from "pino";
import { LaunchError, launchServer } from "../../server/launch-server.ts";
import { loggableError } from "../../server/loggable-error.ts";
import { closeOnSignals } from "../../storage/close-on-signals.ts";
import { adminCommands } from "../admin-commands.ts";
import { commandSummaries } from "../command-summaries.ts";
import { defaultFrameworkPath } from "../default-framework-path.ts";
import { writeError, writeOut } from "../output.ts";

/** Options of `pathways serve`, as commander parses them. */
interface ServeOptions {
  port: number;
  host: string;
  dataDir?: string;
  framework?: string;
  trustProxy?: boolean | number;
  sessionIdle?: number;
  demo?: boolean;
  relaxedDurability?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError("use a whole number from 0 to 65535, e.g. --port 3000.");
  }
  return port;
}

function parseProxyHops(value: string): number {
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new InvalidArgumentError(
      "give the number of reverse proxies in front of Pathways, a whole number from 0 to 10, e.g. --trust-proxy 1.",
    );
  }
  return hops;
}

function parseIdleMinutes(value: string): number {
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 14 * 24 * 60) {
    throw new InvalidArgumentError(
      "use a whole number of minutes from 1 to 20160 (14 days), e.g. --session-idle 720.",
    );
  }
  return minutes;
}

async function serve(options: ServeOptions): Promise<void> {
  const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });
  let server: Awaited<ReturnType<typeof launchServer>>;
  try {
    server = await launchServer({
      host: options.host,
      port: options.port,
      databaseUrl: process.env.DATABASE_URL || undefined,
      dataDir: options.dataDir,
      frameworkPath: options.framework ?? defaultFrameworkPath(),
      trustProxy: options.trustProxy ?? false,
      sessionIdleTimeoutMs:
        options.sessionIdle === undefined ? undefined : options.sessionIdle * 60_000,
      demo: options.demo ?? false,
      relaxedDurability: options.relaxedDurability || undefined,
      adminCommands,
      logger,
    });
  } catch (error) {
    if (!(error instanceof LaunchError || error instanceof Error)) throw error;
    writeError(`pathways serve: ${error.message}`);
    return;
  }
  writeOut(`Pathways is listening on ${server.url} (API docs: ${server.url}/api/docs)`);
  for (const line of server.demoLogins) writeOut(line);
  if (server.setupUrl) {
    writeOut(
      `No accounts yet. Create the organisation and its owner (one time): ${server.setupUrl}`,
    );
  }
  await new Promise<void>((resolve) => {
    closeOnSignals(
      { close: () => server.close() },
      {
        exit: (code) => {
          process.exitCode = code;
          resolve();
        },
        onError: (error) => {
          const err = loggableError(error);
          logger.error({ err }, `shutdown failed: ${err.summary}`);
        },
      },
    );
  });
  writeOut("Pathways stopped; the database is closed.");
}

/**
 * `pathways serve`: runs the HTTP API (and the web app when built) on 127.0.0.1 by default.
 *
 * @example
 * pathways serve --port 8080 --data-dir ./data
 */
export function serveCommand(): Command {
  return new Command("serve")
    .description(commandSummaries.serve)
    .option("--port <number>", "port to listen on", parsePort, 3000)
    .option("--host <address>", "address to bind; 0.0.0.0 exposes it to the network", "127.0.0.1")
    .option(
      "--data-dir <path>",
      "embedded database directory (default: $PATHWAYS_DATA_DIR or ./.pathways)",
    )
    .option(
      "--framework <file>",
      "framework new organisations start with (default: the bundled one)",
    )
    .option(
      "--trust-proxy [hops]",
      "believe X-Forwarded-* headers from this many reverse proxies of your own in front (default 1)",
      parseProxyHops,
    )
    .option(
      "--session-idle <minutes>",
      "sign a session out after this many minutes without a request (default 720)",
      parseIdleMinutes,
    )
    .option("--demo", "seed a fictional demo organisation (once) and print its logins")
    .option(
      "--relaxed-durability",
      "embedded database only: leave fsync off for faster writes; an operating-system crash or power cut may lose the last acknowledged ones (also PATHWAYS_RELAXED_DURABILITY=1)",
    )
    .action(serve);
}
