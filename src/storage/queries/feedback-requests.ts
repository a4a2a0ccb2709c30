import { and, count, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../database.ts";
import { defaultLimit, type PageOptions } from "../page.ts";
import { feedbackRequests } from "../schema.ts";
import { reportIds } from "./reporting-lines.ts";

/** A feedback request as stored. */
export type FeedbackRequest = typeof feedbackRequests.$inferSelect;

/** What a new feedback request needs; it starts open. */
export type NewFeedbackRequest = Pick<
  typeof feedbackRequests.$inferInsert,
  "orgId" | "personId" | "addresseePersonId" | "competencies"
> &
  Partial<Pick<typeof feedbackRequests.$inferInsert, "requesterUserId" | "message" | "cycleId">>;

/** Asks someone for feedback on chosen competencies of a person. */
export async function createFeedbackRequest(
  db: Database,
  input: NewFeedbackRequest,
): Promise<FeedbackRequest> {
  const [row] = await db.insert(feedbackRequests).values(input).returning();
  if (!row) throw new Error("Creating the feedback request returned no row.");
  return row;
}

/** Finds a feedback request of an organisation, or null. */
export async function getFeedbackRequest(
  db: Database,
  orgId: string,
  id: string,
): Promise<FeedbackRequest | null> {
  const [row] = await db
    .select()
    .from(feedbackRequests)
    .where(and(eq(feedbackRequests.orgId, orgId), eq(feedbackRequests.id, id)));
  return row ?? null;
}

/** Feedback requests of an organisation, newest first, by person, addressee or status. */
export async function listFeedbackRequests(
  db: Database,
  options: {
    orgId: string;
    personId?: string;
    addresseePersonId?: string;
    status?: FeedbackRequest["status"];
  } & PageOptions,
): Promise<FeedbackRequest[]> {
  return db
    .select()
    .from(feedbackRequests)
    .where(
      and(
        eq(feedbackRequests.orgId, options.orgId),
        options.personId === undefined
          ? undefined
          : eq(feedbackRequests.personId, options.personId),
        options.addresseePersonId === undefined
          ? undefined
          : eq(feedbackRequests.addresseePersonId, options.addresseePersonId),
        options.status === undefined ? undefined : eq(feedbackRequests.status, options.status),
      ),
    )
    .orderBy(desc(feedbackRequests.createdAt), desc(feedbackRequests.id))
    .limit(options.limit ?? defaultLimit)
    .offset(options.offset ?? 0);
}

/**
 * Closes an open request as answered (with the peer assessment that answers it) or declined;
 * null when there is no open request with that id, so a request is closed only once.
 */
export async function closeFeedbackRequest(
  db: Database,
  input:
    | { orgId: string; id: string; status: "answered"; assessmentId: string }
    | { orgId: string; id: string; status: "declined" },
): Promise<FeedbackRequest | null> {
  const [row] = await db
    .update(feedbackRequests)
    .set({
      status: input.status,
      assessmentId: input.status === "answered" ? input.assessmentId : null,
      respondedAt: new Date(),
    })
    .where(
      and(
        eq(feedbackRequests.orgId, input.orgId),
        eq(feedbackRequests.id, input.id),
        eq(feedbackRequests.status, "open"),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * How many open feedback requests are addressed to the people of a scope: everyone under a
 * manager, or the whole organisation.
 *
 * @example const open = await countOpenFeedbackRequests(db, { orgId, managerId: ben.id });
 */
export async function countOpenFeedbackRequests(
  db: Database,
  scope: { orgId: string; managerId?: string },
): Promise<number> {
  const [row] = await db
    .select({ open: count() })
    .from(feedbackRequests)
    .where(
      and(
        eq(feedbackRequests.orgId, scope.orgId),
        eq(feedbackRequests.status, "open"),
        scope.managerId === undefined
          ? undefined
          : inArray(feedbackRequests.addresseePersonId, reportIds(scope.orgId, scope.managerId)),
      ),
    );
  return Number(row?.open ?? 0);
}
