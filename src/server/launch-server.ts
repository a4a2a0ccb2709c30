import { readFile } from "node:fs/promises";
import type { Logger } from "pino";
import { describeDemoLogins } from "../demo/describe-demo-logins.ts";
import { seedDemoOrganisation } from "../demo/seed-demo-organisation.ts";
import { formatIssues } from "../framework/format-issues.ts";
import { adminSocketPath } from "../storage/admin/admin-socket-path.ts";
import {
  type AdminHandler,
  type AdminSocket,
  serveAdminSocket,
} from "../storage/admin/serve-admin-socket.ts";
import type { DatabaseHandle } from "../storage/database.ts";
import { openDatabase } from "../storage/open-database.ts";
import { deleteExpiredSessions } from "../storage/queries/sessions.ts";
import { hasUsers } from "../storage/queries/users.ts";
import { readFrameworkFile } from "../storage/read-framework-file.ts";
import { hashPassword } from "./auth/password.ts";
import { defaultSessionLifetime } from "./auth/session-lifetime.ts";
import { createSetupGate } from "./auth/setup-gate.ts";
import { createApp } from "./create-app.ts";
import { loggableError } from "./loggable-error.ts";
import { createOffThread } from "./off-thread/off-thread.ts";
import { isWebBuilt, serveWeb } from "./serve-web.ts";
import { startServer } from "./start-server.ts";
import { storageFrameworkSource } from "./storage-framework-source.ts";

/** How often expired and idle sessions are removed from the database. */
const sessionSweepMs = 60 * 60 * 1000;

/** Options of {@link launchServer}. */
export interface LaunchServerOptions {
  host: string;
  port: number;
  /** PostgreSQL URL; without it the embedded database in `dataDir` is used. */
  databaseUrl?: string;
  dataDir?: string;
  /** The framework new organisations start with. */
  frameworkPath: string;
  /** The number of reverse proxies in front of the server whose headers are believed (`true`: 1). */
  trustProxy: boolean | number;
  /** How long a session lasts without a request (default 12 hours). */
  sessionIdleTimeoutMs?: number;
  logger: Logger;
  /** Seed the fictional demo organisation (idempotent) before serving. */
  demo?: boolean;
  /** PGlite only: leave fsync off (default: PATHWAYS_RELAXED_DURABILITY, else durable). */
  relaxedDurability?: boolean;
  /**
   * Commands local `pathways` invocations may hand to this server while it holds the embedded
   * database; they listen on `admin.sock` in the data directory (mode 600).
   */
  adminCommands?: (database: DatabaseHandle) => Record<string, AdminHandler>;
}

/** A running Pathways server. */
export interface LaunchedServer {
  url: string;
  /** The one-time link that creates the owner; null when the server already has users. */
  setupUrl: string | null;
  /** With `demo`: the lines that name the demo organisation's accounts; otherwise empty. */
  demoLogins: string[];
  database: DatabaseHandle;
  /** The admin socket's path, when the server listens on one. */
  adminSocket: string | null;
  /** Stops taking requests, then closes the database. */
  close(): Promise<void>;
}

/** A start-up failure with a message meant for the person running the command. */
export class LaunchError extends Error {
  override name = "LaunchError";
}

/** Listens on the data directory's admin socket; a failure only costs the online commands. */
async function listenForAdminCommands(
  database: DatabaseHandle,
  options: LaunchServerOptions,
): Promise<AdminSocket | null> {
  if (!database.dataDir || !options.adminCommands) return null;
  try {
    return await serveAdminSocket(
      adminSocketPath(database.dataDir),
      options.adminCommands(database),
    );
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    options.logger.warn(
      `No admin socket (${why}); \`pathways backup\` cannot run beside this server until it stops.`,
    );
    return null;
  }
}

/**
 * Opens the database, loads the default framework, seeds the demo organisation when asked, builds
 * the app and listens.
 *
 * @example
 * const server = await launchServer({ host: "127.0.0.1", port: 3000, frameworkPath, trustProxy: false, logger });
 * console.log(server.url);
 */
export async function launchServer(options: LaunchServerOptions): Promise<LaunchedServer> {
  const loaded = await readFrameworkFile(options.frameworkPath);
  if (!loaded.ok) {
    throw new LaunchError(
      `The default framework ${options.frameworkPath} is not valid:\n${formatIssues(loaded.issues)}`,
    );
  }
  const source = await readFile(options.frameworkPath, "utf8");
  const database = await openDatabase({
    url: options.databaseUrl,
    dataDir: options.dataDir,
    relaxedDurability: options.relaxedDurability,
    logger: {
      info: (message) => options.logger.info(message),
      warn: (message) => options.logger.warn(message),
    },
  });
  try {
    const demo = options.demo
      ? await seedDemoOrganisation({
          db: database.db,
          framework: loaded.framework,
          source,
          hashPassword,
        })
      : null;
    const idleMs = options.sessionIdleTimeoutMs ?? defaultSessionLifetime.idleTimeoutMs;
    const gate = createSetupGate({ open: !(await hasUsers(database.db)) });
    const frameworks = storageFrameworkSource({
      db: database.db,
      defaultFramework: { framework: loaded.framework, source },
    });
    // Workers load while the server starts, not during the first heavy request.
    const offThread = createOffThread();
    offThread.warm();
    const app = createApp({
      db: database.db,
      frameworks,
      offThread,
      logger: options.logger,
      trustProxy: options.trustProxy,
      sessions: { idleTimeoutMs: idleMs },
      setupGate: gate,
      extend: serveWeb(),
    });
    const server = await startServer({ app, host: options.host, port: options.port });
    const admin = await listenForAdminCommands(database, options);
    const sweep = setInterval(() => {
      const now = new Date();
      deleteExpiredSessions(database.db, now, new Date(now.getTime() - idleMs)).catch(
        (error: unknown) => {
          const err = loggableError(error);
          options.logger.warn({ err }, `could not remove expired sessions: ${err.summary}`);
        },
      );
    }, sessionSweepMs);
    // The sweep must never keep the process alive on its own.
    sweep.unref();
    return {
      url: server.url,
      // The web app's Start page sets up and signs in; the bare /setup page serves unbuilt checkouts.
      setupUrl: gate.token
        ? `${server.url}/${isWebBuilt() ? "start" : "setup"}?token=${gate.token}`
        : null,
      demoLogins: demo ? describeDemoLogins({ name: demo.name, logins: demo.logins }) : [],
      database,
      adminSocket: admin?.path ?? null,
      async close() {
        clearInterval(sweep);
        try {
          await admin?.close();
          await server.close();
          await offThread.close();
        } finally {
          await database.close();
        }
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
