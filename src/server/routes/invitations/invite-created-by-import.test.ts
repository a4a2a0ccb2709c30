import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import { seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { createPerson } from "../../../storage/queries/people.ts";
import { outboxMails } from "../../../storage/schema.ts";

describeOnEachDatabase("inviting the people an import created", (database) => {
  async function setUp() {
    const { db } = database();
    const cast = await seedCast(db);
    const app = createAppOnDatabase(db, { publicUrl: "https://pathways.example.com" });
    const admin = cast.members.admin.headers;
    const invite = (body: unknown, headers = admin) =>
      app.request("/api/v1/invitations", jsonRequest("POST", body, headers));
    async function importPeople(csv: string): Promise<{ id: string; result: unknown }> {
      const started = await app.request("/api/v1/imports/people", {
        method: "POST",
        body: csv,
        headers: { ...admin, "content-type": "text/csv" },
      });
      expect(started.status).toBe(202);
      const { id } = await started.json();
      for (let attempt = 0; attempt < 200; attempt++) {
        const job = await (await app.request(`/api/v1/imports/${id}`, { headers: admin })).json();
        if (job.status === "done") return job;
        expect(job.status).toBe("running");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error("The import did not finish.");
    }
    const mailedTo = async () =>
      (await db.select({ to: outboxMails.toAddress }).from(outboxMails)).map((mail) => mail.to);
    return { db, cast, app, admin, invite, importPeople, mailedTo };
  }

  it("invites exactly the people the import added, not others still waiting for a link", async () => {
    const { db, cast, invite, importPeople, mailedTo } = await setUp();
    await createPerson(db, { orgId: cast.orgId, name: "Wes Waiting", email: "wes@acme.example" });
    const job = await importPeople(
      [
        "Name,Email,Job Title,Manager Email,Team,Start Date",
        "Nia Obi,nia@acme.example,Product Manager,,Payments,2024-02-01",
        "Omar Ray,omar@acme.example,Product Manager,nia@acme.example,Payments,",
      ].join("\n"),
    );
    // The poll answers what the import wrote, not whom: that stays on the server.
    expect(job.result).toEqual({ created: 2, updated: 0, unchanged: 0 });

    const res = await invite({ createdByImport: job.id });
    expect(res.status).toBe(200);
    const outcome = await res.json();
    expect(outcome.invited.map((one: { email: string }) => one.email)).toEqual([
      "nia@acme.example",
      "omar@acme.example",
    ]);
    expect((await mailedTo()).sort()).toEqual(["nia@acme.example", "omar@acme.example"]);
    const sent = (await listAuditLog(db, { orgId: cast.orgId })).filter(
      (entry) => entry.action === "invitation:send",
    );
    expect(sent).toHaveLength(2);

    // Offered again, it sends nothing new: both hold a working link.
    const again = await (await invite({ createdByImport: job.id })).json();
    expect(again.invited).toEqual([]);
    expect(again.skipped).toHaveLength(2);
    expect(await mailedTo()).toHaveLength(2);

    // The People page's bulk invite still reaches everyone waiting.
    const everyone = await (await invite({ everyoneUninvited: true })).json();
    expect(everyone.invited.map((one: { email: string }) => one.email)).toContain(
      "wes@acme.example",
    );
  });

  it("refuses an unknown import, another organisation's import and non-admins, sending nothing", async () => {
    const { cast, invite, importPeople, mailedTo } = await setUp();
    const job = await importPeople(
      "Name,Email,Job Title,Manager Email,Team,Start Date\nPia Lund,pia@acme.example,Product Manager,,Payments,",
    );
    const unknown = await invite({ createdByImport: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).detail).toContain("No people import");
    const elsewhere = await invite({ createdByImport: job.id }, cast.members.otherOrgAdmin.headers);
    expect(elsewhere.status).toBe(404);
    const manager = await invite({ createdByImport: job.id }, cast.members.directManager.headers);
    expect(manager.status).toBe(403);
    const bad = await invite({ createdByImport: "last-one" });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect(await mailedTo()).toEqual([]);
  });
});
