import type { PublishPreview } from "../engine/migration/publish-plan-types.ts";
import type { Database } from "../storage/database.ts";
import { listFrameworkDocuments } from "../storage/queries/framework-versions.ts";
import { loadPublishFacts } from "../storage/queries/publish-facts.ts";
import { planPublish, type RoleMapping } from "./plan-publish.ts";
import type { Actor } from "./policy.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "./refusal.ts";

/**
 * What publishing a stored version would do, changing nothing (admins only): whose role is
 * renamed, merged or lost, which competencies' history carries over, merges or is dropped with
 * rating counts, and how readiness for the next role moves across the organisation, with the
 * role mapping the admin proposes. The API's publish preview and `framework publish --dry-run`.
 *
 * @example (await previewFrameworkPublish({ db }, admin, versionId)).summary[0]
 */
export async function previewFrameworkPublish(
  deps: { db: Database },
  actor: Extract<Actor, { kind: "user" }>,
  versionId: string,
  options: { roleMapping?: RoleMapping } = {},
): Promise<PublishPreview> {
  refuseUnless(actor, "framework:publish", organisationWide(actor.orgId));
  const rows = await listFrameworkDocuments(deps.db, actor.orgId);
  const target = rows.find((row) => row.id === versionId);
  if (!target) throw notFoundRefusal("framework version", versionId);
  const published = rows.find((row) => row.status === "published") ?? null;
  const facts = await loadPublishFacts(deps.db, actor.orgId);
  // Previewing the published version itself: nothing would change.
  const current = published?.id === target.id ? null : published;
  return planPublish({ target, published: current, documents: rows, facts }, options.roleMapping)
    .preview;
}
