/**
 * Every tag an operation of the API may carry, with what it groups — the one list of them. The
 * OpenAPI document declares these, in this order; an operation tagged with anything else fails
 * `scripts/api-document.test.ts` until its tag is added here.
 */
export const apiTags = [
  { name: "setup", description: "The first start: create the organisation and its owner." },
  { name: "session", description: "Sign in and out with an email and password." },
  { name: "sso", description: "Single sign-on with the organisation's identity provider." },
  {
    name: "placement",
    description: "Where someone new to product management, or new here, would start on the ladder.",
  },
  { name: "people", description: "The people of the organisation and their reporting lines." },
  {
    name: "insights",
    description:
      "The engine's answers about a person: profile, fit for every role, standing, paths and trend.",
  },
  { name: "assessments", description: "Self and manager assessments against the framework." },
  { name: "evidence", description: "Evidence of impact a person logs against competencies." },
  { name: "feedback", description: "Asking colleagues to rate chosen competencies of a person." },
  {
    name: "frameworks",
    description: "The career framework: its versions, imports, checks, differences and publishing.",
  },
  { name: "analytics", description: "Team and organisation analytics for managers and admins." },
  { name: "growth plans", description: "Growth plans: focus competencies, goals and check-ins." },
  { name: "reports", description: "A person's growth report, as Markdown or PDF." },
  { name: "roles", description: "Roles of the framework and how two of them compare." },
  { name: "imports", description: "Importing people and mapping job titles to framework roles." },
  { name: "exports", description: "Exporting the organisation's data for use elsewhere." },
  {
    name: "me",
    description:
      "What is about the signed-in person: home, colleagues, their data and preferences.",
  },
  { name: "audit", description: "The audit trail of changes, for admins." },
  { name: "organisation", description: "The organisation's own settings." },
  { name: "invitations", description: "Inviting people to Pathways and accepting invitations." },
  { name: "outbox", description: "Mails Pathways sent or will send, for admins." },
  {
    name: "accounts",
    description: "Accounts: organisation roles, deactivation, erasure and handing over ownership.",
  },
  { name: "tokens", description: "Personal access tokens for scripts." },
  { name: "cycles", description: "Check-in cycles: everyone assessed in the same weeks." },
  {
    name: "promotion cases",
    description: "Promotion cases a manager builds for a report and the decision taken.",
  },
] as const;
