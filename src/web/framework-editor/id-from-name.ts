import { freshId } from "./fresh-id.ts";

/**
 * An id for a new item from its name: lower-case words joined by dashes, numbered when another
 * item has it already; `fallback` starts it when the name has no letters to begin with.
 *
 * @example idFromName("Principal PM", ["principal-pm"], "role") // "principal-pm-1"
 */
export function idFromName(name: string, taken: readonly string[], fallback: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const base = /^[a-z]/.test(words) ? words : words ? `${fallback}-${words}` : fallback;
  return taken.includes(base) ? freshId(base, taken) : base;
}
