import type { Framework } from "../api/types.ts";
import { replaceAt } from "./replace-at.ts";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

type EntryRoute = Framework["entryRoutes"][number];

/**
 * The entry routes of a draft: each route's name, description and the roles people usually
 * land in. The background conditions stay as they are in the file.
 */
export function EntryRoutesEditor({ draft }: { draft: DraftEditing }) {
  const { document, issues, edit } = draft;
  const routes = document.entryRoutes;
  const set = (index: number, route: EntryRoute) =>
    edit({ ...document, entryRoutes: replaceAt(routes, index, route) });
  return (
    <div className="editor-section-body">
      <p className="meta">
        Which backgrounds each route fits is kept from the file; download it to change those.
      </p>
      {routes.map((route, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place by position, so their content cannot key them.
        <fieldset className="editor-fieldset" key={`${route.id}-${index}`}>
          <legend>{route.name || route.id}</legend>
          <TextField
            label="Name"
            value={route.name}
            onChange={(name) => set(index, { ...route, name })}
            path={`entryRoutes.${index}.name`}
            issues={issues}
          />
          <TextField
            label="Description"
            multiline
            value={route.description}
            onChange={(description) => set(index, { ...route, description })}
            path={`entryRoutes.${index}.description`}
            issues={issues}
          />
          {route.enterAt.map((entry, at) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place by position, so their content cannot key them.
            <div className="field" key={`${entry.role}-${at}`}>
              <label htmlFor={`entry-${index}-${at}`}>Usually enters at ({at + 1})</label>
              <select
                id={`entry-${index}-${at}`}
                value={entry.role}
                onChange={(event) =>
                  set(index, {
                    ...route,
                    enterAt: replaceAt(route.enterAt, at, { ...entry, role: event.target.value }),
                  })
                }
              >
                {document.roles.map((role) => (
                  <option key={role.id} value={role.id}>
                    {role.title || role.id}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
