import { describe, expect, it } from "vitest";
import { matchPath, matchRoute } from "./match-route.ts";

describe("matchPath", () => {
  it("reads named segments out of the path", () => {
    expect(matchPath("/roles/:id", "/roles/senior-pm")).toEqual({ id: "senior-pm" });
  });

  it("decodes encoded segments", () => {
    expect(matchPath("/roles/:id", "/roles/a%20b")).toEqual({ id: "a b" });
  });

  it("ignores a trailing slash", () => {
    expect(matchPath("/compare", "/compare/")).toEqual({});
  });

  it("refuses paths of another length or with other fixed words", () => {
    expect(matchPath("/roles/:id", "/roles")).toBeNull();
    expect(matchPath("/roles/:id", "/people/pm")).toBeNull();
  });

  it("refuses malformed escapes instead of throwing", () => {
    expect(matchPath("/roles/:id", "/roles/%E0%A4%A")).toBeNull();
  });
});

describe("matchRoute", () => {
  const routes = [{ path: "/" }, { path: "/roles/:id" }, { path: "/roles/compare" }];

  it("picks the first route that fits, in table order", () => {
    expect(matchRoute(routes, "/roles/compare")?.route).toBe(routes[1]);
  });

  it("returns null when nothing fits", () => {
    expect(matchRoute(routes, "/nowhere/at/all")).toBeNull();
  });
});
