import { rolesOnTrack } from "./neighbouring-roles.ts";
import type { Framework } from "./schema.ts";

/**
 * A framework overview for a terminal: the scale, each track with its roles in rank order, and
 * the competencies.
 *
 * @example process.stdout.write(renderOverviewText(framework))
 */
export function renderOverviewText(framework: Framework): string {
  const idWidth = Math.max(
    ...framework.roles.map((r) => r.id.length),
    ...framework.competencies.map((c) => c.id.length),
  );
  const lines = [`${framework.name}  (${framework.id} ${framework.version})`];
  if (framework.description) lines.push(framework.description);
  lines.push("", `Scale: ${framework.scale.map((s) => `${s.level} ${s.label}`).join(" · ")}`);
  for (const track of framework.tracks) {
    lines.push("", `${track.name} (${track.id})`);
    for (const role of rolesOnTrack(framework, track.id)) {
      const aliases = role.aliases.length > 0 ? `  (also: ${role.aliases.join(", ")})` : "";
      lines.push(
        `  ${String(role.rank).padStart(2)}  ${role.id.padEnd(idWidth)}  ${role.title}${aliases}`,
      );
    }
  }
  lines.push("", `Competencies (${framework.competencies.length})`);
  for (const competency of framework.competencies) {
    lines.push(`  ${competency.id.padEnd(idWidth)}  ${competency.name}  [${competency.area}]`);
  }
  lines.push(
    "",
    `${framework.transitions.length} transitions · ${framework.entryRoutes.length} entry routes`,
  );
  if (framework.guidance.length > 0) {
    lines.push("", "Principles");
    for (const note of framework.guidance) lines.push(`  - ${note.title}`);
  }
  return `${lines.join("\n")}\n`;
}
