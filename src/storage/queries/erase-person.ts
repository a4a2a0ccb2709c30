import { and, count, eq, inArray, or } from "drizzle-orm";
import type { Database } from "../database.ts";
import {
  assessments,
  auditLog,
  evidence,
  feedbackRequests,
  growthPlans,
  users,
} from "../schema.ts";
import { deletePerson } from "./people.ts";

/** What erasing a person removed, counted before it went. */
export interface ErasedCounts {
  assessmentsAboutThem: number;
  feedbackTheyGave: number;
  evidence: number;
  growthPlans: number;
  feedbackRequests: number;
  account: boolean;
}

async function counted(
  db: Database,
  table: typeof evidence | typeof growthPlans,
  personId: string,
) {
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.personId, personId));
  return row?.n ?? 0;
}

/**
 * Erases a person's data in the calling transaction: the peer feedback they gave about others,
 * their account (with its sessions, tokens, password resets and single sign-on links), and the
 * person with everything about them (assessments by anyone, evidence, growth plans with goals and
 * check-ins, feedback requests about them or addressed to them, role history, invitations). The
 * audit entries about them stay, their details emptied (a detail may quote a name or an email).
 * Manager assessments they wrote about others stay as those people's history, with no rater.
 */
export async function erasePersonRecords(
  db: Database,
  orgId: string,
  personId: string,
): Promise<ErasedCounts> {
  const [about] = await db
    .select({ n: count() })
    .from(assessments)
    .where(eq(assessments.personId, personId));
  const given = await db
    .delete(assessments)
    .where(
      and(
        eq(assessments.orgId, orgId),
        eq(assessments.raterPersonId, personId),
        eq(assessments.raterKind, "peer"),
      ),
    )
    .returning({ id: assessments.id });
  const [requests] = await db
    .select({ n: count() })
    .from(feedbackRequests)
    .where(
      or(eq(feedbackRequests.personId, personId), eq(feedbackRequests.addresseePersonId, personId)),
    );
  const counts = {
    assessmentsAboutThem: about?.n ?? 0,
    feedbackTheyGave: given.length,
    evidence: await counted(db, evidence, personId),
    growthPlans: await counted(db, growthPlans, personId),
    feedbackRequests: requests?.n ?? 0,
  };
  const accounts = await db
    .delete(users)
    .where(and(eq(users.orgId, orgId), eq(users.personId, personId)))
    .returning({ id: users.id });
  await deletePerson(db, orgId, personId);
  const targets = [personId, ...accounts.map((account) => account.id)];
  await db
    .update(auditLog)
    .set({ detail: null })
    .where(and(eq(auditLog.orgId, orgId), inArray(auditLog.targetId, targets)));
  return { ...counts, account: accounts.length > 0 };
}
