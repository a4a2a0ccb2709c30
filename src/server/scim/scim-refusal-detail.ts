import type { Refusal } from "../../app/refusal.ts";

/** The detail for a user id Pathways does not know in the token's organisation. */
export const scimNotFoundDetail =
  "Pathways has no user with this id in your organisation: they may have been removed, or belong to another organisation. Let the identity provider look the user up again by userName.";

/** The detail for a filter Pathways cannot answer. */
export const filterDetail =
  'Pathways finds users by userName or externalId with eq only, such as userName eq "ada@example.com". Set the identity provider to match users on userName (their email) or externalId.';

/** The detail for a request over the size limit. */
export const tooLargeDetail =
  "What was sent is larger than the 256 KB Pathways accepts at once: send one user per request.";

/** The detail for a missing, unknown or revoked SCIM token. */
export function tokenDetail(sent: boolean): string {
  const what = sent
    ? "This SCIM token is not one Pathways knows: it may have been revoked or mistyped."
    : "No SCIM token was sent.";
  return `${what} Create one with \`pathways sso scim-token create NAME\` and paste it into the identity provider's provisioning settings as its API token.`;
}

/** What a field of a use case's refusal means to a directory: a role comes from the title. */
const fieldWords: Record<string, string> = {
  roleId:
    "The title maps to a role the organisation's framework no longer has: ask a Pathways admin to update the title mappings, or leave title out.",
};

/**
 * A use case's refusal as a SCIM detail: an unknown user, or what to change, without the
 * names of Pathways' own fields.
 *
 * @example scimRefusalDetail(new Refusal("not-found", "No user has the id …")) // "Pathways has no user with this id …"
 */
export function scimRefusalDetail(refusal: Refusal): string {
  if (refusal.kind === "not-found") return scimNotFoundDetail;
  if (refusal.fields.length === 0) return refusal.message;
  const sentences = refusal.fields.map(
    (field) => fieldWords[field.path] ?? `${field.message} ${field.hint}`,
  );
  return [...new Set(sentences)].join(" ");
}
