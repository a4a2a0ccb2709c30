import { OpenAPIHono } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import pino, { type Logger } from "pino";
import type { FrameworkSource } from "../app/framework-source.ts";
import type { Database } from "../storage/database.ts";
import { maxPeopleFileBytes } from "../storage/people-import/read-people-csv.ts";
import { mountApiDocs } from "./api-docs.ts";
import type { AppEnv } from "./app-env.ts";
import type { AuthStore } from "./auth/auth-store.ts";
import { csrfGuard } from "./auth/csrf-guard.ts";
import { createLoginRateLimit, type LoginLimitSettings } from "./auth/login-rate-limit.ts";
import { proxyHopsOf } from "./auth/request-facts.ts";
import { sessionActor } from "./auth/session-actor.ts";
import { type SessionLifetime, sessionLifetimeOf } from "./auth/session-lifetime.ts";
import { createSetupGate, type SetupGate } from "./auth/setup-gate.ts";
import { storageAuthStore } from "./auth/storage-auth-store.ts";
import { errorHandler } from "./error-handler.ts";
import { mountHealth } from "./health-routes.ts";
import { type OffThread, sharedOffThread } from "./off-thread/off-thread.ts";
import { problem } from "./problem.ts";
import { refuseUnsafeInput } from "./refuse-unsafe-input.ts";
import { revalidate } from "./revalidate.ts";
import { createRevisionCache } from "./revision-cache.ts";
import { mountRoutes } from "./routes/mount-routes.ts";
import { securityHeaders } from "./security-headers.ts";
import { mountSetupPage } from "./setup-page.ts";
import { validationHook } from "./validation-hook.ts";

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  db: Database;
  /** Where requests get their framework (an organisation's published version or the default). */
  frameworks: FrameworkSource;
  logger?: Logger;
  /**
   * Believe X-Forwarded-Proto/-Host/-For: only behind reverse proxies you control. The number of
   * proxies in front of the server (`true` is one); the client address is read that many hops
   * from the right of X-Forwarded-For. Default: none.
   */
  trustProxy?: boolean | number;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimitBytes?: number;
  /** The first-start setup gate; closed unless given. */
  setupGate?: SetupGate;
  /** Sign-in attempts allowed per email and per client address (counted in the database). */
  loginLimit?: LoginLimitSettings;
  /** How long sessions last: 14 days at most and 12 hours without a request by default. */
  sessions?: Partial<SessionLifetime>;
  /** Overrides the auth store (defaults to the database). */
  auth?: AuthStore;
  now?: () => Date;
  /** Where CPU-bound work runs (framework parsing, import planning, PDFs); default: a shared pool. */
  offThread?: OffThread;
  /** Registers more routes after the built-in ones and before the docs are built. */
  extend?: (app: OpenAPIHono<AppEnv>) => void;
}

const peopleImportPath = "/api/v1/imports/people";

/** The default cap on request bodies. */
export const defaultBodyLimitBytes = 1024 * 1024;

/** Reads the browser may keep and revalidate (ETag, 304): what most pages ask for again. */
const revalidatedReads = [
  "/api/v1/frameworks/current",
  "/api/v1/analytics/*",
  "/api/v1/people/:id/profile",
];

function mountMiddleware(app: OpenAPIHono<AppEnv>, maxSize: number, proxyHops: number): void {
  app.use(securityHeaders({ proxyHops }));
  // gzip or deflate for API answers of 1 KB and more; the web app's files come precompressed.
  app.use("/api/*", compress());
  for (const path of revalidatedReads) app.use(path, revalidate());
  app.use(requestId());
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        problem(c, {
          kind: "method-not-allowed",
          detail: `${c.req.method} is not supported on ${c.req.path}; use ${allowed.join(", ")}.`,
          headers: { allow: allowed.join(", ") },
        }),
    }),
  );
  const limitTo = (bytes: number, what: string) =>
    bodyLimit({
      maxSize: bytes,
      onError: (c) =>
        problem(c, {
          kind: "payload-too-large",
          detail: `${what} are limited to ${bytes} bytes; send a smaller body.`,
          // The rest of the body is never read: closing says so, and the client reads the answer
          // instead of reusing a connection the server is about to drop.
          headers: { connection: "close" },
        }),
    });
  const defaultLimit = limitTo(maxSize, "Request bodies");
  // An HRIS export of a large organisation is several megabytes; every other body stays small.
  const peopleFileLimit = limitTo(maxPeopleFileBytes, "People files");
  app.use("/api/*", (c, next) => {
    // GET and HEAD carry no body; asking for one would build a whole fetch Request for nothing.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return c.req.path === peopleImportPath ? peopleFileLimit(c, next) : defaultLimit(c, next);
  });
  app.use("/api/*", csrfGuard({ proxyHops }));
  app.use("/api/*", refuseUnsafeInput());
}

/**
 * Builds the HTTP app: security headers on every answer, problem+json errors, body cap, CSRF
 * guard, sessions, health checks, the `/api/v1` routes, and the OpenAPI document and docs.
 *
 * @example
 * const app = createApp({ db: handle.db, frameworks, logger });
 * const res = await app.request("/healthz");
 */
export function createApp(options: CreateAppOptions): OpenAPIHono<AppEnv> {
  const logger = options.logger ?? pino({ level: "silent" });
  const proxyHops = proxyHopsOf(options.trustProxy);
  const sessions = sessionLifetimeOf(options.sessions);
  const now = options.now ?? (() => new Date());
  const auth = options.auth ?? storageAuthStore(options.db);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.onError(errorHandler({ logger }));
  app.notFound((c) =>
    problem(c, {
      kind: "not-found",
      detail: `Nothing answers ${c.req.method} ${c.req.path}. The routes are listed at /api/docs.`,
    }),
  );
  mountMiddleware(app, options.bodyLimitBytes ?? defaultBodyLimitBytes, proxyHops);
  app.use(async function anonymousByDefault(c, next) {
    c.set("actor", { kind: "anonymous" });
    c.set("user", null);
    c.set("orgRevision", null);
    c.set("organisation", null);
    await next();
  });
  app.use("/api/*", sessionActor({ auth, now, idleTimeoutMs: sessions.idleTimeoutMs }));

  mountHealth(app, {
    checkDatabase: async () => {
      await options.db.execute(sql`select 1`);
    },
  });
  const setupGate = options.setupGate ?? createSetupGate({ open: false });
  mountSetupPage(app, { gate: setupGate });
  mountRoutes(app, {
    db: options.db,
    auth,
    frameworks: options.frameworks,
    cache: createRevisionCache(),
    setupGate,
    loginLimit: createLoginRateLimit({ db: options.db, now, ...options.loginLimit }),
    proxyHops,
    sessions,
    now,
    logger,
    offThread: options.offThread ?? sharedOffThread(),
  });
  options.extend?.(app);
  mountApiDocs(app);
  return app;
}
