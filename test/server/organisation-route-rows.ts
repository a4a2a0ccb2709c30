import {
  createFrameworkVersion,
  getPublishedFrameworkVersion,
} from "../../src/storage/queries/framework-versions.ts";
import { buildFramework } from "../factories.ts";
import { at, type MatrixContext, type Row } from "./matrix-row.ts";

const background = {
  yearsExperience: 1,
  yearsInProductAdjacent: 0,
  domainExpertise: false,
  startupExperience: false,
  peopleLeadership: false,
  newGraduate: true,
};

/** Matrix rows for organisation-wide routes: analytics, frameworks, imports, exports and public reads; publishing comes last because it changes the published version. */
export function organisationRouteRows(get: () => MatrixContext): Row[] {
  const members = () => get().cast.members;
  let drafts = 0;
  const freshDraft = () =>
    createFrameworkVersion(get().db, {
      orgId: get().cast.orgId,
      document: { ...buildFramework(), version: `1.8.${++drafts}` },
      source: "{}",
    });
  return [
    {
      name: "see the direct manager's team analytics",
      request: async () => ({
        path: `/api/v1/analytics/team/${members().directManager.personId}`,
      }),
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
    {
      name: "read the audit log",
      request: at("/api/v1/audit?limit=5&action=person:update"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "set the organisation's time zone",
      request: at("/api/v1/organisation", "PATCH", { timeZone: "UTC" }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "see org analytics",
      request: at("/api/v1/analytics/org"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "see the org summary (distribution and span of control)",
      request: at("/api/v1/analytics/org/summary"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "page through every team's heatmap",
      request: at("/api/v1/analytics/org/heatmap?offset=0&limit=10"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "page through every manager's span of control",
      request: at("/api/v1/analytics/org/span-of-control?offset=0&limit=10"),
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
    // Single sign-on
    {
      name: "say whether single sign-on is set up",
      request: at("/api/v1/sso"),
      expected: [200, 200, 200, 200, 200, 200, 200],
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
      name: "start a framework draft to edit in the app",
      request: at("/api/v1/framework-drafts", "POST"),
      expected: [401, 403, 403, 403, 403, 201, 201],
    },
    {
      name: "open a framework draft in the editor",
      request: async () => ({ path: `/api/v1/framework-drafts/${(await freshDraft()).id}` }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "save a framework draft from the editor",
      request: async () => {
        const draft = await freshDraft();
        return {
          path: `/api/v1/framework-drafts/${draft.id}`,
          method: "PUT",
          body: { revision: draft.revision, document: draft.document },
        };
      },
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "download a framework version as YAML",
      request: async () => {
        const published = await getPublishedFrameworkVersion(get().db, get().cast.orgId);
        return { path: `/api/v1/frameworks/${published?.id}/export?format=yaml` };
      },
      expected: [401, 403, 403, 403, 403, 200, 404],
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
      name: "say whether anyone is signed in (a visitor is told no, without an error)",
      request: at("/api/v1/session"),
      expected: [200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "sign out everywhere (every session of the caller ends, then the cast's start again)",
      request: at("/api/v1/session/sign-out-everywhere", "POST"),
      expected: [401, 204, 204, 204, 204, 204, 204],
      after: () => get().cast.restoreSessions(),
    },
    {
      name: "ask everyone to rate themselves on a competency",
      request: at("/api/v1/rating-requests", "POST", {
        competencies: [buildFramework().competencies[0]?.id],
      }),
      expected: [401, 403, 403, 403, 403, 201, 201],
    },
    {
      name: "ask a manager's people to rate themselves on a competency",
      request: async () => ({
        path: "/api/v1/rating-requests",
        method: "POST",
        body: {
          competencies: [buildFramework().competencies[0]?.id],
          managerId: members().skipManager.personId,
        },
      }),
      expected: [401, 403, 403, 403, 403, 201, 404],
    },
    {
      name: "preview publishing a framework version",
      request: async () => {
        const { db, cast } = get();
        const version = await createFrameworkVersion(db, {
          orgId: cast.orgId,
          document: { ...buildFramework(), version: `1.9.${Date.now()}` },
          source: "{}",
        });
        return {
          path: `/api/v1/frameworks/${version.id}/publish-preview`,
          method: "POST",
          body: { roleMapping: {} },
        };
      },
      expected: [401, 403, 403, 403, 403, 200, 404],
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
