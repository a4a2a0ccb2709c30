import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadFrameworkFile } from "../../../test/default-framework.ts";
import { validateFrameworkData } from "../../framework/validate-framework-data.ts";
import type { Framework } from "../api/types.ts";
import { removeRole } from "./remove-role.ts";
import { renameRole } from "./rename-id.ts";

const files = [
  "frameworks/product-management.yaml",
  "frameworks/engineering-ladder.yaml",
  "frameworks/minimal-pm-ladder.yaml",
];
const frameworks = files.map((file) => loadFrameworkFile(file) as Framework);

/** Every place a draft names a role by its id. */
function roleReferences(doc: Framework): string[] {
  return [
    ...doc.roles.flatMap((role) => [role.id, ...role.comparableTo]),
    ...doc.transitions.flatMap((t) => [t.from, t.to]),
    ...doc.entryRoutes.flatMap((route) => route.enterAt.map((entry) => entry.role)),
    ...Object.values(doc.migration?.roles ?? {}).filter((id): id is string => id !== null),
  ];
}

describe("removeRole", () => {
  const doc = frameworks[0] as Framework;

  it("takes the role's moves, landings and comparisons along and says what goes", () => {
    const removal = removeRole(doc, "senior-pm");
    expect(removal.moves).toBe(
      doc.transitions.filter((t) => [t.from, t.to].includes("senior-pm")).length,
    );
    expect(removal.moves).toBeGreaterThan(0);
    expect(removal.expectations).toBe(
      Object.keys(doc.roles.find((role) => role.id === "senior-pm")?.expectations ?? {}).length,
    );
    expect(roleReferences(removal.document)).not.toContain("senior-pm");
    expect(removal.document.roles).toHaveLength(doc.roles.length - 1);
  });

  it("names the roles people could reach only through it", () => {
    const removal = removeRole(doc, "apm");
    const reached = validateFrameworkData(removal.document).errors.filter(
      (error) => error.code === "unreachable-role",
    );
    expect(removal.cutOff).toHaveLength(reached.length);
  });

  it("forgets a rename that led to the role instead of recording the removal as one", () => {
    const renamed = renameRole(doc, "group-pm", "product-lead", ["group-pm"]);
    expect(renamed.migration?.roles).toEqual({ "group-pm": "product-lead" });
    const removal = removeRole(renamed, "product-lead");
    expect(removal.document.migration?.roles).toEqual({});
  });

  it("leaves nothing naming the removed role, and a sound draft sound unless it says what to fix", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: frameworks.length - 1 }),
        fc.nat(),
        fc.boolean(),
        (which, pick, renamedFirst) => {
          const framework = frameworks[which] as Framework;
          const original = framework.roles[pick % framework.roles.length]?.id ?? "";
          const published = framework.roles.map((role) => role.id);
          const before = renamedFirst
            ? renameRole(framework, original, `${original}-renamed`, published)
            : framework;
          const id = renamedFirst ? `${original}-renamed` : original;
          const removal = removeRole(before, id);
          expect(roleReferences(removal.document)).not.toContain(id);
          expect(Object.keys(removal.document.migration?.roles ?? {})).not.toContain(id);
          const { errors } = validateFrameworkData(removal.document);
          if (removal.cutOff.length === 0 && removal.emptiedRoutes.length === 0) {
            expect(errors).toEqual([]);
          } else {
            for (const error of errors) {
              const [field, , part] = error.path;
              expect(
                (field === "roles" && part === "id") ||
                  (field === "entryRoutes" && part === "enterAt"),
                JSON.stringify(error),
              ).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
