import type { PromotionCase } from "../app/promotion-cases/promotion-case-types.ts";
import { formatLevel } from "../engine/words.ts";
import type { ReportTable } from "./report-lines.ts";
import { percent } from "./report-names.ts";

const raterWords = { self: "self", manager: "manager", peer: "peers" } as const;

/** The subtitle of a case: whose, from which role toward which, against which framework. */
export function caseSubtitle(item: PromotionCase): string {
  const opened = item.openedBy ? `opened by ${item.openedBy}` : "opened";
  return `${item.person.name}, ${item.currentRole.title} → ${item.targetRole.title} · ${opened} on ${item.openedAt.slice(0, 10)} · framework ${item.frameworkVersion}`;
}

/** The fit in one line: percentage, readiness and the engine's reason. */
export function caseFitLine(item: PromotionCase): string {
  return `Fit ${percent(item.fit.fit)} (${item.fit.readiness}). ${item.fit.reason}`;
}

/** Each ratings by rater kind, e.g. "self 3, manager 2.5". */
function ratingWords(expectation: PromotionCase["expectations"][number]): string {
  const parts = (["self", "manager", "peer"] as const).flatMap((kind) => {
    const level = expectation.byRater[kind];
    return level === undefined ? [] : [`${raterWords[kind]} ${formatLevel(level)}`];
  });
  return parts.length === 0 ? "not rated" : parts.join(", ");
}

/** The expectations table: competency, expected, rated, ratings by kind, verdict. */
export function expectationsTable(item: PromotionCase): ReportTable {
  return {
    header: ["Competency", "Expected", "Rated", "By rater", "Evidence", "Verdict"],
    rows: item.expectations.map((expectation) => [
      `${expectation.competency.name}${expectation.mandatory ? " (required)" : ""}`,
      String(expectation.expected),
      expectation.level === null ? "—" : formatLevel(expectation.level),
      ratingWords(expectation),
      String(expectation.evidence.length),
      expectation.summary,
    ]),
  };
}

/** The evidence behind the expectations, one row per entry and competency it supports. */
export function caseEvidenceTable(item: PromotionCase): ReportTable {
  return {
    header: ["Date", "Competency", "What happened", "Outcome"],
    rows: item.expectations.flatMap((expectation) =>
      expectation.evidence.map((entry) => [
        entry.date,
        expectation.competency.name,
        entry.title,
        entry.outcome ?? "",
      ]),
    ),
  };
}

/** The decision in one paragraph, or that the committee has yet to decide. */
export function decisionLine(item: PromotionCase): string {
  if (!item.decided) return "The promotion committee has not decided yet.";
  const by = item.decided.decidedBy ? ` by ${item.decided.decidedBy}` : "";
  const note = item.decided.note ? ` ${item.decided.note}` : "";
  return `${item.decided.words}: decided${by} on ${item.decided.decidedAt.slice(0, 10)}.${note}`;
}
