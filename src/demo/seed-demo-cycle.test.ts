import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../test/db.ts";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { participantCompletion } from "../app/cycles/participant-completion.ts";
import { cycleCompletion } from "../storage/queries/cycle-completion.ts";
import { listCycles } from "../storage/queries/cycles.ts";
import { seedDemoOrganisation } from "./seed-demo-organisation.ts";

const framework = loadDefaultFramework();
const now = new Date("2026-06-01T08:00:00.000Z");

describeOnEachDatabase("the demo's check-in cycle", (database) => {
  it("is open for the demo manager's people, some of them done and some not", async () => {
    const { db } = database();
    const { orgId } = await seedDemoOrganisation({
      db,
      framework,
      now,
      hashPassword: async (password) => `plain:${password}`,
    });
    const [cycle] = await listCycles(db, orgId);
    expect(cycle).toMatchObject({
      name: "H2 2026 career check-in",
      status: "open",
      startsOn: "2026-05-22",
      endsOn: "2026-06-19",
    });
    const people = (await cycleCompletion(db, { orgId, cycleId: cycle?.id ?? "" })).map(
      participantCompletion,
    );
    const selfDone = people.filter((person) => person.self === "done").length;
    const complete = people.filter((person) => person.complete).length;
    expect(people.length).toBeGreaterThan(3);
    expect(selfDone).toBeGreaterThan(0);
    expect(selfDone).toBeLessThan(people.length);
    expect(complete).toBeGreaterThan(0);
    expect(complete).toBeLessThan(selfDone);
  });
});
