import { columnLetters } from "../../framework/import/column-letters.ts";
import type { FrameworkProblem } from "../api/types.ts";
import "./organisation.css";

function where(problem: FrameworkProblem, rows: boolean): string {
  if (problem.line === null) return problem.path ? `At ${problem.path}` : "In the file";
  if (rows) {
    return `Row ${problem.line}${problem.column === null ? "" : `, column ${columnLetters(problem.column)}`}`;
  }
  return `Line ${problem.line}${problem.column === null ? "" : `, column ${problem.column}`}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The problems the server found in a framework file, each with its line (or a spreadsheet's row
 * and column letter), the line's text from the file when it is text, what is wrong and how to fix it.
 */
export function FrameworkProblems({
  problems,
  source,
  rows = false,
}: {
  problems: readonly FrameworkProblem[];
  source: string;
  rows?: boolean;
}) {
  const lines = source.split(/\r?\n/);
  return (
    <div className="state state-error" role="alert">
      <h3>
        The file has {problems.length} problem{problems.length === 1 ? "" : "s"}; nothing was stored
      </h3>
      <ol className="problem-list">
        {problems.map((problem) => (
          <li key={`${problem.code}-${problem.path}-${problem.line}-${problem.column}`}>
            <strong>{where(problem, rows)}:</strong> {sentence(problem.message)} {problem.hint}
            {problem.line === null || !lines[problem.line - 1] ? null : (
              <pre className="problem-source">
                <code>
                  {problem.line}: {lines[problem.line - 1] ?? ""}
                </code>
              </pre>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
