import type { Database } from "../../src/storage/database.ts";
import { createPerson } from "../../src/storage/queries/people.ts";
import { createUser } from "../../src/storage/queries/users.ts";
import { at, type MatrixContext, type Row } from "./matrix-row.ts";

let made = 0;

/** A fresh person with an account in the cast's organisation, for destructive rows. */
async function freshAccount(db: Database, orgId: string): Promise<string> {
  // Taken before any await: the matrix builds its requests concurrently.
  made += 1;
  const number = made;
  const person = await createPerson(db, { orgId, name: `Gus ${number}`, roleId: "pm" });
  await createUser(db, {
    orgId,
    email: `gus-${number}-${Date.now()}@${orgId.slice(0, 8)}.example`,
    passwordHash: null,
    personId: person.id,
  });
  return person.id;
}

const unknownId = "00000000-0000-4000-8000-000000000000";

/** Matrix rows for accounts: organisation roles, deactivation, ownership and tokens. */
export function accountRouteRows(get: () => MatrixContext): Row[] {
  const ava = () => get().cast.members.self.personId;
  const fresh = () => freshAccount(get().db, get().cast.orgId);
  return [
    {
      name: "see Ava's account",
      request: async () => ({ path: `/api/v1/people/${ava()}/account` }),
      expected: [401, 200, 403, 403, 403, 200, 404],
    },
    {
      name: "set Ava's organisation role to member",
      request: async () => ({
        path: `/api/v1/people/${ava()}/account`,
        method: "PATCH",
        body: { role: "member" },
      }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "deactivate a fresh account",
      request: async () => ({
        path: `/api/v1/people/${await fresh()}/account/deactivate`,
        method: "POST",
      }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "reactivate Ava's account (already active)",
      request: async () => ({ path: `/api/v1/people/${ava()}/account/reactivate`, method: "POST" }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "delete a fresh person's data",
      request: async () => {
        const id = await fresh();
        return {
          path: `/api/v1/people/${id}/erase`,
          method: "POST",
          body: { confirm: `Gus ${made}` },
        };
      },
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "hand ownership to Ava (nobody in the cast is an owner)",
      request: async () => ({
        path: "/api/v1/organisation/transfer-ownership",
        method: "POST",
        body: { personId: ava() },
      }),
      expected: [401, 403, 403, 403, 403, 403, 404],
    },
    {
      name: "list my tokens",
      request: at("/api/v1/me/tokens"),
      expected: [401, 200, 200, 200, 200, 200, 200],
      byToken: 403,
    },
    {
      name: "create a token",
      request: at("/api/v1/me/tokens", "POST", { name: "matrix", scope: "read" }),
      expected: [401, 201, 201, 201, 201, 201, 201],
      byToken: 403,
    },
    {
      name: "revoke a token that is not mine",
      request: at(`/api/v1/me/tokens/${unknownId}`, "DELETE"),
      expected: [401, 404, 404, 404, 404, 404, 404],
      byToken: 403,
    },
  ];
}
