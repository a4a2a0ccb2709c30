import { useState } from "react";
import type { FrameworkVersion, PublishPreview, RoleMapping } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useFrameworkActions } from "../hooks/use-framework-actions.ts";
import {
  useFrameworkDiff,
  useFrameworkVersions,
  usePublishPreview,
} from "../hooks/use-framework-versions.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";
import { AskToRateForm, type NewCompetency } from "./ask-to-rate-form.tsx";
import { FrameworkDiffView } from "./framework-diff-view.tsx";
import { FrameworkImport } from "./framework-import.tsx";
import { PublishPreviewView } from "./publish-preview-view.tsx";

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

/** A draft under review and the published version it is compared with. */
interface Review {
  versionId: string;
  againstId: string | null;
}

function VersionTable({
  versions,
  onReview,
}: {
  versions: FrameworkVersion[];
  onReview: (id: string) => void;
}) {
  return (
    <ScrollRegion label="Framework versions">
      <table>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Imported</th>
            <th scope="col">Published</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id}>
              <th scope="row">{version.version}</th>
              <td>{version.status}</td>
              <td>{day(version.createdAt)}</td>
              <td>{day(version.publishedAt)}</td>
              <td>
                {version.status === "draft" ? (
                  <button type="button" className="button" onClick={() => onReview(version.id)}>
                    Review draft {version.version}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function DraftReview({ review, published }: { review: Review; published: boolean }) {
  const { publish } = useFrameworkActions();
  const [roleMapping, setRoleMapping] = useState<RoleMapping>({});
  const [added, setAdded] = useState<NewCompetency[]>([]);
  const preview = usePublishPreview(review.versionId, roleMapping, !published);
  const map = (roleId: string, to: string | null) =>
    setRoleMapping(({ [roleId]: _dropped, ...rest }) => (to ? { ...rest, [roleId]: to } : rest));
  function publishNow(plan: PublishPreview) {
    const created = plan.competencies
      .filter((competency) => competency.fate === "new")
      .map((competency) => ({ id: competency.competencyId, name: competency.name }));
    publish.mutate(
      { versionId: review.versionId, roleMapping },
      { onSuccess: () => setAdded(created) },
    );
  }
  return (
    <section className="card" aria-labelledby="draft-review">
      <h2 id="draft-review">
        {published ? "What the new version changed" : "Changes against the published version"}
      </h2>
      <QueryView query={useFrameworkDiff(review.versionId, review.againstId)}>
        {(diff) => <FrameworkDiffView diff={diff} />}
      </QueryView>
      {published ? (
        <>
          <p className="notice" role="status">
            Published. Every page now uses the new version.
          </p>
          {added.length > 0 ? <AskToRateForm competencies={added} /> : null}
        </>
      ) : (
        <QueryView query={preview}>
          {(plan) => (
            <>
              <PublishPreviewView preview={plan} roleMapping={roleMapping} onMap={map} />
              {plan.canPublish ? null : (
                <p className="meta">
                  Choose where the people of each dropped role go before publishing.
                </p>
              )}
              <button
                type="button"
                className="button button-primary"
                disabled={publish.isPending || !plan.canPublish || preview.isFetching}
                onClick={() => publishNow(plan)}
              >
                {publish.isPending ? "Publishing…" : "Publish this version"}
              </button>
            </>
          )}
        </QueryView>
      )}
      {publish.error ? <ErrorState error={publish.error} /> : null}
    </section>
  );
}

function Versions({ versions }: { versions: FrameworkVersion[] }) {
  const [review, setReview] = useState<Review | null>(null);
  const current = versions.find((version) => version.status === "published")?.id ?? null;
  const start = (versionId: string) => setReview({ versionId, againstId: current });
  const reviewed = versions.find((version) => version.id === review?.versionId);
  return (
    <>
      <section className="card" aria-labelledby="versions">
        <h2 id="versions">Framework versions</h2>
        <VersionTable versions={versions} onReview={start} />
      </section>
      <section className="card" aria-labelledby="import">
        <h2 id="import">Import a framework file</h2>
        <FrameworkImport onImported={start} />
      </section>
      {review ? <DraftReview review={review} published={reviewed?.status === "published"} /> : null}
    </>
  );
}

/**
 * Framework versions: the list, importing a new file, reviewing a draft's changes and what
 * publishing it would do, publishing, and asking people to rate what it added.
 */
export function FrameworkVersions() {
  return (
    <QueryView query={useFrameworkVersions()}>
      {({ items }) => <Versions versions={items} />}
    </QueryView>
  );
}
