import { buildFramework } from "../../../test/factories.ts";
import type { Database } from "../../storage/database.ts";
import {
  createFrameworkVersion,
  getPublishedFrameworkVersion,
} from "../../storage/queries/framework-versions.ts";
import { addGoal } from "../../storage/queries/goals.ts";
import { createPerson } from "../../storage/queries/people.ts";
import type { MatrixFixtures } from "./matrix-fixtures.ts";
import type { Cast } from "./seed-cast.ts";

type Expected = number;

/** One route call and the status expected for each actor. */
export interface Row {
  name: string;
  /** Builds the request; `fresh` rows make their own target so destructive calls stay independent. */
  request: () => Promise<{ path: string; method?: string; body?: unknown }>;
  /** Order: anonymous, self, peer, direct manager, skip-level manager, admin, other org's admin. */
  expected: [Expected, Expected, Expected, Expected, Expected, Expected, Expected];
}

const at =
  (path: string, method = "GET", body?: unknown) =>
  async () => ({ path, method, body });
const background = {
  yearsExperience: 1,
  yearsInProductAdjacent: 0,
  domainExpertise: false,
  startupExperience: false,
  peopleLeadership: false,
  newGraduate: true,
};

/** What the rows reach for when a request is built (after seeding, so it is read lazily). */
export interface MatrixContext {
  db: Database;
  cast: Cast;
  fixtures: MatrixFixtures;
}

/** Every route of the API as a row of the access matrix. */
export function routeMatrixRows(get: () => MatrixContext): Row[] {
  const ids = () => get().fixtures.ids;
  const person = () => `/api/v1/people/${ids().ava}`;
  const members = () => get().cast.members;
  return [
    {
      name: "list people",
      request: at("/api/v1/people"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "read the person",
      request: async () => ({ path: person() }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "rename the person",
      request: async () => ({ path: person(), method: "PATCH", body: { name: "Ava" } }),
      expected: [401, 200, 403, 403, 403, 200, 404],
    },
    {
      name: "add a person",
      request: at("/api/v1/people", "POST", { name: "Hal" }),
      expected: [401, 403, 403, 403, 403, 201, 201],
    },
    {
      name: "remove a person",
      request: async () => {
        const victim = await createPerson(get().db, {
          orgId: get().cast.orgId,
          name: "Ivy",
          managerId: members().directManager.personId,
        });
        return { path: `/api/v1/people/${victim.id}`, method: "DELETE" };
      },
      expected: [401, 403, 403, 403, 403, 204, 404],
    },
    {
      name: "read a submitted self-assessment",
      request: async () => ({ path: `/api/v1/assessments/${ids().submittedSelf}` }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "read a draft self-assessment",
      request: async () => ({ path: `/api/v1/assessments/${ids().draftSelf}` }),
      expected: [401, 200, 403, 403, 403, 403, 404],
    },
    {
      name: "read the direct manager's draft",
      request: async () => ({ path: `/api/v1/assessments/${ids().draftManager}` }),
      expected: [401, 403, 403, 200, 403, 403, 404],
    },
    {
      name: "start a self-assessment",
      request: async () => ({
        path: "/api/v1/assessments",
        method: "POST",
        body: { personId: ids().ava, raterKind: "self" },
      }),
      expected: [401, 201, 403, 403, 403, 403, 404],
    },
    {
      name: "start a manager assessment",
      request: async () => ({
        path: "/api/v1/assessments",
        method: "POST",
        body: { personId: ids().ava, raterKind: "manager" },
      }),
      expected: [401, 403, 403, 201, 201, 403, 404],
    },
    {
      name: "autosave the self-assessment draft",
      request: async () => ({
        path: `/api/v1/assessments/${ids().draftSelf}/ratings`,
        method: "PUT",
        body: { ratings: [] },
      }),
      expected: [401, 200, 403, 403, 403, 403, 404],
    },
    {
      name: "submit a self-assessment draft",
      request: async () => ({
        path: `/api/v1/assessments/${await get().fixtures.draft("self")}/submit`,
        method: "POST",
        body: {},
      }),
      expected: [401, 200, 403, 403, 403, 403, 404],
    },
    {
      name: "list the person's assessments",
      request: async () => ({ path: `${person()}/assessments` }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "read the profile",
      request: async () => ({ path: `${person()}/profile` }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "read the trend",
      request: async () => ({ path: `${person()}/trend` }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "read the role fits",
      request: async () => ({ path: `${person()}/role-fits` }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "read where they stand",
      request: async () => ({ path: `${person()}/standing` }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "read private evidence",
      request: async () => ({ path: `/api/v1/evidence/${ids().privateEvidence}` }),
      expected: [401, 200, 403, 403, 403, 403, 404],
    },
    {
      name: "read evidence shared with managers",
      request: async () => ({ path: `/api/v1/evidence/${ids().managerEvidence}` }),
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "read evidence shared with the organisation",
      request: async () => ({ path: `/api/v1/evidence/${ids().orgEvidence}` }),
      expected: [401, 200, 200, 200, 200, 200, 404],
    },
    {
      name: "list the person's evidence",
      request: async () => ({ path: `${person()}/evidence` }),
      expected: [401, 200, 200, 200, 200, 200, 404],
    },
    {
      name: "log evidence for the person",
      request: async () => ({
        path: `${person()}/evidence`,
        method: "POST",
        body: { date: "2026-06-01", title: "Won" },
      }),
      expected: [401, 201, 403, 403, 403, 403, 404],
    },
    {
      name: "change evidence",
      request: async () => ({
        path: `/api/v1/evidence/${ids().orgEvidence}`,
        method: "PATCH",
        body: { title: "A bigger win" },
      }),
      expected: [401, 200, 403, 403, 403, 403, 404],
    },
    {
      name: "delete evidence",
      request: async () => ({
        path: `/api/v1/evidence/${await get().fixtures.evidence("manager")}`,
        method: "DELETE",
      }),
      expected: [401, 204, 403, 403, 403, 403, 404],
    },
    {
      name: "ask for feedback about the person",
      request: async () => ({
        path: `${person()}/feedback-requests`,
        method: "POST",
        body: { addresseePersonId: members().peer.personId, competencies: ["execution"] },
      }),
      expected: [401, 201, 403, 201, 201, 403, 404],
    },
    {
      name: "answer a request addressed to the peer",
      request: async () => ({
        path: `/api/v1/feedback-requests/${await get().fixtures.feedbackRequest()}/answer`,
        method: "POST",
        body: { ratings: [{ competency: "execution", level: 3 }] },
      }),
      expected: [401, 403, 200, 403, 403, 403, 404],
    },
    {
      name: "decline a request addressed to the peer",
      request: async () => ({
        path: `/api/v1/feedback-requests/${await get().fixtures.feedbackRequest()}/decline`,
        method: "POST",
      }),
      expected: [401, 403, 200, 403, 403, 403, 404],
    },
    {
      name: "list paths for the person",
      request: async () => ({ path: `${person()}/paths?target=senior-pm` }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "draft a growth plan for the person",
      request: async () => ({ path: `${person()}/plan-draft?target=senior-pm` }),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "see the direct manager's team analytics",
      request: async () => ({
        path: `/api/v1/analytics/team/${members().directManager.personId}`,
      }),
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
    {
      name: "see org analytics",
      request: at("/api/v1/analytics/org"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "list framework versions",
      request: at("/api/v1/frameworks"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "validate a framework file",
      request: at("/api/v1/frameworks/validate", "POST", { source: "id: x" }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "see feedback requests addressed to me",
      request: at("/api/v1/feedback-requests"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "list growth plans",
      request: async () => ({ path: `${person()}/plans` }),
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "start a growth plan",
      request: async () => ({
        path: `${person()}/plans`,
        method: "POST",
        body: { focusCompetencies: ["execution"] },
      }),
      expected: [401, 201, 403, 201, 201, 403, 404],
    },
    {
      name: "record a check-in",
      request: async () => ({
        path: `/api/v1/plans/${ids().plan}/check-ins`,
        method: "POST",
        body: { date: "2026-06-01" },
      }),
      expected: [401, 201, 403, 201, 201, 403, 404],
    },
    {
      name: "compare two roles",
      request: at("/api/v1/roles/compare?from=pm&to=senior-pm"),
      expected: [200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "place a newcomer",
      request: at("/api/v1/placement", "POST", { background }),
      expected: [200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "export my own data",
      request: at("/api/v1/me/export"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "read the growth report as Markdown",
      request: async () => ({ path: `${person()}/report.md` }),
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "read the growth report as PDF",
      request: async () => ({ path: `${person()}/report.pdf` }),
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "read the published framework",
      request: at("/api/v1/frameworks/current"),
      expected: [200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "import a framework version",
      request: async () => ({
        path: "/api/v1/frameworks",
        method: "POST",
        body: { source: JSON.stringify({ ...buildFramework(), version: "1.1.0" }) },
      }),
      expected: [401, 403, 403, 403, 403, 201, 201],
    },
    {
      name: "diff a framework version against the published one",
      request: async () => {
        const published = await getPublishedFrameworkVersion(get().db, get().cast.orgId);
        return { path: `/api/v1/frameworks/${published?.id}/diff` };
      },
      expected: [401, 200, 200, 200, 200, 200, 404],
    },
    {
      name: "read a growth plan",
      request: async () => ({ path: `/api/v1/plans/${ids().plan}` }),
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "change a growth plan",
      request: async () => ({
        path: `/api/v1/plans/${ids().plan}`,
        method: "PATCH",
        body: { checkInEveryDays: 21 },
      }),
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "add a goal to a growth plan",
      request: async () => ({
        path: `/api/v1/plans/${ids().plan}/goals`,
        method: "POST",
        body: { title: "Run two discovery interviews a week" },
      }),
      expected: [401, 201, 403, 201, 201, 403, 404],
    },
    {
      name: "change a goal",
      request: async () => {
        const goal = await addGoal(get().db, {
          orgId: get().cast.orgId,
          planId: ids().plan,
          goal: { title: "Write a strategy memo" },
        });
        return {
          path: `/api/v1/plans/${ids().plan}/goals/${goal?.id}`,
          method: "PATCH",
          body: { status: "done" },
        };
      },
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "list job-title mappings",
      request: at("/api/v1/imports/title-mappings"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "map a job title to a role",
      request: at("/api/v1/imports/title-mappings", "PUT", {
        title: "Product Owner",
        roleId: "pm",
      }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "plan a people import (dry run)",
      request: at("/api/v1/imports/people", "POST", {
        csv: "name,email,job title\nHal Jordan,hal@example.com,Product Manager\n",
        dryRun: true,
      }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "follow a people import",
      request: at("/api/v1/imports/00000000-0000-4000-8000-000000000000"),
      expected: [401, 403, 403, 403, 403, 404, 404],
    },
    {
      name: "export people as CSV",
      request: at("/api/v1/exports/people.csv"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "export ratings as CSV",
      request: at("/api/v1/exports/ratings.csv"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "export team analytics as CSV",
      request: async () => ({
        path: `/api/v1/exports/team-analytics.csv?managerId=${members().directManager.personId}`,
      }),
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
    {
      name: "say who is signed in",
      request: at("/api/v1/session/me"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "publish a framework version (last: it changes the published version)",
      request: async () => {
        const { db, cast } = get();
        const version = await createFrameworkVersion(db, {
          orgId: cast.orgId,
          document: { ...buildFramework(), version: `2.0.${Date.now()}` },
          source: "{}",
        });
        return { path: `/api/v1/frameworks/${version.id}/publish`, method: "POST" };
      },
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
  ];
}
