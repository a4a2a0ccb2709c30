/**
 * An optional text of the framework as typed: an empty field leaves it out rather than failing
 * the "must not be empty" check.
 *
 * @example optionalText("") // undefined
 */
export function optionalText(text: string): string | undefined {
  return text === "" ? undefined : text;
}

/**
 * A number field's text as a number, or nothing when it is blank or unreadable.
 *
 * @example optionalNumber(" 2.5 ") // 2.5
 */
export function optionalNumber(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
