import { and, desc, eq } from "drizzle-orm";
import { mailLink } from "../../src/app/mail/mail-link.ts";
import type { Database } from "../../src/storage/database.ts";
import { outboxMails } from "../../src/storage/schema.ts";

/**
 * The link of the latest mail of a kind queued to an address, read from the outbox row as the
 * worker would send it; with its token, the part after `token=`.
 *
 * @example
 * const { url, token } = await latestMailLink(db, "invitation", "ava@acme.example");
 */
export async function latestMailLink(
  db: Database,
  kind: "invitation" | "password-reset",
  toAddress: string,
): Promise<{ url: string; token: string; textBody: string; subject: string }> {
  const [mail] = await db
    .select()
    .from(outboxMails)
    .where(and(eq(outboxMails.kind, kind), eq(outboxMails.toAddress, toAddress)))
    .orderBy(desc(outboxMails.createdAt), desc(outboxMails.id));
  if (!mail) throw new Error(`No ${kind} mail was queued to ${toAddress}.`);
  const url = mailLink(mail.textBody);
  if (!url) throw new Error(`The ${kind} mail to ${toAddress} holds no link.`);
  const token = decodeURIComponent(new URL(url).searchParams.get("token") ?? "");
  return { url, token, textBody: mail.textBody, subject: mail.subject };
}
