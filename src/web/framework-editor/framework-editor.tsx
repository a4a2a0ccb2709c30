import type { ReactNode } from "react";
import type { FrameworkDraft } from "../api/types.ts";
import { useFramework } from "../hooks/use-framework.ts";
import { FrameworkAssumed } from "../organisation/framework-assumed.tsx";
import { CompetencyEditor } from "./competency-editor.tsx";
import { DraftDownloads } from "./draft-downloads.tsx";
import { DraftProblems } from "./draft-problems.tsx";
import { DraftStatus } from "./draft-status.tsx";
import { EntryRoutesEditor } from "./entry-routes-editor.tsx";
import { ExpectationsGrid } from "./expectations-grid.tsx";
import { FrameworkDetailsEditor } from "./framework-details-editor.tsx";
import { GuidanceEditor } from "./guidance-editor.tsx";
import { RoleEditor } from "./role-editor.tsx";
import { ScaleAndTracksEditor } from "./scale-and-tracks-editor.tsx";
import { TransitionsEditor } from "./transitions-editor.tsx";
import { useFrameworkDraft } from "./use-framework-draft.ts";
import "./framework-editor.css";

const sections = [
  { id: "editor-about", label: "About" },
  { id: "editor-scale", label: "Scale and tracks" },
  { id: "editor-roles", label: "Roles" },
  { id: "editor-competencies", label: "Competencies" },
  { id: "editor-grid", label: "Expectations" },
  { id: "editor-transitions", label: "Transitions" },
  { id: "editor-entry-routes", label: "Entry routes" },
  { id: "editor-guidance", label: "Guidance notes" },
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card editor-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The framework editor over one draft: its name and description, the scale's and tracks' words,
 * roles, competencies, the expectations grid, transitions (on the map and as a list), entry
 * routes and guidance notes, saved as you type, with problems beside their fields, what an
 * import filled in, the downloads, and the way on to the review and publish.
 */
export function FrameworkEditor({
  loaded,
  onReview,
  reviewing,
}: {
  loaded: FrameworkDraft;
  onReview: () => void;
  reviewing: boolean;
}) {
  const draft = useFrameworkDraft(loaded);
  const published = useFramework().data?.framework;
  const roleIds = published?.roles.map((role) => role.id) ?? [];
  const competencyIds = published?.competencies.map((competency) => competency.id) ?? [];
  const ready = draft.sound && draft.state === "saved";
  return (
    <>
      <section className="card editor-toolbar" aria-labelledby="draft-heading">
        <h2 id="draft-heading">
          Draft {loaded.version} of {draft.document.name}
        </h2>
        <p className="meta">
          Changes save themselves as you type and reach nobody until the draft is published.
          {loaded.savedBy ? ` Started or last saved by ${loaded.savedBy}.` : ""}
        </p>
        {loaded.assumed.length > 0 ? (
          <FrameworkAssumed assumed={loaded.assumed} where="below" />
        ) : null}
        <DraftStatus draft={draft} />
        <DraftProblems draft={draft} />
        <div className="editor-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!ready || reviewing}
            onClick={onReview}
          >
            Review changes and publish
          </button>
          <DraftDownloads versionId={loaded.id} sound={draft.sound} />
        </div>
        <nav aria-label="Parts of the framework">
          <ul className="editor-jump">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </section>
      <Section id="editor-about" title="About the framework">
        <FrameworkDetailsEditor draft={draft} />
      </Section>
      <Section id="editor-scale" title="Scale and tracks">
        <ScaleAndTracksEditor draft={draft} />
      </Section>
      <Section id="editor-roles" title="Roles">
        <RoleEditor draft={draft} publishedIds={roleIds} />
      </Section>
      <Section id="editor-competencies" title="Competencies">
        <CompetencyEditor draft={draft} publishedIds={competencyIds} />
      </Section>
      <Section id="editor-grid" title="Expectations">
        <ExpectationsGrid draft={draft} />
      </Section>
      <Section id="editor-transitions" title="Transitions">
        <TransitionsEditor draft={draft} />
      </Section>
      <Section id="editor-entry-routes" title="Entry routes">
        <EntryRoutesEditor draft={draft} />
      </Section>
      <Section id="editor-guidance" title="Guidance notes">
        <GuidanceEditor draft={draft} />
      </Section>
    </>
  );
}
