import type { Framework } from "../../framework/schema.ts";
import { competencyLabel } from "../framework-index.ts";
import type { Gap, Readiness, Strength } from "../types.ts";
import { countWord, isAre, joinWords, listSome, shortfallWords } from "../words.ts";

/** Describes up to `most` gaps, grouping those short by the same amount. */
export function describeGaps(framework: Framework, gaps: readonly Gap[], most = 3): string {
  const groups = new Map<string, string[]>();
  for (const gap of gaps.slice(0, most)) {
    const phrase = shortfallWords(gap.shortfall);
    const label = competencyLabel(framework, gap.competency);
    const names = groups.get(phrase) ?? [];
    names.push(gap.mandatory ? `${label} (required)` : label);
    groups.set(phrase, names);
  }
  const parts: string[] = [];
  for (const [phrase, names] of groups) {
    parts.push(`${joinWords(names)} ${isAre(names)} ${phrase} short`);
  }
  return parts.join(", ");
}

/** The one-sentence reason behind a role fit verdict, naming the role and key competencies. */
export function fitReason(
  framework: Framework,
  title: string,
  readiness: Readiness,
  gaps: readonly Gap[],
  strengths: readonly Strength[],
  unknown: readonly string[],
  notAssessedYet: readonly string[] = [],
): string {
  const known = gaps.filter((gap) => gap.actual !== null);
  const unknownLabels = unknown.map((id) => competencyLabel(framework, id));
  const newOnes = unknown.filter((id) => notAssessedYet.includes(id));
  if (readiness === "ready" && newOnes.length > 0 && strengths.length > 0) {
    const newLabels = newOnes.map((id) => competencyLabel(framework, id));
    const small = known.length > 0 ? ` (small gaps: ${describeGaps(framework, known)})` : "";
    return `Ready for ${title} on everything assessed${small}; ${listSome(newLabels)} ${newLabels.length === 1 ? "is" : "are"} not assessed yet.`;
  }
  if (strengths.length === 0 && known.length === 0) {
    if (unknown.length === 0)
      return `${title} sets no competency expectations, so nothing stands in the way.`;
    return `Nothing ${title} expects has been rated yet (${listSome(unknownLabels)}), so readiness is still unknown.`;
  }
  const opening =
    readiness === "ready"
      ? `Ready for ${title}`
      : readiness === "close"
        ? `Close to ${title}`
        : `${title} is a stretch for now`;
  if (readiness === "ready" && known.length > 0) {
    return `${opening}: everything is met apart from small gaps (${describeGaps(framework, known)}).`;
  }
  const parts: string[] = [];
  if (known.length === 0) {
    parts.push(unknown.length === 0 ? "every expectation is met" : "everything rated is met");
  } else {
    parts.push(describeGaps(framework, known));
    const more = known.length - 3;
    if (more > 0)
      parts.push(`${countWord(more)} smaller ${more === 1 ? "gap remains" : "gaps remain"}`);
    else if (unknown.length === 0) parts.push("everything else is met");
  }
  if (unknown.length > 0) {
    parts.push(
      `${listSome(unknownLabels)} ${isAre(unknownLabels)} not rated yet, so readiness cannot be confirmed`,
    );
  }
  return `${opening}: ${parts.join("; ")}.`;
}
