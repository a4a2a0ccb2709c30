import { describePath } from "./describe-path.ts";
import type { DraftEditing } from "./use-framework-draft.ts";

/** Every problem of the draft in one list, each saying where it is; each is also beside its field. */
export function DraftProblems({ draft }: { draft: DraftEditing }) {
  const problems = draft.issues.filter((issue) => issue.severity === "problem");
  if (problems.length === 0) {
    return <p className="meta">The draft passes every check of a framework file.</p>;
  }
  return (
    <div className="notice notice-error">
      <p>
        {problems.length === 1 ? "1 problem" : `${problems.length} problems`} to fix before the
        draft can be reviewed and published:
      </p>
      <ul>
        {problems.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            {describePath(draft.document, issue.path)}: {issue.message}. {issue.hint}
          </li>
        ))}
      </ul>
    </div>
  );
}
