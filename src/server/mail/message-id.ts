import { createHash } from "node:crypto";

/**
 * The Message-ID of an outbox mail, derived from its organisation and idempotency key: a mail
 * sent again after a crash carries the same id, so mail systems that deduplicate see one mail.
 *
 * @example
 * messageId("org-1", "invitation:abc:1", "Pathways <pathways@example.com>"); // "<3f1c…@example.com>"
 */
export function messageId(orgId: string, idempotencyKey: string, from: string): string {
  const digest = createHash("sha256").update(`${orgId}\n${idempotencyKey}`).digest("hex");
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "pathways.invalid";
  return `<${digest.slice(0, 40)}@${domain}>`;
}
