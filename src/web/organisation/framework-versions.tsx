import { useState } from "react";
import type { FrameworkVersion } from "../api/types.ts";
import { QueryView } from "../components/query-view.tsx";
import { useFrameworkVersions } from "../hooks/use-framework-versions.ts";
import { Link } from "../router/link.tsx";
import { ScrollRegion } from "../team/scroll-region.tsx";
import { DraftReview, type Review } from "./draft-review.tsx";
import { FrameworkImport } from "./framework-import.tsx";

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

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

function Versions({ versions }: { versions: FrameworkVersion[] }) {
  const [review, setReview] = useState<Review | null>(null);
  const current = versions.find((version) => version.status === "published")?.id ?? null;
  const start = (versionId: string) => setReview({ versionId, againstId: current });
  const reviewed = versions.find((version) => version.id === review?.versionId);
  return (
    <>
      <section className="card" aria-labelledby="versions">
        <h2 id="versions">Framework versions</h2>
        <p>
          Change roles, competencies and expectations in the{" "}
          <Link to="/admin/framework">framework editor</Link>, or import a file below.
        </p>
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
