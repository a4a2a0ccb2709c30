import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoLoginKind } from "../../src/demo/demo-types.ts";
import { routes } from "../../src/web/router/routes.ts";
import { capturePage } from "./capture-page.ts";
import { accessibilityProblems } from "./check-accessibility.ts";
import { type DemoSession, openDemoSession } from "./open-demo-session.ts";
import { textOverflows } from "./text-overflows.ts";

type Viewer = DemoLoginKind | "visitor";

// Who sees each page best; a page not named here (a new one) is photographed as the owner, who
// sees the most. Pages for visitors only are opened signed out.
const viewerOf: Record<string, Viewer> = {
  "/start": "visitor",
  "/setup": "visitor",
  "/invitation": "visitor",
  "/forgot-password": "visitor",
  "/reset-password": "visitor",
  "/": "member",
  "/map": "member",
  "/roles/:id": "member",
  "/compare": "member",
  "/placement": "member",
  "/assess": "member",
  "/profile": "member",
  "/paths": "member",
  "/plan": "member",
  "/evidence": "member",
  "/feedback": "member",
  "/team": "manager",
  "/people/:id/profile": "manager",
  "/promotion-cases/:id": "manager",
};

const order: Viewer[] = ["visitor", "member", "manager", "owner"];

// The same sign-in page as /start, which the server answers with its own form while setup is open.
const notRouted = new Set(["/setup"]);

/** The ids a route's `:name` segments take, asked of the API as the signed-in viewer. */
async function idsFor(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(async () => {
    const json = async (path: string) => {
      const res = await fetch(path);
      return res.ok ? res.json() : null;
    };
    const state = await json("/api/v1/session");
    const personId: string | null = state?.session?.user.personId ?? null;
    const reports = personId
      ? await json(`/api/v1/people?reportsTo=${personId}&depth=direct&limit=1`)
      : null;
    const cases = await json("/api/v1/promotion-cases");
    const cycles = await json("/api/v1/cycles");
    return {
      "/roles/:id": "pm",
      "/people/:id": reports?.items?.[0]?.id ?? personId,
      "/people/:id/profile": reports?.items?.[0]?.id ?? null,
      "/promotion-cases/:id": cases?.items?.[0]?.id ?? null,
      "/cycles/:id": cycles?.items?.[0]?.id ?? null,
    };
  });
}

/** Waits until the page shows its heading and nothing on it is still loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return (
      main !== null &&
      !main.hidden &&
      main.querySelector("h1") !== null &&
      main.querySelector(".state-loading") === null
    );
  });
}

async function signInAs(session: DemoSession, viewer: Viewer): Promise<void> {
  const { page, server, context } = session;
  await context.clearCookies();
  if (viewer === "visitor") return;
  const login = session.logins.find((candidate) => candidate.kind === viewer);
  if (!login) throw new Error(`The demo has no ${viewer} account.`);
  await page.goto(`${server.url}/start`);
  await page.getByLabel("Email").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/start");
}

describe("every page, as the role that sees it, at 1280 and 390 px", () => {
  let session: DemoSession;

  beforeAll(async () => {
    session = await openDemoSession("member");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("opens Compare on my role and my next one, marking only what differs", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/compare`);
    await page.waitForURL(/from=.+&to=.+/);
    const url = new URL(page.url());
    const next = await page.evaluate(async () => {
      const state = await (await fetch("/api/v1/session")).json();
      const id = state.session.user.personId;
      const person = await (await fetch(`/api/v1/people/${id}`)).json();
      const profile = await (await fetch(`/api/v1/people/${id}/profile`)).json();
      return { from: person.roleId, to: profile.nextRole?.roleId };
    });
    expect({ from: url.searchParams.get("from"), to: url.searchParams.get("to") }).toEqual(next);
    await page.locator("tbody tr").first().waitFor();
    const rows = await page.locator("tbody tr").count();
    const marked = await page.locator("tbody mark.is-new").count();
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(rows);
  });

  it("reaches the sign-in form one Tab after the skip link, with nothing logged", async () => {
    const { page, server, context } = session;
    await context.clearCookies();
    session.consoleErrors.length = 0;
    const failed: string[] = [];
    const listen = (response: { status(): number; url(): string }) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    };
    page.on("response", listen);
    await page.goto(`${server.url}/start`);
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("email");
    page.off("response", listen);
    // A visitor's first page asks who is signed in without a 401, and the icon is there.
    expect(failed).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect((await page.request.get(`${server.url}/favicon.ico`)).status()).toBe(200);
  });

  it("starts each main page's reads with the page, and the page uses every one of them", async () => {
    const { context, server } = session;
    const mainPages: Record<Viewer, string[]> = {
      visitor: ["/start", "/map", "/compare"],
      member: ["/", "/profile", "/paths", "/plan", "/map", "/compare"],
      manager: ["/", "/team", "/plan"],
      owner: ["/", "/profile", "/organisation"],
    };
    await context.clearCookies();
    const cookieOf = async (viewer: Viewer): Promise<string | null> => {
      const login = session.logins.find((candidate) => candidate.kind === viewer);
      if (!login) return null;
      const res = await fetch(`${server.url}/api/v1/session/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: login.email, password: login.password }),
      });
      return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? null;
    };
    const problems: string[] = [];
    // Every page in its own tab at once, each tab signed in as its viewer: the browser says an
    // unused preload a few seconds after the page loaded, so the tabs stay open that long together.
    const opened = await Promise.all(
      order.map(async (viewer) => {
        const cookie = await cookieOf(viewer);
        return Promise.all(
          mainPages[viewer].map(async (path) => {
            const tab = await context.newPage();
            if (cookie) await tab.setExtraHTTPHeaders({ cookie });
            const reads = new Map<string, number>();
            tab.on("request", (request) => {
              const url = new URL(request.url());
              if (url.pathname.startsWith("/api/")) {
                const key = `${request.method()} ${url.pathname}${url.search}`;
                reads.set(key, (reads.get(key) ?? 0) + 1);
              }
            });
            tab.on("console", (message) => {
              if (/preload/i.test(message.text()))
                problems.push(`${path} as ${viewer}: ${message.text()}`);
            });
            await tab.goto(`${server.url}${path}`);
            await settled(tab);
            const preloads = await tab.locator('link[rel="preload"][as="fetch"]').count();
            if (preloads === 0) problems.push(`${path} as ${viewer} starts no read with the page`);
            return { tab, path, viewer, reads };
          }),
        );
      }),
    );
    const tabs = opened.flat();
    await tabs[0]?.tab.waitForTimeout(3_500);
    for (const { tab, path, viewer, reads } of tabs) {
      for (const [read, times] of reads) {
        if (times > 1) problems.push(`${path} as ${viewer} asked ${times} times for ${read}`);
      }
      await tab.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("photographs every page of the router with no text cut off and axe clean", async () => {
    const { page, server } = session;
    const pages = routes.filter((route) => !notRouted.has(route.path));
    const skipped: string[] = [];
    const problems: string[] = [];
    for (const viewer of order) {
      const mine = pages.filter((route) => (viewerOf[route.path] ?? "owner") === viewer);
      if (mine.length === 0) continue;
      await signInAs(session, viewer);
      const ids = viewer === "visitor" ? {} : await idsFor(page);
      for (const route of mine) {
        const id = ids[route.path as keyof typeof ids];
        if (route.path.includes(":") && !id) {
          skipped.push(`${route.path} (the demo has nothing to open as ${viewer})`);
          continue;
        }
        const path = id ? route.path.replace(/:[a-z]+/, id) : route.path;
        await page.goto(`${server.url}${path}`);
        const ready = await settled(page).then(
          () => true,
          () => false,
        );
        if (!ready) {
          const shown = ((await page.locator("main").textContent()) ?? "").slice(0, 200);
          problems.push(`${path} as ${viewer} never finished loading: ${shown}`);
          continue;
        }
        const name = `page-${viewer}${route.path.replace(/[/:]+/g, "-").replace(/-$/, "") || "-home"}`;
        problems.push(...(await accessibilityProblems(page)).map((line) => `${path}: ${line}`));
        await capturePage(page, name, async (width) => {
          const cut = await textOverflows(page);
          problems.push(...cut.map((line) => `${path} at ${width} px: ${line}`));
        });
      }
    }
    if (skipped.length > 0) console.log(`Not photographed: ${skipped.join(", ")}`);
    expect(problems).toEqual([]);
    // A full-page screenshot per page and width: about 4 minutes with the machine under load 25.
  }, 600_000);
});
