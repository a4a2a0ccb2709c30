/** How the outbox spaces its attempts. */
export interface RetryPolicy {
  /** The wait after the first failed attempt. */
  baseMs: number;
  /** No wait grows longer than this. */
  maxMs: number;
  /** After this many failed attempts a mail is failed for good (admins can retry it). */
  maxAttempts: number;
}

/** 30 s, 1, 2, 4 … minutes, at most 6 hours, 8 attempts: about two hours of trying in all. */
export const defaultRetryPolicy: RetryPolicy = {
  baseMs: 30_000,
  maxMs: 6 * 60 * 60 * 1000,
  maxAttempts: 8,
};

/**
 * What follows a failed attempt: the wait before the next one (exponential, with jitter so that
 * mails failing together do not retry together), or null when the attempts are used up.
 * `random` is a number in [0, 1): the wait lies between half and all of the exponential step.
 *
 * @example
 * retryDelay(1, defaultRetryPolicy, 0.5); // 22_500
 * retryDelay(8, defaultRetryPolicy, 0.5); // null
 */
export function retryDelay(
  failedAttempts: number,
  policy: RetryPolicy,
  random: number,
): number | null {
  if (failedAttempts >= policy.maxAttempts) return null;
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(step * (0.5 + Math.min(Math.max(random, 0), 1) / 2));
}
