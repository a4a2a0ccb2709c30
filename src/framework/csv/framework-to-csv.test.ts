import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDefaultFramework, loadFrameworkFile } from "../../../test/default-framework.ts";
import { minimalFramework } from "../../../test/fixtures/frameworks/fixture-text.ts";
import { frameworkFromCsv } from "./framework-from-csv.ts";
import { frameworkToCsv } from "./framework-to-csv.ts";

function roundTrip(framework: ReturnType<typeof minimalFramework>) {
  const result = frameworkFromCsv(frameworkToCsv(framework));
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.framework;
}

describe("frameworkToCsv", () => {
  it("writes every sheet of the layout, each starting with its header row", () => {
    const files = frameworkToCsv(minimalFramework());
    expect(Object.keys(files)).toHaveLength(15);
    expect(files["expectations.csv"].split("\n")[0]).toBe(
      "role,mandatory,execution,strategy,people-leadership",
    );
    expect(files["expectations.csv"]).toContain("\nsenior-pm,strategy,3,2,2\n");
    expect(files["competencies.csv"].split("\n")[0]).toBe(
      "id,name,area,description,level_1,level_2,level_3",
    );
  });

  it("gives back the same default framework when its sheets are imported", () => {
    const framework = loadDefaultFramework();
    expect(roundTrip(framework)).toStrictEqual(framework);
  });

  it.each(readdirSync("test/fixtures/frameworks").filter((name) => /^minimal.*\.yaml$/.test(name)))(
    "gives back the same framework for the fixture %s",
    (name) => {
      const framework = loadFrameworkFile(`test/fixtures/frameworks/${name}`);
      expect(roundTrip(framework)).toStrictEqual(framework);
    },
  );

  it("keeps any text intact through the sheets: commas, quotes, line breaks, accents", () => {
    const text = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 30 })
      .map((value) => value.trim())
      .filter((value) => value !== "" && !value.includes("|"));
    fc.assert(
      fc.property(text, text, text, (summary, alias, descriptor) => {
        const framework = minimalFramework();
        const [role] = framework.roles;
        const [competency] = framework.competencies;
        if (!role || !competency) throw new Error("the fixture has roles and competencies");
        role.summary = summary;
        role.aliases = [alias];
        competency.levels["2"] = descriptor;
        expect(roundTrip(framework)).toStrictEqual(framework);
      }),
      { numRuns: 60 },
    );
  });

  it("is the template in templates/framework-csv, which imports without a problem", () => {
    const folder = "templates/framework-csv";
    const files = Object.fromEntries(
      readdirSync(folder).map((name) => [name, readFileSync(`${folder}/${name}`)]),
    );
    const result = frameworkFromCsv(files);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    const template = Object.fromEntries(
      Object.entries(files).map(([name, bytes]) => [name, bytes.toString("utf8")]),
    );
    expect(template).toEqual(frameworkToCsv(minimalFramework()));
  });
});
