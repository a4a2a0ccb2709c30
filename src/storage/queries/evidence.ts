import { and, arrayContains, desc, eq, gte, ilike, inArray, isNull, lte, or } from "drizzle-orm";
import type { Evidence, Visibility } from "../../engine/types.ts";
import type { Database } from "../database.ts";
import { defaultLimit, type PageOptions } from "../page.ts";
import { evidence } from "../schema.ts";

/** An evidence entry as stored: the engine's Evidence plus who wrote it and when. */
export interface StoredEvidence extends Evidence {
  orgId: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a new evidence entry needs. */
export type NewEvidence = Omit<Evidence, "id" | "visibility"> & {
  orgId: string;
  visibility?: Visibility;
  createdBy?: string | null;
};

/** The fields of an evidence entry that may change. */
export type EvidencePatch = Partial<Omit<Evidence, "id" | "personId">>;

/** What narrows a person's evidence: words in the title or outcome, a competency, a date range. */
export interface EvidenceFilter {
  text?: string;
  competency?: string;
  from?: string;
  to?: string;
}

/** Logs an evidence entry. */
export async function createEvidence(db: Database, input: NewEvidence): Promise<StoredEvidence> {
  const [row] = await db
    .insert(evidence)
    .values({ ...input, outcome: input.outcome ?? null })
    .returning();
  if (!row) throw new Error("Creating the evidence entry returned no row.");
  return toEvidence(row);
}

/** Finds an evidence entry of an organisation, or null. */
export async function getEvidence(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredEvidence | null> {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.orgId, orgId), eq(evidence.id, id), isNull(evidence.deletedAt)));
  return row ? toEvidence(row) : null;
}

/** `%` and `_` typed by a person are letters, not wildcards. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A person's evidence, newest first, optionally only the given visibilities and what the filter
 * keeps; deleted entries never.
 */
export async function listEvidence(
  db: Database,
  options: {
    orgId: string;
    personId: string;
    visibilities?: Visibility[];
    filter?: EvidenceFilter;
  } & PageOptions,
): Promise<StoredEvidence[]> {
  const { text, competency, from, to } = options.filter ?? {};
  const rows = await db
    .select()
    .from(evidence)
    .where(
      and(
        eq(evidence.orgId, options.orgId),
        eq(evidence.personId, options.personId),
        isNull(evidence.deletedAt),
        options.visibilities === undefined
          ? undefined
          : inArray(evidence.visibility, options.visibilities),
        text
          ? or(ilike(evidence.title, containing(text)), ilike(evidence.outcome, containing(text)))
          : undefined,
        competency ? arrayContains(evidence.competencies, [competency]) : undefined,
        from ? gte(evidence.date, from) : undefined,
        to ? lte(evidence.date, to) : undefined,
      ),
    )
    .orderBy(desc(evidence.date), desc(evidence.createdAt), desc(evidence.id))
    .limit(options.limit ?? defaultLimit)
    .offset(options.offset ?? 0);
  return rows.map(toEvidence);
}

/** Changes an evidence entry; null when it is not in the organisation. */
export async function updateEvidence(
  db: Database,
  orgId: string,
  id: string,
  patch: EvidencePatch,
): Promise<StoredEvidence | null> {
  const [row] = await db
    .update(evidence)
    .set(patch)
    .where(and(eq(evidence.orgId, orgId), eq(evidence.id, id), isNull(evidence.deletedAt)))
    .returning();
  return row ? toEvidence(row) : null;
}

/**
 * Deletes an evidence entry softly: it is kept with the moment of deletion and hidden from every
 * read. False when there was none (or it was deleted already).
 */
export async function deleteEvidence(db: Database, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(evidence)
    .set({ deletedAt: new Date() })
    .where(and(eq(evidence.orgId, orgId), eq(evidence.id, id), isNull(evidence.deletedAt)))
    .returning({ id: evidence.id });
  return rows.length > 0;
}

/** Maps a stored evidence row to the domain shape. */
export function toEvidence(row: typeof evidence.$inferSelect): StoredEvidence {
  return {
    id: row.id,
    orgId: row.orgId,
    personId: row.personId,
    date: row.date,
    title: row.title,
    ...(row.outcome === null ? {} : { outcome: row.outcome }),
    competencies: row.competencies,
    visibility: row.visibility,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
