import type { Preferences } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { nextRoles, peopleManagementRoles, roleOf } from "./demo-career.ts";

/** The broad direction a demo person wants to grow in. */
export type DemoAmbition = "climb" | "ic" | "no-management" | "adjacent" | "open";

const successLines = [
  "Shipping things customers tell their friends about.",
  "Being the person engineers want to build with.",
  "Growing the next generation of PMs on my team.",
  "Owning a problem space end to end, from discovery to revenue.",
  "Going deep on hard technical problems without managing a team.",
  "Having time for family while still doing the best work of my career.",
  "Seeing the numbers move because of a bet I argued for.",
  "Eventually starting my own company with what I learn here.",
  "Being trusted with the strategy, not just the backlog.",
  "Telling the product's story so well that customers get it in one sentence.",
  "Learning something new every quarter.",
  "Building a team that does great work when I am not in the room.",
];

/** Picks an ambition that fits the role: ICs lean IC, adjacent people often stay adjacent. */
export function pickAmbition(framework: Framework, roleId: string, random: Random): DemoAmbition {
  const track = roleOf(framework, roleId).track;
  const draw = random.next();
  if (track === "ic") return draw < 0.8 ? "ic" : "open";
  if (track === "adjacent") return draw < 0.5 ? "adjacent" : draw < 0.8 ? "climb" : "open";
  if (nextRoles(framework, roleId, ["promotion"]).length === 0) return "open";
  if (draw < 0.45) return "climb";
  if (draw < 0.6) return "ic";
  if (draw < 0.72) return "no-management";
  if (draw < 0.84) return "adjacent";
  return "open";
}

/** The role a person with this ambition would aim at next, if the framework has one. */
export function targetRoleFor(
  framework: Framework,
  roleId: string,
  ambition: DemoAmbition,
  random: Random,
): string | null {
  const promotion = nextRoles(framework, roleId, ["promotion"]);
  const switches = nextRoles(framework, roleId, ["track-switch", "lateral"]);
  const ic = switches.filter((id) => roleOf(framework, id).track === "ic");
  const pivots = nextRoles(framework, roleId, ["pivot"]);
  const avoid = new Set(peopleManagementRoles(framework));
  if (ambition === "ic") return ic[0] ?? promotion[0] ?? null;
  if (ambition === "adjacent") return pivots.length > 0 ? random.pick(pivots) : null;
  if (ambition === "no-management") {
    return promotion.find((id) => !avoid.has(id)) ?? ic[0] ?? null;
  }
  return promotion[0] ?? null;
}

/** A person's stated preferences for this ambition; "open" people state none but a target. */
export function demoPreferences(
  framework: Framework,
  roleId: string,
  ambition: DemoAmbition,
  random: Random,
): Preferences {
  const target = targetRoleFor(framework, roleId, ambition, random);
  const preferences: Preferences = {
    tracks: [],
    avoidRoles: [],
    targetRoles: target ? [target] : [],
  };
  if (ambition === "climb") preferences.tracks = ["management"];
  if (ambition === "ic") {
    preferences.tracks = ["ic", "management"];
    preferences.avoidRoles = peopleManagementRoles(framework);
  }
  if (ambition === "no-management") preferences.avoidRoles = peopleManagementRoles(framework);
  if (ambition === "adjacent") preferences.tracks = ["adjacent", "management"];
  if (random.chance(0.45)) preferences.successMeans = random.pick(successLines);
  return preferences;
}
