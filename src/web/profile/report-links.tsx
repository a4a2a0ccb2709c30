/**
 * Links to download a person's growth report as PDF or Markdown, fit to attach to a promotion
 * discussion; the API decides who may fetch it.
 *
 * @example
 * <ReportLinks personId={profile.personId} />
 */
export function ReportLinks({ personId }: { personId: string }) {
  const base = `/api/v1/people/${encodeURIComponent(personId)}`;
  return (
    <p className="actions report-links">
      <a className="button" href={`${base}/report.pdf`} download>
        Download growth report (PDF)
      </a>
      <a className="button" href={`${base}/report.md`} download>
        Download growth report (Markdown)
      </a>
    </p>
  );
}
