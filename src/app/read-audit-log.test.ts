import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../test/db.ts";
import { createAssessment } from "../storage/queries/assessments.ts";
import { createPerson } from "../storage/queries/people.ts";
import { createUser } from "../storage/queries/users.ts";
import { localAdminActor } from "./local-admin-actor.ts";
import type { Actor } from "./policy.ts";
import { readAuditLog } from "./read-audit-log.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { Refusal } from "./refusal.ts";

describeOnEachDatabase("reading the audit log", (database) => {
  async function seed() {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db, "Acme");
    const orgId = organisation.id;
    const ava = await createPerson(db, { orgId, name: "Ava Stone", email: "ava@acme.test" });
    const user = await createUser(db, {
      orgId,
      email: "ava@acme.test",
      passwordHash: "x",
      role: "admin",
      personId: ava.id,
    });
    const admin: Actor = { kind: "user", userId: user.id, orgId, personId: ava.id, role: "admin" };
    return { db, orgId, framework, ava, admin };
  }

  it("names every kind of target by whose it is, and never leans on ids alone", async () => {
    const { db, orgId, framework, ava, admin } = await seed();
    const assessment = await createAssessment(db, {
      orgId,
      personId: ava.id,
      raterKind: "self",
      frameworkVersionId: framework.id,
    });
    const facts = [
      { action: "framework:publish", targetType: "framework-version", targetId: framework.id },
      { action: "assessment:create", targetType: "assessment", targetId: assessment.id },
      { action: "something:new", targetType: "title-mapping", targetId: "Product Owner" },
    ];
    for (const fact of facts) await recordAuditEntry(db, admin, fact);
    const entries = await readAuditLog(db, localAdminActor(orgId), {}, { limit: 10 });
    expect(entries.map((entry) => entry.summary)).toEqual([
      'Ava Stone did "something:new" to a title mapping.',
      "Ava Stone started Ava Stone's self assessment.",
      "Ava Stone published framework version 1.0.0.",
    ]);
    for (const entry of entries) expect(entry.summary).not.toContain(entry.target.id ?? "-");
  });

  it("keeps naming an entry whose account or target is gone", async () => {
    const { db, orgId } = await seed();
    const gone: Actor = {
      kind: "user",
      userId: "8e0f3c1a-5b7d-4c2e-9f10-1a2b3c4d5e6f",
      orgId,
      personId: null,
      role: "admin",
    };
    await recordAuditEntry(db, gone, {
      action: "evidence:delete",
      targetType: "evidence",
      targetId: "0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d",
    });
    const [entry] = await readAuditLog(db, localAdminActor(orgId), {}, { limit: 1 });
    expect(entry?.summary).toBe("A former user deleted an evidence entry no longer in Pathways.");
  });

  it("is refused to members", async () => {
    const { db, orgId, ava } = await seed();
    const member: Actor = { kind: "user", userId: "u", orgId, personId: ava.id, role: "member" };
    await expect(readAuditLog(db, member, {}, { limit: 1 })).rejects.toBeInstanceOf(Refusal);
  });
});
