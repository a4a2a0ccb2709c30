import type { Framework } from "../../framework/schema.ts";
import { nextRole } from "../fit/next-role.ts";
import { roleFit } from "../fit/role-fit.ts";
import { competencyLabel } from "../framework-index.ts";
import { aggregateProfile } from "../profile/aggregate-profile.ts";
import { carryAssessments } from "../profile/carry-assessments.ts";
import type { Assessment, Person } from "../types.ts";
import { joinWords, listSome } from "../words.ts";
import type {
  CompetencyHistory,
  FrameworkWithLineage,
  PublishFacts,
  PublishPreview,
  ReadinessBucket,
  ReadinessMove,
} from "./publish-plan-types.ts";

const buckets: ReadinessBucket[] = ["ready", "close", "stretch", "none"];
const bucketWords: Record<ReadinessBucket, string> = {
  ready: "ready",
  close: "close",
  stretch: "a stretch",
  none: "without a next role",
};

function people(count: number): string {
  return count === 1 ? "1 person" : `${count} people`;
}

interface Readiness {
  bucket: ReadinessBucket;
  unknown: string[];
  /** Competencies the next role expects more of than the person shows. */
  short: string[];
}

function readinessOf(
  framework: Framework,
  person: Person,
  assessments: readonly Assessment[],
): Readiness {
  const next = nextRole(framework, person);
  if (next === null) return { bucket: "none", unknown: [], short: [] };
  const profile = aggregateProfile(framework, person.id, assessments);
  const fit = roleFit(framework, profile, next.roleId);
  const short = fit.gaps.filter((gap) => gap.shortfall > 0).map((gap) => gap.competency);
  return { bucket: fit.readiness, unknown: fit.unknown, short };
}

function emptyCounts(): Record<ReadinessBucket, number> {
  return { ready: 0, close: 0, stretch: 0, none: 0 };
}

/** What tells the two frameworks apart for the reasons of one publish. */
interface ReasonFacts {
  current: FrameworkWithLineage | null;
  next: FrameworkWithLineage;
  inLineage: boolean;
  newOnes: ReadonlySet<string>;
  /** Competencies of the current version whose history goes nowhere. */
  retired: readonly CompetencyHistory[];
}

/** Why one person's readiness moves, in a PM's words, the likeliest cause first. */
function moveReason(facts: ReasonFacts, was: Readiness, now: Readiness): string {
  if (facts.current !== null && !facts.inLineage) {
    return `their ratings were made against ${facts.current.framework.name}, which does not carry over`;
  }
  const unassessed = now.unknown.filter((id) => facts.newOnes.has(id));
  if (unassessed.length > 0) {
    const names = unassessed.map((id) => competencyLabel(facts.next.framework, id));
    return `${joinWords(names)} ${names.length === 1 ? "is" : "are"} new and not assessed yet`;
  }
  const retiredGaps = facts.retired.filter((c) => was.short.includes(c.competencyId));
  if (retiredGaps.length > 0) {
    const names = joinWords(retiredGaps.map((c) => c.name));
    return retiredGaps.length === 1
      ? `${names}, where they still had a gap, is retired`
      : `${names}, where they still had gaps, are retired`;
  }
  const rated = facts.retired.filter((c) => c.ratings > 0);
  if (rated.length > 0 && now.unknown.length > was.unknown.length) {
    return `ratings of ${joinWords(rated.map((c) => c.name))} no longer count`;
  }
  return "the expectations of their next role changed";
}

/**
 * How readiness for the next role would move across the organisation if `next` were published:
 * counts per readiness before and after, and who moves from one to another, with the likeliest
 * reason in words (another framework, a new competency nobody rated, a retired gap).
 *
 * @example readinessMoves(current, next, facts, movedPeople, competencies, true).moves[0]?.sentence
 */
export function readinessMoves(
  current: FrameworkWithLineage | null,
  next: FrameworkWithLineage,
  facts: PublishFacts,
  movedPeople: readonly Person[],
  competencies: readonly CompetencyHistory[],
  inLineage: boolean,
): PublishPreview["readiness"] {
  const before = emptyCounts();
  const after = emptyCounts();
  const byPerson = new Map<string, Assessment[]>();
  for (const assessment of facts.assessments) {
    byPerson.set(assessment.personId, [...(byPerson.get(assessment.personId) ?? []), assessment]);
  }
  const newOnes = new Set(competencies.filter((c) => c.fate === "new").map((c) => c.competencyId));
  const retired = competencies.filter((c) => c.fate === "dropped");
  const groups = new Map<
    string,
    { from: ReadinessBucket; to: ReadinessBucket; people: string[]; why: Map<string, number> }
  >();
  facts.people.forEach((person, index) => {
    const moved = movedPeople[index] as Person;
    if (person.roleId === null || moved.roleId === null) return;
    const own = byPerson.get(person.id) ?? [];
    const was: Readiness = current
      ? readinessOf(
          current.framework,
          {
            ...moved,
            roleId: person.roleId,
            ...(person.preferences ? { preferences: person.preferences } : {}),
          },
          carryAssessments(current.lineage, own).assessments,
        )
      : { bucket: "none", unknown: [], short: [] };
    const now = readinessOf(next.framework, moved, carryAssessments(next.lineage, own).assessments);
    before[was.bucket] += 1;
    after[now.bucket] += 1;
    if (was.bucket === now.bucket) return;
    const key = `${was.bucket}>${now.bucket}`;
    const group = groups.get(key) ?? {
      from: was.bucket,
      to: now.bucket,
      people: [] as string[],
      why: new Map<string, number>(),
    };
    group.people.push(person.name);
    const reason = moveReason({ current, next, inLineage, newOnes, retired }, was, now);
    group.why.set(reason, (group.why.get(reason) ?? 0) + 1);
    groups.set(key, group);
  });
  const moves: ReadinessMove[] = [...groups.values()].map((group) => {
    const why = [...group.why].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
    return {
      from: group.from,
      to: group.to,
      count: group.people.length,
      people: group.people,
      why,
      sentence: `${people(group.people.length)} (${listSome(group.people)}) would go from ${bucketWords[group.from]} to ${bucketWords[group.to]} for their next role: ${why}.`,
    };
  });
  moves.sort((a, b) => b.count - a.count || buckets.indexOf(a.from) - buckets.indexOf(b.from));
  return { before, after, moves };
}
