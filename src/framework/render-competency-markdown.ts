import { blocks, criteriaCell, table } from "./markdown.ts";
import type { Competency, Framework } from "./schema.ts";

/** One competency as a handbook section: description, a level table, and growth actions. */
export function renderCompetencyMarkdown(framework: Framework, competency: Competency): string {
  const rows = framework.scale.map((step) => [
    `${step.level} ${step.label}`,
    criteriaCell(competency.levels[String(step.level)]),
    (competency.growth[String(step.level)] ?? []).join("; "),
  ]);
  return blocks(
    `### ${competency.name}`,
    `*${competency.area}* — ${competency.description}`,
    table(["level", "what it looks like", "how to grow into it"], rows),
  );
}

/** The competencies section: an overview table, then each competency with its levels. */
export function renderCompetenciesMarkdown(framework: Framework): string {
  const overview = table(
    ["competency", "area", "what it covers"],
    framework.competencies.map((c) => [c.name, c.area, c.description]),
  );
  const scale = table(
    ["level", "label", "meaning"],
    framework.scale.map((s) => [String(s.level), s.label, s.description]),
  );
  return blocks(
    "## Competencies",
    "Every role is described by the proficiency it expects in each competency, on this scale:",
    scale,
    overview,
    ...framework.competencies.map((c) => renderCompetencyMarkdown(framework, c)),
  );
}
