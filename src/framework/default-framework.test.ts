import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseFramework } from "./parse-framework.ts";
import { type Framework, frameworkSchema, type Role } from "./schema.ts";

const fileUrl = new URL("../../frameworks/product-management.yaml", import.meta.url);
const text = readFileSync(fileUrl, "utf8");
const document: unknown = parse(text);
const framework: Framework = frameworkSchema.parse(document);

const managementIds = ["apm", "pm", "senior-pm", "group-pm", "vp-product"];
const adjacentIds = [
  "operations-program",
  "bizdev-partnerships",
  "founder-gm",
  "product-marketing-strategy",
  "innovation-rnd",
];
const roleIds = new Set(framework.roles.map((r) => r.id));
const competencyIds = new Set(framework.competencies.map((c) => c.id));
const scaleLevels = framework.scale.map((s) => s.level);

function role(id: string): Role {
  const found = framework.roles.find((r) => r.id === id);
  if (!found) throw new Error(`role ${id} is missing from the default framework`);
  return found;
}

function hasEdge(from: string, to: string, kind: string): boolean {
  return framework.transitions.some((t) => t.from === from && t.to === to && t.kind === kind);
}

/** Lower-case words only, so punctuation, quotes and line folding cannot hide a copied sentence. */
function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

describe("the default product-management framework", () => {
  it("validates against the framework schema", () => {
    expect(frameworkSchema.safeParse(document).error?.issues ?? []).toEqual([]);
    expect(framework.id).toBe("product-management");
    expect(framework.version).toBe("1.0.0");
    expect(scaleLevels).toEqual([1, 2, 3, 4, 5]);
  });

  it("loads through parseFramework with no issues and no warnings", () => {
    const result = parseFramework(text, { fileName: "frameworks/product-management.yaml" });
    expect(result.ok ? result.warnings : result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has the five management roles ranked 1 to 5 from Associate PM to VP or CPO", () => {
    const ladder = framework.roles
      .filter((r) => r.track === "management")
      .sort((a, b) => a.rank - b.rank);
    expect(ladder.map((r) => r.id)).toEqual(managementIds);
    expect(ladder.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(role("senior-pm").aliases).toContain("Lead PM");
    expect(role("group-pm").aliases).toContain("Director of Product");
    expect(role("vp-product").aliases).toContain("CPO");
  });

  it("has at least two IC roles, with Staff PM as a Principal PM alias", () => {
    const ic = framework.roles.filter((r) => r.track === "ic");
    expect(ic.length).toBeGreaterThanOrEqual(2);
    expect(role("principal-pm").aliases).toContain("Staff PM");
    expect(role("product-architect").track).toBe("ic");
  });

  it("has the five adjacent roles, each saying who thrives there and what carries over", () => {
    const adjacent = framework.roles.filter((r) => r.track === "adjacent");
    expect(adjacent.map((r) => r.id).sort()).toEqual([...adjacentIds].sort());
    for (const r of adjacent) {
      expect(r.whoThrives, r.id).toBeTruthy();
      expect(r.carriesOver.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.mandatory.length, r.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("keeps 10 to 15 competencies, each with a descriptor for every scale level", () => {
    expect(framework.competencies.length).toBeGreaterThanOrEqual(10);
    expect(framework.competencies.length).toBeLessThanOrEqual(15);
    for (const c of framework.competencies) {
      expect(Object.keys(c.levels).map(Number).sort(), c.id).toEqual(scaleLevels);
      for (const level of [2, 3, 4, 5]) {
        expect(c.growth[String(level)]?.length ?? 0, `${c.id} growth ${level}`).toBeGreaterThan(1);
      }
    }
  });

  it("names only existing competencies and roles in every reference", () => {
    for (const r of framework.roles) {
      for (const [id, level] of Object.entries(r.expectations)) {
        expect(competencyIds, `${r.id} expects ${id}`).toContain(id);
        expect(scaleLevels, `${r.id} expects ${id} at ${level}`).toContain(level);
      }
      for (const skill of r.skillsToDevelop) expect(competencyIds).toContain(skill.competency);
      for (const id of r.mandatory) expect(Object.keys(r.expectations), r.id).toContain(id);
      for (const id of r.comparableTo) expect(roleIds).toContain(id);
    }
    for (const t of framework.transitions) {
      expect(roleIds, `transition from ${t.from}`).toContain(t.from);
      expect(roleIds, `transition to ${t.to}`).toContain(t.to);
    }
    for (const route of framework.entryRoutes) {
      for (const entry of route.enterAt) expect(roleIds, route.id).toContain(entry.role);
    }
  });

  it("reaches every role from some entry route through the transitions", () => {
    const reached = new Set(framework.entryRoutes.flatMap((r) => r.enterAt.map((e) => e.role)));
    const queue = [...reached];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const t of framework.transitions) {
        if (t.from === id && !reached.has(t.to)) {
          reached.add(t.to);
          queue.push(t.to);
        }
      }
    }
    expect([...roleIds].filter((id) => !reached.has(id))).toEqual([]);
  });

  it("only promotes upwards within a track", () => {
    for (const t of framework.transitions.filter((x) => x.kind === "promotion")) {
      expect(role(t.to).track).toBe(role(t.from).track);
      expect(role(t.to).rank, `${t.from} -> ${t.to}`).toBeGreaterThan(role(t.from).rank);
    }
  });

  it("makes the ladder's shape real: execution first, then strategy, influence and people", () => {
    const apm = role("apm").expectations;
    expect(apm.execution).toBe(Math.max(...Object.values(apm)));
    for (const id of managementIds) {
      expect(Object.keys(role(id).expectations).sort(), id).toEqual([...competencyIds].sort());
    }
    for (const id of ["strategy", "influence", "people-leadership", "org-design"]) {
      const levels = managementIds.map((r) => role(r).expectations[id] ?? 0);
      expect(levels, id).toEqual([...levels].sort((a, b) => a - b));
      expect(levels[4], id).toBeGreaterThan(levels[0] ?? 0);
    }
    for (const r of framework.roles.filter((x) => x.track === "ic")) {
      expect(r.expectations["people-leadership"], r.id).toBeLessThanOrEqual(2);
      expect(r.expectations["org-design"], r.id).toBeLessThanOrEqual(2);
      for (const deep of ["strategy", "systems-thinking", "technical-fluency", "influence"]) {
        expect(r.expectations[deep], `${r.id} ${deep}`).toBeGreaterThanOrEqual(4);
      }
    }
  });
});

describe("the default framework's coverage of the source article", () => {
  // Counts of what the article lists for each level; the framework may say more, never less.
  const listed: Record<string, [string, number, number, number, number]> = {
    apm: ["Associate PM", 1, 5, 3, 4],
    pm: ["Product Manager", 5, 7, 6, 5],
    "senior-pm": ["Senior PM", 4, 7, 6, 6],
    "group-pm": ["Group PM", 5, 7, 6, 5],
    "vp-product": ["VP or CPO", 6, 7, 6, 5],
  };
  for (const [id, [title, changes, duties, success, skills]] of Object.entries(listed)) {
    it(`describes the ${title} level with everything the article lists`, () => {
      const r = role(id);
      expect(r.whatChanges.length).toBeGreaterThanOrEqual(changes);
      expect(r.responsibilities.length).toBeGreaterThanOrEqual(duties);
      expect(r.success.length).toBeGreaterThanOrEqual(success);
      expect(r.skillsToDevelop.length).toBeGreaterThanOrEqual(skills);
      // The entry role asks no bar: what it lists as skills to develop is what people learn in it.
      expect(r.mandatory.length).toBeGreaterThanOrEqual(id === "apm" ? 0 : 1);
      expect(r.mandatory.length).toBeLessThanOrEqual(3);
    });
  }

  it("never makes the entry role's bar one of the skills it is there to learn", () => {
    const apm = role("apm");
    const learned = new Set(apm.skillsToDevelop.map((skill) => skill.competency));
    expect(apm.mandatory.filter((competency) => learned.has(competency))).toEqual([]);
  });

  it("keeps mentoring apart from managing people, so the IC track can reach the top of it", () => {
    for (const id of ["senior-pm", "principal-pm", "product-architect"]) {
      expect(role(id).expectations.mentoring, id).toBeGreaterThanOrEqual(3);
      expect(role(id).expectations["people-leadership"], id).toBeLessThanOrEqual(2);
    }
    expect(role("product-architect").expectations.mentoring).toBeGreaterThanOrEqual(4);
  });

  it("gives every adjacent role a way back into product", () => {
    const product = new Set(framework.roles.filter((r) => r.track !== "adjacent").map((r) => r.id));
    for (const adjacent of framework.roles.filter((r) => r.track === "adjacent")) {
      const back = framework.transitions.filter(
        (t) => t.from === adjacent.id && product.has(t.to) && t.notes,
      );
      expect(back.length, adjacent.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("keeps the APM and CPO context notes", () => {
    expect(role("apm").contextNotes.join(" ")).toMatch(/startup/i);
    expect(role("vp-product").contextNotes.join(" ")).toMatch(/wireframes/i);
  });

  it("describes the IC track, its settings and its standing next to Group PM", () => {
    const principal = role("principal-pm");
    expect(principal.whatChanges.length).toBeGreaterThanOrEqual(5);
    expect(principal.responsibilities.length).toBeGreaterThanOrEqual(6);
    expect(principal.success.length).toBeGreaterThanOrEqual(5);
    expect(principal.comparableTo).toContain("group-pm");
    const notes = principal.contextNotes.join(" ");
    for (const setting of [
      /API platforms/,
      /ML/,
      /infrastructure/,
      /marketplaces/,
      /multi-sided/,
    ]) {
      expect(notes).toMatch(setting);
    }
    expect(notes).toMatch(/not a less ambitious/i);
  });

  it("connects the tracks with promotions, switches, lateral moves, skips and pivots", () => {
    managementIds.slice(1).forEach((to, i) => {
      const from = managementIds[i] ?? "";
      expect(hasEdge(from, to, "promotion"), `${from} -> ${to}`).toBe(true);
    });
    expect(hasEdge("senior-pm", "principal-pm", "track-switch")).toBe(true);
    expect(hasEdge("principal-pm", "senior-pm", "track-switch")).toBe(true);
    expect(hasEdge("group-pm", "principal-pm", "lateral")).toBe(true);
    expect(hasEdge("principal-pm", "group-pm", "lateral")).toBe(true);
    expect(hasEdge("principal-pm", "product-architect", "promotion")).toBe(true);
    expect(hasEdge("apm", "senior-pm", "skip")).toBe(true);
    expect(hasEdge("pm", "group-pm", "skip")).toBe(true);
    expect(hasEdge("senior-pm", "vp-product", "skip")).toBe(true);
    for (const from of managementIds) {
      for (const to of adjacentIds)
        expect(hasEdge(from, to, "pivot"), `${from} -> ${to}`).toBe(true);
    }
  });

  it("gives promotion durations as context ranges, never as deadlines", () => {
    const promotions = framework.transitions.filter((t) => t.kind === "promotion");
    for (const t of promotions) {
      const span = t.typicalDuration;
      expect(span, `${t.from} -> ${t.to}`).toBeDefined();
      expect((span?.maxYears ?? 0) - (span?.minYears ?? 0)).toBeGreaterThanOrEqual(2);
      expect(t.notes, `${t.from} -> ${t.to}`).toMatch(/context/i);
    }
  });

  it("places newcomers by background, as the article describes", () => {
    const entries = (id: string) =>
      framework.entryRoutes.find((r) => r.id === id)?.enterAt.map((e) => e.role) ?? [];
    expect(entries("new-graduate")).toEqual(["apm"]);
    expect(entries("career-changer")).toEqual(["apm", "pm"]);
    expect(entries("experienced-hire")).toEqual(["pm", "senior-pm"]);
  });

  it("states the guidance: no fixed timeline, impact not titles, IC is not less ambitious", () => {
    const guidance = new Map(framework.guidance.map((g) => [g.id, g.body]));
    expect(guidance.get("no-fixed-timeline")).toMatch(/twenty|20/);
    expect(guidance.get("no-fixed-timeline")).toMatch(/valid/);
    expect(guidance.get("impact-not-titles")).toMatch(/outcomes/);
    expect(guidance.get("ic-is-not-less-ambitious")).toMatch(/individual-contributor/);
    for (const id of ["know-what-success-means", "non-linear", "build-it-like-a-product"]) {
      expect(guidance.has(id), id).toBe(true);
    }
  });

  it("is written in its own words: no sentence of 12 or more words is copied from the article", () => {
    const digest = (words: string[]) =>
      createHash("sha256").update(words.join(" ")).digest("hex").slice(0, 10);
    const copied = allStrings(document).flatMap((value) => {
      const words = normalise(value).split(" ");
      return words.slice(0, -11).flatMap((_, i) => {
        const run = words.slice(i, i + 12);
        return articleSentenceStarts.has(digest(run)) ? [run.join(" ")] : [];
      });
    });
    expect(articleSentenceStarts.size).toBe(134);
    expect(copied).toEqual([]);
  });
});

/**
 * The source article's sentences of 12 or more words, as the first 10 hex digits of the SHA-256
 * of each sentence's first 12 words (normalised as above), so the article itself stays out of the
 * project while the test still recognises any of its sentences.
 */
const articleSentenceStarts = new Set(
  `
a69c35db84 f6726553e7 a464a3f14b ab10b70bf2 d44456c8c6 f5ce245579 0df6b4c591 22ab165f84 89e0568420
63f5977383 52b90f9cc3 734d867ce7 863d57c3f8 e3e4848b8a bd7158dd9b 84963ca64c eb2e2c3825 ae01290564
ff44b65c82 4fccc1d780 631b98e1fb 81bf4a0083 415e36bfa0 67536cf8c5 abdc2f6ffe 7f2617f6ca ba3a554971
ed481dab2e 3b5c4d7cb8 6b5814d752 90d6938be2 f5ce74931e fdeedf2272 67f97720b5 d2ad4082ff 70526398b7
076799aecd 7b0d5f5087 da4af7be7a de4d57046d 6b2d69e209 95f224f513 ffb99f4729 8e7f756acd e4ae651fda
05c54d9458 108215d7a3 3e9156d9c5 c78fcefe03 d54ef0877d b5d7e29e80 15ca3a5488 35067adaec 8eb01e3b70
5789e393d5 34497f3369 9c785be9a1 011b1650bc ca3080636a ad485925fc e7cbfef631 da42410d19 bf09489ecb
a99c842dba 8421510555 eb451fce54 510eabbaf9 0efa5b2d1e 2c353ce232 55db7e493e 88983b7f39 db57f1b876
b998236d56 83be9c0c4b 7bd1257efe 243f254ed6 1d618bf081 820f98ba87 6c2cc4041d e9b2bda5a2 ba3f095974
de866d8a2e 871bef4453 1b9c83c79e 2858f8aaed 4ac7a284f9 35f8476199 8ba2f5f1e8 edb4d4def9 70ce5261e9
62342232a6 9678d6bd88 14b91de234 801f1cba96 94419688b4 ab5252d75d 23ea3e162c e8a85cdd71 689d5bae3a
75be00891e cd560add9c 086092ea50 d4d9c5bd7f 2b9bea5d97 77cff9eef5 a6f44a0d86 c79be6c610 2a84d0a03d
3b876581f1 a4fe8689e5 5d1c81a0ee 8001836a59 655437c2a7 5c02e5bec1 8a9af22cbc 66484bd57f 167001bb36
f67c3a7f4e eeacd4b457 cd9e58df50 b704c72be6 c417993d6f b294bb923a 6f2ebb2da8 8f48ef3ae9 65e8f5dfe9
fd8355155b 92fb54ddf8 3b1a1e9794 fc72335e75 8432c97f39 64c1172279 ebf7e05f3e 0627689604
`
    .trim()
    .split(/\s+/),
);
