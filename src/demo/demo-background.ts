import type { Background } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { roleOf, seniorityOf } from "./demo-career.ts";

/** A plausible background for someone in this role: experience grows with seniority. */
export function demoBackground(framework: Framework, roleId: string, random: Random): Background {
  const seniority = seniorityOf(framework, roleId);
  const track = roleOf(framework, roleId).track;
  const yearsExperience = Math.max(1, Math.round(1 + seniority * 15 + random.between(-1, 2)));
  const junior = seniority < 0.2 && track === "management";
  const background: Background = {
    yearsExperience,
    yearsInProductAdjacent: Math.round(random.between(0, track === "adjacent" ? 6 : 3)),
    domainExpertise: random.chance(0.35 + seniority * 0.3),
    startupExperience: random.chance(0.4),
    peopleLeadership: seniority >= 0.7 ? random.chance(0.8) : random.chance(0.15),
  };
  if (junior) {
    const draw = random.next();
    if (draw < 0.4) background.newGraduate = true;
    else if (draw < 0.7) background.internalTransfer = true;
    else background.bootcamp = true;
  } else if (random.chance(0.1)) {
    background.internalTransfer = true;
  }
  return background;
}
