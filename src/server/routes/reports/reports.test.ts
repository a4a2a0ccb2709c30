import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cast, type CastKind, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../../../test/server/test-app.ts";
import { createEvidence } from "../../../storage/queries/evidence.ts";

let test: TestApp;
let cast: Cast;
let base: string;

beforeAll(async () => {
  test = await createTestApp();
  cast = await seedCast(test.db);
  const ava = cast.members.self;
  base = `/api/v1/people/${ava.personId}`;
  for (const visibility of ["private", "manager"] as const) {
    await createEvidence(test.db, {
      orgId: ava.orgId,
      personId: ava.personId,
      date: "2026-05-02",
      title: `A ${visibility} launch review`,
      competencies: [],
      visibility,
    });
  }
});
afterAll(() => test.close());

const get = (path: string, kind: CastKind) =>
  test.app.request(`${base}${path}`, { headers: cast.headers(kind) });

describe("growth report downloads", () => {
  it("gives the person their report with private evidence only when they ask, saying so", async () => {
    const res = await get("/report.md", "self");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await res.text();
    expect(text.startsWith("# Growth report: Ava\n")).toBe(true);
    expect(text).toContain("A manager launch review");
    expect(text).not.toContain("A private launch review");
    const own = await (await get("/report.md?includePrivate=true", "self")).text();
    expect(own).toContain("A private launch review");
    expect(own).toContain("Includes private evidence");
  });

  it("keeps a manager from asking for the private copy, in plain words", async () => {
    const res = await get("/report.pdf?includePrivate=true", "directManager");
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toContain("only into the person's own copy");
  });

  it("shows a manager only the evidence shared with managers", async () => {
    const res = await get("/report.md", "directManager");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("A manager launch review");
    expect(text).not.toContain("A private launch review");
  });

  it("serves the PDF as a download", async () => {
    const res = await get("/report.pdf", "skipManager");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="growth-report-ava.pdf"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder("latin1").decode(bytes.subarray(0, 5))).toBe("%PDF-");
  });

  it.each([
    ["anonymous", 401],
    ["peer", 403],
    ["admin", 403],
    ["otherOrgAdmin", 404],
  ] as const)("refuses %s with %i", async (kind, status) => {
    for (const path of ["/report.md", "/report.pdf"]) {
      const res = await get(path, kind);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });
});
