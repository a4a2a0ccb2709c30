import { expect, it } from "vitest";
import { growthReport } from "../../src/app/growth-report.ts";
import { readHome } from "../../src/app/home/read-home.ts";
import { localAdminActor } from "../../src/app/local-admin-actor.ts";
import type { RoleFit } from "../../src/engine/types.ts";
import { renderReportMarkdown } from "../../src/reports/render-report-markdown.ts";
import { listOrganisations } from "../../src/storage/queries/organisations.ts";
import type { Profile } from "../../src/web/api/types.ts";
import { readinessFor } from "../../src/web/team/report-summary.ts";
import { describeOnEachDatabase } from "../db.ts";
import { demoAnswersNow, openDemoApp } from "./collect-demo-answers.ts";

interface Listed {
  id: string;
  name: string;
  roleId: string | null;
}

/**
 * For every person of the demo organisation, the profile page (the API's profile), the team page
 * (readiness for the role the reports table picks) and the growth report (Markdown over HTTP and
 * the CLI's report through the local admin) and the person's own Home name the same next role.
 */
describeOnEachDatabase("the next role on every surface", (database) => {
  it("is the same role for each demo person", { timeout: 300_000 }, async () => {
    const { db } = database();
    const { app, frameworks, cookie } = await openDemoApp(db);
    const get = async (path: string) => {
      const response = await app.request(path, { headers: { cookie } });
      expect(response.status).toBe(200);
      return response;
    };
    const [organisation] = await listOrganisations(db);
    if (!organisation) throw new Error("The demo organisation was not seeded.");
    const people = (await (await get("/api/v1/people?limit=100")).json()).items as Listed[];
    const named = new Set<string>();
    for (const person of people) {
      const base = `/api/v1/people/${person.id}`;
      const profile = (await (await get(`${base}/profile`)).json()) as Profile;
      const { fits } = (await (await get(`${base}/role-fits`)).json()) as { fits: RoleFit[] };
      const markdown = await (await get(`${base}/report.md`)).text();
      const cli = await growthReport(
        { db, frameworks, now: () => demoAnswersNow },
        localAdminActor(organisation.id),
        person.id,
      );
      const next = profile.nextRole;
      expect(cli.nextRole, person.name).toEqual(next);
      const home = await readHome(
        { db, frameworks, now: () => demoAnswersNow },
        {
          kind: "user",
          userId: `home-of-${person.id}`,
          orgId: organisation.id,
          personId: person.id,
          role: "member",
        },
        { taskLimit: 1 },
      );
      expect(home.standing?.next?.roleId ?? null, person.name).toBe(next?.roleId ?? null);
      if (next) expect(home.standing?.next?.reason, person.name).toBe(next.reason);
      const teamPageRole = readinessFor(profile, person.roleId, fits)?.roleId ?? null;
      expect(teamPageRole, person.name).toBe(next?.roleId ?? person.roleId);
      expect(markdown, person.name).toContain(
        next ? `Next role: ${next.reason}` : "Next role: none yet.",
      );
      expect(renderReportMarkdown(cli), person.name).toContain(
        next ? `Next role: ${next.reason}` : "Next role: none yet.",
      );
      if (next) named.add(next.roleId);
    }
    // The demo covers target roles and promotions alike, so the comparison means something.
    expect(named.size).toBeGreaterThan(3);
  });
});
