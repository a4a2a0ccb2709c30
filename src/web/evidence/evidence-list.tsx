import type { ReactNode } from "react";
import type { Evidence, Framework } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { visibilityLabel } from "./visibility-choices.ts";
import "../components/tag-list.css";
import "./evidence.css";

/** The evidence log, newest first, each entry with its tags and who can see it. */
export function EvidenceList({
  framework,
  entries,
  personName,
  actions,
}: {
  framework: Framework;
  entries: readonly Evidence[];
  /** Whose log it is, when it is not the viewer's own. */
  personName?: string;
  /** What the owner may do with each entry (edit, delete). */
  actions?: (entry: Evidence) => ReactNode;
}) {
  const labels = frameworkLabels(framework);
  if (entries.length === 0) {
    return (
      <EmptyState title="No evidence yet">
        {personName ? (
          <p>{personName} has not shared any evidence with you yet.</p>
        ) : (
          <p>Log a piece of work and what it changed; it helps at your next assessment.</p>
        )}
      </EmptyState>
    );
  }
  return (
    <ul className="evidence-list">
      {entries.map((entry) => (
        <li key={entry.id} className="card">
          <p className="meta">
            <time dateTime={entry.date}>{entry.date}</time> · {visibilityLabel(entry.visibility)}
          </p>
          <h3>{entry.title}</h3>
          {entry.outcome ? <p>{entry.outcome}</p> : null}
          <ul className="tag-list" aria-label="Competencies">
            {entry.competencies.map((id) => (
              <li key={id} className="tag">
                {labels.competency(id)}
              </li>
            ))}
          </ul>
          {actions ? actions(entry) : null}
        </li>
      ))}
    </ul>
  );
}
