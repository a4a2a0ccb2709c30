import { defineConfig } from "drizzle-kit";

/** drizzle-kit settings: `npx drizzle-kit generate` writes SQL migrations from the schema. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/storage/schema.ts",
  out: "./drizzle",
});
