/**
 * Turns a name into an id the framework accepts (lower-case words joined by dashes), unique among
 * the ids already taken: "Senior PM" -> "senior-pm", "Level 1" -> "level-1", "3" -> "level-3".
 *
 * @example idFromName("Discovery & research", new Set()) // "discovery-and-research"
 */
export function idFromName(name: string, taken: Set<string>, fallback = "item"): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let base = words === "" ? fallback : /^[a-z]/.test(words) ? words : `${fallback}-${words}`;
  base = base.slice(0, 60).replace(/-+$/, "");
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
