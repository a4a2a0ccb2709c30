import type { Actor } from "../src/app/policy.ts";
import { singleVersionLineage } from "../src/engine/profile/framework-lineage.ts";
import type { Framework } from "../src/framework/schema.ts";
import type { Database } from "../src/storage/database.ts";
import { createAssessment, submitAssessment } from "../src/storage/queries/assessments.ts";
import { createEvidence } from "../src/storage/queries/evidence.ts";
import { createPerson } from "../src/storage/queries/people.ts";
import { buildTestFramework, seedOrganisation } from "./db.ts";

type Member = Extract<Actor, { kind: "user" }>;

/**
 * An organisation with a manager, Ava (a PM aiming for Senior PM) rated by her manager, one
 * evidence entry per visibility, an unrelated colleague, and actors for each of them; for the
 * use case tests of src/app.
 */
export async function seedProfilePerson(db: Database) {
  const framework: Framework = buildTestFramework();
  const { organisation, framework: version } = await seedOrganisation(db);
  const orgId = organisation.id;
  const manager = await createPerson(db, { orgId, name: "Ben Okafor", roleId: "senior-pm" });
  const person = await createPerson(db, {
    orgId,
    name: "Ava Lindqvist",
    email: "ava@example.com",
    roleId: "pm",
    managerId: manager.id,
    preferences: { tracks: [], avoidRoles: [], targetRoles: ["senior-pm"] },
  });
  const colleague = await createPerson(db, { orgId, name: "Cy Moreau", roleId: "pm" });
  const draft = await createAssessment(db, {
    orgId,
    personId: person.id,
    raterKind: "manager",
    raterPersonId: manager.id,
    frameworkVersionId: version.id,
    ratings: [
      { competency: "strategy", level: 1 },
      { competency: "execution", level: 2 },
    ],
  });
  await submitAssessment(db, { orgId, id: draft.id });
  for (const visibility of ["private", "manager", "org"] as const) {
    await createEvidence(db, {
      orgId,
      personId: person.id,
      date: "2026-04-01",
      title: `A ${visibility} entry`,
      competencies: ["execution"],
      visibility,
    });
  }
  const member = (personId: string | null, role: Member["role"] = "member"): Member => ({
    kind: "user",
    userId: `user-of-${personId ?? "admin"}`,
    orgId,
    personId,
    role,
  });
  const inUse = {
    framework,
    version: framework.version,
    versionId: version.id,
    lineage: singleVersionLineage(framework, version.id),
  };
  return {
    orgId,
    framework,
    person,
    manager,
    actors: {
      self: member(person.id),
      manager: member(manager.id),
      colleague: member(colleague.id),
      admin: member(null, "admin"),
      stranger: { ...member(null, "owner"), orgId: "00000000-0000-4000-8000-00000000000f" },
    },
    deps: {
      db,
      frameworks: { current: async () => inUse },
      now: () => new Date("2026-06-01T08:00:00.000Z"),
    },
  };
}
