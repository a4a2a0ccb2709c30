import { readFile } from "node:fs/promises";
import { seedDemoOrganisation } from "../../src/demo/seed-demo-organisation.ts";
import { hashPassword } from "../../src/server/auth/password.ts";
import { createApp } from "../../src/server/create-app.ts";
import { storageFrameworkSource } from "../../src/server/storage-framework-source.ts";
import type { Database } from "../../src/storage/database.ts";
import { readFrameworkFile } from "../../src/storage/read-framework-file.ts";
import { defaultFrameworkPath } from "../default-framework.ts";

/** The fixed "today" the demo organisation is seeded at and the API answers at. */
export const demoAnswersNow = new Date("2026-06-01T08:00:00.000Z");

/** What each person's pages ask the API; every answer the demo gives a person. */
const personQuestions = [
  "profile",
  "standing",
  "role-fits",
  "paths",
  "plan-draft?target=senior-pm",
  "plans",
  "trend",
  "report.md",
] as const;

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Creation times of rows written while seeding: the only answer that depends on the clock. */
const writtenAt = /"(createdAt|updatedAt)":"[^"]+"/g;

/**
 * An answer with ids and write times replaced, so two seedings of the demo compare equal. Raters
 * from outside a team are listed by id, which differs between seedings, so leniency is compared
 * as a set.
 */
function normalise(text: string): string {
  const stable = text.replace(uuid, "<id>").replace(writtenAt, '"$1":"<time>"');
  if (!stable.includes('"leniency":[')) return stable;
  const body = JSON.parse(stable) as { leniency: unknown[] };
  body.leniency = body.leniency
    .map((entry) => JSON.stringify(entry))
    .sort()
    .map((entry) => JSON.parse(entry));
  return JSON.stringify(body);
}

/** One answer: the HTTP status and the normalised body. */
export interface DemoAnswer {
  status: number;
  body: string;
}

/** The demo organisation seeded on an empty database, with an app signed in as its owner. */
export interface DemoApp {
  app: ReturnType<typeof createApp>;
  frameworks: ReturnType<typeof storageFrameworkSource>;
  /** The owner's session cookie. */
  cookie: string;
}

/**
 * Seeds the demo organisation at the fixed "today" and signs in as its owner.
 *
 * @example const { app, cookie } = await openDemoApp(db);
 */
export async function openDemoApp(db: Database): Promise<DemoApp> {
  const loaded = await readFrameworkFile(defaultFrameworkPath);
  if (!loaded.ok) throw new Error(`${defaultFrameworkPath} is not a valid framework.`);
  const source = await readFile(defaultFrameworkPath, "utf8");
  const { logins } = await seedDemoOrganisation({
    db: db,
    framework: loaded.framework,
    source,
    now: demoAnswersNow,
    hashPassword,
  });
  const frameworks = storageFrameworkSource({
    db: db,
    defaultFramework: { framework: loaded.framework, source },
  });
  const app = createApp({ db: db, frameworks, now: () => demoAnswersNow });
  const owner = logins.find((login) => login.kind === "owner");
  if (!owner) throw new Error("The demo organisation has no owner login.");
  const login = await app.request("/api/v1/session/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: owner.email, password: owner.password }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (login.status !== 200 || !cookie) throw new Error(`Signing in answered ${login.status}.`);
  return { app, frameworks, cookie };
}

/**
 * Seeds the demo organisation on an empty database and asks the API, as the owner, every question
 * a page, report or export asks about each person and about the organisation. The result is keyed
 * by person name and question, so a refactor that changes any answer shows which.
 */
export async function collectDemoAnswers(db: Database): Promise<Record<string, DemoAnswer>> {
  const { app, cookie } = await openDemoApp(db);
  const ask = async (path: string): Promise<DemoAnswer> => {
    const response = await app.request(path, { headers: { cookie } });
    return { status: response.status, body: normalise(await response.text()) };
  };
  const answers: Record<string, DemoAnswer> = {};
  answers["organisation people"] = await ask("/api/v1/people?limit=100");
  answers["organisation analytics"] = await ask("/api/v1/analytics/org");
  answers["organisation framework"] = await ask("/api/v1/frameworks/current");
  const listed = await app.request("/api/v1/people?limit=100", { headers: { cookie } });
  const people = (await listed.json()) as {
    items: { id: string; name: string; managerId: string | null }[];
    nextCursor: string | null;
  };
  if (people.nextCursor) throw new Error("The demo organisation no longer fits on one page.");
  const managers = new Set(people.items.map((person) => person.managerId));
  for (const person of people.items) {
    for (const question of personQuestions) {
      answers[`${person.name} ${question}`] = await ask(`/api/v1/people/${person.id}/${question}`);
    }
    if (managers.has(person.id)) {
      answers[`${person.name} team analytics`] = await ask(`/api/v1/analytics/team/${person.id}`);
    }
  }
  return answers;
}
