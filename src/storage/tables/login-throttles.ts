import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Sign-in attempts counted per account and per client address, in fixed windows, so every server
 * on the database shares one count and a restart forgets nothing. The key is a digest of what is
 * counted (`account:<email>` or `address:<ip>`), never the email or address itself.
 */
export const loginThrottles = pgTable(
  "login_throttles",
  {
    key: text("key").primaryKey(),
    attempts: integer("attempts").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("login_throttles_window_idx").on(t.windowStartedAt)],
);
