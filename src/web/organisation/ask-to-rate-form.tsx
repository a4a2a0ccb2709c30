import { type FormEvent, useId, useState } from "react";
import { ErrorState } from "../components/error-state.tsx";
import { useOrgSummary } from "../hooks/use-analytics.ts";
import { useFrameworkActions } from "../hooks/use-framework-actions.ts";

type Scope = "everyone" | "team";

const scopes: [Scope, string][] = [
  ["everyone", "Everyone in the organisation"],
  ["team", "The people under one manager"],
];

/** A competency a new version added, by id and name. */
export interface NewCompetency {
  id: string;
  name: string;
}

/**
 * After publishing a version that adds competencies: ask everyone, or the people under one
 * manager, to rate themselves on them, so readiness can count them. The answer says how many
 * were asked and who was not.
 *
 * @example
 * <AskToRateForm competencies={[{ id: "ai-product-fluency", name: "AI product fluency" }]} />
 */
export function AskToRateForm({ competencies }: { competencies: readonly NewCompetency[] }) {
  const { askToRate } = useFrameworkActions();
  const managers = useOrgSummary().data?.managers ?? [];
  const [chosen, setChosen] = useState<string[]>(competencies.map((competency) => competency.id));
  const [scope, setScope] = useState<Scope>("everyone");
  const ids = { manager: useId(), message: useId(), heading: useId() };

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const message = String(form.get("message") ?? "").trim();
    const managerId = String(form.get("managerId") ?? "");
    askToRate.mutate({
      competencies: chosen,
      ...(scope === "team" && managerId ? { managerId } : {}),
      ...(message ? { message } : {}),
    });
  }

  const toggle = (id: string, on: boolean) =>
    setChosen((now) => (on ? [...now, id] : now.filter((other) => other !== id)));

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Ask people to rate the new competencies</h3>
      <p>
        Until people rate them, readiness counts only what has been assessed and says what is not
        assessed yet. Each person gets a request in their feedback list and a mail.
      </p>
      <form className="form" onSubmit={send} noValidate>
        <fieldset className="fieldset">
          <legend>Competencies to rate</legend>
          {competencies.map((competency) => (
            <label key={competency.id} className="field-checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(competency.id)}
                onChange={(event) => toggle(competency.id, event.target.checked)}
              />{" "}
              {competency.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="fieldset">
          <legend>Who to ask</legend>
          {scopes.map(([value, label]) => (
            <label key={value} className="field-checkbox">
              <input
                type="radio"
                name="scope"
                checked={scope === value}
                onChange={() => setScope(value)}
              />{" "}
              {label}
            </label>
          ))}
          {scope === "team" ? (
            <div className="field">
              <label htmlFor={ids.manager}>Manager</label>
              <select id={ids.manager} name="managerId" required>
                {managers.map((manager) => (
                  <option key={manager.id} value={manager.id}>
                    {manager.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.message}>Message (optional)</label>
          <textarea id={ids.message} name="message" rows={2} maxLength={2000} />
        </div>
        <p className="actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={askToRate.isPending || chosen.length === 0}
          >
            {askToRate.isPending ? "Asking…" : "Ask them to rate"}
          </button>
        </p>
      </form>
      {askToRate.data ? (
        <p className="notice" role="status">
          {askToRate.data.sentence}
        </p>
      ) : null}
      {askToRate.error ? <ErrorState error={askToRate.error} /> : null}
    </section>
  );
}
