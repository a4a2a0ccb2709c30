import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { minimalFramework } from "../../test/fixtures/frameworks/fixture-text.ts";
import { renderFrameworkMarkdown } from "./render-markdown.ts";

describe("renderFrameworkMarkdown", () => {
  const framework = minimalFramework();
  const page = renderFrameworkMarkdown(framework);

  it("opens with the framework's name, version and principles", () => {
    expect(page.startsWith("# Minimal framework\n\nVersion 1.0.0. A tiny ladder for tests.")).toBe(
      true,
    );
    expect(page).toContain(
      "## Principles\n\n### No fixed timeline\n\nPeople move at different speeds",
    );
  });

  it("draws the career map as a Mermaid flowchart with a box per track and an arrow per transition", () => {
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(page)?.[1] ?? "";
    expect(mermaid.startsWith("flowchart LR\n")).toBe(true);
    expect(mermaid).toContain('subgraph ic["Individual contributor"]');
    expect(mermaid).toContain('r_senior_pm["Senior Product Manager"]');
    expect(mermaid).toContain("r_apm -->|promotion| r_pm");
    expect(mermaid).toContain("r_apm ==>|skip| r_senior_pm");
    expect(mermaid).toContain("r_pm -.->|pivot| r_program_manager");
    expect(mermaid.match(/\|(promotion|skip|pivot|track-switch|lateral)\|/g)).toHaveLength(6);
  });

  it("lists every transition in words too, with durations as context", () => {
    expect(page).toContain(
      "- Associate Product Manager → Product Manager (promotion; often 1–3 years, as context rather than a deadline).",
    );
  });

  it("gives every role a section with its summary, responsibilities and expectations", () => {
    for (const role of framework.roles) {
      expect(page).toContain(`### ${role.title}\n`);
      expect(page).toContain(role.summary);
    }
    expect(page).toContain(
      "| Strategy & vision (required) | 2 Practising | Shapes the strategy for an area. |",
    );
    expect(page).toContain(
      "**Skills to develop next**\n\n- **Delivery habits** (Execution & delivery)",
    );
    expect(page).toContain(
      "**Who thrives here:** People who love making many teams move together.",
    );
  });

  it("shows what changes between neighbouring levels: rising expectations and new responsibilities", () => {
    const section = page.slice(page.indexOf("## What changes between neighbouring levels"));
    expect(section).toContain("#### Product Manager → Senior Product Manager");
    expect(section).toContain("- Strategy & vision: 1 → 2 (Practising)");
    expect(section).toContain("- People leadership: not expected → 1 (Learning)");
    expect(section).toContain("**New responsibilities**\n\n- Mentor junior PMs.");
  });

  it("describes each competency level by level", () => {
    expect(page).toContain(
      "| 2 Practising | Ships whole features and unblocks the team. | Own a feature end to end. |",
    );
  });

  it("renders a section for every role of the default framework", () => {
    const defaults = loadDefaultFramework();
    const handbook = renderFrameworkMarkdown(defaults);
    for (const role of defaults.roles) expect(handbook).toContain(`### ${role.title}\n`);
    expect(handbook).toContain("```mermaid");
  });
});
