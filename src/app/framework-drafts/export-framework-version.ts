import { frameworkToCsv } from "../../framework/csv/framework-to-csv.ts";
import { frameworkText } from "../../framework/framework-text.ts";
import type { Database } from "../../storage/database.ts";
import { getFrameworkVersion } from "../../storage/queries/framework-versions.ts";
import type { Actor } from "../policy.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "../refusal.ts";

/** The formats a framework version downloads in. */
export type FrameworkFileFormat = "yaml" | "json" | "csv";

/** One downloadable file: its name and its text. */
export interface FrameworkFile {
  name: string;
  text: string;
}

/**
 * A stored version as files (admins only): one YAML or JSON file, or one CSV file per sheet.
 * A draft downloads as it last was without problems, so the file always loads back.
 *
 * @example const { files } = await exportFrameworkVersion(db, actor, id, "yaml");
 */
export async function exportFrameworkVersion(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
  format: FrameworkFileFormat,
): Promise<{ files: FrameworkFile[] }> {
  refuseUnless(actor, "framework:edit", organisationWide(actor.orgId));
  const row = await getFrameworkVersion(db, actor.orgId, id);
  if (!row) throw notFoundRefusal("framework version", id);
  const base = `${row.frameworkId}-${row.version}`;
  if (format !== "csv") {
    return { files: [{ name: `${base}.${format}`, text: frameworkText(row.document, format) }] };
  }
  const sheets = Object.entries(frameworkToCsv(row.document));
  return { files: sheets.map(([name, text]) => ({ name: `${base}-${name}`, text })) };
}
