/**
 * Every mail Pathways sends. Invitations and password resets always go out; a person can turn
 * off the others (`optionalMailKinds`) from their profile.
 */
export const mailKinds = [
  "invitation",
  "password-reset",
  "feedback-request",
  "assessment-submitted",
  "check-in-due",
] as const;

/** One kind of mail. */
export type MailKind = (typeof mailKinds)[number];

/** The mails a person may turn off. */
export const optionalMailKinds = [
  "feedback-request",
  "assessment-submitted",
  "check-in-due",
] as const satisfies readonly MailKind[];
