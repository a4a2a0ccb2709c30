import { and, desc, eq, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { people, promotionCases } from "../schema.ts";
import { reportIds } from "./reporting-lines.ts";

/** A promotion case as stored, with the person's name. */
export type StoredPromotionCase = typeof promotionCases.$inferSelect & { personName: string };

/** What a new promotion case holds when it is opened. */
export type NewPromotionCase = Pick<
  typeof promotionCases.$inferInsert,
  | "orgId"
  | "personId"
  | "targetRoleId"
  | "frameworkVersionId"
  | "frameworkVersion"
  | "openedByPersonId"
  | "narrative"
  | "cycleId"
>;

/** The fields a use case changes on a case: the narrative, the sharing, the decision. */
export type PromotionCasePatch = Partial<
  Pick<
    typeof promotionCases.$inferInsert,
    "narrative" | "sharedWithPerson" | "status" | "decision" | "decisionNote" | "decidedByUserId"
  > & { decidedAt: Date }
>;

/** Whose cases a list shows: everyone's, those of the people under a manager, or one person's shared ones. */
export type PromotionCaseScope =
  | { kind: "all" }
  | { kind: "reports-of"; managerId: string }
  | { kind: "shared-with"; personId: string };

const withName = {
  id: promotionCases.id,
  orgId: promotionCases.orgId,
  personId: promotionCases.personId,
  targetRoleId: promotionCases.targetRoleId,
  frameworkVersionId: promotionCases.frameworkVersionId,
  frameworkVersion: promotionCases.frameworkVersion,
  openedByPersonId: promotionCases.openedByPersonId,
  narrative: promotionCases.narrative,
  sharedWithPerson: promotionCases.sharedWithPerson,
  status: promotionCases.status,
  decision: promotionCases.decision,
  decisionNote: promotionCases.decisionNote,
  decidedByUserId: promotionCases.decidedByUserId,
  decidedAt: promotionCases.decidedAt,
  cycleId: promotionCases.cycleId,
  createdAt: promotionCases.createdAt,
  updatedAt: promotionCases.updatedAt,
  personName: people.name,
};

/**
 * Inserts an open case; answers null when the person already has an open case toward that role
 * (the partial unique index decides, so two managers opening at once cannot both succeed).
 *
 * @example
 * const opened = await createPromotionCase(tx, { orgId, personId, targetRoleId: "senior-pm", ... });
 */
export async function createPromotionCase(
  db: Database,
  input: NewPromotionCase,
): Promise<{ id: string } | null> {
  const [row] = await db
    .insert(promotionCases)
    .values(input)
    .onConflictDoNothing({
      target: [promotionCases.personId, promotionCases.targetRoleId],
      where: sql`status = 'open'`,
    })
    .returning({ id: promotionCases.id });
  return row ?? null;
}

/** One case of an organisation with the person's name; null when no such case is there. */
export async function getPromotionCase(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredPromotionCase | null> {
  const [row] = await db
    .select(withName)
    .from(promotionCases)
    .innerJoin(people, eq(people.id, promotionCases.personId))
    .where(and(eq(promotionCases.orgId, orgId), eq(promotionCases.id, id)));
  return row ?? null;
}

/** Changes a case of an organisation; answers whether it was there. */
export async function updatePromotionCase(
  db: Database,
  orgId: string,
  id: string,
  patch: PromotionCasePatch,
): Promise<boolean> {
  const rows = await db
    .update(promotionCases)
    .set(patch)
    .where(and(eq(promotionCases.orgId, orgId), eq(promotionCases.id, id)))
    .returning({ id: promotionCases.id });
  return rows.length > 0;
}

function scopeFilter(orgId: string, scope: PromotionCaseScope): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "reports-of":
      return sql`${promotionCases.personId} in ${reportIds(orgId, scope.managerId)}`;
    case "shared-with":
      return and(
        eq(promotionCases.personId, scope.personId),
        eq(promotionCases.sharedWithPerson, true),
      );
  }
}

/**
 * The cases of an organisation in any of the scopes given (none: no case), open ones first, then
 * the newest first.
 *
 * @example
 * const cases = await listPromotionCases(db, orgId, { kind: "reports-of", managerId });
 */
export async function listPromotionCases(
  db: Database,
  orgId: string,
  scopes: PromotionCaseScope[],
): Promise<StoredPromotionCase[]> {
  const filters = scopes.map((scope) => scopeFilter(orgId, scope));
  const everything = filters.some((filter) => filter === undefined);
  return db
    .select(withName)
    .from(promotionCases)
    .innerJoin(people, eq(people.id, promotionCases.personId))
    .where(
      and(
        eq(promotionCases.orgId, orgId),
        everything ? undefined : or(...(filters as SQL[]), sql`false`),
      ),
    )
    .orderBy(desc(sql`${promotionCases.status} = 'open'`), desc(promotionCases.createdAt));
}
