import type { Framework } from "../api/types.ts";
import { QueryView } from "../components/query-view.tsx";
import { EvidenceForm } from "../evidence/evidence-form.tsx";
import { EvidenceList } from "../evidence/evidence-list.tsx";
import { useEvidence } from "../hooks/use-evidence.ts";
import { useFramework } from "../hooks/use-framework.ts";
import { SignedInPerson } from "../plan/signed-in-person.tsx";
import "./evidence-page.css";

function EvidenceLog({ framework, personId }: { framework: Framework; personId: string }) {
  return (
    <div className="evidence-layout">
      <EvidenceForm framework={framework} personId={personId} />
      <section aria-labelledby="evidence-log">
        <h2 id="evidence-log">My log</h2>
        <QueryView query={useEvidence(personId)}>
          {({ items }) => <EvidenceList framework={framework} entries={items} />}
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
