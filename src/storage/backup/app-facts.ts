import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrationsFolder } from "../migrations-folder.ts";

/** The version of Pathways in package.json, recorded in each backup. */
export function appVersion(): string {
  const file = fileURLToPath(new URL("../../../package.json", import.meta.url));
  const parsed: { version?: unknown } = JSON.parse(readFileSync(file, "utf8"));
  return typeof parsed.version === "string" ? parsed.version : "unknown";
}

/** The tag of the newest schema migration this version applies, recorded in each backup. */
export function schemaMigrationTag(): string {
  const journal: { entries?: { tag?: unknown }[] } = JSON.parse(
    readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8"),
  );
  const tag = journal.entries?.at(-1)?.tag;
  return typeof tag === "string" ? tag : "unknown";
}
