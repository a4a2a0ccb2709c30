import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { listPeople } from "../../../storage/queries/people.ts";

let test: TestApp;
let cast: Cast;
let csv: string;
beforeAll(async () => {
  test = await createTestApp();
  cast = await seedCast(test.db);
  const cleo = `cleo@${cast.orgId.slice(0, 8)}.example`;
  csv = [
    "Name,Email,Job Title,Manager Email,Team,Start Date",
    `Nia Obi,nia@acme.test,Product Manager,${cleo},Payments,2024-02-01`,
    "Omar Ray,omar@acme.test,product manager,nia@acme.test,Payments,",
  ].join("\n");
});
afterAll(() => test.close());

async function peopleCount() {
  return (await listPeople(test.db, { orgId: cast.orgId })).length;
}

async function finished(id: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const res = await test.app.request(`/api/v1/imports/${id}`, { headers: cast.headers("admin") });
    const job = await res.json();
    if (job.status !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the import did not finish");
}

describe("people imports", () => {
  it("answers a dry run with the plan and writes nothing", async () => {
    const before = await peopleCount();
    const res = await test.app.request(
      "/api/v1/imports/people",
      jsonRequest("POST", { csv, dryRun: true }, cast.headers("admin")),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.counts).toEqual({ create: 2, update: 0, unchanged: 0 });
    expect(body.changes.map((change: { email: string }) => change.email)).toEqual([
      "nia@acme.test",
      "omar@acme.test",
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it("accepts people files larger than the default body cap, which other routes refuse", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, index) => `Person ${index},person${index}@big.test,Product Manager,,Growth,2024-01-01`,
    );
    const big = ["Name,Email,Job Title,Manager Email,Team,Start Date", ...rows].join("\n");
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const planned = await test.app.request("/api/v1/imports/people?dryRun=true", {
      method: "POST",
      body: big,
      headers: { ...cast.headers("admin"), "content-type": "text/csv" },
    });
    expect(planned.status).toBe(200);
    expect((await planned.json()).counts.create).toBe(20_000);
    const elsewhere = await test.app.request(
      "/api/v1/frameworks/validate",
      jsonRequest("POST", { source: big }, cast.headers("admin")),
    );
    expect(elsewhere.status).toBe(413);
  });

  it("imports a CSV body in the background and reports progress until done", async () => {
    const before = await peopleCount();
    const res = await test.app.request("/api/v1/imports/people", {
      method: "POST",
      body: csv,
      headers: { ...cast.headers("admin"), "content-type": "text/csv" },
    });
    expect(res.status).toBe(202);
    const started = await res.json();
    expect(res.headers.get("location")).toBe(`/api/v1/imports/${started.id}`);
    const job = await finished(started.id);
    expect(job).toMatchObject({
      status: "done",
      processed: job.total,
      result: { created: 2, updated: 0 },
    });
    expect(await peopleCount()).toBe(before + 2);
    const again = await test.app.request("/api/v1/imports/people?dryRun=true", {
      method: "POST",
      body: csv,
      headers: { ...cast.headers("admin"), "content-type": "text/csv" },
    });
    expect((await again.json()).counts).toEqual({ create: 0, update: 0, unchanged: 2 });
  });

  it("refuses a file with problems, one error per row, and writes nothing", async () => {
    const before = await peopleCount();
    const bad = `${csv}\nZoe,zoe@acme.test,Chief Vibes Officer,ghost@acme.test,,`;
    const res = await test.app.request(
      "/api/v1/imports/people",
      jsonRequest("POST", { csv: bad }, cast.headers("admin")),
    );
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.detail).toContain('Unmatched job titles: "Chief Vibes Officer"');
    expect(problem.errors.map((error: { path: string }) => error.path)).toEqual([
      "rows.4.job title",
      "rows.4.manager email",
    ]);
    expect(await peopleCount()).toBe(before);
  });

  it("lets only admins import people or see an import", async () => {
    const res = await test.app.request(
      "/api/v1/imports/people",
      jsonRequest("POST", { csv, dryRun: true }, cast.headers("directManager")),
    );
    expect(res.status).toBe(403);
    const unknown = await test.app.request("/api/v1/imports/00000000-0000-4000-8000-000000000000", {
      headers: cast.headers("admin"),
    });
    expect(unknown.status).toBe(404);
  });

  it("maps a job title to a role so the next import matches it", async () => {
    const headers = cast.headers("admin");
    const wrong = await test.app.request(
      "/api/v1/imports/title-mappings",
      jsonRequest("PUT", { title: "Product Owner", roleId: "wizard" }, headers),
    );
    expect(wrong.status).toBe(400);
    const saved = await test.app.request(
      "/api/v1/imports/title-mappings",
      jsonRequest("PUT", { title: "Product Owner", roleId: "pm" }, headers),
    );
    expect(saved.status).toBe(200);
    const list = await test.app.request("/api/v1/imports/title-mappings", { headers });
    expect(await list.json()).toEqual([{ title: "Product Owner", roleId: "pm" }]);
    const planned = await test.app.request(
      "/api/v1/imports/people",
      jsonRequest(
        "POST",
        { csv: "name,email,job title\nPia,pia@acme.test,product owner", dryRun: true },
        headers,
      ),
    );
    expect((await planned.json()).changes[0].roleId).toBe("pm");
  });
});
