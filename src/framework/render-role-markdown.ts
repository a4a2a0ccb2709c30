import type { FrameworkIndex } from "./framework-index.ts";
import { blocks, criteriaCell, labelledList, table } from "./markdown.ts";
import type { Role } from "./schema.ts";

function expectationsTable(role: Role, index: FrameworkIndex): string {
  const rows = Object.entries(role.expectations).map(([id, level]) => {
    const label = index.level(level)?.label ?? "";
    const gate = role.mandatory.includes(id) ? " (required)" : "";
    const descriptor = criteriaCell(index.competency(id)?.levels[String(level)]);
    return [`${index.competencyName(id)}${gate}`, `${level} ${label}`.trim(), descriptor];
  });
  return rows.length === 0
    ? ""
    : `**Expectations**\n\n${table(["competency", "level", "what it looks like"], rows)}`;
}

/** One role as a handbook section: summary, what changes, responsibilities, success, skills, expectations. */
export function renderRoleMarkdown(role: Role, index: FrameworkIndex): string {
  const aliases = role.aliases.length > 0 ? `Also called: ${role.aliases.join(", ")}.` : "";
  const comparable = role.comparableTo.map((id) => index.roleTitle(id));
  const skills = role.skillsToDevelop.map(
    (skill) =>
      `**${skill.name}** (${index.competencyName(skill.competency)}): ${skill.description}`,
  );
  return blocks(
    `### ${role.title}`,
    aliases,
    role.summary,
    role.whoThrives ? `**Who thrives here:** ${role.whoThrives}` : "",
    comparable.length > 0 ? `**Comparable in scope to:** ${comparable.join(", ")}.` : "",
    labelledList("What changes at this level", role.whatChanges),
    labelledList("Responsibilities", role.responsibilities),
    labelledList("What success looks like", role.success),
    labelledList("PM skills that carry over", role.carriesOver),
    labelledList("Skills to develop next", skills),
    expectationsTable(role, index),
    labelledList("Context", role.contextNotes),
  );
}
