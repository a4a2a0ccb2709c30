import { randomUUID } from "node:crypto";
import { createInvitation } from "../../src/storage/queries/invitations.ts";
import { createPerson } from "../../src/storage/queries/people.ts";
import { at, type MatrixContext, type Row } from "./matrix-row.ts";

/** Matrix rows for invitations, password resets and the People page. */
export function invitationRouteRows(get: () => MatrixContext): Row[] {
  const freshPerson = async () => {
    const { db, cast } = get();
    const id = randomUUID();
    return createPerson(db, {
      orgId: cast.orgId,
      name: `Newcomer ${id.slice(0, 8)}`,
      email: `${id}@acme.example`,
    });
  };
  const freshInvitation = async () => {
    const person = await freshPerson();
    const now = new Date();
    return createInvitation(get().db, {
      orgId: person.orgId,
      personId: person.id,
      email: person.email ?? "",
      tokenDigest: randomUUID(),
      invitedByUserId: null,
      expiresAt: new Date(now.getTime() + 3_600_000),
      lastSentAt: now,
    });
  };
  return [
    {
      name: "invite a person",
      request: async () => ({
        path: "/api/v1/invitations",
        method: "POST",
        body: { personIds: [(await freshPerson()).id] },
      }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "invite everyone not yet invited",
      request: at("/api/v1/invitations", "POST", { everyoneUninvited: true }),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "send an invitation again",
      request: async () => ({
        path: `/api/v1/invitations/${(await freshInvitation()).id}/resend`,
        method: "POST",
      }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "revoke an invitation",
      request: async () => ({
        path: `/api/v1/invitations/${(await freshInvitation()).id}/revoke`,
        method: "POST",
      }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "open an invitation link (the token is the key; an unknown one says so)",
      request: at("/api/v1/invitation-links/not-a-real-token"),
      expected: [200, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "accept an invitation link that does not work",
      request: at("/api/v1/invitation-links/not-a-real-token/accept", "POST", {
        password: "river otter under the bridge",
      }),
      expected: [400, 400, 400, 400, 400, 400, 400],
    },
    {
      name: "list the People page",
      request: at("/api/v1/people-directory?status=active&search=a"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "open a person on the People page",
      request: async () => ({
        path: `/api/v1/people-directory/${get().cast.members.self.personId}`,
      }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "ask for a password reset link (the same answer for any email)",
      request: async () => ({
        path: "/api/v1/password-resets",
        method: "POST",
        body: { email: `${randomUUID()}@nowhere.example` },
      }),
      expected: [202, 202, 202, 202, 202, 202, 202],
    },
    {
      name: "set a password through a reset link that does not work",
      request: at("/api/v1/password-resets/not-a-real-token/complete", "POST", {
        password: "river otter under the bridge",
      }),
      expected: [400, 400, 400, 400, 400, 400, 400],
    },
    {
      name: "change one's own password (with a wrong current password, so nothing changes)",
      request: at("/api/v1/session/password", "POST", {
        currentPassword: "not the password",
        newPassword: "river otter under the bridge",
      }),
      expected: [401, 400, 400, 400, 400, 400, 400],
    },
  ];
}
