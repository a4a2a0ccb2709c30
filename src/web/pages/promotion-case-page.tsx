import type { PromotionCase } from "../api/types.ts";
import { ActionError } from "../components/action-error.tsx";
import { QueryView } from "../components/query-view.tsx";
import { usePromotionCase, usePromotionCaseActions } from "../hooks/use-promotion-cases.ts";
import { CaseDecisionForm } from "../promotion-cases/case-decision-form.tsx";
import { CaseNarrative } from "../promotion-cases/case-narrative.tsx";
import type { PageProps } from "../router/routes.ts";

const raterWords = { self: "self", manager: "manager", peer: "peers" } as const;

function byRater(expectation: PromotionCase["expectations"][number]): string {
  const parts = (["self", "manager", "peer"] as const).flatMap((kind) => {
    const level = expectation.byRater[kind];
    return level === undefined ? [] : [`${raterWords[kind]} ${Math.round(level * 10) / 10}`];
  });
  return parts.length === 0 ? "not rated" : parts.join(", ");
}

function Expectations({ filled }: { filled: PromotionCase }) {
  return (
    // A narrow screen scrolls the table sideways; keyboard users need to reach that scroll too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus.
    <section style={{ overflowX: "auto" }} tabIndex={0} aria-label="Expectations">
      <table>
        <caption>
          What {filled.targetRole.title} expects, and where {filled.person.name} stands
        </caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Verdict</th>
            <th scope="col">By rater</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {filled.expectations.map((expectation) => (
            <tr key={expectation.competency.id}>
              <th scope="row">
                {expectation.competency.name}
                {expectation.mandatory ? " (required)" : ""}
              </th>
              <td>{expectation.summary}</td>
              <td>{byRater(expectation)}</td>
              <td>
                {expectation.evidence.length === 0 ? (
                  "none shared"
                ) : (
                  <ul>
                    {expectation.evidence.map((entry) => (
                      <li key={entry.id}>
                        {entry.date}: {entry.title}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ShareToggle({ filled }: { filled: PromotionCase }) {
  const { share } = usePromotionCaseActions(filled.id);
  // Shows the choice at once while it is saved; a refusal puts the saved state back.
  const shared = share.isPending
    ? (share.variables ?? filled.sharedWithPerson)
    : (share.data?.sharedWithPerson ?? filled.sharedWithPerson);
  return (
    <p>
      <label style={{ minHeight: 44, display: "inline-flex", alignItems: "center", gap: 8 }}>
        <input
          type="checkbox"
          checked={shared}
          disabled={share.isPending}
          onChange={(event) => share.mutate(event.target.checked)}
        />
        Shared with {filled.person.name}
      </label>
      <ActionError action={share} />
    </p>
  );
}

function CaseView({ filled, refetch }: { filled: PromotionCase; refetch: () => void }) {
  const base = `/api/v1/promotion-cases/${encodeURIComponent(filled.id)}`;
  return (
    <>
      <h1>
        Promotion case: {filled.person.name} toward {filled.targetRole.title}
      </h1>
      <p className="muted">
        Now {filled.currentRole.title}
        {filled.openedBy ? `; opened by ${filled.openedBy}` : ""} on {filled.openedAt.slice(0, 10)}
        {filled.decisionWords ? `. Decided: ${filled.decisionWords}.` : "."}
      </p>
      <p className="actions">
        <a className="button" href={`${base}/case.pdf`} download>
          Download case (PDF)
        </a>
        <a className="button" href={`${base}/case.md`} download>
          Download case (Markdown)
        </a>
      </p>
      <h2>Fit</h2>
      <p>{filled.fit.reason}</p>
      <p>{filled.confidence.summary}</p>
      <Expectations filled={filled} />
      <h2>Gaps that remain</h2>
      {filled.gaps.length === 0 ? (
        <p>None: every expectation is met.</p>
      ) : (
        <ul>
          {filled.gaps.map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      )}
      <p className="muted">{filled.evidenceNote}</p>
      <h2>The manager's case</h2>
      <CaseNarrative caseId={filled.id} narrative={filled.narrative} editable={filled.can.edit} />
      {filled.can.edit ? <ShareToggle filled={filled} /> : null}
      <h2>Decision</h2>
      {filled.decided ? (
        <p>
          {filled.decided.words}
          {filled.decided.decidedBy ? `, decided by ${filled.decided.decidedBy}` : ""} on{" "}
          {filled.decided.decidedAt.slice(0, 10)}. {filled.decided.note ?? ""}
        </p>
      ) : filled.can.decide ? (
        <CaseDecisionForm caseId={filled.id} onDecided={refetch} />
      ) : (
        <p>The promotion committee has not decided yet.</p>
      )}
    </>
  );
}

/** One promotion case, filled by the engine: `/promotion-cases/:id`. */
export default function PromotionCasePage({ params }: PageProps) {
  const query = usePromotionCase(params.id ?? "");
  return (
    <QueryView query={query}>
      {(filled) => <CaseView filled={filled} refetch={() => void query.refetch()} />}
    </QueryView>
  );
}
