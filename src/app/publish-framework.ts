import type { Database } from "../storage/database.ts";
import {
  publishFrameworkVersion,
  type StoredFrameworkVersion,
} from "../storage/queries/framework-versions.ts";
import type { FrameworkSource } from "./framework-source.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "./refusal.ts";

/** What publishing needs: the database and, to drop its cached copy, the framework source. */
export interface PublishFrameworkDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "forget">;
}

/**
 * Publishes a stored framework version of the actor's organisation (admins only); the version
 * published before retires in the same transaction. The cached framework is forgotten so the next
 * request reads the new one, and the publish is recorded in the audit log. Assessments keep the
 * version they were made against. The API and the CLI both publish through here.
 *
 * @example
 * const published = await publishFramework(deps, localAdminActor(org.id), versionId);
 */
export async function publishFramework(
  deps: PublishFrameworkDeps,
  actor: Extract<Actor, { kind: "user" }>,
  versionId: string,
): Promise<StoredFrameworkVersion> {
  refuseUnless(actor, "framework:publish", organisationWide(actor.orgId));
  const published = await publishFrameworkVersion(deps.db, actor.orgId, versionId);
  if (!published) throw notFoundRefusal("framework version", versionId);
  deps.frameworks.forget(actor.orgId);
  await recordAuditEntry(deps.db, actor, {
    action: "framework:publish",
    targetType: "framework-version",
    targetId: versionId,
  });
  return published;
}
