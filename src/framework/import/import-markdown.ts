import { LineCounter, parseDocument } from "yaml";
import { ordinal } from "../entry-words.ts";
import type { FrameworkIssue } from "../framework-issue.ts";
import { locatePath } from "../locate-path.ts";
import { yamlIssues } from "../yaml-issues.ts";
import type { LadderCompetency, LadderLevel } from "./build-minimal-ladder.ts";
import { finishLadder } from "./finish-ladder.ts";
import type { ImportResult } from "./import-result.ts";
import { issueAt } from "./import-result.ts";
import { readLevelHeader } from "./read-level-header.ts";

const example =
  "---\nname: Acme product ladder\nlevels: [Associate PM, Product Manager, Senior PM]\ntopics: [Discovery, Delivery]\n---\n## Associate PM\n### Discovery\n- Joins user interviews and writes up what they heard.";
const frontMatterHint = `Start the file with front matter between two --- lines naming the levels and topics, then a ## heading per level with a ### heading per topic and its criteria as a list, e.g.\n${example}`;

interface FrontMatter {
  id?: string;
  name?: string;
  version?: string;
  description?: string;
  levels: { title: string; summary?: string }[];
  topics: { name: string; area?: string; description?: string }[];
}

const textOf = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value).trim() : undefined;

/** What is wrong with the front matter, and the field it is about when there is one. */
interface FrontMatterProblem {
  problem: string;
  key: "levels" | "topics" | null;
}

function readList<T>(
  value: unknown,
  key: "levels" | "topics",
  read: (item: unknown) => T | undefined,
): T[] | FrontMatterProblem {
  if (!Array.isArray(value) || value.length === 0) {
    const problem = `the front matter names no ${key}: it needs "${key}:" followed by a list of names`;
    return { problem, key };
  }
  const items = value.map(read);
  const missing = items.indexOf(undefined);
  if (missing >= 0) {
    const field = key === "levels" ? "title" : "name";
    const problem = `the ${ordinal(missing + 1)} of the front matter's ${key} has no ${field}: write each as a name, or as "${field}: …"`;
    return { problem, key };
  }
  return items as T[];
}

const isProblem = (value: unknown): value is FrontMatterProblem =>
  typeof value === "object" && value !== null && "problem" in value;

function readFrontMatter(data: unknown): FrontMatter | FrontMatterProblem {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { problem: 'the front matter is not a set of "name: value" lines', key: null };
  }
  const fields = data as Record<string, unknown>;
  const levels = readList(fields.levels, "levels", (item) => {
    const title = textOf(item) ?? textOf((item as { title?: unknown } | null)?.title);
    if (!title) return undefined;
    const summary = textOf((item as { summary?: unknown } | null)?.summary);
    return { title: readLevelHeader(title).title, ...(summary ? { summary } : {}) };
  });
  if (isProblem(levels)) return levels;
  const topics = readList(fields.topics, "topics", (item) => {
    const name = textOf(item) ?? textOf((item as { name?: unknown } | null)?.name);
    if (!name) return undefined;
    const { area, description } = (typeof item === "object" && item !== null ? item : {}) as {
      area?: unknown;
      description?: unknown;
    };
    return {
      name,
      ...(textOf(area) ? { area: textOf(area) } : {}),
      ...(textOf(description) ? { description: textOf(description) } : {}),
    };
  });
  if (isProblem(topics)) return topics;
  const meta: Partial<FrontMatter> = {};
  for (const key of ["id", "name", "version", "description"] as const) {
    const value = textOf(fields[key]);
    if (value) meta[key] = value;
  }
  return { ...meta, levels, topics };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Imports a Markdown ladder: front matter names the levels and topics (and optionally id, name,
 * version, description); below it, a `##` heading per level holds a `###` heading per topic whose
 * list items (or paragraph) are that level's criteria. Text under a level before its first topic
 * is the level's summary.
 *
 * @example importMarkdown("ladder.md", "---\nlevels: [PM, Senior PM]\ntopics: [Delivery]\n---\n## PM\n### Delivery\n- Ships\n")
 */
export function importMarkdown(file: string, source: string): ImportResult {
  const shape = "markdown" as const;
  const text = source.replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\r|\n/);
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (!/^---\s*$/.test(lines[0] ?? "") || close < 0) {
    return {
      ok: false,
      shape,
      issues: [
        issueAt(
          file,
          { line: 1 },
          "front-matter-missing",
          lines[0]?.startsWith("---")
            ? "the front matter is never closed with a --- line"
            : "the file does not start with front matter",
          frontMatterHint,
        ),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join("\n"), { lineCounter, prettyErrors: false });
  const syntax = yamlIssues(doc, lineCounter, { fileName: file });
  if (syntax.length > 0) {
    const shifted = syntax.map((issue) => ({ ...issue, line: (issue.line ?? 0) + 1 }));
    return { ok: false, shape, issues: shifted };
  }
  const front = readFrontMatter(doc.toJS());
  if (isProblem(front)) {
    const at = front.key === null ? null : locatePath(doc, lineCounter, [front.key], "key");
    const place = at ? { line: at.line + 1, column: at.column } : { line: 2 };
    return {
      ok: false,
      shape,
      issues: [issueAt(file, place, "front-matter", front.problem, frontMatterHint)],
    };
  }

  const issues: FrameworkIssue[] = [];
  const levels: LadderLevel[] = front.levels.map((level) => ({ ...level, responsibilities: [] }));
  const competencies: LadderCompetency[] = front.topics.map((topic) => ({
    ...topic,
    descriptors: levels.map(() => undefined),
  }));
  const levelLines: number[] = [];
  const topicLines: number[] = [];
  let level = -1;
  let topic = -1;
  let paragraph: string[] = [];
  let summary: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const joined = paragraph.join(" ");
    paragraph = [];
    if (topic >= 0) {
      const descriptors = competencies[topic]?.descriptors;
      if (descriptors) descriptors[level] = [...(descriptors[level] ?? []), joined];
    } else if (level >= 0) summary.push(joined);
  };
  const endLevel = () => {
    flush();
    const current = levels[level];
    if (current && summary.length > 0 && !current.summary) current.summary = summary.join(" ");
    summary = [];
  };
  for (let index = close + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const number = index + 1;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const depth = heading[1]?.length ?? 0;
      const title = heading[2] ?? "";
      if (depth === 1) {
        endLevel();
        level = -1;
        topic = -1;
        continue;
      }
      if (depth === 2) {
        endLevel();
        topic = -1;
        level = levels.findIndex(
          (l) => sameName(l.title, title) || sameName(l.title, readLevelHeader(title).title),
        );
        if (level < 0) {
          issues.push(
            issueAt(
              file,
              { line: number, column: 1 },
              "unknown-level",
              `"${title}" is not one of the levels in the front matter`,
              `Level headings (##) name a level from the front matter's levels: ${front.levels.map((l) => l.title).join(", ")}; add it there or correct the heading.`,
            ),
          );
        } else levelLines[level] ??= number;
        continue;
      }
      flush();
      if (level < 0) {
        issues.push(
          issueAt(
            file,
            { line: number, column: 1 },
            "topic-outside-level",
            `the topic "${title}" is not under a level heading`,
            "Put each ### topic heading under the ## heading of the level it describes.",
          ),
        );
        topic = -1;
        continue;
      }
      topic = front.topics.findIndex((t) => sameName(t.name, title));
      if (topic < 0) {
        issues.push(
          issueAt(
            file,
            { line: number, column: 1 },
            "unknown-topic",
            `"${title}" is not one of the topics in the front matter`,
            `Topic headings (###) name a topic from the front matter's topics: ${front.topics.map((t) => t.name).join(", ")}; add it there or correct the heading.`,
          ),
        );
      } else topicLines[topic] ??= number;
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const criterion = (item[1] ?? "").trim();
      if (topic >= 0) paragraph = [criterion];
      else if (level >= 0) levels[level]?.responsibilities?.push(criterion);
      flush();
      continue;
    }
    if (line.trim() === "") flush();
    else if (level >= 0) paragraph.push(line.trim());
  }
  endLevel();
  competencies.forEach((competency, c) => {
    competency.descriptors.forEach((criteria, l) => {
      if (criteria && criteria.length > 7) {
        issues.push(
          issueAt(
            file,
            { line: topicLines[c] ?? 1, column: 1 },
            "too-many-criteria",
            `${competency.name} has ${criteria.length} criteria for ${levels[l]?.title}; at most seven`,
            "Merge related criteria: a level is described by one to seven observable criteria.",
          ),
        );
      }
    });
  });
  if (issues.length > 0) return { ok: false, shape, issues };
  return finishLadder(
    shape,
    {
      file,
      meta: {
        ...(front.id ? { id: front.id } : {}),
        ...(front.name ? { name: front.name } : {}),
        ...(front.version ? { version: front.version } : {}),
        ...(front.description ? { description: front.description } : {}),
      },
      levels,
      competencies,
    },
    (path) => {
      const index = typeof path[1] === "number" ? path[1] : -1;
      const line =
        path[0] === "competencies"
          ? topicLines[index]
          : path[0] === "roles"
            ? levelLines[index]
            : 2;
      return { line: line ?? 2, column: 1 };
    },
  );
}
