import type { FrameworkIndex } from "./framework-index.ts";
import { rolesOnTrack } from "./neighbouring-roles.ts";
import type { Framework, Transition, TransitionKind } from "./schema.ts";

const arrows: Record<TransitionKind, string> = {
  promotion: "-->",
  skip: "==>",
  "track-switch": "-->",
  lateral: "-.->",
  pivot: "-.->",
};

// Mermaid reads dashes in ids as edge syntax and words like `end` as keywords, so prefix and swap.
function nodeId(id: string): string {
  return `r_${id.replace(/-/g, "_")}`;
}

function label(text: string): string {
  return `"${text.replace(/"/g, "#quot;")}"`;
}

/** The career map as a Mermaid flowchart: one box per track, one arrow per transition. */
export function renderMermaidMap(framework: Framework): string {
  const lines = ["```mermaid", "flowchart LR"];
  for (const track of framework.tracks) {
    lines.push(`  subgraph ${track.id}[${label(track.name)}]`);
    for (const role of rolesOnTrack(framework, track.id)) {
      lines.push(`    ${nodeId(role.id)}[${label(role.title)}]`);
    }
    lines.push("  end");
  }
  for (const t of framework.transitions) {
    lines.push(`  ${nodeId(t.from)} ${arrows[t.kind]}|${t.kind}| ${nodeId(t.to)}`);
  }
  lines.push("```");
  return lines.join("\n");
}

/** Describes a typical duration as context, e.g. "often 1–3 years". */
export function describeDuration(transition: Transition): string | null {
  const d = transition.typicalDuration;
  if (!d) return null;
  const years = d.minYears === d.maxYears ? `${d.minYears}` : `${d.minYears}–${d.maxYears}`;
  return `often ${years} year${d.maxYears === 1 ? "" : "s"}, as context rather than a deadline`;
}

/** Every transition as a plain sentence, for readers without a Mermaid viewer. */
export function renderTransitionList(framework: Framework, index: FrameworkIndex): string {
  return framework.transitions
    .map((t) => {
      const detail = [t.kind, describeDuration(t)].filter((part) => part !== null).join("; ");
      const notes = t.notes ? ` ${t.notes.replace(/\s*\n\s*/g, " ")}` : "";
      return `- ${index.roleTitle(t.from)} → ${index.roleTitle(t.to)} (${detail}).${notes}`;
    })
    .join("\n");
}
