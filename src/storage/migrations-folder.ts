import { fileURLToPath } from "node:url";

/** The folder of SQL migrations drizzle-kit generates, shared by PGlite and PostgreSQL. */
export const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));
