import { createPerson } from "../../src/storage/queries/people.ts";
import { at, type MatrixContext, type Row } from "./matrix-row.ts";

const newGraduate = {
  yearsExperience: 0,
  yearsInProductAdjacent: 0,
  domainExpertise: false,
  startupExperience: false,
  peopleLeadership: false,
  newGraduate: true,
};

/** Matrix rows for people, their assessments and the engine's reads of them. */
export function peopleRouteRows(get: () => MatrixContext): Row[] {
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
      name: "list the direct manager's team",
      request: async () => ({
        path: `/api/v1/people?reportsTo=${members().directManager.personId}&depth=direct`,
      }),
      expected: [401, 403, 403, 200, 200, 200, 404],
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
      name: "save a placement as a new hire's starting role",
      request: async () => {
        const hire = await createPerson(get().db, {
          orgId: get().cast.orgId,
          name: "Nia",
          managerId: members().directManager.personId,
        });
        return {
          path: `/api/v1/people/${hire.id}/placement`,
          method: "POST",
          body: { background: newGraduate },
        };
      },
      expected: [401, 403, 403, 403, 403, 200, 404],
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
  ];
}
