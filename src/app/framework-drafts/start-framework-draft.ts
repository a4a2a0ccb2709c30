import { frameworkText } from "../../framework/framework-text.ts";
import { nextDraftVersion } from "../../framework/next-draft-version.ts";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../../storage/database.ts";
import {
  createFrameworkVersion,
  listFrameworkVersions,
} from "../../storage/queries/framework-versions.ts";
import type { FrameworkSource } from "../framework-source.ts";
import { type Actor, localAdminUserId } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { organisationWide, refuseUnless } from "../refusal.ts";
import { type FrameworkDraftView, frameworkDraftView } from "./framework-draft-view.ts";

/**
 * Starts a draft from the organisation's published framework (admins only): the next minor
 * version, with an empty migration mapping from the published one that renames fill in.
 *
 * @example const draft = await startFrameworkDraft({ db, frameworks }, actor);
 */
export async function startFrameworkDraft(
  deps: { db: Database; frameworks: Pick<FrameworkSource, "current"> },
  actor: Extract<Actor, { kind: "user" }>,
): Promise<FrameworkDraftView> {
  refuseUnless(actor, "framework:edit", organisationWide(actor.orgId));
  const { framework } = await deps.frameworks.current(actor.orgId);
  const stored = await listFrameworkVersions(deps.db, actor.orgId);
  const taken = stored.filter((row) => row.frameworkId === framework.id).map((row) => row.version);
  const document: Framework = {
    ...framework,
    version: nextDraftVersion(framework.version, taken),
    migration: { fromVersion: framework.version, competencies: {}, roles: {} },
  };
  const row = await createFrameworkVersion(deps.db, {
    orgId: actor.orgId,
    document,
    source: frameworkText(document, "yaml"),
    importedBy: actor.userId === localAdminUserId ? null : actor.userId,
  });
  await recordAuditEntry(deps.db, actor, {
    action: "framework:start-draft",
    targetType: "framework-version",
    targetId: row.id,
  });
  return frameworkDraftView(deps.db, row);
}
