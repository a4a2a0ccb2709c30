import type { FrameworkIssue, ParseResult } from "../framework/framework-issue.ts";
import type { InputIssue } from "../framework/input-issue.ts";
import { parseFramework } from "../framework/parse-framework.ts";
import type { Database } from "../storage/database.ts";
import {
  createFrameworkVersion,
  type StoredFrameworkVersion,
} from "../storage/queries/framework-versions.ts";
import { type Actor, localAdminUserId } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { organisationWide, Refusal, refuseUnless } from "./refusal.ts";

/** A framework file's text and the name its problems are reported under. */
export interface FrameworkSourceText {
  source: string;
  fileName: string;
}

/** Parses a framework file's text: in this thread by default, or handed to a worker thread. */
export type FrameworkParser = (input: FrameworkSourceText) => ParseResult | Promise<ParseResult>;

/** Parses a framework file's text in this thread. */
export const parseFrameworkText: FrameworkParser = (input) =>
  parseFramework(input.source, { fileName: input.fileName });

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
 * Checks a framework file's text without storing it (admins only): every problem with its line,
 * or the framework and its warnings.
 *
 * @example const result = await checkFrameworkSource(actor, { source, fileName: "acme.yaml" });
 */
export async function checkFrameworkSource(
  actor: Extract<Actor, { kind: "user" }>,
  input: FrameworkSourceText,
  parse: FrameworkParser = parseFrameworkText,
): Promise<ParseResult> {
  refuseUnless(actor, "framework:import", organisationWide(actor.orgId));
  return parse({ source: input.source, fileName: input.fileName });
}

/**
 * Checks a framework file's text and stores it as a draft version of the actor's organisation
 * (admins only), then records the import in the audit log. A file with problems is refused with
 * every one of them, and nothing is stored. The API and the CLI both import through here.
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
    source: input.source,
    // The local admin has no account to name; the audit entry still says the CLI imported it.
    importedBy: actor.userId === localAdminUserId ? null : actor.userId,
  });
  await recordAuditEntry(db, actor, {
    action: "framework:import",
    targetType: "framework-version",
    targetId: stored.id,
  });
  return stored;
}
