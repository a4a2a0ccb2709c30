import type { Evidence, RaterKind, Rating } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { addDays, workdayTimestamp, yearsBefore, yearsBetween } from "./demo-dates.ts";
import { currentLevels, rateLevel, scaleRange } from "./demo-rating-model.ts";
import type { DemoTraits } from "./demo-traits.ts";
import type { DemoAssessment, DemoPerson } from "./demo-types.ts";

/** Months before today when the organisation ran its assessment rounds. */
const roundsMonthsAgo = [23, 17, 11, 5];

const strengthNotes = [
  "A clear strength: the team leans on them for this.",
  "Consistently strong here, and others are learning from it.",
  "Well above what the role asks; worth sharing how they do it.",
];
const growthNotes = [
  "The next area to grow; let us pick one piece of work that stretches it.",
  "Improving, and still the main gap for the next step.",
  "Would like to see this in larger, less defined work.",
];

interface Round {
  personId: string;
  date: Date;
  levels: Record<string, number>;
  traits: DemoTraits;
}

/** Colleagues who can give peer feedback: same manager first, then the same team. */
function colleaguesOf(person: DemoPerson, people: DemoPerson[]): DemoPerson[] {
  const siblings = people.filter((p) => p.id !== person.id && p.managerId === person.managerId);
  if (siblings.length > 0 && person.managerId !== null) return siblings;
  return people.filter(
    (p) => p.id !== person.id && (p.team === person.team || p.managerId === person.id),
  );
}

/**
 * Two to four rounds of submitted self, manager and (for some) peer assessments per person over
 * about two years, rising over time and uneven across competencies, plus a few draft
 * self-assessments in progress.
 */
export function demoAssessments(options: {
  framework: Framework;
  people: DemoPerson[];
  traits: Map<string, DemoTraits>;
  evidence: Evidence[];
  now: Date;
  random: Random;
}): DemoAssessment[] {
  const { framework, people, traits, now, random } = options;
  const scale = scaleRange(framework);
  const assessments: DemoAssessment[] = [];
  const evidenceOf = (personId: string) => options.evidence.filter((e) => e.personId === personId);

  function ratingsFor(round: Round, kind: RaterKind, raterId: string, only?: string[]): Rating[] {
    const raterTraits = traits.get(raterId);
    const bias = kind === "self" ? round.traits.selfBias : (raterTraits?.leniency ?? 0);
    const yearsAgo = yearsBetween(round.date, now);
    const day = round.date.toISOString().slice(0, 10);
    const linkable = evidenceOf(round.personId).filter(
      (e) => e.date <= day && (kind === "self" || e.visibility !== "private"),
    );
    return Object.entries(round.levels)
      .filter(([competency]) => !only || only.includes(competency))
      .map(([competency, level]) => {
        const rating: Rating = {
          competency,
          level: rateLevel({ level, yearsAgo, bias, scale, random }),
        };
        const shape = round.traits.shape[competency] ?? 0;
        if (kind === "manager" && shape !== 0 && random.chance(0.6)) {
          rating.note = random.pick(shape > 0 ? strengthNotes : growthNotes);
        }
        const backing = linkable.filter((e) => e.competencies.includes(competency));
        if (kind !== "peer" && backing.length > 0 && random.chance(0.6)) {
          rating.evidence = backing.slice(-2).map((e) => e.id);
        }
        return rating;
      });
  }

  function add(personId: string, raterId: string, kind: RaterKind, at: Date, ratings: Rating[]) {
    assessments.push({
      id: `assessment-${String(assessments.length + 1).padStart(4, "0")}`,
      personId,
      raterId,
      raterKind: kind,
      frameworkVersion: framework.version,
      createdAt: workdayTimestamp(addDays(at, -random.int(1, 4)), 9),
      submittedAt: workdayTimestamp(at, random.int(10, 17)),
      ratings,
    });
  }

  for (const [index, person] of people.entries()) {
    const personTraits = traits.get(person.id);
    if (!personTraits || !person.roleId) continue;
    const joined = yearsBefore(now, personTraits.tenure);
    const levels = currentLevels(framework, person.roleId, personTraits);
    const colleagues = colleaguesOf(person, people);
    const competencies = Object.keys(levels);
    for (const months of roundsMonthsAgo) {
      const start = addDays(now, -Math.round(months * 30.4) + random.int(0, 10));
      if (start < addDays(joined, 20)) continue;
      const round: Round = { personId: person.id, date: start, levels, traits: personTraits };
      add(person.id, person.id, "self", start, ratingsFor(round, "self", person.id));
      if (person.managerId) {
        const managed = { ...round, date: addDays(start, random.int(5, 14)) };
        const ratings = ratingsFor(managed, "manager", person.managerId);
        add(person.id, person.managerId, "manager", managed.date, ratings);
      }
      if (colleagues.length > 0 && random.chance(person.managerId ? 0.35 : 0.8)) {
        const peer = random.pick(colleagues);
        const asked = random.shuffle(competencies).slice(0, random.int(4, 6));
        const reviewed = { ...round, date: addDays(start, random.int(3, 12)) };
        add(
          person.id,
          peer.id,
          "peer",
          reviewed.date,
          ratingsFor(reviewed, "peer", peer.id, asked),
        );
      }
    }
    // Every twelfth person is part-way through a self-assessment they have not submitted yet.
    if (index % 12 === 5) {
      const started = addDays(now, -random.int(2, 18));
      const round: Round = { personId: person.id, date: started, levels, traits: personTraits };
      const half = random.shuffle(competencies).slice(0, Math.ceil(competencies.length / 2));
      assessments.push({
        id: `assessment-${String(assessments.length + 1).padStart(4, "0")}`,
        personId: person.id,
        raterId: person.id,
        raterKind: "self",
        frameworkVersion: framework.version,
        createdAt: workdayTimestamp(started, 11),
        submittedAt: null,
        ratings: ratingsFor(round, "self", person.id, half),
      });
    }
  }
  return assessments;
}
