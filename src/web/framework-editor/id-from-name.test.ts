import { describe, expect, it } from "vitest";
import { idFromName } from "./id-from-name.ts";

describe("idFromName", () => {
  it("joins the name's words with dashes, without accents or signs", () => {
    expect(idFromName("Principal PM", [], "role")).toBe("principal-pm");
    expect(idFromName("  Données & Délivery! ", [], "role")).toBe("donnees-delivery");
  });

  it("numbers an id already taken and starts a name without letters with the fallback", () => {
    expect(idFromName("Principal PM", ["principal-pm"], "role")).toBe("principal-pm-1");
    expect(idFromName("3D design", [], "competency")).toBe("competency-3d-design");
    expect(idFromName("!!", ["role"], "role")).toBe("role-1");
  });
});
