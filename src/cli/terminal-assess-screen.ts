import type { AssessState } from "./commands/assess-state.ts";
import { wrapText } from "./wrap-text.ts";

const barWidth = 20;

function progress(state: AssessState): string {
  const total = state.competencies.length;
  const done = state.ratings.length;
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  return `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${done} of ${total} rated`;
}

/** The scale's range as the keys that choose it, e.g. "1-5". */
function levelKeys(state: AssessState): string {
  const levels = state.competencies[state.index]?.levels.map((item) => item.level) ?? [];
  return levels.length === 0 ? "" : `${Math.min(...levels)}-${Math.max(...levels)}`;
}

function reviewLines(state: AssessState): string[] {
  const unrated = state.competencies.length - state.ratings.length;
  return [
    `Review your self-assessment  ${progress(state)}`,
    "",
    ...state.competencies.map((competency, position) => {
      const rating = state.ratings.find((item) => item.competency === competency.id);
      const level = competency.levels.find((item) => item.level === rating?.level);
      const answer = level ? `${level.level} ${level.label}` : "not rated";
      const note = rating?.note ? ` (note: ${rating.note})` : "";
      return `${String(position + 1).padStart(2)}. ${competency.name}: ${answer}${note}`;
    }),
    "",
    ...(unrated > 0
      ? [
          `${unrated} of ${state.competencies.length} not rated: they stay unknown, never counted as low.`,
        ]
      : []),
    "enter save · b back to change an answer · q quit without saving",
  ];
}

function chooseLines(state: AssessState): string[] {
  const competency = state.competencies[state.index];
  if (!competency) return [];
  const lines = [
    `Self-assessment  ${progress(state)}`,
    "",
    `${competency.name} (${state.index + 1} of ${state.competencies.length})`,
    `  ${competency.description}`,
    "",
    ...competency.levels.map((item, position) => {
      const mark = position === state.cursor ? ">" : " ";
      return `${mark} ${item.level} ${item.label}: ${item.descriptor}`;
    }),
    "",
  ];
  if (state.phase === "note") {
    lines.push(`Note for ${competency.name} (enter keeps it, esc cancels): ${state.note}`);
  } else {
    if (state.note.trim() !== "") lines.push(`Note: ${state.note.trim()}`);
    lines.push(
      `up/down or ${levelKeys(state)} choose · enter confirm · n note · b back · s skip · q quit without saving`,
    );
  }
  return lines;
}

/**
 * The terminal screen for a self-assessment state, wrapped to the terminal's width: progress,
 * the competency, its levels with the highlighted one marked, and the keys that work now; or
 * the review of every answer before saving.
 *
 * @example process.stdout.write(assessScreen(state, process.stdout.columns));
 */
export function assessScreen(state: AssessState, columns = 80): string {
  if (state.phase === "done") return `${progress(state)}\nSaving.\n`;
  if (state.phase === "quit") return "Left without saving.\n";
  const lines = state.phase === "review" ? reviewLines(state) : chooseLines(state);
  // Room for a level's "> 3 " mark under which its descriptor's next lines hang.
  const width = Math.max(20, columns - 1);
  return `${lines.flatMap((line) => wrapText(line, width, line.startsWith("  ") || /^[> ] \d/.test(line) ? 4 : 0)).join("\n")}\n`;
}
