import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { validateFrameworkData } from "../../framework/validate-framework-data.ts";
import type { Framework } from "../api/types.ts";
import { addCompetency } from "./add-competency.ts";

describe("addCompetency", () => {
  const doc = loadDefaultFramework() as Framework;

  it("adds a blank per level, each shown as a problem until written, and is sound once written", () => {
    const { document, index } = addCompetency(doc, { name: "Pricing", area: "Business" });
    const added = document.competencies[index] as Framework["competencies"][number];
    expect(added.id).toBe("pricing");
    const paths = validateFrameworkData(document).errors.map((error) => error.path.join("."));
    expect(paths.sort()).toEqual(
      [
        `competencies.${index}.description`,
        ...doc.scale.map((step) => `competencies.${index}.levels.${step.level}`),
      ].sort(),
    );
    const written = {
      ...added,
      description: "Sets prices people pay gladly.",
      levels: Object.fromEntries(doc.scale.map((step) => [String(step.level), "Does it."])),
    };
    const sound = { ...document, competencies: [...doc.competencies, written] };
    expect(validateFrameworkData(sound).errors).toEqual([]);
  });

  it("numbers the id when the name's id is taken", () => {
    const taken = doc.competencies[0]?.id ?? "";
    expect(addCompetency(doc, { name: taken, area: "x" }).document.competencies.at(-1)?.id).toBe(
      `${taken}-1`,
    );
  });
});
