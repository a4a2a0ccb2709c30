import { useState } from "react";
import type { Evidence, Framework } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { EvidenceForm } from "../evidence/evidence-form.tsx";
import { EvidenceList } from "../evidence/evidence-list.tsx";
import { EvidenceSearchForm } from "../evidence/evidence-search-form.tsx";
import { type EvidenceSearch, useChangeEvidence, useEvidence } from "../hooks/use-evidence.ts";
import { useFramework } from "../hooks/use-framework.ts";
import { SignedInPerson } from "../plan/signed-in-person.tsx";
import "./evidence-page.css";

function EvidenceLog({ framework, personId }: { framework: Framework; personId: string }) {
  const [search, setSearch] = useState<EvidenceSearch>({});
  const [editing, setEditing] = useState<Evidence | null>(null);
  const { remove } = useChangeEvidence(personId);
  const searching = Object.values(search).some(Boolean);
  return (
    <div className="evidence-layout">
      {editing ? (
        <EvidenceForm
          key={editing.id}
          framework={framework}
          personId={personId}
          entry={editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <EvidenceForm framework={framework} personId={personId} />
      )}
      <section aria-labelledby="evidence-log">
        <h2 id="evidence-log">My log</h2>
        <EvidenceSearchForm framework={framework} onSearch={setSearch} />
        {remove.error ? <ErrorState error={remove.error} /> : null}
        <QueryView query={useEvidence(personId, search)}>
          {({ items }) =>
            searching && items.length === 0 ? (
              <p role="status">Nothing in your log matches this search.</p>
            ) : (
              <EvidenceList
                framework={framework}
                entries={items}
                actions={(entry) => (
                  <div className="actions">
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={`Edit: ${entry.title}`}
                      onClick={() => setEditing(entry)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={`Delete: ${entry.title}`}
                      disabled={remove.isPending}
                      onClick={() => {
                        if (window.confirm(`Delete “${entry.title}” from your log?`))
                          remove.mutate(entry.id);
                      }}
                    >
                      Delete
                    </button>
                  </div>
                )}
              />
            )
          }
        </QueryView>
      </section>
    </div>
  );
}

/** The signed-in person's evidence log: what they did, what it changed and who may read it. */
export default function EvidencePage() {
  const framework = useFramework();
  return (
    <>
      <h1>Evidence log</h1>
      <p className="lead">
        Keep a record of work and its outcomes as it happens. You choose who sees each entry;
        entries your managers can see are used when they assess you.
      </p>
      <SignedInPerson>
        {(personId) => (
          <QueryView query={framework}>
            {({ framework: document }) => <EvidenceLog framework={document} personId={personId} />}
          </QueryView>
        )}
      </SignedInPerson>
    </>
  );
}
