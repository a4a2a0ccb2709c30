import type { ApiError, FieldProblem } from "../api/api-error.ts";
import "./organisation.css";

/** Where a refused import's problem sits: a row and column of the file, or the file as a whole. */
function where(problem: FieldProblem): string {
  const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(problem.path);
  if (!match) return "In the file";
  return match[2] ? `Row ${match[1]}, column "${match[2]}"` : `Row ${match[1]}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The job titles a refused import could not match to a role, read from its problems. */
export function unmatchedTitlesOf(error: ApiError): string[] {
  const titles = error.fields.flatMap((problem) => {
    const match = /no role matches the job title "(.+)"$/.exec(problem.message);
    return match?.[1] ? [match[1]] : [];
  });
  return [...new Set(titles)];
}

/** The problems that kept a people file from importing, each with its row, column and fix. */
export function PeopleImportProblems({ error }: { error: ApiError }) {
  const problems = error.fields;
  return (
    <div className="state state-error" role="alert">
      <h3>
        {problems.length > 0
          ? `The file has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported`
          : error.title}
      </h3>
      {problems.length > 0 ? (
        <ol className="problem-list">
          {problems.map((problem) => (
            <li key={`${problem.path}-${problem.message}`}>
              <strong>{where(problem)}:</strong> {sentence(problem.message)} {problem.hint}
            </li>
          ))}
        </ol>
      ) : (
        <p>{error.message}</p>
      )}
    </div>
  );
}
