import type { Actor } from "../src/app/policy.ts";
import type { Database } from "../src/storage/database.ts";
import { createPerson } from "../src/storage/queries/people.ts";
import { createUser } from "../src/storage/queries/users.ts";

type UserActor = Extract<Actor, { kind: "user" }>;

/** An admin and a member of an organisation, each with a person and an account. */
export async function seedAdminAndMember(
  db: Database,
  orgId: string,
): Promise<{ admin: UserActor; member: UserActor }> {
  const actorFor = async (name: string, role: "admin" | "member"): Promise<UserActor> => {
    const email = `${name.toLowerCase()}@acme.test`;
    const person = await createPerson(db, { orgId, name, email });
    const user = await createUser(db, {
      orgId,
      email,
      passwordHash: "x",
      role,
      personId: person.id,
    });
    return { kind: "user", userId: user.id, orgId, personId: person.id, role };
  };
  return { admin: await actorFor("Ava", "admin"), member: await actorFor("Max", "member") };
}
