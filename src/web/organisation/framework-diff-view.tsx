import type { FrameworkDiff } from "../api/types.ts";
import { collectionLines, expectationLine, expectationsByRole } from "./framework-diff-lines.ts";
import "./organisation.css";

function ChangeList({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <p className="meta">No changes.</p>;
  return (
    <ul className="diff-list">
      {lines.map((line, index) => (
        // Two changes can read alike (a list reordered twice): the position keeps keys apart.
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines never reorder
        <li key={`${index}-${line}`}>{line}</li>
      ))}
    </ul>
  );
}

/** What changed between two framework versions: competencies, roles and expected levels. */
export function FrameworkDiffView({ diff }: { diff: FrameworkDiff }) {
  const roles = expectationsByRole(diff.expectations);
  return (
    <div className="framework-diff">
      <p>
        From version {diff.from.version} to version {diff.to.version}.
      </p>
      <h3>Competencies</h3>
      <ChangeList lines={collectionLines("competency", diff.competencies, diff.names)} />
      <h3>Roles</h3>
      <ChangeList lines={collectionLines("role", diff.roles, diff.names)} />
      <h3>Expected levels</h3>
      {roles.length === 0 ? <p className="meta">No changes.</p> : null}
      {roles.map(([role, changes]) => (
        <div key={role}>
          <h4>{changes[0]?.roleTitle}</h4>
          <ChangeList lines={changes.map(expectationLine)} />
        </div>
      ))}
    </div>
  );
}
