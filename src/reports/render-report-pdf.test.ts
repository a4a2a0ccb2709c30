import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { buildEvidence, buildProfile } from "../../test/factories.ts";
import { drawnText } from "../../test/pdf-text.ts";
import { assembleGrowthReport } from "../app/assemble-growth-report.ts";
import { renderReportPdf } from "./render-report-pdf.ts";

const framework = loadDefaultFramework();
const stamp = "2026-05-01T00:00:00.000Z";

function report(evidenceCount: number, name = "Ava Lindqvist") {
  return assembleGrowthReport({
    framework,
    person: {
      id: "person-1",
      orgId: "org-1",
      name,
      email: "ava@example.com",
      roleId: "pm",
      managerId: null,
      team: "Payments",
      createdAt: stamp,
      updatedAt: stamp,
    },
    managerName: null,
    profile: buildProfile({ framework, levels: { communication: 3, execution: 2 } }),
    currentPlan: null,
    evidence: Array.from({ length: evidenceCount }, (_, index) =>
      buildEvidence({ title: `Shipped improvement number ${index + 1}` }),
    ),
    evidenceScope: "shared",
    generatedOn: "2026-06-01",
  });
}

const plainText = async (built: ReturnType<typeof report>) =>
  Buffer.from(await renderReportPdf(built, { compress: false })).toString("latin1");

const pageCount = (pdf: string) => (pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length;

describe("renderReportPdf", () => {
  it("writes a multi-page A4 PDF that names the person", async () => {
    const pdf = Buffer.from(await renderReportPdf(report(3), { compress: false })).toString(
      "latin1",
    );
    expect(pdf.startsWith("%PDF-1.")).toBe(true);
    expect(pdf).toContain("/MediaBox [0 0 595.28 841.89]");
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(10);
    const text = drawnText(pdf);
    expect(text).toContain("Growth report: Ava Lindqvist");
    expect(text).toContain("Fit for every role");
    expect(text).toContain("(Promotion): ");
    expect(text).toContain("Why this move works: ");
    expect(text).not.toMatch(/\((promotion|track-switch|pivot)\)/);
    expect(text).toContain(`page ${pages} of ${pages}`);
  });

  it("continues long tables on new pages with their header repeated", async () => {
    const short = Buffer.from(await renderReportPdf(report(3), { compress: false })).toString(
      "latin1",
    );
    const long = Buffer.from(await renderReportPdf(report(120), { compress: false })).toString(
      "latin1",
    );
    expect(pageCount(long)).toBeGreaterThan(pageCount(short) + 1);
    const text = drawnText(long);
    expect(text).toContain("Shipped improvement number 120");
    expect(text.split("What happened").length - 1).toBeGreaterThan(1);
  });

  it("prints names in Central European, Greek and Cyrillic letters as written", async () => {
    const name = "Łukasz Żak-Dvořák, Ελένη Παππά, Дарья Орлова";
    const pdf = Buffer.from(await renderReportPdf(report(1, name), { compress: false })).toString(
      "latin1",
    );
    // The long title wraps; joined again, it reads as given.
    const text = drawnText(pdf).replaceAll("\n", "");
    expect(text).toContain(`Growth report: ${name}`);
    expect(text).not.toContain("\uFFFD");
  });

  it("lists the criteria of the level each focus competency aims at", async () => {
    const built = report(1);
    const criteria = ["Writes the narrative teams decide from", "Runs reviews with no surprises"];
    const pdf = Buffer.from(
      await renderReportPdf(
        { ...built, focusLevels: [{ competency: "communication", level: 4, criteria }] },
        { compress: false },
      ),
    ).toString("latin1");
    const text = drawnText(pdf);
    expect(text).toContain("What the level aimed at looks like");
    expect(text).toContain("Communication at level 4");
    for (const criterion of criteria) expect(text).toContain(criterion);
  });

  it("compresses page contents by default", async () => {
    const compressed = await renderReportPdf(report(3));
    const plain = await renderReportPdf(report(3), { compress: false });
    expect(compressed.length).toBeLessThan(plain.length);
    expect(Buffer.from(compressed).toString("latin1")).toContain("/FlateDecode");
  });

  it("keeps table headers and bar labels whole, prints actions in words and readiness like the app", async () => {
    const built = report(1);
    const allThree = Object.fromEntries(framework.competencies.map((item) => [item.id, 3]));
    const pdf = await plainText({
      ...built,
      profile: buildProfile({ framework, levels: allThree }),
      standing: {
        ...built.standing,
        tracks: built.standing.tracks.map((track, index) =>
          index === 0 ? { ...track, highestReady: { roleId: "pm", reason: "Ready." } } : track,
        ),
      },
      plan: {
        kind: "current",
        plan: {
          id: "plan-1",
          orgId: "org-1",
          personId: "person-1",
          targetRoleId: "senior-pm",
          focusCompetencies: ["communication"],
          actions: [
            { competency: "communication", text: "Run the quarterly review", done: true },
            { competency: "execution", text: "Write the launch checklist", done: false },
          ],
          status: "active",
          checkInEveryDays: 14,
          changedBy: null,
          startedBy: null,
          createdAt: new Date(stamp),
          updatedAt: new Date(stamp),
          goals: [],
          checkIns: [],
        },
      },
    });
    const lines = drawnText(pdf)
      .split("\n")
      .map((line) => line.trim());
    for (const header of ["Readiness", "Competency", "Confidence", "Evidence", "Track", "Fit"]) {
      expect(lines).toContain(header);
    }
    expect(lines).not.toContain("s");
    // Long labels wrap onto a second line instead of ending in an ellipsis.
    const flowing = lines.join(" ");
    expect(flowing).not.toContain("…");
    for (const competency of framework.competencies) expect(flowing).toContain(competency.name);
    for (const role of framework.roles) expect(flowing).toContain(role.title);
    expect(lines).toContain("Done: Run the quarterly review (Communication)");
    expect(lines).toContain("To do: Write the launch checklist (Execution & delivery)");
    expect(flowing).not.toContain("[x]");
    expect(flowing).not.toContain("[ ]");
    expect(lines).toContain("Product Manager (their current role)");
    expect(flowing).not.toMatch(/\d+% · (ready|close|stretch)\b/);
    expect(flowing).toMatch(/\d+% · (Ready|Close|A stretch)/);
  });

  it("is tagged for screen readers: language, title, headings, lists and table cells", async () => {
    const pdf = await plainText(report(2));
    expect(pdf).toMatch(/\/MarkInfo \d+ 0 R|\/Marked true/);
    expect(pdf).toContain("/Marked true");
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(pdf).toContain("/Lang (en)");
    expect(pdf).toContain("/DisplayDocTitle true");
    for (const type of [
      "Document",
      "H1",
      "H2",
      "P",
      "L",
      "LI",
      "LBody",
      "Table",
      "TR",
      "TH",
      "TD",
    ]) {
      expect(pdf).toContain(`/S /${type}\n`);
    }
    // Page numbers and rules are decoration, not content to read out.
    expect(pdf).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
  });
});
