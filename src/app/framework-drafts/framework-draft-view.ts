import { validateFrameworkData } from "../../framework/validate-framework-data.ts";
import type { Database } from "../../storage/database.ts";
import { assumedOnImport, nameOfSaver } from "../../storage/queries/framework-drafts.ts";
import type { StoredFrameworkVersion } from "../../storage/queries/framework-versions.ts";

/** A problem of a draft, placed by its path in the document (e.g. `roles.2.title`). */
export interface DraftIssue {
  path: string;
  message: string;
  hint: string;
  /** Problems block publishing; warnings are worth a look but do not. */
  severity: "problem" | "warning";
}

/** A draft as the editor opens it: the document being edited, its revision and its problems. */
export interface FrameworkDraftView {
  id: string;
  frameworkId: string;
  version: string;
  /** The revision to send back with the next save. */
  revision: number;
  /** The working copy: sound, or with the problems listed in `issues`. */
  document: unknown;
  /** Whether the working copy passes every check (and so can be previewed and published). */
  sound: boolean;
  issues: DraftIssue[];
  savedAt: Date | null;
  savedBy: string | null;
  /** What the import filled in because the file did not say it, to refine before publishing. */
  assumed: string[];
}

/**
 * A stored draft as the editor sees it, checked through the same pipeline as a framework file.
 *
 * @example const view = await frameworkDraftView(db, row);
 */
export async function frameworkDraftView(
  db: Database,
  row: StoredFrameworkVersion,
): Promise<FrameworkDraftView> {
  const document = row.working ?? row.document;
  const { framework, errors, warnings } = validateFrameworkData(document);
  const place = (severity: DraftIssue["severity"]) => (issue: (typeof errors)[number]) => ({
    path: issue.path.join("."),
    message: issue.message,
    hint: issue.hint,
    severity,
  });
  return {
    id: row.id,
    frameworkId: row.frameworkId,
    version: row.version,
    revision: row.revision,
    document,
    sound: framework !== null,
    issues: [...errors.map(place("problem")), ...warnings.map(place("warning"))],
    savedAt: row.updatedAt ?? row.createdAt,
    savedBy: await nameOfSaver(db, row.updatedBy ?? row.importedBy),
    assumed: await assumedOnImport(db, row.orgId, row.id),
  };
}
