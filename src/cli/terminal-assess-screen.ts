import type { AssessState } from "./commands/assess-state.ts";

const barWidth = 20;

function progress(state: AssessState): string {
  const total = state.competencies.length;
  const done = state.ratings.length;
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  return `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${done} of ${total} rated`;
}

/**
 * The terminal screen for a self-assessment state: progress, the competency, its levels with
 * the highlighted one marked, and the keys that work now.
 *
 * @example process.stdout.write(assessScreen(state));
 */
export function assessScreen(state: AssessState): string {
  const competency = state.competencies[state.index];
  if (state.phase === "done") return `${progress(state)}\nAll competencies rated.\n`;
  if (state.phase === "quit" || !competency) return "Left without saving.\n";
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
    const chosen = competency.levels[state.cursor];
    lines.push(
      `Level ${chosen?.level} chosen. Add a note (optional), then press enter: ${state.note}`,
    );
  } else {
    lines.push("up/down or 1-9 choose · enter confirm · q quit without saving");
  }
  return `${lines.join("\n")}\n`;
}
