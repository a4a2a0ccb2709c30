import { useEffect, useRef, useState } from "react";
import type { Framework } from "../api/types.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";
import { FieldIssues } from "./field-issues.tsx";
import { gridKeyAction } from "./grid-keys.ts";
import { issuesAt } from "./issues-at.ts";
import { replaceAt } from "./replace-at.ts";
import { setExpectation, toggleMandatory } from "./set-expectation.ts";
import type { DraftEditing } from "./use-framework-draft.ts";

const trackOrder = ["management", "ic", "adjacent"];

/** The roles in ladder order (track, then rank), each with its place in the document. */
function ladder(document: Framework) {
  return document.roles
    .map((role, index) => ({ role, index }))
    .sort(
      (a, b) =>
        trackOrder.indexOf(a.role.track) - trackOrder.indexOf(b.role.track) ||
        a.role.rank - b.role.rank,
    );
}

/**
 * The expectations grid: roles down, competencies across, each cell the required level
 * (shaded by level, so the ladder's shape shows) and whether it is mandatory. Arrow keys move
 * between cells, a digit sets the level, 0 clears it and space toggles mandatory.
 */
export function ExpectationsGrid({ draft }: { draft: DraftEditing }) {
  const { document, issues, edit } = draft;
  const rows = ladder(document);
  const columns = document.competencies;
  const maxLevel = Math.max(...document.scale.map((step) => step.level));
  const [chosen, setActive] = useState({ row: 0, column: 0 });
  // A removed role or competency may have held the chosen cell: the nearest one stays reachable.
  const active = {
    row: Math.max(0, Math.min(chosen.row, rows.length - 1)),
    column: Math.max(0, Math.min(chosen.column, columns.length - 1)),
  };
  const cells = useRef(new Map<string, HTMLButtonElement>());
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    cells.current.get(`${chosen.row}:${chosen.column}`)?.focus();
  }, [chosen]);

  const current = rows[active.row];
  const competency = columns[active.column];

  function change(
    row: number,
    update: (role: Framework["roles"][number]) => Framework["roles"][number],
  ) {
    const entry = rows[row];
    if (!entry) return;
    edit({ ...document, roles: replaceAt(document.roles, entry.index, update(entry.role)) });
  }

  function onKeyDown(event: React.KeyboardEvent, row: number, column: number) {
    const action = gridKeyAction(
      event.key,
      { row, column },
      {
        rows: rows.length,
        columns: columns.length,
        maxLevel,
      },
    );
    const competencyId = columns[column]?.id ?? "";
    if (action.kind === "none") return;
    event.preventDefault();
    if (action.kind === "move") {
      moved.current = true;
      setActive({ row: action.row, column: action.column });
    } else if (action.kind === "level") {
      change(row, (role) => setExpectation(role, competencyId, action.level));
    } else {
      change(row, (role) => toggleMandatory(role, competencyId));
    }
  }

  return (
    <div className="editor-section-body">
      <p className="meta" id="grid-help">
        Roles run down in ladder order, competencies across; darker cells ask for more. On a cell,
        the arrow keys move, a digit from 1 to {maxLevel} sets the required level, 0 clears it and
        space makes it mandatory (★) or not.
      </p>
      <ScrollRegion label="Expectations grid, scrolls sideways">
        <table className="expectations-grid" aria-describedby="grid-help">
          <caption className="visually-hidden">
            Required level of each competency for each role
          </caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              {columns.map((column) => (
                <th scope="col" key={column.id}>
                  {column.name || column.id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ role, index }, row) => (
              <tr key={`${role.id}-${index}`} className={`track-${role.track}`}>
                <th scope="row">{role.title || role.id}</th>
                {columns.map((column, at) => {
                  const level = role.expectations[column.id];
                  const mandatory = role.mandatory.includes(column.id);
                  const isActive = active.row === row && active.column === at;
                  const bad =
                    issuesAt(issues, `roles.${index}.expectations.${column.id}`).length > 0;
                  const words = `${role.title || role.id}, ${column.name || column.id}: ${
                    level === undefined ? "not expected" : `level ${level}`
                  }${mandatory ? ", mandatory" : ""}`;
                  return (
                    <td key={column.id} className={`grid-level-${Math.min(level ?? 0, 5)}`}>
                      <button
                        type="button"
                        className={`grid-cell${bad ? " grid-cell-problem" : ""}`}
                        aria-label={words}
                        tabIndex={isActive ? 0 : -1}
                        ref={(element) => {
                          if (element) cells.current.set(`${row}:${at}`, element);
                          else cells.current.delete(`${row}:${at}`);
                        }}
                        onFocus={() => setActive({ row, column: at })}
                        onKeyDown={(event) => onKeyDown(event, row, at)}
                      >
                        {level ?? "–"}
                        {mandatory ? <span aria-hidden="true"> ★</span> : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {current && competency ? (
        <FocusedCell
          draft={draft}
          roleIndex={current.index}
          competencyId={competency.id}
          onLevel={(level) =>
            change(active.row, (role) => setExpectation(role, competency.id, level))
          }
          onMandatory={() => change(active.row, (role) => toggleMandatory(role, competency.id))}
        />
      ) : null}
    </div>
  );
}

/** The chosen cell as ordinary controls, for a mouse or a narrow screen. */
function FocusedCell(props: {
  draft: DraftEditing;
  roleIndex: number;
  competencyId: string;
  onLevel: (level: number | null) => void;
  onMandatory: () => void;
}) {
  const { document, issues } = props.draft;
  const role = document.roles[props.roleIndex];
  const competency = document.competencies.find((c) => c.id === props.competencyId);
  if (!role || !competency) return null;
  const level = role.expectations[competency.id];
  const own = issuesAt(issues, `roles.${props.roleIndex}.expectations.${competency.id}`);
  return (
    <fieldset className="editor-fieldset grid-focused">
      <legend>
        {role.title || role.id} × {competency.name || competency.id}
      </legend>
      <div className="field">
        <label htmlFor="grid-cell-level">Required level</label>
        <select
          id="grid-cell-level"
          value={level ?? ""}
          aria-describedby={own.length > 0 ? "grid-cell-issues" : undefined}
          onChange={(event) =>
            props.onLevel(event.target.value === "" ? null : Number(event.target.value))
          }
        >
          <option value="">Not expected</option>
          {document.scale.map((step) => (
            <option key={step.level} value={step.level}>
              {step.level}, {step.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-checkbox">
        <input
          id="grid-cell-mandatory"
          type="checkbox"
          checked={role.mandatory.includes(competency.id)}
          disabled={level === undefined}
          onChange={props.onMandatory}
        />
        <label htmlFor="grid-cell-mandatory">Mandatory: a shortfall here caps readiness</label>
      </div>
      <FieldIssues id="grid-cell-issues" issues={own} />
    </fieldset>
  );
}
