import type { Rating } from "../../engine/types.ts";
import { checkRatings } from "../../framework/check-ratings.ts";
import type { Framework } from "../../framework/schema.ts";

/** Ratings read from lines, or every problem found with its line number. */
export type RatingLines = { ok: true; ratings: Rating[] } | { ok: false; problems: string[] };

const linePattern = /^([^=\s]+)\s*=\s*(\S+)(?:\s+(.*))?$/;

/**
 * Reads ratings given as lines `competency=level`, optionally followed by a note; blank lines
 * and lines starting with # are skipped. Lines that are not `competency=level` are reported by
 * line, and so is every rating that does not fit the framework (the same check the API makes).
 *
 * @example readRatingLines("execution=3 ships weekly\n", framework)
 * // { ok: true, ratings: [{ competency: "execution", level: 3, note: "ships weekly" }] }
 */
export function readRatingLines(text: string, framework: Framework): RatingLines {
  const ratings: Rating[] = [];
  const lineOf: number[] = [];
  const problems: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === "" || line.startsWith("#")) return;
    const match = linePattern.exec(line);
    if (!match || !/^\d+(\.\d+)?$/.test(match[2] ?? "")) {
      problems.push({
        line: number,
        text: `line ${number}: "${line}" is not competency=level, e.g. execution=3`,
      });
      return;
    }
    const [, competency = "", levelText = "", note] = match;
    ratings.push({ competency, level: Number(levelText), ...(note ? { note: note.trim() } : {}) });
    lineOf.push(number);
  });
  checkRatings(framework, ratings, "ratings").forEach((issue) => {
    const index = Number(issue.path.split(".")[1]);
    const line = lineOf[index] ?? 0;
    problems.push({ line, text: `line ${line}: ${issue.message} ${issue.hint}` });
  });
  if (problems.length === 0 && ratings.length === 0) {
    return {
      ok: false,
      problems: ["no ratings given: pipe lines like execution=3, one competency per line"],
    };
  }
  if (problems.length === 0) return { ok: true, ratings };
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line).map((p) => p.text) };
}
