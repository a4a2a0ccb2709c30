import { expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase, seedOrganisation } from "../../test/db.ts";
import { singleVersionLineage } from "../engine/profile/framework-lineage.ts";
import { listAuditLog } from "../storage/queries/audit-log.ts";
import { createPerson } from "../storage/queries/people.ts";
import { listRoleHistory } from "../storage/queries/role-history.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { listVisiblePeople } from "./list-visible-people.ts";
import { Refusal } from "./refusal.ts";
import { updatePersonAs } from "./update-person.ts";

const framework = buildTestFramework();
const frameworks: FrameworkSource = {
  current: async () => ({
    framework,
    version: framework.version,
    versionId: null,
    lineage: singleVersionLineage(framework),
  }),
  defaultFramework: { framework, source: "" },
  forget: () => {},
};
// Today, as createPerson dates the first role, so the change cannot predate it.
const now = () => new Date();

describeOnEachDatabase("changing and listing people as an actor", (database) => {
  async function seed() {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const cleo = await createPerson(db, { orgId, name: "Cleo", team: "Core" });
    const ben = await createPerson(db, { orgId, name: "Ben", managerId: cleo.id, team: "Core" });
    const ava = await createPerson(db, { orgId, name: "Ava", managerId: ben.id, roleId: "pm" });
    const dev = await createPerson(db, { orgId, name: "Dev", team: "Growth" });
    const as = (personId: string | null, role: "member" | "admin" = "member") =>
      ({ kind: "user", userId: crypto.randomUUID(), orgId, personId, role }) as const;
    return { db, orgId, cleo, ben, ava, dev, as };
  }
  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => null,
      (error: unknown) => (error instanceof Refusal ? error : null),
    );

  it("lets a person change their own name, and audits it", async () => {
    const { db, orgId, ava, as } = await seed();
    const changed = await updatePersonAs({ db, frameworks, now }, as(ava.id), ava.id, {
      name: "Ava Stone",
    });
    expect(changed.name).toBe("Ava Stone");
    const [entry] = await listAuditLog(db, { orgId, targetId: ava.id });
    expect(entry).toMatchObject({ action: "person:update", targetType: "person" });
  });

  it("keeps role, manager, team and email for admins, naming the fields touched", async () => {
    const { db, ava, as } = await seed();
    const refused = await refusal(
      updatePersonAs({ db, frameworks, now }, as(ava.id), ava.id, { name: "A", team: "X" }),
    );
    expect(refused?.kind).toBe("forbidden");
    expect(refused?.message).toBe("Only admins change team; ask an admin of your organisation.");
  });

  it("refuses a manager from inside the person's own reporting line, saying where", async () => {
    const { db, cleo, ava, as } = await seed();
    const refused = await refusal(
      updatePersonAs({ db, frameworks, now }, as(null, "admin"), cleo.id, { managerId: ava.id }),
    );
    expect(refused?.kind).toBe("validation");
    expect(refused?.fields.map((field) => field.path)).toEqual(["managerId"]);
  });

  it("records an admin's role change in the role history", async () => {
    const { db, orgId, ava, as } = await seed();
    await updatePersonAs({ db, frameworks, now }, as(null, "admin"), ava.id, {
      roleId: "senior-pm",
    });
    const history = await listRoleHistory(db, orgId, ava.id);
    expect(history.map((stint) => stint.roleId).sort()).toEqual(["pm", "senior-pm"]);
    expect(history.find((stint) => stint.to === null)?.roleId).toBe("senior-pm");
  });

  it("lists admins everyone, members their own reporting line, and a team only to those above it", async () => {
    const { db, cleo, ben, ava, as } = await seed();
    const page = { limit: 50 };
    const names = (people: { name: string }[]) => people.map((person) => person.name);
    expect(names(await listVisiblePeople(db, as(null, "admin"), {}, page))).toEqual([
      "Ava",
      "Ben",
      "Cleo",
      "Dev",
    ]);
    expect(names(await listVisiblePeople(db, as(null, "admin"), { team: "Core" }, page))).toEqual([
      "Ben",
      "Cleo",
    ]);
    expect(names(await listVisiblePeople(db, as(cleo.id), {}, page))).toEqual([
      "Ava",
      "Ben",
      "Cleo",
    ]);
    expect(
      names(await listVisiblePeople(db, as(cleo.id), { reportsTo: ben.id, depth: "direct" }, page)),
    ).toEqual(["Ava"]);
    const refused = await refusal(listVisiblePeople(db, as(ava.id), { reportsTo: ben.id }, page));
    expect(refused?.kind).toBe("forbidden");
    expect(await listVisiblePeople(db, as(null), {}, page)).toEqual([]);
  });
});
