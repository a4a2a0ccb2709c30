import { planFrameworkPublish } from "../engine/migration/plan-framework-publish.ts";
import type { PublishPlan } from "../engine/migration/publish-plan-types.ts";
import { frameworkLineage, type LineageStep } from "../engine/profile/framework-lineage.ts";
import type { PublishContext } from "../storage/queries/framework-versions.ts";

/** Old role id -> the role its holders take in the version being published, chosen by an admin. */
export type RoleMapping = Readonly<Record<string, string>>;

/**
 * The plan of publishing `context.target` over the version published now: each side read with
 * its own lineage among the organisation's stored versions, then planFrameworkPublish.
 *
 * @example planPublish(context, { "chief-of-staff": "group-pm" }).preview.canPublish
 */
export function planPublish(context: PublishContext, roleMapping: RoleMapping = {}): PublishPlan {
  const stored: LineageStep[] = context.documents.map((row) => ({
    versionId: row.id,
    framework: row.document,
  }));
  const sideOf = (row: { id: string; document: LineageStep["framework"] }) => {
    const step = { versionId: row.id, framework: row.document };
    return { framework: row.document, lineage: frameworkLineage(step, stored) };
  };
  const current = context.published ? sideOf(context.published) : null;
  return planFrameworkPublish(current, sideOf(context.target), context.facts, roleMapping);
}
