import type { Assessment } from "../api/types.ts";

const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** Whose view an assessment is, in words fit for the viewer ("Your view", "Ava's view"). */
function whoseView(assessment: Assessment, viewerPersonId: string | null, personName: string) {
  if (assessment.raterPersonId !== null && assessment.raterPersonId === viewerPersonId)
    return "Your view";
  if (assessment.raterKind === "self") return `${personName}'s view of their work`;
  if (assessment.raterKind === "manager") return "A manager's view";
  return "A peer's view";
}

/**
 * A report's submitted assessments, newest first: whose view each is and when it was given, and
 * how many competencies it rated. Drafts are still being written and are left out.
 *
 * @example
 * <AssessmentHistory items={items} personName="Ava" viewerPersonId={me} />
 */
export function AssessmentHistory({
  items,
  personName,
  viewerPersonId,
}: {
  items: readonly Assessment[];
  personName: string;
  viewerPersonId: string | null;
}) {
  const submitted = items
    .filter((item) => item.status === "submitted" && item.submittedAt !== null)
    .sort((a, b) => String(b.submittedAt).localeCompare(String(a.submittedAt)));
  if (submitted.length === 0)
    return <p className="meta">No assessment of {personName} has been submitted yet.</p>;
  return (
    <ul className="assessment-history">
      {submitted.map((item) => (
        <li key={item.id}>
          <strong>{whoseView(item, viewerPersonId, personName)}</strong>, given on{" "}
          <time dateTime={item.submittedAt ?? ""}>
            {longDate.format(new Date(item.submittedAt ?? ""))}
          </time>
          : {item.ratings.length} {item.ratings.length === 1 ? "competency" : "competencies"} rated.
        </li>
      ))}
    </ul>
  );
}
