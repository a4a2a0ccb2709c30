import type { Framework } from "../api/types.ts";
import { ConditionSetField } from "./condition-set-field.tsx";
import { EnterAtList } from "./enter-at-list.tsx";
import { freshId } from "./fresh-id.ts";
import { replaceAt } from "./replace-at.ts";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

type EntryRoute = Framework["entryRoutes"][number];

/**
 * The entry routes of a draft: each route's name, description, the backgrounds it fits and the
 * roles people usually land in; add and remove routes.
 */
export function EntryRoutesEditor({ draft }: { draft: DraftEditing }) {
  const { document, issues, edit } = draft;
  const routes = document.entryRoutes;
  const set = (index: number, route: EntryRoute) =>
    edit({ ...document, entryRoutes: replaceAt(routes, index, route) });
  return (
    <div className="editor-section-body">
      {routes.map((route, index) => {
        const path = `entryRoutes.${index}`;
        const name = route.name || `Entry route ${index + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place by position, so their content cannot key them.
          <fieldset className="editor-fieldset" key={index}>
            <legend>{name}</legend>
            <TextField
              label="Name"
              value={route.name}
              onChange={(text) => set(index, { ...route, name: text })}
              path={`${path}.name`}
              issues={issues}
            />
            <TextField
              label="Description"
              multiline
              value={route.description}
              onChange={(description) => set(index, { ...route, description })}
              path={`${path}.description`}
              issues={issues}
            />
            <ConditionSetField
              legend="Which backgrounds this route fits"
              name={name}
              value={route.when}
              onChange={(when) => set(index, { ...route, when })}
              path={`${path}.when`}
              issues={issues}
            />
            <EnterAtList
              routeName={name}
              value={route.enterAt}
              onChange={(enterAt) => set(index, { ...route, enterAt })}
              roles={document.roles}
              path={`${path}.enterAt`}
              issues={issues}
            />
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                edit({ ...document, entryRoutes: routes.filter((_, i) => i !== index) })
              }
            >
              Remove the route <span className="visually-hidden">{name}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() =>
          edit({
            ...document,
            entryRoutes: [
              ...routes,
              {
                id: freshId(
                  "entry-route",
                  routes.map((route) => route.id),
                ),
                name: "",
                description: "",
                when: { all: [], any: [] },
                enterAt: [{ role: document.roles[0]?.id ?? "" }],
              },
            ],
          })
        }
      >
        Add an entry route
      </button>
    </div>
  );
}
