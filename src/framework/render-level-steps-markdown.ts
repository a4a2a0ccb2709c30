import { compareRoles } from "./compare-roles.ts";
import type { FrameworkIndex } from "./framework-index.ts";
import { blocks, labelledList } from "./markdown.ts";
import { neighbouringRoles } from "./neighbouring-roles.ts";
import type { Framework } from "./schema.ts";

/** "What changes between neighbouring levels" for every track with more than one level. */
export function renderLevelStepsMarkdown(framework: Framework, index: FrameworkIndex): string {
  const sections = framework.tracks.flatMap((track) => {
    const pairs = neighbouringRoles(framework, track.id);
    if (pairs.length === 0) return [];
    const steps = pairs.map(([from, to]) => {
      const step = compareRoles(from, to);
      const rising = step.rising.map((r) => {
        const was = r.from === null ? "not expected" : `${r.from}`;
        return `${index.competencyName(r.competency)}: ${was} → ${r.to} (${index.level(r.to)?.label ?? ""})`;
      });
      return blocks(
        `#### ${from.title} → ${to.title}`,
        labelledList("What changes", step.whatChanges),
        labelledList("Rising expectations", rising),
        labelledList("New responsibilities", step.newResponsibilities),
      );
    });
    return [blocks(`### ${track.name}`, ...steps)];
  });
  return sections.length === 0
    ? ""
    : blocks("## What changes between neighbouring levels", ...sections);
}
