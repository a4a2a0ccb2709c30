import { pgTable, text } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns.ts";

/** An organisation: the boundary no data crosses. */
export const organisations = pgTable("organisations", {
  id: idColumn(),
  name: text("name").notNull(),
  createdAt: createdAtColumn(),
});
