/** An evidence idea: `{feature}`, `{metric}` and `{n}` are filled in per person. */
export interface EvidenceTemplate {
  title: string;
  outcome: string;
  competencies: string[];
}

/** Evidence ideas, each tied to the competencies it shows. */
export const evidenceTemplates: EvidenceTemplate[] = [
  {
    title: "Shipped {feature}",
    outcome: "{metric} up {n}% within six weeks of launch",
    competencies: ["execution", "outcomes"],
  },
  {
    title: "Ran discovery interviews for {feature}",
    outcome: "12 interviews reshaped the scope; {metric} up {n}% after the change",
    competencies: ["product-thinking"],
  },
  {
    title: "Stopped a planned rebuild of {feature}",
    outcome: "Freed two sprints; the test that replaced it moved {metric} by {n}%",
    competencies: ["prioritisation", "outcomes"],
  },
  {
    title: "Wrote the strategy for {feature}",
    outcome: "Adopted as the plan for the next two quarters; {metric} target agreed at +{n}%",
    competencies: ["strategy", "communication"],
  },
  {
    title: "Aligned three teams on {feature}",
    outcome: "Dependencies cleared in two weeks; launch moved {metric} by {n}%",
    competencies: ["influence", "communication"],
  },
  {
    title: "Worked through the data model for {feature} with engineering",
    outcome: "Chose the simpler design; build time down {n}%",
    competencies: ["technical-fluency", "systems-thinking"],
  },
  {
    title: "Defined the metric tree for {feature}",
    outcome: "Weekly review now tracks {metric}; up {n}% since",
    competencies: ["outcomes", "business-acumen"],
  },
  {
    title: "Mentored a new APM through their first release",
    outcome: "They shipped {feature} on their own; {metric} up {n}%",
    competencies: ["mentoring"],
  },
  {
    title: "Took over {feature} after the plan fell apart",
    outcome: "Re-scoped with the team and launched; {metric} up {n}%",
    competencies: ["ambiguity", "execution"],
  },
  {
    title: "Built the business case for {feature}",
    outcome: "Funded by leadership; projected {metric} gain of {n}%",
    competencies: ["business-acumen", "strategy"],
  },
  {
    title: "Reorganised the team around {feature}",
    outcome: "Two squads with clear ownership; {metric} up {n}% the next quarter",
    competencies: ["org-design", "people-leadership"],
  },
  {
    title: "Presented the {feature} results to the leadership team",
    outcome: "Won a follow-up investment; {metric} up {n}% so far",
    competencies: ["communication", "influence"],
  },
];
