/** What each team works on, so evidence reads like that team's work. */
export interface TeamContext {
  features: string[];
  metrics: string[];
}

/** Features and metrics per demo team. */
export const teamContexts: Record<string, TeamContext> = {
  "Product Leadership": {
    features: [
      "the annual product strategy",
      "the enterprise tier",
      "the multi-product bundle",
      "the platform consolidation",
    ],
    metrics: [
      "net revenue retention",
      "annual recurring revenue",
      "gross margin",
      "customer satisfaction",
    ],
  },
  Growth: {
    features: [
      "the onboarding checklist",
      "referral invites",
      "the trial-to-paid nudge",
      "the pricing page",
    ],
    metrics: ["activation", "trial conversion", "week-4 retention", "sign-up completion"],
  },
  Payments: {
    features: ["one-click checkout", "saved cards", "refund self-service", "payout scheduling"],
    metrics: [
      "checkout conversion",
      "payment success rate",
      "refunds settled same day",
      "first-time payment approvals",
    ],
  },
  Platform: {
    features: [
      "the public API v2",
      "the permissions service",
      "the event pipeline",
      "the developer portal",
    ],
    metrics: [
      "API adoption",
      "integrations completed",
      "partner apps live",
      "requests served within target",
    ],
  },
  Marketplace: {
    features: ["seller onboarding", "search ranking", "listing quality checks", "buyer reviews"],
    metrics: [
      "listings going live",
      "search-to-order rate",
      "repeat purchase rate",
      "seller retention",
    ],
  },
  Mobile: {
    features: [
      "offline mode",
      "push notification settings",
      "the iOS home screen widget",
      "app start-up",
    ],
    metrics: ["daily active users", "crash-free sessions", "app store rating", "session length"],
  },
  Operations: {
    features: [
      "the quarterly planning process",
      "the launch checklist",
      "cross-team dependency tracking",
      "the release calendar",
    ],
    metrics: [
      "on-time launches",
      "teams using the checklist",
      "plans agreed in the first week",
      "dependencies closed on time",
    ],
  },
  Partnerships: {
    features: [
      "the accounting software integration",
      "the reseller programme",
      "the bank partnership",
      "co-marketing with a logistics partner",
    ],
    metrics: ["partner-sourced revenue", "partner activation", "integration usage", "deals closed"],
  },
  "Product Marketing": {
    features: [
      "the spring launch",
      "the new positioning",
      "the competitor battlecards",
      "the pricing announcement",
    ],
    metrics: ["launch page conversion", "sales win rate", "feature awareness", "qualified leads"],
  },
  "New Ventures": {
    features: [
      "the embedded lending pilot",
      "the AI assistant prototype",
      "the B2B self-serve concept",
      "the new-market test",
    ],
    metrics: [
      "pilot sign-ups",
      "weekly active pilot users",
      "customer interviews",
      "letters of intent",
    ],
  },
};

/** Used for teams without a context of their own. */
export const fallbackContext: TeamContext = {
  features: [
    "the customer portal",
    "the reporting dashboard",
    "the settings redesign",
    "the help centre",
  ],
  metrics: [
    "customer satisfaction",
    "weekly active users",
    "self-service resolutions",
    "task completion",
  ],
};
