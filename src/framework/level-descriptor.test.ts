import { describe, expect, it } from "vitest";
import { buildFrameworkInput } from "../../test/factories.ts";
import { descriptorText } from "./level-descriptor.ts";
import { criteriaCell } from "./markdown.ts";
import { renderCompetencyMarkdown } from "./render-competency-markdown.ts";
import { frameworkSchema } from "./schema.ts";

describe("level descriptors", () => {
  it("may be a list of observable criteria, shown as a list in the handbook", () => {
    const input = buildFrameworkInput();
    const first = input.competencies[0] as (typeof input.competencies)[number];
    first.levels = { ...first.levels, "3": ["Writes the strategy", "Teams use it to decide"] };
    const framework = frameworkSchema.parse(input);
    const competency = framework.competencies[0] as (typeof framework.competencies)[number];
    expect(descriptorText(competency.levels["3"])).toBe(
      "Writes the strategy; Teams use it to decide",
    );
    expect(criteriaCell(competency.levels["3"])).toBe(
      "• Writes the strategy<br>• Teams use it to decide",
    );
    expect(renderCompetencyMarkdown(framework, competency)).toContain(
      "• Writes the strategy<br>• Teams use it to decide",
    );
  });

  it("refuses more than seven criteria", () => {
    const input = buildFrameworkInput();
    const first = input.competencies[0] as (typeof input.competencies)[number];
    first.levels = { ...first.levels, "3": Array.from({ length: 8 }, (_, i) => `Criterion ${i}`) };
    expect(frameworkSchema.safeParse(input).success).toBe(false);
  });
});
