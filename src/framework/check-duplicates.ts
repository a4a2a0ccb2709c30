import { ordinal } from "./entry-words.ts";
import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

const collections = [
  ["competencies", "competency"],
  ["roles", "role"],
  ["tracks", "track"],
  ["entryRoutes", "entry route"],
  ["guidance", "guidance note"],
] as const;

/** Finds ids declared twice within competencies, roles, tracks, entry routes or guidance. */
export function checkDuplicates(framework: Framework): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  for (const [key, noun] of collections) {
    const firstIndex = new Map<string, number>();
    framework[key].forEach((item: { id: string }, index: number) => {
      const first = firstIndex.get(item.id);
      if (first === undefined) {
        firstIndex.set(item.id, index);
        return;
      }
      drafts.push({
        code: "duplicate-id",
        message: `the id "${item.id}" is already used by the ${ordinal(first + 1)} ${noun}`,
        hint: `Give each ${noun} its own id, or merge the two into one ${noun}.`,
        path: [key, index, "id"],
      });
    });
  }
  return drafts;
}
