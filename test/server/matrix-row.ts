import type { Database } from "../../src/storage/database.ts";
import type { MatrixFixtures } from "./matrix-fixtures.ts";
import type { Cast } from "./seed-cast.ts";

/** One route call and the status expected for each actor. */
export interface Row {
  name: string;
  /** Builds the request; `fresh` rows make their own target so destructive calls stay independent. */
  request: () => Promise<{ path: string; method?: string; body?: unknown }>;
  /** Order: anonymous, self, peer, direct manager, skip-level manager, admin, other org's admin. */
  expected: [number, number, number, number, number, number, number];
  /**
   * What a live token (Ava's read-write one, Erin's read-only one on reads) answers when it is
   * not what the session would: e.g. 403 where tokens cannot act, such as managing tokens.
   */
  byToken?: number;
  /** Runs after each call of the row, e.g. to start again the sessions the call ended. */
  after?: () => Promise<void>;
}

/** What the rows reach for when a request is built (after seeding, so it is read lazily). */
export interface MatrixContext {
  db: Database;
  cast: Cast;
  fixtures: MatrixFixtures;
}

/** A request builder for a fixed path, method and body. */
export const at =
  (path: string, method = "GET", body?: unknown) =>
  async () => ({ path, method, body });
