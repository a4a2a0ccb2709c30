import { newToken, sameSecret } from "./tokens.ts";

/** Holds the one-time token that lets the first visitor create the organisation and its owner. */
export interface SetupGate {
  /** The token while setup is open; null once used or when users already exist. */
  readonly token: string | null;
  /** True when the candidate is the open token. */
  accepts(candidate: string): boolean;
  /** Closes setup for good. */
  close(): void;
}

/**
 * Opens a setup gate with a fresh random token when `open` is true, else a closed gate.
 *
 * @example
 * const gate = createSetupGate({ open: !(await auth.hasUsers()) });
 * if (gate.token) logger.info(`Create the owner: ${url}/setup?token=${gate.token}`);
 */
export function createSetupGate(options: { open: boolean; token?: string }): SetupGate {
  let token: string | null = options.open ? (options.token ?? newToken()) : null;
  return {
    get token() {
      return token;
    },
    accepts(candidate) {
      return token !== null && sameSecret(candidate, token);
    },
    close() {
      token = null;
    },
  };
}
