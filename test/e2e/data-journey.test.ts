import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";

const header = "name,email,job title,manager email,team,start date";
const rows = [
  "Nia Okafor,nia.okafor@import.test,Product Manager,,Payments,2024-03-01",
  "Theo Lind,theo.lind@import.test,Product Wizard,nia.okafor@import.test,Payments,2025-01-15",
  "Ada Berg,ada.berg@import.test,Senior PM,nia.okafor@import.test,Payments,next spring",
];
const broken = [header, ...rows].join("\n");
const fixed = broken.replace("next spring", "2024-05-01");
const importedEmails = ["nia.okafor@import.test", "theo.lind@import.test", "ada.berg@import.test"];

function csvFile(text: string) {
  return { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(text) };
}

describe("an admin brings people in and a person takes their record out", () => {
  let session: DemoSession;

  beforeAll(async () => {
    session = await openDemoSession("owner");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows a bad row's problem with its row and column, and imports nothing", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/organisation`);
    await page.getByRole("heading", { name: "Import people" }).waitFor();
    await page.getByLabel("People file (CSV)").setInputFiles(csvFile(broken));
    await page.getByRole("button", { name: "Check people.csv" }).click();
    const problem = page.locator(".problem-list li").first();
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Row 4, column "start date"');
    expect(await problem.textContent()).toContain('"next spring" is not a date');
    expect(await page.getByRole("button", { name: /^Import \d+ changed people/ }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "people-import-error");
  });

  it("lists the unmatched job title of the fixed file and checks again once it is mapped", async () => {
    const { page } = session;
    await page.getByLabel("People file (CSV)").setInputFiles(csvFile(fixed));
    await page.getByRole("button", { name: "Check people.csv" }).click();
    await page.getByText('no role matches the job title "Product Wizard"').waitFor();
    await page
      .getByLabel('Role for the job title "Product Wizard"')
      .selectOption({ label: "Product Manager" });
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "people-import-unmatched-title");
    await page.getByRole("button", { name: 'Map "Product Wizard" and check again' }).click();
    await page.getByRole("heading", { name: "What importing this file changes" }).waitFor();
    await page.getByText("3 to create, 0 to update, 0 unchanged.").waitFor();
    const mapping = page.getByRole("row").filter({ hasText: "Product Wizard" });
    await mapping.getByText("Product Manager").waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "people-import-plan");
  });

  it("imports the file, shows its progress reaching the total, and the people appear", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Import 3 changed people" }).click();
    await page.getByText("Done: 3 created, 0 updated, 0 unchanged.").waitFor();
    // Progress counts the file's rows, not the writes behind them (a person and a reporting line).
    const progress = page.getByRole("progressbar", { name: "3 of 3 rows written" });
    expect(await progress.getAttribute("value")).toBe("3");
    expect(await progress.getAttribute("max")).toBe("3");
    const emails = await page.evaluate(async () => {
      const found: string[] = [];
      let cursor = "";
      do {
        const query = new URLSearchParams({ limit: "100", ...(cursor ? { cursor } : {}) });
        const response = await fetch(`/api/v1/people?${query}`);
        const body = (await response.json()) as {
          items: { email: string }[];
          nextCursor: string | null;
        };
        found.push(...body.items.map((person) => person.email));
        cursor = body.nextCursor ?? "";
      } while (cursor);
      return found;
    });
    expect(emails).toEqual(expect.arrayContaining(importedEmails));
    // The people export, linked beside the import, lists them in the import's own columns.
    const exportHref = await page.getByRole("link", { name: "people export" }).getAttribute("href");
    const exported = await page.evaluate(
      async (href) => (await fetch(href)).text(),
      exportHref ?? "",
    );
    expect(exported.split(/\r?\n/)[0]).toBe(
      "name,email,job title,role id,manager email,team,start date",
    );
    for (const email of importedEmails) expect(exported).toContain(email);
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "people-import-done");
  });

  it("downloads the growth report as PDF and exports the person's own data as JSON", async () => {
    const { page, server, login } = session;
    await page.goto(`${server.url}/profile`);
    const pdfLink = page.getByRole("link", { name: "Download growth report (PDF)" });
    await pdfLink.waitFor();
    const pdfHref = await pdfLink.getAttribute("href");
    const personId = await page.evaluate(async () => {
      const response = await fetch("/api/v1/session/me");
      return ((await response.json()) as { user: { personId: string } }).user.personId;
    });
    expect(pdfHref).toBe(`/api/v1/people/${personId}/report.pdf`);
    const pdfStart = await page.evaluate(async (href) => {
      const response = await fetch(href);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return String.fromCharCode(...bytes.slice(0, 4));
    }, pdfHref ?? "");
    expect(pdfStart).toBe("%PDF");
    const exportHref = await page
      .getByRole("link", { name: "Export my data (JSON)" })
      .getAttribute("href");
    const exported = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return (await response.json()) as { person: { id: string; email: string } };
    }, exportHref ?? "");
    expect(exported.person).toMatchObject({ id: personId, email: login.email });
    expect(await accessibilityProblems(page)).toEqual([]);
    await capturePage(page, "profile-downloads");
    expect(session.consoleErrors).toEqual([]);
  });
});
