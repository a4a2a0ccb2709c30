import type { FormEvent } from "react";
import type { Framework } from "../api/types.ts";
import type { EvidenceSearch } from "../hooks/use-evidence.ts";
import "../components/form-pieces.css";

/**
 * Narrows the evidence log by words, a competency and a date range; the server does the search.
 *
 * @example
 * <EvidenceSearchForm framework={framework} onSearch={setSearch} />
 */
export function EvidenceSearchForm({
  framework,
  onSearch,
}: {
  framework: Framework;
  onSearch: (search: EvidenceSearch) => void;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    onSearch({ q: text("q"), competency: text("competency"), from: text("from"), to: text("to") });
  }
  return (
    <search aria-label="Search the log">
      <form className="form evidence-search" onSubmit={submit} onReset={() => onSearch({})}>
        <div className="field">
          <label htmlFor="evidence-q">Words</label>
          <input id="evidence-q" name="q" type="search" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="evidence-competency">Competency</label>
          <select id="evidence-competency" name="competency" defaultValue="">
            <option value="">Any</option>
            {framework.competencies.map((competency) => (
              <option key={competency.id} value={competency.id}>
                {competency.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="evidence-from">From</label>
          <input id="evidence-from" name="from" type="date" />
        </div>
        <div className="field">
          <label htmlFor="evidence-to">To</label>
          <input id="evidence-to" name="to" type="date" />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            Search
          </button>
          <button type="reset" className="button button-quiet">
            Show all
          </button>
        </div>
      </form>
    </search>
  );
}
