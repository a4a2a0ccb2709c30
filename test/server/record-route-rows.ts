import { addGoal } from "../../src/storage/queries/goals.ts";
import { at, type MatrixContext, type Row } from "./matrix-row.ts";

/** Matrix rows for a person's records: evidence, feedback, growth plans, reports and exports. */
export function recordRouteRows(get: () => MatrixContext): Row[] {
  const ids = () => get().fixtures.ids;
  const person = () => `/api/v1/people/${ids().ava}`;
  const members = () => get().cast.members;
  const goalToUse = async () => {
    const goal = await addGoal(get().db, {
      orgId: get().cast.orgId,
      planId: ids().plan,
      goal: { title: "Write a strategy memo" },
    });
    if (!goal) throw new Error("the matrix plan is missing");
    return goal;
  };
  return [
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
      name: "read my Home",
      request: at("/api/v1/me/home"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "find colleagues to ask for feedback",
      request: at("/api/v1/colleagues?search=a"),
      expected: [401, 200, 200, 200, 200, 200, 200],
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
      name: "read my own growth report with my private evidence",
      request: async () => ({ path: `${person()}/report.pdf?includePrivate=true` }),
      expected: [401, 200, 403, 403, 403, 403, 404],
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
      name: "comment on a goal",
      request: async () => ({
        path: `/api/v1/plans/${ids().plan}/goals/${(await goalToUse()).id}/comments`,
        method: "POST",
        body: { text: "The first interview went well." },
      }),
      expected: [401, 201, 403, 201, 201, 403, 404],
    },
    {
      name: "remove a goal",
      request: async () => ({
        path: `/api/v1/plans/${ids().plan}/goals/${(await goalToUse()).id}`,
        method: "DELETE",
      }),
      expected: [401, 204, 403, 204, 204, 403, 404],
    },
  ];
}
