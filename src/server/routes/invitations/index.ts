import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { acceptInvitation } from "../../../app/accounts/accept-invitation.ts";
import { invitePeopleAs } from "../../../app/accounts/invite-people.ts";
import { readInvitationLink } from "../../../app/accounts/read-invitation-link.ts";
import { resendInvitationAs } from "../../../app/accounts/resend-invitation.ts";
import { revokeInvitationAs } from "../../../app/accounts/revoke-invitation.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { accountSecrets } from "../../auth/account-secrets.ts";
import type { AuthStore } from "../../auth/auth-store.ts";
import type { SessionLifetime } from "../../auth/session-lifetime.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import { sessionSchema } from "../session/schema.ts";
import { startSession } from "../session/start-session.ts";
import { presentInvitation } from "./present-invitation.ts";
import {
  acceptInvitationSchema,
  invitationIdParamSchema,
  invitationLinkSchema,
  invitationSchema,
  invitationTokenParamSchema,
  inviteInputSchema,
  inviteOutcomeSchema,
} from "./schema.ts";

/** What the invitation routes need. */
export interface InvitationDeps {
  db: Database;
  auth: AuthStore;
  proxyHops: number;
  sessions: SessionLifetime;
  now: () => Date;
  /** The address links in mails start with. */
  publicUrl: string;
}

const tags = ["invitations"];
const invitationJson = { "application/json": { schema: invitationSchema } };

const inviteRoute = createRoute({
  method: "post",
  path: "/api/v1/invitations",
  tags,
  summary: "Invite people to create their accounts (admins)",
  description:
    "Each person gets a mail with a single-use link that works for 7 days. People with an account, without an email or with a working link are skipped, with the reason.",
  request: {
    body: { required: true, content: { "application/json": { schema: inviteInputSchema } } },
  },
  responses: {
    200: {
      description: "Who was invited and who was skipped",
      content: { "application/json": { schema: inviteOutcomeSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const resendRoute = createRoute({
  method: "post",
  path: "/api/v1/invitations/{id}/resend",
  tags,
  summary: "Send an invitation again with a new link (admins)",
  description: "The old link stops working; the new one works for 7 days.",
  request: { params: invitationIdParamSchema },
  responses: {
    200: { description: "Sent again", content: invitationJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

const revokeRoute = createRoute({
  method: "post",
  path: "/api/v1/invitations/{id}/revoke",
  description: "Admins revoke an invitation that was not accepted yet; its link stops working.",
  tags,
  summary: "Revoke an invitation (admins)",
  request: { params: invitationIdParamSchema },
  responses: {
    200: { description: "Revoked", content: invitationJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

const readLinkRoute = createRoute({
  method: "get",
  path: "/api/v1/invitation-links/{token}",
  description:
    "Whoever opens an invitation link sees whose invitation it is and whether it still works, before choosing a password.",
  tags,
  summary: "What an invitation link is for, and whether it still works (no sign-in)",
  request: { params: invitationTokenParamSchema },
  responses: {
    200: {
      description: "The invitation's state; names only while it is open",
      content: { "application/json": { schema: invitationLinkSchema } },
    },
    ...problemResponses(400),
  },
});

const acceptRoute = createRoute({
  method: "post",
  path: "/api/v1/invitation-links/{token}/accept",
  tags,
  summary: "Accept an invitation with a new password, and sign in",
  description:
    "The password needs 12 to 256 characters, must not be one of the most common passwords, nor the email or the organisation's name. Creates the account (a member) linked to the invited person.",
  request: {
    params: invitationTokenParamSchema,
    body: { required: true, content: { "application/json": { schema: acceptInvitationSchema } } },
  },
  responses: {
    201: {
      description: "Account created and signed in",
      content: { "application/json": { schema: sessionSchema } },
    },
    ...problemResponses(400, 403),
  },
});

/**
 * Mounts inviting, resending and revoking (admins) and the public invitation link: read it,
 * accept it.
 *
 * @example
 * mountInvitations(app, { db, auth, proxyHops: 0, sessions, now, publicUrl });
 */
export function mountInvitations(app: OpenAPIHono<AppEnv>, deps: InvitationDeps): void {
  const accounts = { ...deps, secrets: accountSecrets };

  app.openapi(inviteRoute, async (c) => {
    const outcome = await invitePeopleAs(accounts, signedIn(c), c.req.valid("json"));
    return c.json(
      {
        ...outcome,
        invited: outcome.invited.map((one) => ({ ...one, expiresAt: one.expiresAt.toISOString() })),
      },
      200,
    );
  });

  app.openapi(resendRoute, async (c) => {
    const { id } = c.req.valid("param");
    const invitation = await resendInvitationAs(accounts, signedIn(c), id);
    return c.json(presentInvitation(invitation, deps.now()), 200);
  });

  app.openapi(revokeRoute, async (c) => {
    const { id } = c.req.valid("param");
    const invitation = await revokeInvitationAs(deps, signedIn(c), id);
    return c.json(presentInvitation(invitation, deps.now()), 200);
  });

  app.openapi(readLinkRoute, async (c) => {
    const { token } = c.req.valid("param");
    const view = await readInvitationLink(accounts, token);
    return c.json(
      {
        ...view,
        expiresAt: view.expiresAt?.toISOString() ?? null,
        ssoStartUrl: view.sso ? `/api/v1/sso/start?invitation=${encodeURIComponent(token)}` : null,
      },
      200,
    );
  });

  app.openapi(acceptRoute, async (c) => {
    const { token } = c.req.valid("param");
    const { password } = c.req.valid("json");
    const user = await acceptInvitation(accounts, { token, password });
    return c.json(await startSession(c, user, deps), 201);
  });
}
