import type { Logger } from "pino";
import type { FrameworkSource } from "../../app/framework-source.ts";
import type { Database } from "../../storage/database.ts";
import type { AuthStore } from "../auth/auth-store.ts";
import type { LoginRateLimit } from "../auth/login-rate-limit.ts";
import type { SessionLifetime } from "../auth/session-lifetime.ts";
import type { SetupGate } from "../auth/setup-gate.ts";
import type { OffThread } from "../off-thread/off-thread.ts";
import type { RevisionCache } from "../revision-cache.ts";

/** Everything the `/api/v1` routes are built from. */
export interface RouteDeps {
  db: Database;
  auth: AuthStore;
  frameworks: FrameworkSource;
  cache: RevisionCache;
  setupGate: SetupGate;
  loginLimit: LoginRateLimit;
  /** How many reverse proxies in front of the server are believed (0: none). */
  proxyHops: number;
  sessions: SessionLifetime;
  now: () => Date;
  logger: Logger;
  /** Runs CPU-bound work on worker threads, so one heavy request never stalls the others. */
  offThread: OffThread;
}
