import { useState } from "react";
import { FormField } from "../components/form-field.tsx";

/**
 * Links to download a person's growth report as PDF or Markdown, fit to attach to a promotion
 * discussion; the API decides who may fetch it. On the person's own profile they may choose to
 * include their "Only me" evidence; without that choice the report holds what is shared.
 *
 * @example
 * <ReportLinks personId={profile.personId} own />
 */
export function ReportLinks({ personId, own = false }: { personId: string; own?: boolean }) {
  const [includePrivate, setIncludePrivate] = useState(false);
  const base = `/api/v1/people/${encodeURIComponent(personId)}`;
  const query = includePrivate ? "?includePrivate=true" : "";
  return (
    <div className="report-links">
      {own ? (
        <FormField
          type="checkbox"
          path="includePrivate"
          label="Include my “Only me” evidence in the growth report"
          hint={
            includePrivate
              ? "This copy is for you alone: it says it holds your private evidence."
              : "Left out unless you tick this: the report holds what your managers can already see."
          }
          checked={includePrivate}
          onChange={(event) => setIncludePrivate(event.currentTarget.checked)}
        />
      ) : null}
      <p className="actions">
        <a className="button" href={`${base}/report.pdf${query}`} download>
          Download growth report (PDF)
        </a>
        <a className="button" href={`${base}/report.md${query}`} download>
          Download growth report (Markdown)
        </a>
      </p>
    </div>
  );
}
