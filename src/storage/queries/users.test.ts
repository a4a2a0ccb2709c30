import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { ConflictError } from "../conflict-error.ts";
import { constraintProblem } from "../database-error.ts";
import { getPerson } from "./people.ts";
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findUserBySession,
} from "./sessions.ts";
import { setupOrganisation } from "./setup-organisation.ts";
import { createUser, findUserByEmail, hasUsers, listUsers, updateUser } from "./users.ts";

const setup = {
  organisationName: "Acme",
  ownerName: "Olu",
  email: "Olu@Example.com",
  passwordHash: "$argon2id$fake",
};

describeOnEachDatabase("users and sessions", (database) => {
  it("sets up the first organisation with its owner once, and refuses a second setup", async () => {
    const { db } = database();
    expect(await hasUsers(db)).toBe(false);
    const owner = await setupOrganisation(db, setup);
    expect(owner).toMatchObject({ role: "owner", email: "olu@example.com" });
    expect((await getPerson(db, owner.orgId, owner.personId ?? ""))?.name).toBe("Olu");
    expect(await hasUsers(db)).toBe(true);
    await expect(setupOrganisation(db, { ...setup, email: "b@example.com" })).rejects.toThrow(
      ConflictError,
    );
  });

  it("lets only one of two concurrent setups succeed", async () => {
    const { db } = database();
    const results = await Promise.allSettled([
      setupOrganisation(db, setup),
      setupOrganisation(db, { ...setup, email: "other@example.com" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await listUsers(db, { orgId: (await findUserByEmail(db, "olu@example.com"))?.orgId ?? "" }),
    ).toHaveLength(1);
  });

  it("finds accounts by email whatever the case, and refuses the same email twice", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const other = await seedOrganisation(db, "Other");
    const user = await createUser(db, {
      orgId: organisation.id,
      email: "Ada@Example.com",
      passwordHash: "h",
    });
    expect(user.role).toBe("member");
    expect((await findUserByEmail(db, " ada@EXAMPLE.com "))?.id).toBe(user.id);
    const error = await createUser(db, {
      orgId: other.organisation.id,
      email: "ada@example.com",
      passwordHash: "h",
    }).catch((e: unknown) => e);
    expect(constraintProblem(error)).toBe("unique-violation");
    expect(await findUserByEmail(db, "nobody@example.com")).toBeNull();
  });

  it("changes a role only inside the account's organisation", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const other = await seedOrganisation(db, "Other");
    const user = await createUser(db, {
      orgId: organisation.id,
      email: "a@x.io",
      passwordHash: "h",
    });
    expect(await updateUser(db, other.organisation.id, user.id, { role: "admin" })).toBeNull();
    expect((await updateUser(db, organisation.id, user.id, { role: "admin" }))?.role).toBe("admin");
  });

  it("finds the account of a live session and nothing once it expires or ends", async () => {
    const { db } = database();
    const owner = await setupOrganisation(db, setup);
    const now = new Date("2026-06-01T12:00:00Z");
    const expiresAt = new Date("2026-06-02T12:00:00Z");
    await createSession(db, { tokenDigest: "digest-1", userId: owner.id, expiresAt });
    await createSession(db, { tokenDigest: "digest-2", userId: owner.id, expiresAt });
    expect((await findUserBySession(db, "digest-1", now))?.user.id).toBe(owner.id);
    expect(await findUserBySession(db, "digest-1", expiresAt)).toBeNull();
    expect(await findUserBySession(db, "unknown", now)).toBeNull();
    await deleteSession(db, "digest-1");
    expect(await findUserBySession(db, "digest-1", now)).toBeNull();
    expect(await deleteExpiredSessions(db, now)).toBe(0);
    expect(await deleteExpiredSessions(db, expiresAt)).toBe(1);
  });

  it("ends every session of an account at once", async () => {
    const { db } = database();
    const owner = await setupOrganisation(db, setup);
    const now = new Date("2026-06-01T12:00:00Z");
    const expiresAt = new Date("2026-06-02T12:00:00Z");
    await createSession(db, { tokenDigest: "a", userId: owner.id, expiresAt });
    await createSession(db, { tokenDigest: "b", userId: owner.id, expiresAt });
    await deleteUserSessions(db, owner.id);
    expect(await findUserBySession(db, "a", now)).toBeNull();
    expect(await findUserBySession(db, "b", now)).toBeNull();
  });
});
