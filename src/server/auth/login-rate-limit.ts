/** Options for the login limiter. */
export interface LoginRateLimitOptions {
  /** Failed attempts allowed per IP and email within the window. */
  maxAttempts?: number;
  windowMs?: number;
  now?: () => number;
}

/** Counts failed logins per key and says how long a key must wait. */
export interface LoginRateLimit {
  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): number;
  recordFailure(key: string): void;
  reset(key: string): void;
}

/**
 * An in-memory fixed-window limiter for login attempts, keyed by IP and email.
 *
 * It lives in one process: with several instances behind a load balancer each keeps its own count,
 * so the effective limit is multiplied by the number of instances.
 *
 * @example
 * const limiter = createLoginRateLimit({ maxAttempts: 5, windowMs: 15 * 60_000 });
 * if (limiter.retryAfterMs(`${ip}|${email}`) > 0) return tooMany();
 */
export function createLoginRateLimit(options: LoginRateLimitOptions = {}): LoginRateLimit {
  const maxAttempts = options.maxAttempts ?? 5;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; failures: number }>();

  function current(key: string) {
    const entry = windows.get(key);
    if (entry && now() - entry.start >= windowMs) {
      windows.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    retryAfterMs(key) {
      const entry = current(key);
      if (!entry || entry.failures < maxAttempts) return 0;
      return entry.start + windowMs - now();
    },
    recordFailure(key) {
      const entry = current(key);
      if (entry) entry.failures += 1;
      else windows.set(key, { start: now(), failures: 1 });
      // Bounded memory: forget the oldest key once a flood of distinct keys arrives.
      if (windows.size > 10_000) {
        const oldest = windows.keys().next();
        if (!oldest.done) windows.delete(oldest.value);
      }
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
