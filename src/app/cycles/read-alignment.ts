import {
  type AlignmentConversation,
  type AlignmentNames,
  alignmentConversation,
} from "../../engine/alignment/alignment-conversation.ts";
import { carryAssessments } from "../../engine/profile/carry-assessments.ts";
import { bySubmission } from "../../engine/profile/latest-submitted.ts";
import type { Database } from "../../storage/database.ts";
import { getAlignmentOutcome } from "../../storage/queries/alignment-outcomes.ts";
import { lineageVersionIds } from "../../storage/queries/assessments-in-lineage.ts";
import { cycleCompletion } from "../../storage/queries/cycle-completion.ts";
import { getCycle } from "../../storage/queries/cycles.ts";
import { loadProfileSources } from "../../storage/queries/profile-sources.ts";
import type { FrameworkSource } from "../framework-source.ts";
import { personFactsOf } from "../person-facts.ts";
import type { Actor } from "../policy.ts";
import { notFoundRefusal, Refusal, refuseUnless } from "../refusal.ts";

/** What reading an alignment conversation needs. */
export interface ReadAlignmentDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "current">;
}

/** What a person and their manager agreed, as shown. */
export interface AlignmentOutcomeView {
  note: string;
  agreedLevels: { competency: string; level: number }[];
  recordedBy: string | null;
  recordedAt: string;
}

/** A person's alignment conversation in one cycle, as the reader may see it. */
export interface AlignmentRead {
  cycle: { id: string; name: string; status: "open" | "closed" };
  person: { id: string; name: string };
  managerName: string | null;
  /** Who is reading: the person, their manager (or one above), so pages can word things. */
  reader: "person" | "manager";
  /** Both the self and the manager assessments are in, so the conversation can happen. */
  ready: boolean;
  /** What the page says at the top: what is still awaited, or how the views compare. */
  summary: string;
  conversation: AlignmentConversation;
  outcome: AlignmentOutcomeView | null;
}

type Member = Extract<Actor, { kind: "user" }>;

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

function namesFor(
  reader: AlignmentRead["reader"],
  actor: Member,
  person: string,
  manager: string | null,
  raterId: string | null,
): AlignmentNames {
  const managerName = manager === null ? "your manager" : firstName(manager);
  if (reader === "person") return { self: "you", manager: managerName };
  if (raterId !== null && raterId === actor.personId)
    return { self: firstName(person), manager: "you" };
  return { self: firstName(person), manager: managerName };
}

/**
 * A person's alignment conversation in a cycle, for the person and their manager chain: per
 * competency the latest submitted self and manager ratings with their notes and the evidence the
 * person shared with managers, the ones a level or more apart first, in words that fit the
 * reader, with the outcome recorded so far. Ready once both assessments are in; before that it
 * says what is awaited.
 *
 * @example
 * const read = await readAlignment({ db, frameworks }, ben, cycleId, ava.id);
 * read.conversation.items[0]?.words; // "Ava sees level 3, you see level 2."
 */
export async function readAlignment(
  deps: ReadAlignmentDeps,
  actor: Member,
  cycleId: string,
  personId: string,
): Promise<AlignmentRead> {
  const cycle = await getCycle(deps.db, actor.orgId, cycleId);
  if (!cycle) throw notFoundRefusal("cycle", cycleId);
  const { framework, lineage } = await deps.frameworks.current(actor.orgId);
  const frameworkVersionIds = lineageVersionIds(lineage);
  const sources = await loadProfileSources(deps.db, {
    orgId: actor.orgId,
    personId,
    ...(frameworkVersionIds ? { frameworkVersionIds } : {}),
  });
  if (!sources) throw notFoundRefusal("person", personId);
  const { person, facts } = await personFactsOf(deps.db, actor, sources);
  refuseUnless(actor, "alignment:read", facts);
  const [row] = await cycleCompletion(deps.db, { orgId: actor.orgId, cycleId, personId });
  if (!row) {
    throw new Refusal(
      "not-found",
      `${person.name} is not in ${cycle.name}, so it has no alignment conversation for them.`,
    );
  }
  const assessments = carryAssessments(lineage, sources.assessments).assessments;
  const manager =
    assessments
      .filter((entry) => entry.raterKind === "manager")
      .sort(bySubmission)
      .at(-1) ?? null;
  const reader = actor.personId === personId ? "person" : "manager";
  const names = namesFor(reader, actor, person.name, row.managerName, manager?.raterId ?? null);
  const outcome = await getAlignmentOutcome(deps.db, actor.orgId, cycleId, personId);
  const agreed = outcome?.agreedLevels ?? {};
  const shared = sources.evidence.filter((entry) => entry.visibility !== "private");
  const conversation = alignmentConversation(framework, assessments, shared, names, agreed);
  const hasSelf = assessments.some((entry) => entry.raterKind === "self");
  const ready = hasSelf && manager !== null;
  const awaited = [
    ...(hasSelf
      ? []
      : [
          reader === "person"
            ? "your self-assessment"
            : `${firstName(person.name)}'s self-assessment`,
        ]),
    ...(manager
      ? []
      : [row.managerId === actor.personId ? "your assessment" : `${names.manager}'s assessment`]),
  ];
  return {
    cycle: { id: cycle.id, name: cycle.name, status: cycle.status },
    person: { id: person.id, name: person.name },
    managerName: row.managerName,
    reader,
    ready,
    summary: ready
      ? conversation.reason
      : `The conversation opens once ${awaited.join(" and ")} ${awaited.length === 1 ? "is" : "are"} in.`,
    conversation,
    outcome: outcome && {
      note: outcome.note,
      agreedLevels: Object.entries(outcome.agreedLevels).map(([competency, level]) => ({
        competency,
        level,
      })),
      recordedBy: outcome.recordedByName,
      recordedAt: outcome.recordedAt.toISOString(),
    },
  };
}
