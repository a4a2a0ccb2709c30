import type { z } from "@hono/zod-openapi";
import type { Database } from "../../../storage/database.ts";
import type { FeedbackRequest } from "../../../storage/queries/feedback-requests.ts";
import { userNames } from "../../../storage/queries/users.ts";
import type { feedbackRequestSchema } from "./schema.ts";

type Presented = z.infer<typeof feedbackRequestSchema>;

function present(row: FeedbackRequest, requesterName: string | null): Presented {
  const { id, personId, addresseePersonId, competencies, message, status, assessmentId } = row;
  return {
    id,
    personId,
    addresseePersonId,
    competencies,
    message,
    status,
    assessmentId,
    closedReason: row.closedReason,
    requesterName,
    createdAt: row.createdAt.toISOString(),
  };
}

function requesterOf(row: FeedbackRequest, names: Map<string, string>): string | null {
  return row.requesterUserId === null ? null : (names.get(row.requesterUserId) ?? null);
}

/**
 * Feedback requests as the API shows them, each naming who asked (one query for all of them).
 *
 * @example
 * const items = await presentFeedbackRequests(db, actor.orgId, rows);
 */
export async function presentFeedbackRequests(
  db: Database,
  orgId: string,
  rows: readonly FeedbackRequest[],
): Promise<Presented[]> {
  const names = await userNames(
    db,
    orgId,
    rows.map((row) => row.requesterUserId),
  );
  return rows.map((row) => present(row, requesterOf(row, names)));
}

/**
 * A feedback request as the API shows it, naming who asked.
 *
 * @example
 * return c.json(await presentFeedbackRequest(db, actor.orgId, request), 201);
 */
export async function presentFeedbackRequest(
  db: Database,
  orgId: string,
  row: FeedbackRequest,
): Promise<Presented> {
  return present(row, requesterOf(row, await userNames(db, orgId, [row.requesterUserId])));
}
