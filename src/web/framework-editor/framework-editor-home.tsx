import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { FrameworkVersion } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useFrameworkVersions } from "../hooks/use-framework-versions.ts";
import { DraftReview } from "../organisation/draft-review.tsx";
import { FrameworkEditor } from "./framework-editor.tsx";

function StartDraft({ label }: { label: string }) {
  const client = useQueryClient();
  const start = useMutation({
    mutationFn: () => answer(api.POST("/api/v1/framework-drafts")),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.frameworkVersions }),
  });
  return (
    <section className="card" aria-labelledby="start-draft">
      <h2 id="start-draft">Start a draft</h2>
      <p>
        A draft is a copy of the published framework to change here. Nobody sees it until you review
        its changes and publish it.
      </p>
      <button
        type="button"
        className="button button-primary"
        disabled={start.isPending}
        onClick={() => start.mutate()}
      >
        {label}
      </button>
      {start.error ? <ErrorState error={start.error} /> : null}
    </section>
  );
}

function DraftEditor({
  draft,
  published,
  reviewing,
  onReview,
}: {
  draft: FrameworkVersion;
  published: FrameworkVersion | undefined;
  reviewing: boolean;
  onReview: () => void;
}) {
  const query = useQuery({
    queryKey: queryKeys.frameworkDraft(draft.id),
    queryFn: () =>
      answer(api.GET("/api/v1/framework-drafts/{id}", { params: { path: { id: draft.id } } })),
    // The editor holds the working copy: a background refetch must not replace what is typed.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  return (
    <QueryView query={query}>
      {(loaded) => (
        <>
          {/* A reload after a conflict opens the saved draft afresh. */}
          <FrameworkEditor
            key={query.dataUpdatedAt}
            loaded={loaded}
            reviewing={reviewing}
            onReview={onReview}
          />
          {reviewing ? (
            <DraftReview
              review={{ versionId: draft.id, againstId: published?.id ?? null }}
              published={false}
            />
          ) : null}
        </>
      )}
    </QueryView>
  );
}

function Editor({ versions }: { versions: FrameworkVersion[] }) {
  const [reviewing, setReviewing] = useState<string | null>(null);
  const published = versions.find((version) => version.status === "published");
  const draft = versions.find((version) => version.status === "draft");
  // Once another draft is started, it opens in place of what the last publish changed.
  if (reviewing && published?.id === reviewing && !draft) {
    return (
      <>
        <DraftReview review={{ versionId: reviewing, againstId: null }} published />
        <StartDraft label="Start another draft" />
      </>
    );
  }
  if (!draft) return <StartDraft label="Start a draft from the published framework" />;
  return (
    <DraftEditor
      draft={draft}
      published={published}
      reviewing={reviewing === draft.id}
      onReview={() => setReviewing(draft.id)}
    />
  );
}

/**
 * The framework editor's page body: the newest draft open in the editor, or a way to start one
 * from the published framework; after publishing, what the new version changed.
 */
export function FrameworkEditorHome() {
  return (
    <QueryView query={useFrameworkVersions()}>
      {({ items }) => <Editor versions={items} />}
    </QueryView>
  );
}
