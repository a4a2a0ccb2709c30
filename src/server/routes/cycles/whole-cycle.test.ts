import { afterAll, describe, expect, it } from "vitest";
import { openTestPglite, type TestDatabase } from "../../../../test/db.ts";
import { type CastMember, seedCast, seedMember } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { queueCycleReminders } from "../../../app/cycles/queue-cycle-reminders.ts";
import { listOutboxMails } from "../../../storage/queries/outbox-listing.ts";

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// The embedded database only: the storage rules it walks are tested on both databases elsewhere,
// and running it twice would double the suite's longest API test.
describe("a whole half-year cycle for a 60-person organisation", () => {
  let database: TestDatabase | undefined;
  afterAll(() => database?.close());

  it("runs from opening to closing through the API alone", { timeout: 120_000 }, async () => {
    database = await openTestPglite();
    const { db } = database;
    const cast = await seedCast(db);
    const app = createAppOnDatabase(db, { publicUrl: "https://pathways.example.com" });
    const admin = cast.members.admin;
    const call = async (who: CastMember, method: string, path: string, body?: unknown) => {
      const res = await app.request(
        path,
        body === undefined
          ? { method, headers: who.headers }
          : jsonRequest(method, body, who.headers),
      );
      if (res.status >= 300)
        throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    // Five managers with eleven people each join the cast's five: sixty people in all.
    const teams: { manager: CastMember; people: CastMember[] }[] = [];
    for (let t = 0; t < 5; t++) {
      const team = `Team ${t}`;
      const manager = await seedMember(db, {
        orgId: cast.orgId,
        name: `Manager${t}`,
        role: "member",
        team,
      });
      const people: CastMember[] = [];
      for (let p = 0; p < 10; p++) {
        people.push(
          await seedMember(db, {
            orgId: cast.orgId,
            name: `Person${t}x${p}`,
            role: "member",
            managerId: manager.personId,
            team,
          }),
        );
      }
      teams.push({ manager, people });
    }

    const cycle = await call(admin, "POST", "/api/v1/cycles", {
      name: "H1 2027 career check-in",
      startsOn: day(0),
      endsOn: day(7),
      population: { kind: "everyone" },
      raters: { self: true, manager: true, peers: 1, peersChosenBy: "person" },
    });
    expect(cycle.participants).toBe(60);
    expect(
      await queueCycleReminders({ db, now: new Date(), publicUrl: "https://x.example" }),
    ).toBeGreaterThan(50);

    const assess = async (
      rater: CastMember,
      personId: string,
      raterKind: "self" | "manager",
      level: number,
    ) => {
      const draft = await call(rater, "POST", "/api/v1/assessments", {
        personId,
        raterKind,
        ratings: [],
      });
      await call(rater, "POST", `/api/v1/assessments/${draft.id}/submit`, {
        ratings: [
          { competency: "product-strategy", level, note: `${raterKind} view` },
          { competency: "execution", level: 2 },
        ],
      });
    };
    for (const { manager, people } of teams) {
      for (const [index, person] of people.entries()) {
        const peer = people[(index + 1) % people.length] as CastMember;
        await assess(person, person.personId, "self", 2);
        await assess(manager, person.personId, "manager", 1);
        await call(person, "POST", `/api/v1/cycles/${cycle.id}/people/${person.personId}/peers`, {
          peerIds: [peer.personId],
        });
      }
      for (const person of people) {
        const inbox = await call(person, "GET", "/api/v1/feedback-requests");
        for (const request of inbox.items) {
          await call(person, "POST", `/api/v1/feedback-requests/${request.id}/answer`, {
            ratings: [{ competency: "product-strategy", level: 2 }],
          });
        }
      }
      for (const person of people) {
        const path = `/api/v1/cycles/${cycle.id}/people/${person.personId}/alignment`;
        const read = await call(manager, "GET", path);
        expect(read.conversation.items[0].words).toMatch(/sees level 2, you see level 1\.$/);
        await call(manager, "PUT", path, {
          note: "Strategy agreed at level 2.",
          agreedLevels: [{ competency: "product-strategy", level: 2 }],
        });
        const draft = await call(
          person,
          "GET",
          `/api/v1/people/${person.personId}/plan-draft?target=senior-pm`,
        );
        expect(draft.startsFrom).toBe(
          "Starts from the levels agreed in H1 2027 career check-in for one competency.",
        );
      }
    }
    const first = teams[0]?.people[0] as CastMember;
    const plan = await call(first, "POST", `/api/v1/people/${first.personId}/plans`, {
      targetRoleId: "senior-pm",
    });
    await call(first, "POST", `/api/v1/plans/${plan.id}/check-ins`, { date: day(0), progress: 20 });

    const completion = await call(admin, "GET", `/api/v1/cycles/${cycle.id}/completion`);
    const teamPeople = completion.people.filter((row: { team: string }) =>
      row.team.startsWith("Team "),
    );
    expect(
      teamPeople
        .filter((row: { personId: string }) =>
          teams.some((t) => t.people.some((p) => p.personId === row.personId)),
        )
        .every(
          (row: { complete: boolean; alignment: string }) =>
            row.complete && row.alignment === "done",
        ),
    ).toBe(true);
    const mails = await listOutboxMails(db, { orgId: cast.orgId, limit: 500 });
    expect(mails.filter((mail) => mail.kind === "cycle-reminder").length).toBeGreaterThan(50);

    const closed = await call(admin, "POST", `/api/v1/cycles/${cycle.id}/close`);
    expect(closed.status).toBe("closed");
    const trend = await call(first, "GET", `/api/v1/people/${first.personId}/trend`);
    expect(trend.source).toBe("cycles");
    expect(trend.trends[0].points[0].label).toBe("H1 2027 career check-in");
  });
});
