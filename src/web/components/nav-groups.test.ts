import { describe, expect, it } from "vitest";
import { navGroups } from "./nav-groups.ts";

const labels = (viewer: Parameters<typeof navGroups>[0]) =>
  navGroups(viewer).map((group) => group.label);
const everyLink = (viewer: Parameters<typeof navGroups>[0]) =>
  navGroups(viewer).flatMap((group) => group.items.map((item) => item.to));

describe("navGroups", () => {
  it("shows visitors only the public pages", () => {
    const visitor = { signedIn: false, isPerson: false, hasReports: false, isAdmin: false };
    expect(labels(visitor)).toEqual(["Explore"]);
    expect(everyLink(visitor)).toEqual(["/map", "/compare", "/placement"]);
  });

  it("offers My team only to people with reports, and Organisation only to admins", () => {
    const pm = { signedIn: true, isPerson: true, hasReports: false, isAdmin: false };
    expect(labels(pm)).toEqual(["Me", "Explore"]);
    expect(everyLink(pm)).not.toContain("/team");
    expect(everyLink(pm)).not.toContain("/people");
    expect(labels({ ...pm, hasReports: true })).toEqual(["Me", "My team", "Explore"]);
    expect(labels({ ...pm, isAdmin: true })).toEqual(["Me", "Organisation", "Explore"]);
  });

  it("offers calibration to admins and promotion cases once, to managers and admins", () => {
    const manager = { signedIn: true, isPerson: true, hasReports: true, isAdmin: false };
    expect(everyLink(manager)).toContain("/promotion-cases");
    expect(everyLink(manager)).not.toContain("/calibration");
    const admin = { ...manager, hasReports: false, isAdmin: true };
    expect(everyLink(admin)).toEqual(expect.arrayContaining(["/calibration", "/promotion-cases"]));
    const both = everyLink({ ...manager, isAdmin: true });
    expect(both.filter((to) => to === "/promotion-cases")).toHaveLength(1);
  });

  it("gives an administering account without a profile no Me pages", () => {
    const operator = { signedIn: true, isPerson: false, hasReports: false, isAdmin: true };
    expect(labels(operator)).toEqual(["Organisation", "Explore"]);
  });
});
