import { createHash } from "node:crypto";
import type { Database } from "../../storage/database.ts";
import {
  countLoginAttempt,
  deleteStaleLoginThrottles,
  forgiveLoginAttempt,
} from "../../storage/queries/login-throttles.ts";

/** The limits on sign-in attempts; each window is fixed and starts with its first attempt. */
export interface LoginLimitSettings {
  /** Attempts allowed per email within a window, whichever addresses they come from. */
  attemptsPerAccount?: number;
  /** Attempts allowed per client address within a window, whichever emails they name. */
  attemptsPerAddress?: number;
  windowMs?: number;
}

/** The defaults: 5 per email and 20 per address in 15 minutes. */
export const defaultLoginLimits: Required<LoginLimitSettings> = {
  attemptsPerAccount: 5,
  attemptsPerAddress: 20,
  windowMs: 15 * 60_000,
};

/** Who is trying to sign in. */
export interface LoginAttempt {
  /** As typed, already trimmed and lower-cased; counted whether or not an account has it. */
  email: string;
  /** The client address (see `clientIp`). */
  address: string;
}

/** Counts sign-in attempts in the database, shared by every server on it. */
export interface LoginRateLimit {
  /**
   * Counts the attempt before the password is checked, so concurrent attempts cannot slip past
   * the limit; answers the milliseconds to wait when it is over a limit, else 0.
   */
  attempt(who: LoginAttempt): Promise<number>;
  /** After a right password: forgets the account's attempts and gives the address this one back. */
  succeeded(who: LoginAttempt): Promise<void>;
}

/** How often a server removes the counts of windows that have ended. */
const sweepEveryMs = 10 * 60_000;

/** The stored key of what is counted: a digest, so neither emails nor addresses are kept. */
export function loginThrottleKey(kind: "account" | "address", value: string): string {
  return `${kind}:${createHash("sha256").update(`${kind}:${value}`).digest("base64url")}`;
}

/**
 * A limiter over the `login_throttles` table: per account and per client address, counted
 * atomically, surviving restarts and shared by every app instance on the database.
 *
 * @example
 * const limit = createLoginRateLimit({ db, now: () => new Date() });
 * const wait = await limit.attempt({ email, address: clientIp(c, proxyHops) });
 */
export function createLoginRateLimit(
  options: { db: Database; now?: () => Date } & LoginLimitSettings,
): LoginRateLimit {
  const settings = {
    attemptsPerAccount: options.attemptsPerAccount ?? defaultLoginLimits.attemptsPerAccount,
    attemptsPerAddress: options.attemptsPerAddress ?? defaultLoginLimits.attemptsPerAddress,
    windowMs: options.windowMs ?? defaultLoginLimits.windowMs,
  };
  const now = options.now ?? (() => new Date());
  let lastSweep = Number.NEGATIVE_INFINITY;
  const keysOf = (who: LoginAttempt) => ({
    account: loginThrottleKey("account", who.email),
    address: loginThrottleKey("address", who.address),
  });

  return {
    async attempt(who) {
      const at = now();
      const windowStart = new Date(at.getTime() - settings.windowMs);
      if (at.getTime() - lastSweep >= sweepEveryMs) {
        lastSweep = at.getTime();
        await deleteStaleLoginThrottles(options.db, windowStart);
      }
      const keys = keysOf(who);
      const counts = await countLoginAttempt(
        options.db,
        [keys.account, keys.address],
        at,
        windowStart,
      );
      let wait = 0;
      for (const count of counts) {
        const limit =
          count.key === keys.account ? settings.attemptsPerAccount : settings.attemptsPerAddress;
        if (count.attempts <= limit) continue;
        const ends = count.windowStartedAt.getTime() + settings.windowMs;
        wait = Math.max(wait, ends - at.getTime());
      }
      return wait;
    },
    async succeeded(who) {
      const keys = keysOf(who);
      await forgiveLoginAttempt(options.db, { clear: [keys.account], refund: [keys.address] });
    },
  };
}
