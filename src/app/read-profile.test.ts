import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../test/db.ts";
import { seedProfilePerson } from "../../test/seed-profile-person.ts";
import { localAdminActor } from "./local-admin-actor.ts";
import { profileReadSchema } from "./profile-read-schema.ts";
import { readProfile } from "./read-profile.ts";

describeOnEachDatabase("readProfile", (database) => {
  it("gives the person, their managers and admins the profile with the next role", async () => {
    const { deps, person, actors, orgId } = await seedProfilePerson(database().db);
    for (const actor of [actors.self, actors.manager, actors.admin, localAdminActor(orgId)]) {
      const { profile } = await readProfile(deps, actor, person.id);
      expect(profileReadSchema.safeParse(profile).success).toBe(true);
      expect(profile.competencies.execution?.level).toBe(2);
      expect(profile.nextRole).toEqual({
        roleId: "senior-pm",
        reason: "Senior Product Manager is the role chosen as the next goal.",
      });
    }
  });

  it("lets private evidence shape only the person's own profile", async () => {
    const { deps, person, actors } = await seedProfilePerson(database().db);
    const own = await readProfile(deps, actors.self, person.id);
    const managers = await readProfile(deps, actors.manager, person.id);
    expect(own.profile.competencies.execution?.evidenceCount).toBe(3);
    expect(managers.profile.competencies.execution?.evidenceCount).toBe(2);
    expect(managers.evidence.map((entry) => entry.visibility).sort()).toEqual(["manager", "org"]);
    const shared = await readProfile(deps, actors.self, person.id, {
      evidence: "shared-with-managers",
    });
    expect(shared.profile).toEqual(managers.profile);
  });

  it("refuses colleagues, other organisations and anonymous callers", async () => {
    const { deps, person, actors } = await seedProfilePerson(database().db);
    await expect(readProfile(deps, actors.colleague, person.id)).rejects.toMatchObject({
      kind: "forbidden",
      message: "Only this person, their managers and admins can see their submitted assessments.",
    });
    await expect(readProfile(deps, actors.stranger, person.id)).rejects.toMatchObject({
      kind: "not-found",
    });
    await expect(readProfile(deps, { kind: "anonymous" }, person.id)).rejects.toMatchObject({
      kind: "unauthenticated",
    });
  });

  it("keeps what it computes in the given memory, keyed by what the viewer may see", async () => {
    const { deps, person, actors } = await seedProfilePerson(database().db);
    const kept = new Map<string, Promise<unknown>>();
    const remember = <T>(key: string, compute: () => Promise<T>): Promise<T> => {
      if (!kept.has(key)) kept.set(key, compute());
      return kept.get(key) as Promise<T>;
    };
    const first = await readProfile({ ...deps, remember }, actors.manager, person.id);
    const again = await readProfile({ ...deps, remember }, actors.manager, person.id);
    expect(again.profile).toBe(first.profile);
    await readProfile({ ...deps, remember }, actors.self, person.id);
    expect([...kept.keys()].filter((key) => key.startsWith("profile "))).toHaveLength(2);
  });
});
