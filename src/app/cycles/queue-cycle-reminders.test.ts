import { describe, expect, it } from "vitest";
import { dayFromToday, seedCycleCast } from "../../../test/cycle-cast.ts";
import { describeOnEachDatabase } from "../../../test/db.ts";
import { setMailOptOuts } from "../../storage/queries/mail-opt-outs.ts";
import { listOutboxMails } from "../../storage/queries/outbox-listing.ts";
import { openCycle } from "./open-cycle.ts";
import { cycleReminderOccasion, queueCycleReminders } from "./queue-cycle-reminders.ts";

const day = 86_400_000;
const publicUrl = "https://pathways.example.com";

describe("which reminder a day before the end of a window brings", () => {
  it.each([
    ["2027-01-20", "2027-02-05", null],
    ["2027-01-29", "2027-02-05", "7-days"],
    ["2027-02-02", "2027-02-05", "7-days"],
    ["2027-02-03", "2027-02-05", "2-days"],
    ["2027-02-05", "2027-02-05", "2-days"],
    ["2027-02-06", "2027-02-05", null],
  ])("on %s for a window ending %s: %s", (today, endsOn, expected) => {
    expect(cycleReminderOccasion(today, endsOn)).toBe(expected);
  });
});

describeOnEachDatabase("reminders before a cycle's window closes", (database) => {
  it("mails everyone who still owes something 7 and 2 days before, once each, unless they opted out", async () => {
    const { db, orgId, erin, ben, ava, cleo, submit } = await seedCycleCast(database().db);
    await openCycle({ db, now: () => new Date() }, erin.actor, {
      name: "H1 2027 career check-in",
      startsOn: dayFromToday(-1),
      endsOn: dayFromToday(10),
      population: { kind: "team", managerId: ben.person.id },
      raters: { self: true, manager: true, peers: 0 },
    });
    await submit(ava.person.id, ava, "self");
    await setMailOptOuts(db, { orgId, personId: cleo.person.id, mailOptOuts: ["cycle-reminder"] });
    const run = (days: number) =>
      queueCycleReminders({ db, now: new Date(Date.now() + days * day), publicUrl });

    expect(await run(0)).toBe(0);
    expect(await run(3)).toBe(1);
    expect(await run(3)).toBe(0);
    const [toBen] = await listOutboxMails(db, { orgId });
    expect(toBen).toMatchObject({ kind: "cycle-reminder", toAddress: "ben@acme.example" });
    expect(toBen?.textBody).toContain("Your assessment of Ava and Cleo is still open.");
    expect(toBen?.textBody).toContain(`${publicUrl}/team`);
    expect(await run(8)).toBe(1);
    expect(await run(11)).toBe(0);
  });
});
