import { useState } from "react";
import type { PublishPreview, RoleMapping } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useFrameworkActions } from "../hooks/use-framework-actions.ts";
import { useFrameworkDiff, usePublishPreview } from "../hooks/use-framework-versions.ts";
import { AskToRateForm, type NewCompetency } from "./ask-to-rate-form.tsx";
import { FrameworkDiffView } from "./framework-diff-view.tsx";
import { PublishPreviewView } from "./publish-preview-view.tsx";

/** A draft under review and the published version it is compared with. */
export interface Review {
  versionId: string;
  againstId: string | null;
}

/**
 * A draft's review: what changed against the published version, what publishing would change
 * (with where the people of dropped roles go), publishing it, and then asking people to rate what
 * it added. The Organisation page and the framework editor both review drafts here.
 */
export function DraftReview({ review, published }: { review: Review; published: boolean }) {
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
