import type { PublishPreview } from "../engine/migration/publish-plan-types.ts";
import type { Database } from "../storage/database.ts";
import type { ComputePersonAggregates } from "../storage/queries/analytics-aggregates.ts";
import {
  getFrameworkVersion,
  publishFrameworkVersion,
  type StoredFrameworkVersion,
} from "../storage/queries/framework-versions.ts";
import { rebuildAnalyticsAggregates } from "../storage/queries/rebuild-analytics-aggregates.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { loadPublishedFramework } from "./load-published-framework.ts";
import { planPublish, type RoleMapping } from "./plan-publish.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { notFoundRefusal, organisationWide, Refusal, refuseUnless } from "./refusal.ts";

/** What publishing needs: the database and, to drop its cached copy, the framework source. */
export interface PublishFrameworkDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "forget">;
  /** Where everyone's analytics are computed again (default: this thread; the server's workers). */
  computeAggregates?: ComputePersonAggregates;
}

/** Options of {@link publishFramework}. */
export interface PublishFrameworkOptions {
  /** Where holders of a role the new version drops go: old role id -> new role id. */
  roleMapping?: RoleMapping;
}

/** A refusal naming every role that would leave people without one, or scale left unmapped. */
export function unmappedRolesRefusal(plan: ReturnType<typeof planPublish>): Refusal {
  return new Refusal(
    "validation",
    `Publishing ${plan.preview.to.name} ${plan.preview.to.version} cannot go ahead yet: it would leave people without a role or history unreadable; fix each point below and publish again.`,
    plan.problems.map((problem) => ({
      path: problem.path.join("."),
      message: problem.message,
      hint: problem.hint,
    })),
  );
}

/**
 * Computes everyone's analytics on the version just published, inside the publish transaction:
 * the rows are read and written in it, the engine runs wherever `compute` sends it.
 */
function rebuildAnalyticsOnPublished(orgId: string, compute?: ComputePersonAggregates) {
  return async (tx: Database) => {
    const inUse = await loadPublishedFramework(tx, orgId);
    if (inUse?.versionId) {
      const published = { ...inUse, versionId: inUse.versionId };
      await rebuildAnalyticsAggregates(tx, orgId, published, compute);
    }
  };
}

/**
 * Publishes a stored framework version of the actor's organisation (admins only) and applies its
 * migration once, in one transaction: the version published before retires, and people's roles
 * and preferences, growth plans (target role, focus, goals), title mappings and open feedback
 * requests follow the new ids; the organisation's revision moves with them. Refused, changing
 * nothing, while anyone would be left without a role unless `roleMapping` says where they go.
 * Assessments keep the version they were made against; reads carry them through the lineage.
 * Everyone's analytics are computed again on the new version in the same transaction. The cached
 * framework is forgotten and the publish audited. The API and the CLI both call this.
 *
 * @example
 * const published = await publishFramework(deps, localAdminActor(org.id), versionId);
 */
export async function publishFramework(
  deps: PublishFrameworkDeps,
  actor: Extract<Actor, { kind: "user" }>,
  versionId: string,
  options: PublishFrameworkOptions = {},
): Promise<StoredFrameworkVersion & { preview: PublishPreview | null }> {
  refuseUnless(actor, "framework:publish", organisationWide(actor.orgId));
  const target = await getFrameworkVersion(deps.db, actor.orgId, versionId);
  if (target?.working) {
    throw new Refusal(
      "validation",
      `Draft ${target.version} still has problems to fix in the framework editor; it can be published once they are fixed.`,
    );
  }
  let preview: PublishPreview | null = null;
  const published = await publishFrameworkVersion(
    deps.db,
    actor.orgId,
    versionId,
    (context) => {
      const plan = planPublish(context, options.roleMapping);
      if (plan.problems.length > 0) throw unmappedRolesRefusal(plan);
      preview = plan.preview;
      return plan.updates;
    },
    rebuildAnalyticsOnPublished(actor.orgId, deps.computeAggregates),
  );
  if (!published) throw notFoundRefusal("framework version", versionId);
  deps.frameworks.forget(actor.orgId);
  await recordAuditEntry(deps.db, actor, {
    action: "framework:publish",
    targetType: "framework-version",
    targetId: versionId,
  });
  return { ...published, preview };
}
