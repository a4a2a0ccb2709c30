import { describe, expect, it } from "vitest";
import { describeFailure } from "./describe-failure.ts";

describe("describeFailure", () => {
  it("names the database's reason for a refused statement, never its SQL", () => {
    const refused = new Error(
      "Failed query: insert into feedback_requests values ($1)\nparams: x",
      {
        cause: new Error('insert violates foreign key constraint "requester_user_id_fk"'),
      },
    );
    const line = describeFailure(refused);
    expect(line).toContain(
      'The database refused it: insert violates foreign key constraint "requester_user_id_fk".',
    );
    expect(line).not.toContain("values ($1)");
  });

  it("keeps the first line of any other failure", () => {
    expect(describeFailure(new Error("Something broke\nat line 2"))).toBe(
      "Something broke. Run it again with PATHWAYS_DEBUG=1 to see where it happened.",
    );
  });
});
