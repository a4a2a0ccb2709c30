import type { Evidence, Visibility } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { addDays, isoDate } from "./demo-dates.ts";
import { evidenceTemplates } from "./demo-evidence-templates.ts";
import { fallbackContext, teamContexts } from "./demo-team-contexts.ts";
import type { DemoTraits } from "./demo-traits.ts";
import type { DemoPerson } from "./demo-types.ts";

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pickVisibility(random: Random): Visibility {
  const draw = random.next();
  return draw < 0.2 ? "private" : draw < 0.7 ? "manager" : "org";
}

/**
 * Impact-log entries for every demo person: two to six over their time here (at most two
 * years back), each with a measurable outcome, the competencies it shows and a visibility.
 */
export function demoEvidence(options: {
  framework: Framework;
  people: DemoPerson[];
  traits: Map<string, DemoTraits>;
  now: Date;
  random: Random;
}): Evidence[] {
  const { framework, now, random } = options;
  const known = new Set(framework.competencies.map((competency) => competency.id));
  const fallbackCompetency = framework.competencies[0]?.id;
  const entries: Evidence[] = [];
  for (const person of options.people) {
    const context = teamContexts[person.team ?? ""] ?? fallbackContext;
    const tenure = options.traits.get(person.id)?.tenure ?? 1;
    const span = Math.min(tenure, 2) * 365;
    const count = random.int(2, 6);
    const dated = Array.from({ length: count }, () => Math.round(random.between(7, span)))
      .sort((a, b) => b - a)
      .map((daysAgo) => addDays(now, -daysAgo));
    for (const moment of dated) {
      const template = random.pick(evidenceTemplates);
      const values = {
        feature: random.pick(context.features),
        metric: random.pick(context.metrics),
        n: String(random.int(3, 28)),
      };
      const competencies = template.competencies.filter((id) => known.has(id));
      if (competencies.length === 0 && fallbackCompetency) competencies.push(fallbackCompetency);
      entries.push({
        id: `evidence-${String(entries.length + 1).padStart(3, "0")}`,
        personId: person.id,
        date: isoDate(moment),
        title: capitalise(fill(template.title, values)),
        outcome: capitalise(fill(template.outcome, values)),
        competencies,
        visibility: pickVisibility(random),
      });
    }
  }
  return entries;
}
