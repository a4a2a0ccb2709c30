import { describe, expect, it } from "vitest";
import { buildFramework, buildProfile } from "../../../test/factories.ts";
import { roleFit } from "./role-fit.ts";
import { roleFits } from "./role-fits.ts";

const framework = buildFramework();

describe("roleFits", () => {
  it("returns one fit per role in framework order, matching roleFit", () => {
    const profile = buildProfile({ levels: { execution: 3, "product-strategy": 2 } });
    const fits = roleFits(framework, profile, { mandatoryWeight: 3 });
    expect(fits.map((fit) => fit.roleId)).toEqual(framework.roles.map((role) => role.id));
    expect(fits[2]).toEqual(roleFit(framework, profile, "senior-pm", { mandatoryWeight: 3 }));
  });
});
