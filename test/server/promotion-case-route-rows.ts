import { and, eq, sql } from "drizzle-orm";
import { createPerson } from "../../src/storage/queries/people.ts";
import { createPromotionCase } from "../../src/storage/queries/promotion-cases.ts";
import { promotionCases } from "../../src/storage/schema.ts";
import { at, type MatrixContext, type Row } from "./matrix-row.ts";

/**
 * A fresh open case for Ava toward Senior PM, shared with her or not. Earlier open cases toward
 * that role are closed first (one open case per person and role), under a lock, so requests
 * built together never collide.
 */
async function avasCase(get: () => MatrixContext, shared = false): Promise<string> {
  const { db, cast } = get();
  const personId = cast.members.self.personId;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(71409)`);
    await tx
      .update(promotionCases)
      .set({ status: "decided", decision: "not-yet", decidedAt: new Date() })
      .where(and(eq(promotionCases.personId, personId), eq(promotionCases.status, "open")));
    const opened = await createPromotionCase(tx, {
      orgId: cast.orgId,
      personId,
      targetRoleId: "senior-pm",
      frameworkVersionId: null,
      frameworkVersion: "1.0.0",
      openedByPersonId: cast.members.directManager.personId,
      narrative: "",
      cycleId: null,
    });
    if (!opened) throw new Error("The matrix could not open a case for Ava.");
    if (shared) {
      await tx
        .update(promotionCases)
        .set({ sharedWithPerson: true })
        .where(eq(promotionCases.id, opened.id));
    }
    return opened.id;
  });
}

let newcomers = 0;

/** Matrix rows for promotion cases: a peer never sees one; the person only once shared. */
export function promotionCaseRouteRows(get: () => MatrixContext): Row[] {
  const caseAt =
    (suffix = "", method = "GET", body?: unknown, shared = false) =>
    async () => ({
      path: `/api/v1/promotion-cases/${await avasCase(get, shared)}${suffix}`,
      method,
      body,
    });
  return [
    {
      name: "list the promotion cases one may see",
      request: at("/api/v1/promotion-cases"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "open a promotion case for a new report of Ben",
      request: async () => {
        const { db, cast } = get();
        newcomers += 1;
        const person = await createPerson(db, {
          orgId: cast.orgId,
          name: `Hana ${newcomers}`,
          roleId: "pm",
          managerId: cast.members.directManager.personId,
        });
        return {
          path: "/api/v1/promotion-cases",
          method: "POST",
          body: { personId: person.id, targetRoleId: "senior-pm" },
        };
      },
      expected: [401, 403, 403, 201, 201, 403, 404],
    },
    {
      name: "read Ava's promotion case before it is shared",
      request: caseAt(),
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
    {
      name: "read Ava's promotion case once shared with her",
      request: caseAt("", "GET", undefined, true),
      expected: [401, 200, 403, 200, 200, 200, 404],
    },
    {
      name: "save the narrative of Ava's promotion case",
      request: caseAt("/narrative", "PUT", { narrative: "Ava led the pricing relaunch." }),
      expected: [401, 403, 403, 200, 200, 403, 404],
    },
    {
      name: "share Ava's promotion case with her",
      request: caseAt("/sharing", "PUT", { shared: true }),
      expected: [401, 403, 403, 200, 200, 403, 404],
    },
    {
      name: "decide on Ava's promotion case",
      request: caseAt("/decision", "POST", { decision: "with-a-plan", note: "Strategy first." }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "download Ava's promotion case as Markdown",
      request: caseAt("/case.md"),
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
    {
      name: "download Ava's promotion case as PDF",
      request: caseAt("/case.pdf"),
      expected: [401, 403, 403, 200, 200, 200, 404],
    },
  ];
}
