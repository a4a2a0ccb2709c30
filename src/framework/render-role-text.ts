import { indexFramework } from "./framework-index.ts";
import { descriptorCriteria } from "./level-descriptor.ts";
import { describeDuration } from "./render-career-map.ts";
import type { Framework, Role } from "./schema.ts";

function section(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : ["", title, ...items.map((item) => `  - ${item}`)];
}

/**
 * One role's full page for a terminal: summary, what changes, responsibilities, success, skills,
 * expectations with each competency's name and level descriptor, context, and moves from here.
 *
 * @example process.stdout.write(renderRoleText(framework, role))
 */
export function renderRoleText(framework: Framework, role: Role): string {
  const index = indexFramework(framework);
  const track = index.track(role.track)?.name ?? role.track;
  const lines = [`${role.title}  (${role.id} · ${track}, rank ${role.rank})`];
  if (role.aliases.length > 0) lines.push(`Also called: ${role.aliases.join(", ")}`);
  lines.push("", role.summary);
  if (role.whoThrives) lines.push("", `Who thrives here: ${role.whoThrives}`);
  lines.push(...section("What changes", role.whatChanges));
  lines.push(...section("Responsibilities", role.responsibilities));
  lines.push(...section("What success looks like", role.success));
  lines.push(...section("PM skills that carry over", role.carriesOver));
  const skills = role.skillsToDevelop.map(
    (s) => `${s.name} (${index.competencyName(s.competency)}): ${s.description}`,
  );
  lines.push(...section("Skills to develop next", skills));
  const expectations = Object.entries(role.expectations);
  if (expectations.length > 0) lines.push("", "Expectations");
  for (const [id, level] of expectations) {
    const required = role.mandatory.includes(id) ? "  (required)" : "";
    lines.push(
      `  ${index.competencyName(id)}: ${level} ${index.level(level)?.label ?? ""}${required}`,
    );
    const criteria = descriptorCriteria(index.competency(id)?.levels[String(level)]);
    if (criteria.length === 1) lines.push(`      ${criteria[0]}`);
    else lines.push(...criteria.map((criterion) => `      - ${criterion}`));
  }
  lines.push(...section("Context", role.contextNotes));
  lines.push(...section("Comparable in scope to", role.comparableTo.map(index.roleTitle)));
  const moves = framework.transitions
    .filter((t) => t.from === role.id)
    .map(
      (t) =>
        [`${index.roleTitle(t.to)} (${t.kind}`, describeDuration(t)].filter(Boolean).join("; ") +
        ")",
    );
  lines.push(...section("Moves from here", moves));
  return `${lines.join("\n")}\n`;
}
