import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { validateFrameworkData } from "../../framework/validate-framework-data.ts";
import type { Framework } from "../api/types.ts";
import { addRole, nextFreeRank } from "./add-role.ts";

describe("addRole", () => {
  const doc = loadDefaultFramework() as Framework;

  it("puts the new role one above its track's most senior role by default", () => {
    const top = Math.max(...doc.roles.filter((r) => r.track === "ic").map((r) => r.rank));
    expect(nextFreeRank(doc, "ic")).toBe(top + 1);
  });

  it("adds the role with an id from its title and asks only for its summary", () => {
    const rank = nextFreeRank(doc, "ic");
    const { document, index } = addRole(doc, { title: "Distinguished PM", track: "ic", rank });
    expect(document.roles[index]).toMatchObject({ id: "distinguished-pm", track: "ic", rank });
    const { errors } = validateFrameworkData(document);
    expect(errors.map((error) => error.path.join("."))).toEqual([`roles.${index}.summary`]);
  });

  it("once written, asks for a way into the role beside its id", () => {
    const { document, index } = addRole(doc, { title: "Distinguished PM", track: "ic", rank: 9 });
    const role = document.roles[index] as Framework["roles"][number];
    const written = { ...document, roles: [...doc.roles, { ...role, summary: "Sets direction." }] };
    const { errors } = validateFrameworkData(written);
    expect(errors.map((error) => error.path.join("."))).toEqual([`roles.${index}.id`]);
    const into = {
      ...written,
      transitions: [
        ...written.transitions,
        { from: "principal-pm", to: role.id, kind: "promotion" as const },
      ],
    };
    expect(validateFrameworkData(into).errors).toEqual([]);
  });
});
