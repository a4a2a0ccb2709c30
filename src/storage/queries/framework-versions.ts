import { and, desc, eq } from "drizzle-orm";
import type { PublishFacts, PublishUpdates } from "../../engine/migration/publish-plan-types.ts";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../database.ts";
import { frameworkVersions } from "../schema.ts";
import { applyPublishUpdates, loadPublishFacts } from "./publish-facts.ts";

/** A framework version as stored. */
export type StoredFrameworkVersion = typeof frameworkVersions.$inferSelect;

/** A framework version without its document and source, for lists. */
export type FrameworkVersionSummary = Omit<
  StoredFrameworkVersion,
  "document" | "source" | "working" | "revision" | "updatedAt" | "updatedBy"
>;

/** Stores an imported framework as a draft version; its id and version come from the document. */
export async function createFrameworkVersion(
  db: Database,
  input: { orgId: string; document: Framework; source: string; importedBy?: string | null },
): Promise<StoredFrameworkVersion> {
  const [row] = await db
    .insert(frameworkVersions)
    .values({
      orgId: input.orgId,
      frameworkId: input.document.id,
      version: input.document.version,
      document: input.document,
      source: input.source,
      importedBy: input.importedBy ?? null,
    })
    .returning();
  if (!row) throw new Error("Storing the framework version returned no row.");
  return row;
}

/** Finds a framework version of an organisation, or null. */
export async function getFrameworkVersion(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredFrameworkVersion | null> {
  const [row] = await db
    .select()
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.orgId, orgId), eq(frameworkVersions.id, id)));
  return row ?? null;
}

/** The organisation's published framework version, or null before the first publish. */
export async function getPublishedFrameworkVersion(
  db: Database,
  orgId: string,
): Promise<StoredFrameworkVersion | null> {
  const [row] = await db
    .select()
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.orgId, orgId), eq(frameworkVersions.status, "published")));
  return row ?? null;
}

/** An organisation's framework versions, newest first, without their documents. */
export async function listFrameworkVersions(
  db: Database,
  orgId: string,
): Promise<FrameworkVersionSummary[]> {
  return db
    .select({
      id: frameworkVersions.id,
      orgId: frameworkVersions.orgId,
      frameworkId: frameworkVersions.frameworkId,
      version: frameworkVersions.version,
      status: frameworkVersions.status,
      importedBy: frameworkVersions.importedBy,
      createdAt: frameworkVersions.createdAt,
      publishedAt: frameworkVersions.publishedAt,
    })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.orgId, orgId))
    .orderBy(desc(frameworkVersions.createdAt), desc(frameworkVersions.id));
}

/** A stored version's id, status and document. */
export type VersionDocument = Pick<StoredFrameworkVersion, "id" | "status" | "document">;

/** What a publish decides on: the version to publish, the one published now, every version. */
export interface PublishContext {
  target: VersionDocument;
  published: VersionDocument | null;
  documents: VersionDocument[];
  facts: PublishFacts;
}

/**
 * Publishes a version and retires the one published before, in one transaction with the rows
 * `decide` says must follow the new ids (it may throw to refuse, and then nothing changes); null
 * when the version is not in the organisation. `afterPublish` runs last in the same transaction
 * (the analytics rebuild). Concurrent publishes of an organisation queue on
 * its version rows. Publishing the published version again changes nothing.
 */
export async function publishFrameworkVersion(
  db: Database,
  orgId: string,
  id: string,
  decide: (context: PublishContext) => PublishUpdates = emptyUpdates,
  afterPublish?: (tx: Database) => Promise<void>,
): Promise<StoredFrameworkVersion | null> {
  return db.transaction(async (tx) => {
    const versions = await tx
      .select()
      .from(frameworkVersions)
      .where(eq(frameworkVersions.orgId, orgId))
      .orderBy(desc(frameworkVersions.createdAt), desc(frameworkVersions.id))
      .for("update");
    const target = versions.find((version) => version.id === id);
    if (!target) return null;
    if (target.status === "published") return target;
    const published = versions.find((version) => version.status === "published") ?? null;
    const updates = decide({
      target,
      published,
      documents: versions,
      facts: await loadPublishFacts(tx, orgId),
    });
    await tx
      .update(frameworkVersions)
      .set({ status: "retired" })
      .where(and(eq(frameworkVersions.orgId, orgId), eq(frameworkVersions.status, "published")));
    const [row] = await tx
      .update(frameworkVersions)
      .set({ status: "published", publishedAt: new Date() })
      .where(eq(frameworkVersions.id, id))
      .returning();
    await applyPublishUpdates(tx, orgId, updates);
    if (afterPublish) await afterPublish(tx);
    return row ?? null;
  });
}

function emptyUpdates(): PublishUpdates {
  return {
    people: [],
    plans: [],
    goals: [],
    titleMappings: [],
    openFeedback: [],
    withdrawnFeedback: [],
  };
}

/** Every stored version of an organisation with its document, for working out lineages. */
export async function listFrameworkDocuments(
  db: Database,
  orgId: string,
): Promise<VersionDocument[]> {
  return db
    .select({
      id: frameworkVersions.id,
      status: frameworkVersions.status,
      document: frameworkVersions.document,
    })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.orgId, orgId))
    .orderBy(desc(frameworkVersions.createdAt), desc(frameworkVersions.id));
}
