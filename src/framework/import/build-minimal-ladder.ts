import type { FrameworkInput } from "../schema.ts";
import { idFromName } from "./id-from-name.ts";
import type { Assumption } from "./import-result.ts";

/** A competency as an importer read it: criteria per step of the scale (index 0 is step 1). */
export interface LadderCompetency {
  name: string;
  area?: string;
  description?: string;
  descriptors: (string[] | undefined)[];
}

/** A level of the ladder, most junior first. */
export interface LadderLevel {
  title: string;
  summary?: string;
  responsibilities?: string[];
  /** Competency index -> the step of the scale this level expects; default: the level's own step. */
  expectations?: (number | undefined)[];
}

/** What an importer read from a file, before what the file lacks is filled in. */
export interface LadderDraft {
  /** The file's name: the framework's id and name come from it when the file does not say. */
  file: string;
  meta: { id?: string; name?: string; version?: string; description?: string };
  levels: LadderLevel[];
  /** The proficiency scale; default: one step per level, with default labels. */
  scale?: { label: string; description?: string }[];
  competencies: LadderCompetency[];
}

const defaultLabels = [
  "Learning",
  "Developing",
  "Practising",
  "Capable",
  "Proficient",
  "Advanced",
  "Expert",
  "Leading",
  "Shaping",
];

/** Default labels for a scale of `steps` steps, spread over the nine default words. */
export function defaultScaleLabels(steps: number): string[] {
  if (steps === 5) return ["Learning", "Practising", "Proficient", "Advanced", "Leading"];
  if (steps === 4) return ["Learning", "Practising", "Proficient", "Leading"];
  return Array.from({ length: steps }, (_, index) => {
    const at = steps === 1 ? 0 : Math.round((index * (defaultLabels.length - 1)) / (steps - 1));
    return defaultLabels[at] ?? `Step ${index + 1}`;
  });
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).at(-1) ?? file;
  return name.replace(/\.[^.]+$/, "");
}

function nameFromFile(file: string): string {
  const words = baseName(file)
    .replace(/[-_.]+/g, " ")
    .trim();
  if (words === "") return "Career framework";
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const quote = (text: string) => `“${text}”`;
const listOf = (items: string[]) =>
  items.length <= 6 ? items.join(", ") : `${items.slice(0, 5).join(", ")} … ${items.at(-1)}`;

/**
 * Fills in what a plain ladder lacks to be a whole framework (the minimal ladder): ids from names,
 * one track, a promotion from each level to the next, an open entry route, default scale labels
 * and placeholder text where a cell is empty. Each filled item is listed in plain words so an
 * admin can refine it in the editor.
 *
 * @example
 * const { data, assumed } = buildMinimalLadder({ file: "acme.csv", meta: {}, levels, competencies });
 */
export function buildMinimalLadder(draft: LadderDraft): {
  data: FrameworkInput;
  assumed: Assumption[];
} {
  const assumed: Assumption[] = [];
  const { meta, levels } = draft;
  const name = meta.name ?? nameFromFile(draft.file);
  const id = meta.id ?? idFromName(meta.name ?? baseName(draft.file), new Set(), "framework");
  const version = meta.version ?? "1.0.0";
  const fromFile = [
    meta.id ? null : `id ${quote(id)}`,
    meta.name ? null : `name ${quote(name)}`,
    meta.version ? null : `version ${version}`,
  ].filter((part): part is string => part !== null);
  if (fromFile.length > 0) {
    assumed.push(
      `The framework's ${fromFile.join(", ")} ${meta.name ? "were filled in" : "came from the file name"}.`,
    );
  }

  const steps = draft.scale?.length ?? levels.length;
  const scaleLabels = draft.scale?.map((step) => step.label) ?? defaultScaleLabels(steps);
  if (!draft.scale) {
    assumed.push(
      `The proficiency scale has one step per level, with default labels: ${scaleLabels.map((label, i) => `${i + 1} ${label}`).join(", ")}.`,
    );
  }
  const scale = scaleLabels.map((label, index) => {
    const given = draft.scale?.[index]?.description;
    const level = levels[index];
    const description =
      given ??
      (draft.scale
        ? `Works at the ${label.toLowerCase()} step of this skill.`
        : `Does what the ladder asks of ${level?.title ?? label} in this competency.`);
    return { level: index + 1, label, description };
  });
  if (draft.scale?.some((step) => !step.description)) {
    assumed.push("Scale steps without a description got a short placeholder description.");
  }

  const competencyIds = new Set<string>();
  const noArea: string[] = [];
  const noDescription: string[] = [];
  const placeholders: string[] = [];
  const competencies = draft.competencies.map((competency) => {
    const competencyId = idFromName(competency.name, competencyIds, "competency");
    if (!competency.area) noArea.push(competency.name);
    if (!competency.description) noDescription.push(competency.name);
    const descriptorLevels: Record<string, string | string[]> = {};
    scale.forEach((step, index) => {
      const criteria = competency.descriptors[index]?.filter((text) => text !== "") ?? [];
      if (criteria.length === 0) {
        placeholders.push(`${competency.name} at ${levels[index]?.title ?? step.label}`);
        descriptorLevels[String(step.level)] =
          `To be written: what ${competency.name} looks like at ${draft.scale ? `the ${step.label} step` : (levels[index]?.title ?? step.label)}.`;
      } else
        descriptorLevels[String(step.level)] =
          criteria.length === 1 ? (criteria[0] ?? "") : criteria;
    });
    return {
      id: competencyId,
      name: competency.name,
      area: competency.area ?? "General",
      description: competency.description ?? competency.name,
      levels: descriptorLevels,
    };
  });
  if (noArea.length > 0) {
    assumed.push(`Competencies without an area are in ${quote("General")}: ${listOf(noArea)}.`);
  }
  if (noDescription.length > 0) {
    assumed.push(
      `Competencies without a description are described by their name: ${listOf(noDescription)}.`,
    );
  }
  if (placeholders.length > 0) {
    assumed.push(
      `Empty cells got placeholder text to write later (${placeholders.length}): ${listOf(placeholders)}.`,
    );
  }

  const roleIds = new Set<string>();
  const noSummary: string[] = [];
  const roles = levels.map((level, index) => {
    if (!level.summary) noSummary.push(level.title);
    const expectations: Record<string, number> = {};
    competencies.forEach((competency, c) => {
      expectations[competency.id] = level.expectations?.[c] ?? Math.min(index + 1, steps);
    });
    return {
      id: idFromName(level.title, roleIds, "level"),
      title: level.title,
      track: "management" as const,
      rank: index + 1,
      summary: level.summary ?? `Level ${index + 1} of ${levels.length} on this ladder.`,
      responsibilities: level.responsibilities ?? [],
      expectations,
    };
  });
  if (noSummary.length > 0) {
    assumed.push(`Levels without a summary got a one-line placeholder: ${listOf(noSummary)}.`);
  }
  assumed.push(
    `One track, ${quote("Career ladder")}, holds every level, most junior first: ${listOf(levels.map((level) => level.title))}.`,
  );
  const transitions = roles.slice(1).map((role, index) => ({
    from: roles[index]?.id ?? role.id,
    to: role.id,
    kind: "promotion" as const,
  }));
  if (transitions.length > 0) assumed.push("Each level leads to the next by promotion.");
  assumed.push(
    `One open entry route, ${quote("Joining from outside")}, lets newcomers start at any level.`,
  );

  return {
    data: {
      id,
      name,
      version,
      ...(meta.description ? { description: meta.description } : {}),
      scale,
      competencies,
      tracks: [
        {
          id: "management",
          name: "Career ladder",
          description: "Every level of the ladder, from the most junior to the most senior.",
        },
      ],
      roles,
      transitions,
      entryRoutes: [
        {
          id: "joining-from-outside",
          name: "Joining from outside",
          description: "Anyone may join; the level they start at is agreed when they are hired.",
          enterAt: roles.map((role) => ({ role: role.id })),
        },
      ],
    },
    assumed,
  };
}
