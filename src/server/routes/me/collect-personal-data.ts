import { attributePlan } from "../../../app/plans/attributed-plan.ts";
import { type Actor, can } from "../../../app/policy.ts";
import type { Database } from "../../../storage/database.ts";
import { listAssessments } from "../../../storage/queries/assessments.ts";
import { listEvidence } from "../../../storage/queries/evidence.ts";
import { listFeedbackRequests } from "../../../storage/queries/feedback-requests.ts";
import { getGrowthPlan, listGrowthPlans } from "../../../storage/queries/growth-plans.ts";
import { getPerson } from "../../../storage/queries/people.ts";
import { listRoleHistory } from "../../../storage/queries/role-history.ts";
import type { PersonFacts } from "../../person-facts.ts";
import { presentAssessment } from "../assessments/present-assessment.ts";
import { presentEvidence } from "../evidence/present-evidence.ts";
import { presentFeedbackRequests } from "../feedback/present-feedback-request.ts";
import { presentPerson } from "../people/present-person.ts";
import { presentPlan } from "../plans/present-plan.ts";
import { readAll } from "./read-all.ts";
import type { PersonalExport } from "./schema.ts";

type Member = Extract<Actor, { kind: "user" }>;

/** Looks up other people's names only: nothing else about them enters the export. */
function nameBook(db: Database, orgId: string) {
  const names = new Map<string, Promise<string | null>>();
  return (id: string | null): Promise<string | null> => {
    if (id === null) return Promise.resolve(null);
    let name = names.get(id);
    if (!name) {
      name = getPerson(db, orgId, id).then((person) => person?.name ?? null);
      names.set(id, name);
    }
    return name;
  };
}

/**
 * Gathers everything held about the actor's own person, each part filtered through the policy:
 * their record and role history, assessments about them they may read (their own drafts too),
 * all their evidence, growth plans with goals and check-ins, and feedback requests about them
 * or addressed to them. Other people appear by name only.
 *
 * @example
 * const data = await collectPersonalData(db, actor, await loadPersonFacts(db, actor, me), now);
 */
export async function collectPersonalData(
  db: Database,
  actor: Member,
  { person, facts }: PersonFacts,
  now: Date,
): Promise<PersonalExport> {
  const orgId = actor.orgId;
  const personId = person.id;
  const nameOf = nameBook(db, orgId);
  const assessments = (
    await readAll((page) => listAssessments(db, { orgId, personId, ...page }))
  ).filter((a) => can(actor, "assessment:read", { ...facts, ...a }).allowed);
  const evidence = (await readAll((page) => listEvidence(db, { orgId, personId, ...page }))).filter(
    (entry) => can(actor, "evidence:read", { ...facts, visibility: entry.visibility }).allowed,
  );
  const plans = can(actor, "plan:read", facts).allowed
    ? await listGrowthPlans(db, { orgId, personId })
    : [];
  const fullPlans = await Promise.all(plans.map((plan) => getGrowthPlan(db, orgId, plan.id)));
  const aboutMe = await readAll((page) => listFeedbackRequests(db, { orgId, personId, ...page }));
  const askedOfMe = await readAll((page) =>
    listFeedbackRequests(db, { orgId, addresseePersonId: personId, ...page }),
  );
  return {
    format: "pathways-personal-export",
    formatVersion: 1,
    exportedAt: now.toISOString(),
    person: presentPerson(person),
    roleHistory: (await listRoleHistory(db, orgId, personId)).map(({ roleId, from, to }) => ({
      roleId,
      from,
      to,
    })),
    assessments: await Promise.all(
      assessments.map(async (a) => ({
        ...presentAssessment(a),
        raterName: await nameOf(a.raterPersonId),
      })),
    ),
    evidence: evidence.map(presentEvidence),
    growthPlans: await Promise.all(
      fullPlans.flatMap((plan) => (plan ? [attributePlan(db, orgId, plan)] : [])),
    ).then((plans) => plans.map(presentPlan)),
    feedbackRequests: {
      aboutMe: await Promise.all(
        (await presentFeedbackRequests(db, orgId, aboutMe)).map(async (r) => ({
          ...r,
          addresseeName: await nameOf(r.addresseePersonId),
        })),
      ),
      askedOfMe: await Promise.all(
        (await presentFeedbackRequests(db, orgId, askedOfMe)).map(async (r) => ({
          ...r,
          personName: await nameOf(r.personId),
        })),
      ),
    },
  };
}
