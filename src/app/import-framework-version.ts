import type { FrameworkIssue } from "../framework/framework-issue.ts";
import { frameworkText } from "../framework/framework-text.ts";
import type { ImportResult } from "../framework/import/import-result.ts";
import type { InputIssue } from "../framework/input-issue.ts";
import type { Database } from "../storage/database.ts";
import {
  createFrameworkVersion,
  type StoredFrameworkVersion,
} from "../storage/queries/framework-versions.ts";
import {
  type FrameworkParser,
  type FrameworkSourceText,
  parseFrameworkText,
} from "./parse-framework-source.ts";
import { type Actor, localAdminUserId } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { organisationWide, Refusal, refuseUnless } from "./refusal.ts";

export type { FrameworkParser, FrameworkSourceText };
export { parseFrameworkText };

/** A framework problem as an input issue pointing into the source text, with its line. */
export function frameworkIssueAsInputIssue(issue: FrameworkIssue): InputIssue {
  const where = issue.line === null ? "" : ` (line ${issue.line}, column ${issue.column})`;
  return {
    path: `source${issue.path.length > 0 ? `.${issue.path.join(".")}` : ""}`,
    message: `${issue.message}${where}`,
    hint: issue.hint,
  };
}

/**
 * Checks a framework file without storing it (admins only): every problem with its row or line,
 * or the framework, its warnings and what was assumed to complete it.
 *
 * @example const result = await checkFrameworkSource(actor, { source, fileName: "acme.yaml" });
 */
export async function checkFrameworkSource(
  actor: Extract<Actor, { kind: "user" }>,
  input: FrameworkSourceText,
  parse: FrameworkParser = parseFrameworkText,
): Promise<ImportResult> {
  refuseUnless(actor, "framework:import", organisationWide(actor.orgId));
  return parse(input);
}

/**
 * Checks a framework file's text and stores it as a draft version of the actor's organisation
 * (admins only), then records the import in the audit log with what was assumed to complete it.
 * A file with problems is refused with every one of them, and nothing is stored. The API and the
 * CLI both import through here.
 *
 * @example
 * const draft = await importFrameworkVersion(db, localAdminActor(org.id), { source, fileName });
 */
export async function importFrameworkVersion(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  input: FrameworkSourceText,
  parse: FrameworkParser = parseFrameworkText,
): Promise<StoredFrameworkVersion> {
  const result = await checkFrameworkSource(actor, input, parse);
  if (!result.ok) {
    throw new Refusal(
      "validation",
      `The framework has ${result.issues.length} problem(s); nothing was stored.`,
      result.issues.map(frameworkIssueAsInputIssue),
    );
  }
  const stored = await createFrameworkVersion(db, {
    orgId: actor.orgId,
    document: result.framework,
    // A spreadsheet or Markdown file is kept as the framework file it became.
    source:
      result.shape === "yaml" || result.shape === "json"
        ? input.source
        : frameworkText(result.framework, "yaml"),
    // The local admin has no account to name; the audit entry still says the CLI imported it.
    importedBy: actor.userId === localAdminUserId ? null : actor.userId,
  });
  await recordAuditEntry(db, actor, {
    action: "framework:import",
    targetType: "framework-version",
    targetId: stored.id,
    // What the file left out and the import filled in; the editor shows it beside the draft.
    detail: { fileName: input.fileName, assumed: result.assumed },
  });
  return stored;
}
