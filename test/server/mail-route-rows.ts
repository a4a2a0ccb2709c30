import { eq } from "drizzle-orm";
import { queueMail } from "../../src/storage/queries/outbox.ts";
import { outboxMails } from "../../src/storage/schema.ts";
import { at, type MatrixContext, type Row } from "./matrix-row.ts";

/** A failed mail of the cast's organisation, fresh for each call. */
async function failedMail(get: () => MatrixContext): Promise<string> {
  const { db, cast } = get();
  const key = `matrix:${crypto.randomUUID()}`;
  await queueMail(db, {
    orgId: cast.orgId,
    idempotencyKey: key,
    kind: "feedback-request",
    toPersonId: cast.members.peer.personId,
    toAddress: "dev@example.com",
    subject: "Ava asked for your feedback",
    textBody: "Hello,\n\nhttps://pathways.example.com/x\n",
    htmlBody: "<p>Hello</p>",
  });
  const [row] = await db
    .update(outboxMails)
    .set({ status: "failed", attempts: 8, lastError: "451 try again later" })
    .where(eq(outboxMails.idempotencyKey, key))
    .returning({ id: outboxMails.id });
  return row?.id ?? "";
}

/** Matrix rows for mail: the admins' Outbox and each person's optional mails. */
export function mailRouteRows(get: () => MatrixContext): Row[] {
  return [
    {
      name: "list the outbox",
      request: at("/api/v1/outbox?limit=5&status=failed"),
      expected: [401, 403, 403, 403, 403, 200, 200],
    },
    {
      name: "send a failed mail again",
      request: async () => ({
        path: `/api/v1/outbox/${await failedMail(get)}/retry`,
        method: "POST",
      }),
      expected: [401, 403, 403, 403, 403, 200, 404],
    },
    {
      name: "read one's own mail preferences",
      request: at("/api/v1/me/mail-preferences"),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
    {
      name: "turn one's own optional mails off",
      request: at("/api/v1/me/mail-preferences", "PUT", { off: ["check-in-due"] }),
      expected: [401, 200, 200, 200, 200, 200, 200],
    },
  ];
}
