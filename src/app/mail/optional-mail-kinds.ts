import type { MailKind } from "../../storage/tables/outbox.ts";

/** The mails a person may turn off; invitations and password resets always go out. */
export const optionalMailKinds = [
  "feedback-request",
  "assessment-submitted",
  "check-in-due",
  "cycle-reminder",
] as const satisfies readonly MailKind[];

/** One kind of mail a person may turn off. */
export type OptionalMailKind = (typeof optionalMailKinds)[number];
