import { defaultSessionIdleMs } from "../../storage/queries/sessions.ts";

/** How long sessions live: an absolute cap, and a shorter limit without any request. */
export interface SessionLifetime {
  /** The session ends this long after sign-in however busy it is. */
  maxAgeMs: number;
  /** The session ends after this long without a request. */
  idleTimeoutMs: number;
}

/** 14 days at most, 12 hours without a request. */
export const defaultSessionLifetime: SessionLifetime = {
  maxAgeMs: 14 * 24 * 60 * 60 * 1000,
  idleTimeoutMs: defaultSessionIdleMs,
};

/**
 * A session's last-seen time is written at most this often, so a busy session costs one write a
 * minute rather than one per request; the idle timeout is therefore exact to about a minute.
 */
export const sessionTouchEveryMs = 60_000;

/**
 * The lifetime with the given overrides, refused when the idle timeout is not a positive number
 * of milliseconds no longer than the absolute cap.
 *
 * @example
 * sessionLifetimeOf({ idleTimeoutMs: 30 * 60_000 });
 */
export function sessionLifetimeOf(overrides: Partial<SessionLifetime> = {}): SessionLifetime {
  const lifetime = { ...defaultSessionLifetime, ...overrides };
  const { maxAgeMs, idleTimeoutMs } = lifetime;
  if (!Number.isInteger(maxAgeMs) || maxAgeMs <= 0) {
    throw new RangeError(
      `The session maximum age must be a positive whole number of ms; got ${maxAgeMs}.`,
    );
  }
  if (
    !Number.isInteger(idleTimeoutMs) ||
    idleTimeoutMs < sessionTouchEveryMs ||
    idleTimeoutMs > maxAgeMs
  ) {
    throw new RangeError(
      `The session idle timeout must be from one minute to the maximum age (${maxAgeMs} ms); got ${idleTimeoutMs} ms.`,
    );
  }
  return lifetime;
}
