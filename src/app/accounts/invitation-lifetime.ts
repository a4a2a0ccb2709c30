/** How long an invitation link works unless the server is told otherwise: 7 days. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;
