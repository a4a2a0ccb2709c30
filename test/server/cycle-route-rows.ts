import { createCycle } from "../../src/storage/queries/cycles.ts";
import { at, type MatrixContext, type Row } from "./matrix-row.ts";

const future = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A fresh open cycle of the cast's organisation for Ava alone. */
async function avasCycle(get: () => MatrixContext): Promise<string> {
  const { db, cast } = get();
  const { cycle } = await createCycle(
    db,
    {
      orgId: cast.orgId,
      name: `Matrix check-in ${crypto.randomUUID().slice(0, 8)}`,
      startsOn: future(-1),
      endsOn: future(30),
      selfRated: true,
      managerRated: true,
      peerCount: 1,
      createdByUserId: null,
    },
    { kind: "people", personIds: [cast.members.self.personId] },
  );
  return cycle.id;
}

/** Matrix rows for check-in cycles: admins open and close, managers follow their people. */
export function cycleRouteRows(get: () => MatrixContext): Row[] {
  return [
    {
      name: "list check-in cycles",
      request: at("/api/v1/cycles"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "open a check-in cycle for Ava",
      request: async () => ({
        path: "/api/v1/cycles",
        method: "POST",
        body: {
          name: "H1 2027 career check-in",
          startsOn: future(0),
          endsOn: future(28),
          population: { kind: "people", personIds: [get().cast.members.self.personId] },
          raters: { self: true, manager: true, peers: 2 },
        },
      }),
      // Another organisation's admin cannot name Ava: nobody there has her id.
      expected: [401, 403, 403, 403, 403, 201, 400],
    },
    {
      name: "follow a cycle's completion (one's own people)",
      request: async () => ({ path: `/api/v1/cycles/${await avasCycle(get)}/completion` }),
      expected: [401, 200, 200, 200, 200, 200, 404],
    },
    {
      name: "follow the completion of Ben's people",
      request: async () => ({
        path: `/api/v1/cycles/${await avasCycle(get)}/completion?status=incomplete&managerId=${get().cast.members.directManager.personId}`,
      }),
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
    {
      name: "read the calibration of Ava's cycle (candidates under one, or everyone's)",
      request: async () => ({ path: `/api/v1/cycles/${await avasCycle(get)}/calibration` }),
      // Ava and Dev have nobody under them; another organisation's admin cannot find the cycle.
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
    {
      name: "remind Ava of a cycle",
      request: async () => ({
        path: `/api/v1/cycles/${await avasCycle(get)}/nudges`,
        method: "POST",
        body: { personId: get().cast.members.self.personId },
      }),
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
    {
      name: "choose Ava's peers for a cycle (Ava chooses)",
      request: async () => ({
        path: `/api/v1/cycles/${await avasCycle(get)}/people/${get().cast.members.self.personId}/peers`,
        method: "POST",
        body: { peerIds: [get().cast.members.peer.personId] },
      }),
      expected: [401, 200, 403, 403, 403, 403, 404],
    },
    {
      name: "read Ava's alignment conversation",
      request: async () => ({
        path: `/api/v1/cycles/${await avasCycle(get)}/people/${get().cast.members.self.personId}/alignment`,
      }),
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "record what Ava and her manager agreed",
      request: async () => {
        // Both views are in: Ava's self-assessment is seeded, her manager's is submitted here.
        await get().fixtures.draft("manager", true);
        return {
          path: `/api/v1/cycles/${await avasCycle(get)}/people/${get().cast.members.self.personId}/alignment`,
          method: "PUT",
          body: { note: "Strategy at level 3 for now.", agreedLevels: [] },
        };
      },
      expected: [401, 200, 403, 200, 200, 403, 404],
    },
    {
      name: "close a check-in cycle",
      request: async () => ({
        path: `/api/v1/cycles/${await avasCycle(get)}/close`,
        method: "POST",
      }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
  ];
}
