import { indexFramework } from "./framework-index.ts";
import { blocks } from "./markdown.ts";
import { rolesOnTrack } from "./neighbouring-roles.ts";
import { renderMermaidMap, renderTransitionList } from "./render-career-map.ts";
import { renderCompetenciesMarkdown } from "./render-competency-markdown.ts";
import { renderLevelStepsMarkdown } from "./render-level-steps-markdown.ts";
import { renderRoleMarkdown } from "./render-role-markdown.ts";
import type { Framework } from "./schema.ts";

function guidanceSection(framework: Framework): string {
  if (framework.guidance.length === 0) return "";
  return blocks(
    "## Principles",
    ...framework.guidance.map((note) => blocks(`### ${note.title}`, note.body)),
  );
}

function entryRoutesSection(framework: Framework, roleTitle: (id: string) => string): string {
  if (framework.entryRoutes.length === 0) return "";
  const routes = framework.entryRoutes.map((route) => {
    const roles = route.enterAt.map((e) =>
      e.note ? `${roleTitle(e.role)} (${e.note.replace(/\.$/, "")})` : roleTitle(e.role),
    );
    return `- **${route.name}**: ${route.description} Usually enters as ${roles.join(" or ")}.`;
  });
  return blocks("## Ways in", routes.join("\n"));
}

/**
 * Renders a framework as a Markdown handbook page a company could publish: principles, the career
 * map, competencies with their levels, every role, and what changes between neighbouring levels.
 *
 * @example writeFile("handbook.md", renderFrameworkMarkdown(framework))
 */
export function renderFrameworkMarkdown(framework: Framework): string {
  const index = indexFramework(framework);
  const roleSections = framework.tracks.map((track) =>
    blocks(
      `## ${track.name}`,
      track.description,
      ...rolesOnTrack(framework, track.id).map((role) => renderRoleMarkdown(role, index)),
    ),
  );
  const page = blocks(
    `# ${framework.name}`,
    `Version ${framework.version}.${framework.description ? ` ${framework.description}` : ""}`,
    guidanceSection(framework),
    "## The career map",
    "The ladder is not a line: people are promoted, switch tracks, move sideways, skip steps and pivot to roles next to product. Durations are context, never deadlines.",
    renderMermaidMap(framework),
    renderTransitionList(framework, index),
    entryRoutesSection(framework, index.roleTitle),
    ...roleSections,
    renderLevelStepsMarkdown(framework, index),
    renderCompetenciesMarkdown(framework),
  );
  return `${page}\n`;
}
