import { diffFrameworks, type FrameworkDiff } from "../framework/diff-frameworks.ts";
import type { Database } from "../storage/database.ts";
import {
  type FrameworkVersionSummary,
  getFrameworkVersion,
  getPublishedFrameworkVersion,
  listFrameworkVersions,
} from "../storage/queries/framework-versions.ts";
import type { Actor } from "./policy.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "./refusal.ts";

/**
 * The framework versions of the actor's organisation, newest first, without their documents.
 *
 * @example const versions = await readFrameworkVersions(db, localAdminActor(org.id));
 */
export async function readFrameworkVersions(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
): Promise<FrameworkVersionSummary[]> {
  refuseUnless(actor, "framework:read", organisationWide(actor.orgId));
  return listFrameworkVersions(db, actor.orgId);
}

/**
 * What changed from one stored version (by default the published one) to another.
 *
 * @example const diff = await diffFrameworkVersions(db, actor, draft.id);
 */
export async function diffFrameworkVersions(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  versionId: string,
  against?: string,
): Promise<FrameworkDiff> {
  refuseUnless(actor, "framework:read", organisationWide(actor.orgId));
  const target = await getFrameworkVersion(db, actor.orgId, versionId);
  if (!target) throw notFoundRefusal("framework version", versionId);
  const base = against
    ? await getFrameworkVersion(db, actor.orgId, against)
    : await getPublishedFrameworkVersion(db, actor.orgId);
  if (!base) throw notFoundRefusal("framework version", against ?? "published");
  return diffFrameworks(base.document, target.document);
}
