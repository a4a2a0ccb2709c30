import type { Rating } from "../../engine/types.ts";
import { closestIdsHint } from "../../framework/closest-id.ts";
import type { AssessCompetency } from "./assess-state.ts";

/** Ratings read from lines, or every problem found with its line number. */
export type RatingLines = { ok: true; ratings: Rating[] } | { ok: false; problems: string[] };

const linePattern = /^([^=\s]+)\s*=\s*(\S+)(?:\s+(.*))?$/;

/**
 * Reads ratings given as lines `competency=level`, optionally followed by a note; blank lines
 * and lines starting with # are skipped. Unknown competencies, levels off the scale and
 * competencies rated twice are reported by line.
 *
 * @example readRatingLines("execution=3 ships weekly\n", competencies)
 * // { ok: true, ratings: [{ competency: "execution", level: 3, note: "ships weekly" }] }
 */
export function readRatingLines(text: string, competencies: AssessCompetency[]): RatingLines {
  const byId = new Map(competencies.map((competency) => [competency.id, competency]));
  const seen = new Map<string, number>();
  const ratings: Rating[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === "" || line.startsWith("#")) return;
    const match = linePattern.exec(line);
    if (!match) {
      problems.push(`line ${number}: "${line}" is not competency=level, e.g. execution=3`);
      return;
    }
    const [, id = "", levelText = "", note] = match;
    const competency = byId.get(id);
    if (!competency) {
      const hint = closestIdsHint("competency", id, [...byId.keys()]);
      problems.push(`line ${number}: unknown competency "${id}". ${hint}`);
      return;
    }
    const levels = competency.levels.map((item) => item.level);
    const level = Number(levelText);
    if (!levels.includes(level)) {
      problems.push(
        `line ${number}: ${id}=${levelText} is not on the scale; use one of ${levels.join(", ")}`,
      );
      return;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push(`line ${number}: ${id} is already rated on line ${earlier}; keep one`);
      return;
    }
    seen.set(id, number);
    ratings.push({ competency: id, level, ...(note ? { note: note.trim() } : {}) });
  });
  if (problems.length === 0 && ratings.length === 0) {
    problems.push("no ratings given: pipe lines like execution=3, one competency per line");
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ratings };
}
