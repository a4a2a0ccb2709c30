import { describe, expect, it } from "vitest";
import { buildFramework } from "../../../test/factories.ts";
import type { Assessment } from "../types.ts";
import { alignmentConversation } from "./alignment-conversation.ts";

const framework = buildFramework();
const [first, second, third] = framework.competencies.map((competency) => competency.id) as [
  string,
  string,
  string,
];

const assessment = (
  raterKind: "self" | "manager",
  levels: Record<string, number>,
  note?: string,
): Assessment => ({
  id: `${raterKind}-1`,
  personId: "ava",
  raterId: raterKind === "self" ? "ava" : "ben",
  raterKind,
  frameworkVersion: framework.version,
  submittedAt: "2027-01-20T10:00:00.000Z",
  ratings: Object.entries(levels).map(([competency, level]) => ({
    competency,
    level,
    ...(note ? { note } : {}),
  })),
});

describe("alignmentConversation", () => {
  const assessments = [
    assessment("self", { [first]: 3, [second]: 4, [third]: 2 }, "Shipped the pricing revamp"),
    assessment("manager", { [first]: 3, [second]: 2, [third]: 1 }),
  ];

  it("puts the widest gap first and says both views in the reader's words", () => {
    const mine = alignmentConversation(
      framework,
      assessments,
      [],
      { self: "you", manager: "Ben" },
      {},
    );
    expect(mine.items.map((item) => item.competency).slice(0, 3)).toEqual([second, third, first]);
    expect(mine.items[0]?.words).toBe("You see level 4, Ben sees level 2.");
    expect(mine.items[0]?.self?.note).toBe("Shipped the pricing revamp");
    expect(mine.items[2]?.words).toBe("You and Ben both see level 3.");
    expect(mine.misaligned).toBe(2);
    expect(mine.reason).toBe(
      "You and Ben see two competencies a level or more apart; they come first.",
    );
    const bens = alignmentConversation(
      framework,
      assessments,
      [],
      { self: "Ava", manager: "you" },
      {},
    );
    expect(bens.items[0]?.words).toBe("Ava sees level 4, you see level 2.");
  });

  it("shows the evidence shared for a competency and the level agreed on it", () => {
    const evidence = [
      {
        id: "e1",
        personId: "ava",
        date: "2027-01-05",
        title: "Pricing revamp",
        competencies: [second],
        visibility: "manager" as const,
      },
    ];
    const read = alignmentConversation(
      framework,
      assessments,
      evidence,
      { self: "Ava", manager: "Ben" },
      { [second]: 3 },
    );
    const item = read.items.find((entry) => entry.competency === second);
    expect(item?.evidence.map((entry) => entry.title)).toEqual(["Pricing revamp"]);
    expect(item?.agreedLevel).toBe(3);
    expect(read.items.find((entry) => entry.competency === first)?.agreedLevel).toBeNull();
  });

  it("says when only one of them has rated", () => {
    const read = alignmentConversation(
      framework,
      [assessments[0] as Assessment],
      [],
      { self: "you", manager: "Ben" },
      {},
    );
    expect(read.items[0]?.words).toBe("You see level 3; Ben has not rated it yet.");
    expect(read.reason).toBe("You and Ben have no competency rated by both yet.");
  });
});
