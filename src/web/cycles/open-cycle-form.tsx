import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import type { OpenCycleInput, Person } from "../api/types.ts";
import { ActionError } from "../components/action-error.tsx";
import { FormField } from "../components/form-field.tsx";
import { useOpenCycle } from "../hooks/use-cycles.ts";
import { useToday } from "../hooks/use-today.ts";
import { navigate } from "../router/navigation.ts";
import { addDays } from "./add-days.ts";

type PopulationKind = OpenCycleInput["population"]["kind"];

const populationWords: Record<PopulationKind, string> = {
  everyone: "Everyone in the organisation",
  team: "Everyone under a manager",
  people: "Chosen people",
};

function FieldProblem({ error, path }: { error: unknown; path: string }) {
  const problem = error instanceof ApiError ? error.fieldError(path) : undefined;
  if (!problem) return null;
  return (
    <p className="field-error">
      {problem.message} {problem.hint}
    </p>
  );
}

/**
 * The admins' form that opens a check-in cycle: its name, its window, who it is for and which
 * raters it asks; the cycle's completion opens once it is saved.
 *
 * @example
 * <OpenCycleForm people={people} />
 */
export function OpenCycleForm({ people }: { people: Person[] }) {
  const today = useToday();
  const open = useOpenCycle();
  const [population, setPopulation] = useState<PopulationKind>("everyone");
  const [managerId, setManagerId] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const managerSelect = useId();
  const managers = people.filter((person) => people.some((p) => p.managerId === person.id));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const body: OpenCycleInput = {
      name: text("name"),
      startsOn: text("startsOn"),
      endsOn: text("endsOn"),
      population:
        population === "everyone"
          ? { kind: "everyone" }
          : population === "team"
            ? { kind: "team", managerId }
            : { kind: "people", personIds: chosen },
      raters: {
        self: form.get("self") === "on",
        manager: form.get("manager") === "on",
        peers: Number(text("peers") || "0"),
        peersChosenBy: form.get("peersChosenBy") === "manager" ? "manager" : "person",
      },
    };
    open.mutate(body, { onSuccess: (cycle) => navigate(`/cycles/${cycle.id}`) });
  }

  return (
    <form onSubmit={submit} className="open-cycle-form" noValidate>
      <FormField
        label="Name"
        path="name"
        name="name"
        required
        placeholder="H1 2027 career check-in"
        error={open.error}
      />
      <div className="cycle-window">
        <FormField
          label="First day"
          path="startsOn"
          name="startsOn"
          type="date"
          defaultValue={today}
          required
          error={open.error}
        />
        <FormField
          label="Last day"
          path="endsOn"
          name="endsOn"
          type="date"
          defaultValue={addDays(today, 28)}
          hint="Reminders go out 7 and 2 days before."
          required
          error={open.error}
        />
      </div>
      <fieldset>
        <legend>Who is in the cycle</legend>
        {(Object.keys(populationWords) as PopulationKind[]).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="population"
              value={kind}
              checked={population === kind}
              onChange={() => setPopulation(kind)}
            />{" "}
            {populationWords[kind]}
          </label>
        ))}
        {population === "team" ? (
          <div className="field">
            <label htmlFor={managerSelect}>Manager</label>
            <select
              id={managerSelect}
              value={managerId}
              onChange={(event) => setManagerId(event.target.value)}
            >
              <option value="">Choose a manager</option>
              {managers.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {population === "people" ? (
          <fieldset className="people-choice">
            <legend>People</legend>
            {people.map((person) => (
              <label key={person.id} className="choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(person.id)}
                  onChange={(event) =>
                    setChosen(
                      event.target.checked
                        ? [...chosen, person.id]
                        : chosen.filter((id) => id !== person.id),
                    )
                  }
                />{" "}
                {person.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        <FieldProblem error={open.error} path="population" />
        <FieldProblem error={open.error} path="population.managerId" />
        <FieldProblem error={open.error} path="population.personIds" />
      </fieldset>
      <fieldset>
        <legend>Who assesses each person</legend>
        <label className="choice">
          <input type="checkbox" name="self" defaultChecked /> The person themself
        </label>
        <label className="choice">
          <input type="checkbox" name="manager" defaultChecked /> Their manager
        </label>
        <FormField
          label="Peers per person"
          path="raters.peers"
          name="peers"
          type="number"
          min={0}
          max={10}
          defaultValue={0}
          hint="0 when the cycle asks for no peer feedback."
          error={open.error}
        />
        <fieldset>
          <legend>Who chooses the peers</legend>
          <label className="choice">
            <input type="radio" name="peersChosenBy" value="person" defaultChecked /> Each person
            chooses their own
          </label>
          <label className="choice">
            <input type="radio" name="peersChosenBy" value="manager" /> Their manager chooses
          </label>
        </fieldset>
        <FieldProblem error={open.error} path="raters" />
      </fieldset>
      <ActionError action={open} />
      <button type="submit" className="button" disabled={open.isPending}>
        Open the cycle
      </button>
    </form>
  );
}
