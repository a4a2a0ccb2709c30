import type { Framework } from "../api/types.ts";

const fieldWords: Record<string, string> = {
  id: "id",
  title: "title",
  name: "name",
  area: "area",
  summary: "summary",
  description: "description",
  aliases: "other titles",
  whatChanges: "what changes",
  responsibilities: "responsibilities",
  success: "what success looks like",
  skillsToDevelop: "skills to develop",
  contextNotes: "context notes",
  expectations: "expectations",
  mandatory: "mandatory competencies",
  levels: "level descriptors",
  growth: "growth actions",
  body: "text",
  typicalDuration: "typical duration",
  notes: "notes",
  label: "label",
  track: "track",
  rank: "rank",
  managesPeople: "manages people",
  comparableTo: "comparable roles",
  whoThrives: "who thrives",
  carriesOver: "skills that carry over",
  when: "backgrounds it fits",
  enterAt: "roles people enter at",
};

/**
 * Where a problem of a draft is, in words: the role, competency or move it belongs to and the
 * field, e.g. `Role "Senior Product Manager", title`.
 *
 * @example describePath(document, "roles.2.title")
 */
export function describePath(document: Framework, path: string): string {
  const [section, at, field] = path.split(".");
  const index = Number(at);
  const item = (() => {
    switch (section) {
      case "roles":
        return `Role "${document.roles[index]?.title || at}"`;
      case "competencies":
        return `Competency "${document.competencies[index]?.name || at}"`;
      case "transitions":
        return `Transition ${index + 1}`;
      case "entryRoutes":
        return `Entry route "${document.entryRoutes[index]?.name || at}"`;
      case "guidance":
        return `Guidance note ${index + 1}`;
      case "scale":
        return `Level ${document.scale[index]?.level ?? index + 1} of the scale`;
      case "tracks":
        return `Track "${document.tracks[index]?.name || at}"`;
      case "spanOfControl":
        return "The healthy number of direct reports";
      default:
        return "The framework";
    }
  })();
  return field ? `${item}, ${fieldWords[field] ?? field}` : item;
}
