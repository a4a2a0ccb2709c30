import type { Database } from "../../storage/database.ts";
import { cycleCompletion } from "../../storage/queries/cycle-completion.ts";
import { cycleParticipantIds, getCycle } from "../../storage/queries/cycles.ts";
import { loadPersonFacts } from "../person-facts.ts";
import type { Actor } from "../policy.ts";
import { notFoundRefusal, organisationWide, Refusal, refuseUnless } from "../refusal.ts";
import { type CycleView, cycleView } from "./cycle-view.ts";
import { type ParticipantCompletion, participantCompletion } from "./participant-completion.ts";

/** Which people of a cycle to show. */
export interface CompletionFilter {
  /** Only people of this team. */
  team?: string;
  /** Only people under this manager now, directly or through others. */
  managerId?: string;
  /** Only people whose part is complete, or only those with something still to do. */
  status?: "complete" | "incomplete";
}

/** A cycle's completion as the actor may see it. */
export interface CycleCompletion {
  cycle: CycleView;
  people: ParticipantCompletion[];
  /** Of the people shown, how many have everything done. */
  complete: number;
}

type Member = Extract<Actor, { kind: "user" }>;

/** Whose people the actor may see: everyone's (admins, no manager chosen) or a manager's. */
async function scopeFor(db: Database, actor: Member, filter: CompletionFilter) {
  if (filter.managerId !== undefined) {
    const { facts } = await loadPersonFacts(db, actor, filter.managerId);
    refuseUnless(actor, "cycle:read-completion", facts);
    return filter.managerId;
  }
  const admin = actor.role === "admin" || actor.role === "owner";
  if (admin) {
    refuseUnless(actor, "cycle:read-completion", organisationWide(actor.orgId));
    return undefined;
  }
  if (actor.personId === null) {
    throw new Refusal(
      "forbidden",
      "Only admins, and managers for their own people, can follow a cycle's completion.",
    );
  }
  return actor.personId;
}

/**
 * Per person of a cycle, whether their self, manager and peer parts are done, counted from the
 * assessments submitted and feedback answered inside the window. Admins see everyone, a manager
 * only the people under them (directly or further down); filterable by team, manager and status.
 *
 * @example
 * const { people } = await readCycleCompletion(db, ben, cycleId, { status: "incomplete" });
 */
export async function readCycleCompletion(
  db: Database,
  actor: Member,
  cycleId: string,
  filter: CompletionFilter = {},
): Promise<CycleCompletion> {
  refuseUnless(actor, "cycle:list", organisationWide(actor.orgId));
  const cycle = await getCycle(db, actor.orgId, cycleId);
  if (!cycle) throw notFoundRefusal("cycle", cycleId);
  const under = await scopeFor(db, actor, filter);
  const rows = await cycleCompletion(db, {
    orgId: actor.orgId,
    cycleId,
    ...(under === undefined ? {} : { under }),
    ...(filter.team === undefined ? {} : { team: filter.team }),
  });
  const total = (await cycleParticipantIds(db, cycleId)).length;
  const view = cycleView({ ...cycle, participants: total });
  const all = rows.map(participantCompletion);
  const people =
    filter.status === undefined
      ? all
      : all.filter((person) => person.complete === (filter.status === "complete"));
  return {
    cycle: view,
    people,
    complete: people.filter((person) => person.complete).length,
  };
}
