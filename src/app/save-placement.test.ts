import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../test/db.ts";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { singleVersionLineage } from "../engine/profile/framework-lineage.ts";
import { listAuditLog } from "../storage/queries/audit-log.ts";
import { createPerson, getPerson } from "../storage/queries/people.ts";
import { listRoleHistory } from "../storage/queries/role-history.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { Refusal } from "./refusal.ts";
import { savePlacementAs } from "./save-placement.ts";

const framework = loadDefaultFramework();
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
const now = () => new Date();
const mei = {
  yearsExperience: 6,
  yearsInProduct: 6,
  yearsInProductAdjacent: 0,
  domainExpertise: false,
  startupExperience: false,
  peopleLeadership: false,
};

describeOnEachDatabase("saving a placement as a person's starting point", (database) => {
  async function seed() {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const hire = await createPerson(db, { orgId, name: "Mei" });
    const as = (role: "member" | "admin") =>
      ({ kind: "user", userId: crypto.randomUUID(), orgId, personId: null, role }) as const;
    return { db, orgId, hire, as };
  }

  it("starts an experienced PM from another company at Senior PM, with her background, audited", async () => {
    const { db, orgId, hire, as } = await seed();
    const saved = await savePlacementAs({ db, frameworks, now }, as("admin"), hire.id, {
      background: mei,
    });
    expect(saved.person.roleId).toBe("senior-pm");
    expect(saved.placement.options.map((option) => option.roleId)).toEqual(["senior-pm", "pm"]);
    expect((await getPerson(db, orgId, hire.id))?.background).toMatchObject(mei);
    expect((await listRoleHistory(db, orgId, hire.id)).map((s) => s.roleId)).toEqual(["senior-pm"]);
    const [entry] = await listAuditLog(db, { orgId, targetId: hire.id });
    expect(entry).toMatchObject({ action: "placement:save", targetType: "person" });
  });

  it("refuses members and leaves the person unchanged", async () => {
    const { db, orgId, hire, as } = await seed();
    const refused = await savePlacementAs({ db, frameworks, now }, as("member"), hire.id, {
      background: mei,
    }).then(
      () => null,
      (error: unknown) => (error instanceof Refusal ? error : null),
    );
    expect(refused?.kind).toBe("forbidden");
    expect((await getPerson(db, orgId, hire.id))?.roleId).toBeNull();
  });
});
