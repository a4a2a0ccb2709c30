import type { CollectionDiff, FrameworkDiff } from "../api/types.ts";
import "./organisation.css";

function shown(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function CollectionChanges({ title, diff }: { title: string; diff: CollectionDiff }) {
  const lines = [
    ...diff.added.map((item) => `Added ${item.name} (${item.id})`),
    ...diff.removed.map((item) => `Removed ${item.name} (${item.id})`),
    ...diff.renamed.map((rename) => `Renamed ${rename.from} to ${rename.to}`),
    ...diff.changed.flatMap((item) =>
      item.changes.map(
        (change) =>
          `${item.id}: ${change.field} from “${shown(change.from)}” to “${shown(change.to)}”`,
      ),
    ),
  ];
  return (
    <>
      <h3>{title}</h3>
      {lines.length === 0 ? (
        <p className="meta">No changes.</p>
      ) : (
        <ul className="diff-list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What changed between two framework versions: competencies, roles and expected levels. */
export function FrameworkDiffView({ diff }: { diff: FrameworkDiff }) {
  return (
    <div className="framework-diff">
      <p>
        From version {diff.from.version} to version {diff.to.version}.
      </p>
      <CollectionChanges title="Competencies" diff={diff.competencies} />
      <CollectionChanges title="Roles" diff={diff.roles} />
      <h3>Expected levels</h3>
      {diff.expectations.length === 0 ? (
        <p className="meta">No changes.</p>
      ) : (
        <ul className="diff-list">
          {diff.expectations.map((change) => (
            <li key={`${change.role}-${change.competency}`}>
              {change.role}, {change.competency}: {change.from ?? "not expected"} →{" "}
              {change.to ?? "not expected"}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
