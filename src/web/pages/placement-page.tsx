import { type FormEvent, useState } from "react";
import type { Background, Placement } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { useMe } from "../hooks/use-me.ts";
import { usePlacement } from "../hooks/use-placement.ts";
import { Link } from "../router/link.tsx";
import { SavePlacementForm } from "./save-placement-form.tsx";

const facts = [
  ["domainExpertise", "I have deep expertise in a domain (e.g. health, finance, logistics)"],
  ["startupExperience", "I have worked at a startup"],
  ["peopleLeadership", "I have led people outside product management"],
  ["newGraduate", "I graduated recently"],
  ["internalTransfer", "I am moving into product from another team at my company"],
  ["bootcamp", "I took a product management course or bootcamp"],
] as const;

function readBackground(form: HTMLFormElement): Background {
  const data = new FormData(form);
  const years = (name: string) => Number(data.get(name) ?? 0);
  const flag = (name: string) => data.get(name) === "on";
  return {
    yearsExperience: years("background.yearsExperience"),
    yearsInProduct: years("background.yearsInProduct"),
    yearsInProductAdjacent: years("background.yearsInProductAdjacent"),
    domainExpertise: flag("background.domainExpertise"),
    startupExperience: flag("background.startupExperience"),
    peopleLeadership: flag("background.peopleLeadership"),
    newGraduate: flag("background.newGraduate"),
    internalTransfer: flag("background.internalTransfer"),
    bootcamp: flag("background.bootcamp"),
  };
}

function PlacementResult({ placement }: { placement: Placement }) {
  return (
    <section className="card result" aria-labelledby="placement-result" aria-live="polite">
      <h2 id="placement-result">Where you might start</h2>
      <p>{placement.reason}</p>
      <ol className="recommendations">
        {placement.options.map((entry, index) => (
          <li key={entry.roleId}>
            <Link to={`/roles/${encodeURIComponent(entry.roleId)}`}>{entry.roleTitle}</Link>
            {index === 0 ? " (where to start)" : null}
            <p>{entry.reason}</p>
          </li>
        ))}
      </ol>
      <details>
        <summary>Every entry route considered</summary>
        <ul>
          {placement.considered.map((route) => (
            <li key={route.routeId}>
              {route.matched ? "Fits" : "Does not fit"}: {route.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** For someone not yet a PM: where they might enter the ladder, given their background. */
export default function PlacementPage() {
  const placement = usePlacement();
  const { data: me } = useMe();
  const isAdmin = me?.user.role === "admin" || me?.user.role === "owner";
  const [asked, setAsked] = useState<Background | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const background = readBackground(event.currentTarget);
    setAsked(background);
    placement.mutate(background);
  }
  const error = placement.error;
  return (
    <>
      <h1>Where to start in product management</h1>
      <p className="lead">
        New to product, or joining as a PM from another company? Tell us about your background and
        we will suggest, in order, where people like you usually enter, and why. No account needed;
        nothing is stored unless an admin saves it as someone's starting point.
      </p>
      <form className="card form" onSubmit={submit} noValidate>
        <FormField
          label="Years of work experience"
          path="background.yearsExperience"
          type="number"
          min={0}
          max={60}
          step={0.5}
          defaultValue={0}
          required
          error={error}
        />
        <FormField
          label="Years as a product manager"
          hint="At any company, whatever the title was."
          path="background.yearsInProduct"
          type="number"
          min={0}
          max={60}
          step={0.5}
          defaultValue={0}
          error={error}
        />
        <FormField
          label="Years in a product-adjacent role"
          hint="Design, engineering, research, marketing, operations, sales and the like."
          path="background.yearsInProductAdjacent"
          type="number"
          min={0}
          max={60}
          step={0.5}
          defaultValue={0}
          required
          error={error}
        />
        <fieldset>
          <legend>What applies to you?</legend>
          {facts.map(([fact, label]) => (
            <FormField
              key={fact}
              label={label}
              path={`background.${fact}`}
              type="checkbox"
              error={error}
            />
          ))}
        </fieldset>
        <button type="submit" className="button button-primary" disabled={placement.isPending}>
          {placement.isPending ? "Working it out…" : "Suggest where to start"}
        </button>
      </form>
      {error ? <ErrorState error={error} /> : null}
      {placement.data ? <PlacementResult placement={placement.data} /> : null}
      {placement.data && asked && isAdmin ? (
        <SavePlacementForm
          key={`${JSON.stringify(asked)}:${placement.data.options.map((o) => o.roleId).join()}`}
          placement={placement.data}
          background={asked}
        />
      ) : null}
    </>
  );
}
