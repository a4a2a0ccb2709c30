/**
 * The form job titles are compared in: lower case, dots and apostrophes dropped, other
 * punctuation and repeated spaces made one space, so "Sr. Product-Manager", "sr product manager"
 * and "P.O." / "PO" meet.
 *
 * @example titleKey("Sr. Product-Manager") // "sr product manager"
 */
export function titleKey(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
