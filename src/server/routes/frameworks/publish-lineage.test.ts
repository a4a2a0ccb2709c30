import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { lineageV1, lineageV2, otherFramework } from "../../../../test/migration-frameworks.ts";
import { type Cast, type CastKind, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import type { Framework } from "../../../framework/schema.ts";
import { createGrowthPlan } from "../../../storage/queries/growth-plans.ts";
import { setTitleMapping } from "../../../storage/queries/title-mappings.ts";

interface HeatmapRow {
  competencies: { mean: number | null; count: number }[];
}
interface BenchRow {
  ready: number;
  close: number;
}

describe.each(testDatabaseKinds())("publishing a framework over HTTP on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  beforeEach(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
  });
  afterEach(() => test.close());

  const get = (path: string, as: CastKind = "admin") =>
    test.app.request(path, { headers: cast.headers(as) });
  const send = (method: string, path: string, body: unknown, as: CastKind = "admin") =>
    test.app.request(path, jsonRequest(method, body, cast.headers(as)));

  /** Uploads a framework, reads its publish preview and publishes it, as an admin would. */
  async function publish(framework: Framework) {
    const imported = await send("POST", "/api/v1/frameworks", {
      source: JSON.stringify(framework),
      fileName: `${framework.id}-${framework.version}.json`,
    });
    expect(imported.status).toBe(201);
    const { id } = await imported.json();
    const preview = await send("POST", `/api/v1/frameworks/${id}/publish-preview`, {});
    expect(preview.status).toBe(200);
    const published = await send("POST", `/api/v1/frameworks/${id}/publish`, {});
    expect(published.status).toBe(200);
    return preview.json();
  }

  async function rate(as: CastKind, personId: string, raterKind: "self" | "manager") {
    const started = await send("POST", "/api/v1/assessments", { personId, raterKind }, as);
    expect(started.status).toBe(201);
    const { id } = await started.json();
    const ratings = [
      { competency: "strategy", level: 2 },
      { competency: "execution", level: 2 },
    ];
    const submitted = await send("POST", `/api/v1/assessments/${id}/submit`, { ratings }, as);
    expect(submitted.status).toBe(200);
  }

  /** Everything a person's pages read, as they see it, with their name and id taken out. */
  async function personReads(as: "self" | "peer") {
    const { personId } = cast.members[as];
    const name = as === "self" ? "Ava" : "Dev";
    const reads: Record<string, string> = {};
    for (const path of [
      "role-fits",
      "standing",
      "paths",
      "plan-draft?target=senior-pm",
      "trend",
      "report.md",
    ]) {
      const res = await get(`/api/v1/people/${personId}/${path}`, as);
      expect(res.status, path).toBe(200);
      reads[path] = (await res.text()).replaceAll(personId, "<id>").replaceAll(name, "<name>");
    }
    return reads;
  }

  /** The team and organisation views and the exports an admin or manager reads. */
  async function sharedReads() {
    const ben = cast.members.directManager.personId;
    const answers = await Promise.all(
      [
        `/api/v1/analytics/team/${ben}`,
        "/api/v1/analytics/org",
        "/api/v1/analytics/org/summary",
      ].map(async (path) => (await get(path)).json()),
    );
    const [team, org, summary] = answers;
    const csv = async (path: string) => (await get(path)).text();
    return {
      team,
      org,
      summary,
      ratingsCsv: await csv("/api/v1/exports/ratings.csv"),
      teamCsv: await csv(`/api/v1/exports/team-analytics.csv?managerId=${ben}`),
    };
  }

  const rated = (rows: HeatmapRow[]) =>
    rows.flatMap((row) => row.competencies).filter((cell) => cell.count > 0 || cell.mean !== null);
  const benched = (rows: BenchRow[]) => rows.filter((row) => row.ready + row.close > 0);

  it("starts another framework with no history: no old rating in any read, view, report or export", async () => {
    await publish(lineageV1());
    await rate("self", cast.members.self.personId, "self");
    await rate("directManager", cast.members.self.personId, "manager");

    // Rated, Ava's pages differ from Dev's, who was never rated: the comparison below can fail.
    const ratedAva = await personReads("self");
    const neverRated = await personReads("peer");
    for (const path of Object.keys(ratedAva))
      expect(ratedAva[path], path).not.toBe(neverRated[path]);
    const before = await sharedReads();
    expect(rated(before.team.heatmap)).not.toHaveLength(0);
    expect(rated(before.org.heatmap)).not.toHaveLength(0);
    expect(benched(before.org.bench)).not.toHaveLength(0);
    expect(before.org.alignment.compared).toBeGreaterThan(0);
    expect(before.ratingsCsv.trim().split("\n")).toHaveLength(5);

    const preview = await publish(otherFramework());
    expect(preview.historyCarriesOver).toBe(false);

    // On the other framework Ava reads exactly what a person never rated reads.
    const afterAva = await personReads("self");
    const afterDev = await personReads("peer");
    for (const path of Object.keys(afterAva)) expect(afterAva[path], path).toBe(afterDev[path]);
    expect(afterAva["report.md"]).not.toMatch(/\b2 of 2\b|Proficient/);
    const profile = await (
      await get(`/api/v1/people/${cast.members.self.personId}/profile`)
    ).json();
    expect(profile.history).toBe(
      "2 assessments made against another framework are left out: Other ladder starts without their ratings.",
    );
    const after = await sharedReads();
    expect(rated(after.team.heatmap)).toEqual([]);
    expect(rated(after.org.heatmap)).toEqual([]);
    expect(benched(after.team.bench)).toEqual([]);
    expect(benched(after.org.bench)).toEqual([]);
    expect(after.org.alignment.compared).toBe(0);
    expect(after.org.leniency).toEqual([]);
    expect(after.summary.reason).toContain("Other ladder 1.0.0");
    expect(JSON.stringify(after.summary)).not.toContain('"mean"');
    expect(after.ratingsCsv.trim().split("\n")).toHaveLength(1);
    expect(after.teamCsv.trim().split("\n").slice(1)).toEqual([
      "Payments,2,strategy,Strategy,,0",
      "Payments,2,execution,Execution,,0",
    ]);
  });

  it("carries people, plans, title mappings and history through a version that renames a role and a competency", async () => {
    await publish(lineageV1());
    const { orgId } = cast;
    const ben = cast.members.directManager.personId;
    const cleo = cast.members.skipManager.personId;
    const plan = await createGrowthPlan(test.db, {
      orgId,
      personId: ben,
      targetRoleId: "group-pm",
      focusCompetencies: ["execution"],
      goals: [{ title: "Ship the beta", competency: "execution" }],
    });
    await setTitleMapping(test.db, { orgId, title: "Lead PM", roleId: "group-pm" });
    await rate("skipManager", ben, "manager");

    const preview = await publish(lineageV2());
    expect(preview.roleChanges).toMatchObject([
      { name: "Cleo", fromTitle: "Group Product Manager", toTitle: "Lead Product Manager" },
    ]);

    const person = await (await get(`/api/v1/people/${cleo}`)).json();
    expect(person.roleId).toBe("lead-pm");
    const plans = await (await get(`/api/v1/people/${ben}/plans`, "directManager")).json();
    expect(plans.items).toMatchObject([
      { targetRoleId: "lead-pm", focusCompetencies: ["delivery"] },
    ]);
    const moved = await (await get(`/api/v1/plans/${plan.id}`, "directManager")).json();
    expect(moved.goals).toMatchObject([{ title: "Ship the beta", competency: "delivery" }]);
    const mappings = await (await get("/api/v1/imports/title-mappings")).json();
    expect(mappings).toEqual([{ title: "Lead PM", roleId: "lead-pm" }]);

    const profile = await (await get(`/api/v1/people/${ben}/profile`, "directManager")).json();
    expect(profile.competencies.delivery.level).toBe(2);
    expect(profile.competencies.execution).toBeUndefined();
    expect(profile.history).toBe(
      "Ratings made against version 1.0.0 carry over into 2.0.0 through its migration mapping.",
    );
    const fits = await (await get(`/api/v1/people/${ben}/role-fits`, "directManager")).json();
    const lead = fits.fits.find((fit: { roleId: string }) => fit.roleId === "lead-pm");
    expect(lead.unknown).toEqual(["ai-fluency"]);
    const trend = await (await get(`/api/v1/people/${ben}/trend`, "directManager")).json();
    const delivery = trend.trends.find((t: { competency: string }) => t.competency === "delivery");
    expect(delivery.points).toHaveLength(1);
    const paths = await (await get(`/api/v1/people/${cleo}/paths`, "skipManager")).text();
    expect(paths).not.toContain("group-pm");
  });
});
