import type { DraftIssue } from "../api/types.ts";

/** The problems of one field, shown beside it; `id` is what the field's aria-describedby names. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly DraftIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="field-error editor-issues">
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`}>
          {issue.severity === "warning" ? "Worth a look: " : ""}
          {issue.message}. {issue.hint}
        </li>
      ))}
    </ul>
  );
}
