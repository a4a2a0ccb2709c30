import { formatImportProblems, type ImportProblem } from "./import-problem.ts";

/** The most problems an import error's message lists; the rest are counted. */
export const maxListedProblems = 10;

/**
 * An import that could not be written, with the cause per row in words (never SQL); its message
 * lists the first {@link maxListedProblems} problems and counts the rest, so it stays short.
 *
 * @example throw new PeopleImportError([{ row: 14, column: "email", message: "...", hint: "..." }]);
 */
export class PeopleImportError extends Error {
  override name = "PeopleImportError";
  readonly problems: readonly ImportProblem[];

  constructor(problems: readonly ImportProblem[]) {
    const listed = formatImportProblems(problems.slice(0, maxListedProblems));
    const more = problems.length - maxListedProblems;
    super(more > 0 ? `${listed}\n…and ${more} more rows with problems.` : listed);
    this.problems = problems;
  }
}
