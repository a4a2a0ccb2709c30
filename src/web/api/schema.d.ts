/**
 * The Pathways API as TypeScript types, generated from the OpenAPI document the server serves at
 * /api/openapi.json. Do not edit: change the route schemas, then run `npm run generate:api`.
 */

export interface paths {
  "/api/v1/analytics/org": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Organisation analytics (admins)
     * @description Admins see the whole organisation: people per role, each team's average level per competency, bench strength, self-versus-manager alignment and span of control.
     */
    get: operations["getAnalyticsOrg"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/org/heatmap": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every team's competency heatmap, a page at a time (admins)
     * @description The organisation analytics list only the largest teams; this reads all of them, in name order.
     */
    get: operations["getAnalyticsOrgHeatmap"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/org/span-of-control": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every manager's span of control, a page at a time (admins)
     * @description The organisation analytics list only the managers furthest outside the guideline; this reads all of them, furthest outside first, with their names.
     */
    get: operations["getAnalyticsOrgSpanOfControl"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/org/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the organisation page shows: distribution and span of control (admins)
     * @description A small part of the organisation analytics, with the managers' names: a page that shows only these need not download the rest.
     */
    get: operations["getAnalyticsOrgSummary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/analytics/team/{managerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Analytics of a manager's reports, direct and indirect
     * @description A manager (or an admin) sees the analytics of the manager's reports, direct and indirect, in the same shape as the organisation's.
     */
    get: operations["getAnalyticsTeamByManagerId"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/assessments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a draft self or manager assessment, pinned to the published framework
     * @description The person starts a self-assessment, or a manager starts one of a report. The draft keeps the framework version published at that moment and is seen only by whoever writes it until it is submitted.
     */
    post: operations["postAssessments"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/assessments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an assessment (drafts only for whoever writes them)
     * @description A submitted assessment is seen by the person and their managers; a draft only by whoever writes it.
     */
    get: operations["getAssessmentsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/assessments/{id}/ratings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Autosave a draft's ratings
     * @description Whoever writes the draft saves ratings as they go: the ratings sent are kept, the competencies listed as cleared are emptied. A submitted assessment no longer changes.
     */
    put: operations["putAssessmentsByIdRatings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/assessments/{id}/submit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a draft; from then on it counts and no longer changes
     * @description Whoever writes the draft submits it, optionally with last ratings. From then on it counts in the person's profile and no longer changes.
     */
    post: operations["postAssessmentsByIdSubmit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the audit log (admins)
     * @description Every write and sensitive read, newest first, in words: who did what to whom, and when. Filter by action, by the acting account, by target and by time.
     */
    get: operations["getAudit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/colleagues": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Colleagues you can ask for feedback, by name (names only)
     * @description People of your organisation other than you, matching a part of their name; only id and name, so choosing someone reveals nothing else about them.
     */
    get: operations["getColleagues"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the organisation's check-in cycles
     * @description Open cycles first, then the latest window first.
     */
    get: operations["getCycles"];
    put?: never;
    /**
     * Open a check-in cycle (admins)
     * @description Its people are the population as it stands now, each with the manager they have today. Reminders go out 7 and 2 days before the window closes.
     */
    post: operations["postCycles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/calibration": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A cycle's calibration: candidates per target role, side by side
     * @description The cycle's promotion cases, and people the engine finds ready or close for the next role on their track with no case yet, each with the fit and its reason, the confidence, the gaps left and their manager's rating leniency in words. Admins see every candidate, managers the people under them.
     */
    get: operations["getCyclesByIdCalibration"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a check-in cycle (admins)
     * @description Keeps a snapshot of everyone's profile and readiness as they stand now; later changes never rewrite it. Closing a closed cycle changes nothing.
     */
    post: operations["postCyclesByIdClose"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/completion": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who has done their part of a cycle
     * @description Per person: self, manager and peers, counted from assessments submitted and feedback answered inside the window. Admins see everyone, managers the people under them.
     */
    get: operations["getCyclesByIdCompletion"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/nudges": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Remind a person of what a cycle still asks of them (admins and their managers)
     * @description One reminder mail per person and day, through the outbox.
     */
    post: operations["postCyclesByIdNudges"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/people/{personId}/alignment": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's alignment conversation in a cycle (the person and their managers)
     * @description Per competency, the self and manager views side by side with their notes and the evidence shared with managers, the ones a level or more apart first, and the outcome recorded.
     */
    get: operations["getCyclesByIdPeopleByPersonIdAlignment"];
    /**
     * Record what a person and their manager agreed in a cycle
     * @description A note and optionally agreed levels, which the person's growth plan draft then starts from. Replaces what was recorded before; possible once both assessments are in.
     */
    put: operations["putCyclesByIdPeopleByPersonIdAlignment"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/cycles/{id}/people/{personId}/peers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Choose the peers who give a person feedback in a cycle (the person or their manager)
     * @description Each peer gets a feedback request on every competency, tied to the cycle, and a mail. Whether the person or their manager chooses is the cycle's setting.
     */
    post: operations["postCyclesByIdPeopleByPersonIdPeers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/evidence/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an evidence entry
     * @description One entry, for whoever its visibility lets see it.
     */
    get: operations["getEvidenceById"];
    put?: never;
    post?: never;
    /**
     * Delete an evidence entry (your own): hidden from every read, kept for the audit trail
     * @description The person who logged the entry deletes it; it disappears from every read and from profiles.
     */
    delete: operations["deleteEvidenceById"];
    options?: never;
    head?: never;
    /**
     * Change an evidence entry (your own)
     * @description The person who logged the entry changes it; only the fields sent change.
     */
    patch: operations["patchEvidenceById"];
    trace?: never;
  };
  "/api/v1/exports/people.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * People as CSV (admins)
     * @description name, email, job title, role id, manager email, team, start date: the people import's columns, so an edited export imports as it is.
     */
    get: operations["getExportsPeopleCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/exports/ratings.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Submitted ratings as CSV (admins)
     * @description One row per rating of every submitted assessment.
     */
    get: operations["getExportsRatingsCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/exports/team-analytics.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Team analytics as CSV
     * @description Per team and competency, the mean level and how many people it rests on. Admins get the whole organisation; with managerId, a manager gets their reports.
     */
    get: operations["getExportsTeamAnalyticsCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/feedback-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open feedback requests addressed to the caller
     * @description The requests others sent the caller that are still open.
     */
    get: operations["getFeedbackRequests"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/feedback-requests/{id}/answer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer a request addressed to you, rating only the competencies asked
     * @description A peer's answer is a peer assessment of the competencies asked. A request to rate yourself (addressed to the person it is about) is answered by a self-assessment: your latest one, with the competencies asked put in.
     */
    post: operations["postFeedbackRequestsByIdAnswer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/feedback-requests/{id}/decline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline a request addressed to you
     * @description The colleague asked declines the request; whoever asked sees that it was declined.
     */
    post: operations["postFeedbackRequestsByIdDecline"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/framework-drafts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a draft from the published framework, to edit in the app (admins)
     * @description An admin starts a draft from the published framework, as its next minor version, to edit in the app before anyone sees the change.
     */
    post: operations["postFrameworkDrafts"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/framework-drafts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A draft's working copy, revision and problems (admins)
     * @description An admin reads a draft as last saved: its working copy, the revision to save against and every problem found in it.
     */
    get: operations["getFrameworkDraftsById"];
    /**
     * Save a draft's working copy, checked like a framework file (admins)
     * @description The copy is stored even with problems, which come back with their paths; a draft saved by someone else since `revision` answers 409 naming who saved it and when.
     */
    put: operations["putFrameworkDraftsById"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation's framework versions, newest first
     * @description Every version of the organisation's framework, newest first: drafts, the published one and retired ones.
     */
    get: operations["getFrameworks"];
    put?: never;
    /**
     * Import a framework file as a draft version (admins)
     * @description Admins import a framework file (YAML or JSON) as a draft version; it is checked first and nothing is stored when it has problems. Publishing is a separate step.
     */
    post: operations["postFrameworks"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/{id}/diff": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed from another version (default: the published one)
     * @description Admins compare a version with another (the published one by default): competencies and roles added, removed, renamed or changed, and expectations that moved.
     */
    get: operations["getFrameworksByIdDiff"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/{id}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A version as YAML, JSON or CSV files (admins)
     * @description An admin downloads a version, draft or published, as one YAML or JSON file or as one CSV file per sheet, so a copy of the framework can be kept in a repository.
     */
    get: operations["getFrameworksByIdExport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a version and apply its migration; the previous one retires (admins)
     * @description People's roles and preferences, growth plans, title mappings and open feedback requests follow the new version's ids in the same transaction. Refused (400, naming each role) while anyone would be left without a role, unless `roleMapping` says where they go.
     */
    post: operations["postFrameworksByIdPublish"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/{id}/publish-preview": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What publishing a version would change, changing nothing (admins)
     * @description Whose role is renamed, merged or lost, which competencies' history carries over, merges or is dropped (with rating counts), and how readiness for the next role moves across the organisation, for the role mapping given.
     */
    post: operations["postFrameworksByIdPublishPreview"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/current": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The published framework document (the server's default without an account)
     * @description The framework everyone is assessed against. Without an account it answers the server's default framework, so the career map can be explored before signing in.
     */
    get: operations["getFrameworksCurrent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/frameworks/validate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a framework file without storing it (admins)
     * @description Admins check a framework file before importing it: every problem with where it is and how to fix it, and warnings. Nothing is stored.
     */
    post: operations["postFrameworksValidate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/imports/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Progress of a people import (admins)
     * @description Any server of the organisation answers; an import whose server stopped before it finished reads as failed, with nothing written.
     */
    get: operations["getImportsById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/imports/people": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import people from an HRIS CSV export (admins)
     * @description Send the CSV as text/csv (add ?dryRun=true to plan only) or as JSON {csv, dryRun}. A dry run answers the plan. Otherwise a file with any problem is refused whole (400, one error per row and column); a good file is applied in the background: the 202 answer's id is polled at GET /api/v1/imports/{id} for progress.
     */
    post: operations["postImportsPeople"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/imports/title-mappings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Job titles mapped to framework roles (admins)
     * @description Admins see which job titles found in people files stand for which role of the framework; imports use these to place people.
     */
    get: operations["getImportsTitleMappings"];
    /**
     * Map a job title to a framework role (admins)
     * @description Titles compare without case and punctuation; mapping a title again replaces its role.
     */
    put: operations["putImportsTitleMappings"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-links/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What an invitation link is for, and whether it still works (no sign-in)
     * @description Whoever opens an invitation link sees whose invitation it is and whether it still works, before choosing a password.
     */
    get: operations["getInvitationLinksByToken"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitation-links/{token}/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation with a new password, and sign in
     * @description The password needs 12 to 256 characters, must not be one of the most common passwords, nor the email or the organisation's name. Creates the account (a member) linked to the invited person.
     */
    post: operations["postInvitationLinksByTokenAccept"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite people to create their accounts (admins)
     * @description Each person gets a mail with a single-use link that works for 7 days. People with an account, without an email or with a working link are skipped, with the reason.
     */
    post: operations["postInvitations"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations/{id}/resend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an invitation again with a new link (admins)
     * @description The old link stops working; the new one works for 7 days.
     */
    post: operations["postInvitationsByIdResend"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/invitations/{id}/revoke": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke an invitation (admins)
     * @description Admins revoke an invitation that was not accepted yet; its link stops working.
     */
    post: operations["postInvitationsByIdRevoke"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download everything Pathways holds about you, as JSON
     * @description Anyone signed in downloads everything Pathways holds about them: their person, assessments, evidence, plans, feedback and account, as one file.
     */
    get: operations["getMeExport"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/home": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where you stand, your plan's progress and your tasks, in one answer
     * @description Your current role, readiness for the role you are working towards with the top three gaps and how certain the picture is, your active plan's progress and next check-in, and your tasks soonest first. Managers also get counts of what is open across their team; admins across the organisation.
     */
    get: operations["getMeHome"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/mail-preferences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Which optional mails you get
     * @description The signed-in person's choice of optional mails, such as reminders.
     */
    get: operations["getMeMailPreferences"];
    /**
     * Turn optional mails off or on
     * @description Feedback requests, "your manager submitted an assessment of you" and check-in reminders can be turned off; list those you do not want.
     */
    put: operations["putMeMailPreferences"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/tokens": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My personal access tokens (for scripts)
     * @description The signed-in person's personal access tokens: name, scope, last use and expiry, never the token itself.
     */
    get: operations["getMeTokens"];
    put?: never;
    /**
     * Create a personal access token
     * @description The token acts as you under the same rules, read-only or read-write, until it expires (90 days by default, one year at most) or is revoked. The answer is the only time the token is shown. Sign in to create one: a token cannot create tokens.
     */
    post: operations["postMeTokens"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me/tokens/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke one of my tokens
     * @description It stops working at once.
     */
    delete: operations["deleteMeTokensById"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/organisation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the organisation's settings: its time zone (admins)
     * @description The time zone decides what day it is for the organisation: the start date of a role change, the date on growth reports and imports, and the `today` every session carries.
     */
    patch: operations["patchOrganisation"];
    trace?: never;
  };
  "/api/v1/organisation/transfer-ownership": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand ownership to another person (owners)
     * @description In one step the person becomes an owner and the owner asking becomes an admin. Answers the new owner's account.
     */
    post: operations["postOrganisationTransferOwnership"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/outbox": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the mails Pathways sends (admins)
     * @description Every mail, newest first, with how it stands and its link. Without an SMTP server, mails are kept here so their links can be passed on by hand.
     */
    get: operations["getOutbox"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/outbox/{id}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a failed mail again (admins)
     * @description Puts a failed mail back in the queue with fresh attempts; the worker sends it at once.
     */
    post: operations["postOutboxByIdRetry"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/password-resets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset link by mail
     * @description Answers 202 with the same words whether or not an account has the email. The link works once, for one hour. Requests are limited per email and per client address like sign-in (429 with Retry-After).
     */
    post: operations["postPasswordResets"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/password-resets/{token}/complete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password through a reset link
     * @description The password needs 12 to 256 characters and must not be a common password, the email or the organisation's name. Every session of the account ends; sign in with the new password.
     */
    post: operations["postPasswordResetsByTokenComplete"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List people
     * @description Admins see everyone; others see themselves and the people who report to them, directly or through others. With reportsTo, only that manager's team (direct reports only with depth=direct), for the manager, the managers above and admins.
     */
    get: operations["getPeople"];
    put?: never;
    /**
     * Add a person (admins)
     * @description Admins add a person to the organisation, with their role, manager and team. Adding a person does not invite them; invitations are sent separately.
     */
    post: operations["postPeople"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people-directory": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everyone with role, manager, team and account status (admins)
     * @description Searchable by name or email, filterable by account status (none, invited, active, deactivated), team and role; by name, a page at a time.
     */
    get: operations["getPeopleDirectory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people-directory/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person with their account status and role history (admins)
     * @description Admins open a person of the People page: their account's state, organisation role and the roles they held, newest first.
     */
    get: operations["getPeopleDirectoryById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a person
     * @description Anyone in the organisation may read a person's name, role, manager and team; their assessments and plans stay private to them and their managers.
     */
    get: operations["getPeopleById"];
    put?: never;
    post?: never;
    /**
     * Remove a person and everything that is theirs (admins)
     * @description Admins remove a person together with their assessments, evidence, plans and account. The audit trail keeps that it happened.
     */
    delete: operations["deletePeopleById"];
    options?: never;
    head?: never;
    /**
     * Change a person
     * @description People change their own name, background and preferences; role, manager and team changes are for admins. A role change is recorded in the role history.
     */
    patch: operations["patchPeopleById"];
    trace?: never;
  };
  "/api/v1/people/{id}/account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's account: sign-in email, organisation role, active or deactivated
     * @description For admins and owners, and for the person themself.
     */
    get: operations["getPeopleByIdAccount"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a person's organisation role (admins; owners for owner changes)
     * @description Owner, admin or member. Admins change members and admins; only owners make owners or change an owner's role. The organisation always keeps at least one active owner: demoting the last one answers 409.
     */
    patch: operations["patchPeopleByIdAccount"];
    trace?: never;
  };
  "/api/v1/people/{id}/account/deactivate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deactivate a person's account (admins)
     * @description They can no longer sign in, and every session and API token of theirs ends at once; their history stays. The last active owner cannot be deactivated (409).
     */
    post: operations["postPeopleByIdAccountDeactivate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/account/reactivate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Let a deactivated account sign in again (admins)
     * @description Admins let a deactivated account sign in again; its data was kept while it was off.
     */
    post: operations["postPeopleByIdAccountReactivate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/assessments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's assessments the caller may see, newest first
     * @description The person's and their managers' submitted assessments, newest first, plus the caller's own drafts.
     */
    get: operations["getPeopleByIdAssessments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/erase": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete this person's data, on their request (admins)
     * @description Removes the person and everything about them (assessments, evidence, growth plans, feedback requests), the peer feedback they gave and their account. Manager assessments they wrote stay as their reports' history, without a rater. The audit trail stays: entries about them lose their details, and the erasure itself is recorded with counts. Confirm by sending the person's name. Refused (409) while they are the last owner.
     */
    post: operations["postPeopleByIdErase"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/evidence": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's evidence the caller may see, newest first; narrowed by words, competency and dates
     * @description Evidence is shown by its visibility: private entries to the person only, manager entries also to their managers, organisation entries to everyone in the organisation.
     */
    get: operations["getPeopleByIdEvidence"];
    put?: never;
    /**
     * Log evidence of impact (your own)
     * @description A person logs evidence of their own impact, tags the competencies it shows and chooses who sees it.
     */
    post: operations["postPeopleByIdEvidence"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/feedback-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask someone to rate chosen competencies of a person (the person or their managers)
     * @description The person or one of their managers asks a colleague to rate chosen competencies of the person. The colleague finds the request on Home.
     */
    post: operations["postPeopleByIdFeedbackRequests"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/paths": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The best routes from the person's role to target roles, each step explained
     * @description For the person and their managers: the best routes over the career graph from the current role, each step with its gaps and why it is on the route. Promotions, the IC switch and lateral moves all count.
     */
    get: operations["getPeopleByIdPaths"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/placement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Save a placement as a person's starting point (admins)
     * @description Places the person from the background (and optional self-ratings) given, then saves that background and the starting role: the first-ranked option, or another offered one named in `roleId`. The role change is recorded in the role history.
     */
    post: operations["postPeopleByIdPlacement"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/plan-draft": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A growth plan draft towards a target role, from the person's gaps
     * @description For the person and their managers: a draft growth plan towards the chosen role, from the gaps between the profile and what the role expects. Nothing is stored until a plan is started.
     */
    get: operations["getPeopleByIdPlanDraft"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/plans": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's growth plans, newest first
     * @description The person and their managers see the person's growth plans, newest first.
     */
    get: operations["getPeopleByIdPlans"];
    put?: never;
    /**
     * Start a growth plan (the person or their managers)
     * @description The person or one of their managers starts a growth plan: the focus competencies, the role it works towards and its first goals. Who started it is recorded.
     */
    post: operations["postPeopleByIdPlans"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/profile": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's aggregated profile per competency
     * @description The person and their managers see the profile: a level per competency from every submitted assessment they may be shown, how sure each level is, and why.
     */
    get: operations["getPeopleByIdProfile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/report.md": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's growth report as Markdown, fit to attach to a promotion discussion
     * @description For the person and their managers: the profile, role fits, paths, plan and evidence they may see, as one Markdown document.
     */
    get: operations["getPeopleByIdReportMd"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/report.pdf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's growth report as an A4 PDF
     * @description The same report as the Markdown one, laid out on A4 pages for printing or attaching.
     */
    get: operations["getPeopleByIdReportPdf"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/role-fits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's fit for every role, with gaps and reasons
     * @description For the person and their managers: how close the profile is to every role of the framework, what is missing and why, best fit first.
     */
    get: operations["getPeopleByIdRoleFits"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/standing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where a person stands, per track and per competency
     * @description For the person and their managers: where the profile sits on each track and competency against the person's current role.
     */
    get: operations["getPeopleByIdStanding"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/people/{id}/trend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How a person's level moved per competency over closed cycles, or their assessments
     * @description For the person and their managers, so the direction shows: each closed cycle the person was in is a point, labelled with the cycle's name, from the snapshot kept when it closed; with no closed cycle yet, each submitted assessment is a point.
     */
    get: operations["getPeopleByIdTrend"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/placement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suggest where a newcomer enters the ladder
     * @description Works without an account: signed-in callers are placed on their organisation's framework, others on this server's default framework.
     */
    post: operations["postPlacement"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/plans/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A growth plan with its goals and check-ins
     * @description For the person and their managers: the plan with its goals, their progress and every check-in.
     */
    get: operations["getPlansById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a growth plan (the person or their managers; attributed)
     * @description The person or one of their managers changes the plan's focus, target or notes; the change is attributed to them.
     */
    patch: operations["patchPlansById"];
    trace?: never;
  };
  "/api/v1/plans/{id}/check-ins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a check-in: progress, notes, feedback
     * @description The person or one of their managers records a check-in: how it is going, notes and feedback. Check-ins build the plan's history.
     */
    post: operations["postPlansByIdCheckIns"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/plans/{id}/goals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a goal to a growth plan (the person or their managers; attributed)
     * @description The person or one of their managers adds a goal; dates are context, not deadlines.
     */
    post: operations["postPlansByIdGoals"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/plans/{id}/goals/{goalId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a goal from a growth plan (the person or their managers; kept for the audit trail)
     * @description The person or one of their managers removes a goal from the plan. It no longer shows, and the audit trail keeps that it was removed and by whom.
     */
    delete: operations["deletePlansByIdGoalsByGoalId"];
    options?: never;
    head?: never;
    /**
     * Change a goal: status, progress, due date, actions ticked (attributed)
     * @description The person or one of their managers changes a goal: its status, progress (0 to 100), date or the actions ticked. Only the fields sent change.
     */
    patch: operations["patchPlansByIdGoalsByGoalId"];
    trace?: never;
  };
  "/api/v1/plans/{id}/goals/{goalId}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Comment on a goal (the person or their managers)
     * @description The person or one of their managers comments under a goal; the comment shows with its author and time to everyone who sees the plan.
     */
    post: operations["postPlansByIdGoalsByGoalIdComments"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The promotion cases you may see
     * @description Admins see every case; managers the cases of the people under them; everyone their own cases once shared with them. Open cases first.
     */
    get: operations["getPromotionCases"];
    put?: never;
    /**
     * Open a promotion case for one of your people (their managers)
     * @description Toward a role of the published framework; one open case per person and role. The case is filled by the engine whenever it is read.
     */
    post: operations["postPromotionCases"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A promotion case, filled by the engine now
     * @description The fit for the target role, each expectation with its ratings and evidence, the gaps and the confidence. The person's managers and admins read it; the person once it is shared.
     */
    get: operations["getPromotionCasesById"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/case.md": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A promotion case as Markdown
     * @description For whoever may read the case: the evidence, profile, fit for the role argued for and the narrative, as Markdown.
     */
    get: operations["getPromotionCasesByIdCaseMd"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/case.pdf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A promotion case as an A4 PDF for the committee
     * @description The same case as the Markdown one, laid out on A4 pages for the promotion committee.
     */
    get: operations["getPromotionCasesByIdCasePdf"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/decision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the committee's decision on an open case (admins)
     * @description Promote now, not yet, or promote with a plan; audited, and read by the person's managers.
     */
    post: operations["postPromotionCasesByIdDecision"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/narrative": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Save a case's narrative (the person's managers, while it is open)
     * @description The person's managers write the case's narrative while the case is open; saving replaces the previous text.
     */
    put: operations["putPromotionCasesByIdNarrative"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/promotion-cases/{id}/sharing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Show a case to the person it is about, or stop (the person's managers)
     * @description The person's managers choose whether the person sees the case; it is hidden from them by default.
     */
    put: operations["putPromotionCasesByIdSharing"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/rating-requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask everyone, or a manager's people, to rate themselves on competencies (admins)
     * @description After a new framework version adds competencies: each person gets a request to rate themselves in their feedback list, and a mail. People with the same request open, or who cannot sign in, are not asked; the answer counts them.
     */
    post: operations["postRatingRequests"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/roles/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changes from one role to another
     * @description Works without an account on this server's default framework; signed-in callers compare on their organisation's framework.
     */
    get: operations["getRolesCompare"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether anyone is signed in, and who
     * @description Answers 200 either way, so a visitor's first page asks it without an error: signed out is `{ signedIn: false, session: null }`.
     */
    get: operations["getSession"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with email and password
     * @description Sets the session cookie. Attempts are limited per email and per client address, across every server; over a limit the answer is 429 with Retry-After, the same whether or not an account has the email. Where the organisation requires single sign-on, a right password is refused (403) except the break-glass owner's.
     */
    post: operations["postSessionLogin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out
     * @description Ends the caller's session on this device and clears its cookie. Safe to call when nobody is signed in.
     */
    post: operations["postSessionLogout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in user, their organisation's time zone and today's date there, and the CSRF token
     * @description With a session cookie or a bearer token; the CSRF token is empty for bearer requests, which need none.
     */
    get: operations["getSessionMe"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your own password
     * @description The current password is required. Every session of yours ends, on every device; this one starts again with the answer.
     */
    post: operations["postSessionPassword"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/session/sign-out-everywhere": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out on every device
     * @description Ends every session of the signed-in user, this one included, on every server; each device has to sign in again.
     */
    post: operations["postSessionSignOutEverywhere"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/setup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether the first-start setup is still open
     * @description Anyone may ask, before signing in. The web app uses it to show the setup form on a new server, and sign-in once the organisation exists.
     */
    get: operations["getSetup"];
    put?: never;
    /**
     * Create the organisation and its owner with the one-time setup token
     * @description Used once, on a new server: creates the organisation and its owner with the token printed when the server started, publishes the default framework and signs the owner in. Refused once setup is done.
     */
    post: operations["postSetup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether single sign-on is set up here
     * @description Anyone may ask, before signing in: whether the organisation signs in with single sign-on, and whether passwords still work.
     */
    get: operations["getSso"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso/callback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where the OpenID provider sends the browser back
     * @description Checks the state, exchanges the code, verifies the ID token, signs the person in and redirects to where the sign-in started. Failures answer a page (for a browser) or problem+json saying what to do.
     */
    get: operations["getSsoCallback"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/sso/start": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Start signing in with the organisation's OpenID provider
     * @description Redirects the browser to the provider (authorization code flow with PKCE S256, state and nonce kept in a signed cookie for ten minutes).
     */
    get: operations["getSsoStart"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description The password chosen when accepting an invitation.
     * @example {
     *       "password": "river otter under the bridge"
     *     }
     */
    AcceptInvitation: {
      /** @example river otter under the bridge */
      password: string;
    };
    /**
     * @description A person's account: sign-in email, organisation role and whether it is active.
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "email": "ivy@acme.example",
     *       "role": "member",
     *       "status": "active",
     *       "deactivatedAt": null
     *     }
     */
    Account: {
      /** @example null */
      deactivatedAt: string | null;
      /** @example ivy@acme.example */
      email: string;
      personId: string;
      /** @enum {string} */
      role: "member" | "admin" | "owner";
      /** @enum {string} */
      status: "active" | "deactivated";
    };
    /**
     * @description A change of organisation role.
     * @example {
     *       "role": "admin"
     *     }
     */
    AccountRolePatch: {
      /**
       * @example admin
       * @enum {string}
       */
      role: "member" | "admin" | "owner";
    };
    /**
     * @description How far self-assessments and managers' assessments agree, per competency.
     * @example {
     *       "compared": 882,
     *       "aligned": 486,
     *       "rate": 0.55,
     *       "reason": "Self and manager ratings are less than one level apart on 55% of the 882 competencies both rated."
     *     }
     */
    Alignment: {
      aligned: number;
      compared: number;
      rate: number | null;
      reason: string;
    };
    /**
     * @description What the person and their manager agreed: a note and, optionally, agreed levels.
     * @example {
     *       "note": "Strategy is at level 3 for now; discovery is the focus until the next cycle.",
     *       "agreedLevels": []
     *     }
     */
    AlignmentOutcomeInput: {
      /**
       * @description Levels agreed per competency; leave out those not agreed.
       * @default []
       */
      agreedLevels?: {
        /** @example product-strategy */
        competency: string;
        /** @example 3 */
        level: number;
      }[];
      /** @example Strategy is at level 3 for now; discovery is the focus until the next cycle. */
      note: string;
    };
    /**
     * @description A personal access token in a list: never the token itself.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Nightly export",
     *       "hint": "x7Qa",
     *       "scope": "read",
     *       "status": "active",
     *       "createdAt": "2026-06-01",
     *       "expiresAt": "2026-06-01",
     *       "lastUsedAt": "2026-06-01",
     *       "revokedAt": "2026-06-01"
     *     }
     */
    ApiToken: {
      createdAt: string;
      expiresAt: string;
      /** @example x7Qa */
      hint: string;
      id: string;
      lastUsedAt: string | null;
      /** @example Nightly export */
      name: string;
      revokedAt: string | null;
      /** @enum {string} */
      scope: "read" | "read-write";
      /** @enum {string} */
      status: "active" | "expired" | "revoked";
    };
    /**
     * @description An assessment as the API shows it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "raterKind": "self",
     *       "raterPersonId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "frameworkVersion": "Framework version",
     *       "status": "draft",
     *       "submittedAt": "2026-06-01",
     *       "updatedAt": "2026-06-01",
     *       "ratings": [
     *         {
     *           "competency": "strategy",
     *           "level": 3,
     *           "note": "Led the pricing review from discovery to launch.",
     *           "evidence": [
     *             "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *           ]
     *         }
     *       ]
     *     }
     */
    Assessment: {
      frameworkVersion: string;
      id: string;
      personId: string;
      /** @enum {string} */
      raterKind: "self" | "manager" | "peer";
      raterPersonId: string | null;
      ratings: components["schemas"]["Rating"][];
      /** @enum {string} */
      status: "draft" | "submitted";
      submittedAt: string | null;
      updatedAt: string;
    };
    /**
     * @description One audit entry, in words and with the ids to filter by.
     * @example {
     *       "id": 3,
     *       "at": "2026-06-01T09:30:00.000Z",
     *       "action": "export:people",
     *       "summary": "Erin Lee exported the people of Acme as CSV.",
     *       "actor": {
     *         "userId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Erin Lee",
     *         "via": "web or API"
     *       },
     *       "target": {
     *         "type": "organisation",
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Acme"
     *       }
     *     }
     */
    AuditEntry: {
      /** @example export:people */
      action: string;
      actor: {
        /** @example Erin Lee */
        name: string;
        userId: string | null;
        /** @enum {string} */
        via: "web or API" | "command line" | "Pathways itself";
      };
      /** @example 2026-06-01T09:30:00.000Z */
      at: string;
      id: number;
      /** @example Erin Lee exported the people of Acme as CSV. */
      summary: string;
      target: {
        id: string | null;
        /** @example Acme */
        name: string;
        /** @example organisation */
        type: string;
      };
    };
    /**
     * @description A newcomer's background, as entry placement reads it.
     * @example {
     *       "yearsExperience": 6,
     *       "yearsInProduct": 0,
     *       "yearsInProductAdjacent": 4,
     *       "domainExpertise": true,
     *       "startupExperience": true,
     *       "peopleLeadership": true,
     *       "newGraduate": true,
     *       "internalTransfer": true,
     *       "bootcamp": true
     *     }
     */
    Background: {
      bootcamp?: boolean;
      domainExpertise: boolean;
      internalTransfer?: boolean;
      newGraduate?: boolean;
      /** @description Led people outside product management. */
      peopleLeadership: boolean;
      startupExperience: boolean;
      /** @example 6 */
      yearsExperience: number;
      /**
       * @description Years working as a product manager, anywhere.
       * @example 0
       */
      yearsInProduct?: number;
      /** @example 4 */
      yearsInProductAdjacent: number;
    };
    /**
     * @description Per role: who is ready to step into it now, and who could be soon.
     * @example {
     *       "roleId": "senior-pm",
     *       "ready": 1,
     *       "close": 2,
     *       "readyPeople": [
     *         "4a2c9ea0-97c4-4903-a31b-697dc55f4c60"
     *       ],
     *       "closePeople": [
     *         "5fd4efdb-2e8e-4a7e-8e06-7616add2abb4",
     *         "60c610b2-a899-4039-8444-019eefa9bfb4"
     *       ],
     *       "reason": "1 person is ready for Senior Product Manager and 2 close."
     *     }
     */
    BenchStrength: {
      close: number;
      /** @description The first 100 people close, in name order; `close` counts all. */
      closePeople: string[];
      ready: number;
      /** @description The first 100 people ready, in name order; `ready` counts all. */
      readyPeople: string[];
      reason: string;
      roleId: string;
    };
    /**
     * @description A cycle's candidates for each target role side by side, with how each manager rates.
     * @example {
     *       "cycle": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist",
     *         "startsOn": "2027-01-11",
     *         "endsOn": "2027-02-05",
     *         "raters": {
     *           "self": true,
     *           "manager": true,
     *           "peers": 3,
     *           "peersChosenBy": "person"
     *         },
     *         "status": "open",
     *         "participants": 3,
     *         "createdAt": "2026-06-01",
     *         "closedAt": "2026-06-01"
     *       },
     *       "roles": [
     *         {
     *           "role": {
     *             "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "title": "Lead the pricing review",
     *             "track": "management"
     *           },
     *           "candidates": [
     *             {
     *               "person": {
     *                 "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *                 "name": "Ava Lindqvist"
     *               },
     *               "currentRole": {
     *                 "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *                 "title": "Lead the pricing review"
     *               },
     *               "case": {
     *                 "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *                 "status": "open",
     *                 "decision": "promote-now",
     *                 "decisionWords": "Decision words",
     *                 "decisionNote": "Decision note"
     *               },
     *               "fit": {
     *                 "readiness": "ready",
     *                 "reason": "Meets what the role expects on every competency but strategy, one level below."
     *               },
     *               "confidence": {
     *                 "level": "high",
     *                 "summary": "Owns a product area end to end and sets its direction with the team."
     *               },
     *               "gaps": [],
     *               "manager": {
     *                 "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *                 "name": "Ava Lindqvist",
     *                 "leniency": "Leniency"
     *               },
     *               "can": {
     *                 "decide": true
     *               }
     *             }
     *           ]
     *         }
     *       ],
     *       "managers": [
     *         {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "name": "Ava Lindqvist",
     *           "leniency": "Leniency"
     *         }
     *       ],
     *       "scope": "Scope"
     *     }
     */
    Calibration: {
      cycle: components["schemas"]["Cycle"];
      managers: {
        id: string;
        /** @description How this manager's ratings sit against the other ratings of the same people and against other managers, in words; says so when there is too little to tell. */
        leniency: string;
        name: string;
      }[];
      roles: {
        candidates: {
          can: {
            decide: boolean;
          };
          /** @description The candidate's promotion case; null when the engine finds them ready or close and nobody has opened one yet. */
          case: {
            /** @enum {string|null} */
            decision: "promote-now" | "not-yet" | "with-a-plan" | null;
            decisionNote: string | null;
            decisionWords: string | null;
            id: string;
            /** @enum {string} */
            status: "open" | "decided";
          } | null;
          confidence: {
            /** @enum {string} */
            level: "high" | "medium" | "low";
            summary: string;
          };
          currentRole: {
            id: string | null;
            title: string;
          };
          fit: {
            /** @enum {string} */
            readiness: "ready" | "close" | "stretch";
            reason: string;
          };
          gaps: string[];
          manager: {
            id: string;
            /** @description How this manager's ratings sit against the other ratings of the same people and against other managers, in words; says so when there is too little to tell. */
            leniency: string;
            name: string;
          } | null;
          person: {
            id: string;
            name: string;
          };
        }[];
        role: {
          id: string;
          title: string;
          /** @enum {string} */
          track: "management" | "ic" | "adjacent";
        };
      }[];
      scope: string;
    };
    /**
     * @description A route over the career graph to a target role, each step with its gaps and reason.
     * @example {
     *       "target": "Target",
     *       "steps": [
     *         {
     *           "from": "From",
     *           "to": "To",
     *           "kind": "promotion",
     *           "cost": 3.5,
     *           "gaps": [
     *             {
     *               "competency": "strategy",
     *               "expected": 3.5,
     *               "actual": 3.5,
     *               "shortfall": 3.5,
     *               "mandatory": true,
     *               "weight": 3.5
     *             }
     *           ],
     *           "reason": "Meets what the role expects on every competency but strategy, one level below.",
     *           "note": "Led the pricing review from discovery to launch."
     *         }
     *       ],
     *       "cost": 3.5,
     *       "rank": 3,
     *       "reason": "Meets what the role expects on every competency but strategy, one level below."
     *     }
     */
    CareerPath: {
      cost: number;
      rank: number;
      reason: string;
      steps: components["schemas"]["PathStep"][];
      target: string;
    };
    /**
     * @description A check-in as the API shows it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "date": "2026-06-01",
     *       "progress": 3.5,
     *       "notes": "Ran the pricing review; next, share it with sales.",
     *       "feedback": "Clear write-up; bring sales in earlier."
     *     }
     */
    CheckIn: {
      date: string;
      feedback: string | null;
      id: string;
      notes: string | null;
      progress: number | null;
    };
    /**
     * @description A check-in on a growth plan.
     * @example {
     *       "date": "2026-09-30",
     *       "progress": 60,
     *       "notes": "Ran the pricing review; next, share it with sales.",
     *       "feedback": "Clear write-up; bring sales in earlier."
     *     }
     */
    CheckInInput: {
      /**
       * Format: date
       * @example 2026-09-30
       */
      date: string;
      feedback?: string;
      notes?: string;
      progress?: number;
    };
    /**
     * @description The colleagues chosen to give a person feedback in a cycle.
     * @example {
     *       "peerIds": [
     *         "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *       ]
     *     }
     */
    ChoosePeersInput: {
      peerIds: string[];
    };
    /**
     * @description Who was asked for feedback, and a sentence saying so.
     * @example {
     *       "asked": [
     *         "Asked"
     *       ],
     *       "sentence": "Sentence"
     *     }
     */
    ChoosePeersResult: {
      asked: string[];
      sentence: string;
    };
    /**
     * @description A colleague you may ask for feedback: their name only.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Ava Lindqvist"
     *     }
     */
    Colleague: {
      id: string;
      name: string;
    };
    /**
     * @description What changed in one part of the framework (competencies, roles…): added, removed, renamed and changed.
     * @example {
     *       "added": [
     *         {
     *           "id": "strategy",
     *           "name": "Strategy"
     *         }
     *       ],
     *       "removed": [
     *         {
     *           "id": "strategy",
     *           "name": "Strategy"
     *         }
     *       ],
     *       "renamed": [
     *         {
     *           "from": "lead-pm",
     *           "to": "senior-pm",
     *           "fromName": "Lead PM",
     *           "toName": "Senior Product Manager"
     *         }
     *       ],
     *       "changed": [
     *         {
     *           "id": "senior-pm",
     *           "name": "Senior Product Manager",
     *           "changes": [
     *             {
     *               "field": "aliases",
     *               "from": null,
     *               "to": null
     *             }
     *           ]
     *         }
     *       ]
     *     }
     */
    CollectionDiff: {
      /** @description Items only the later version has. */
      added: {
        /**
         * @description The item's id in the framework file.
         * @example strategy
         */
        id: string;
        /**
         * @description The competency's name or the role's title.
         * @example Strategy
         */
        name: string;
      }[];
      /** @description Items in both versions whose fields differ. */
      changed: {
        changes: {
          /**
           * @description Dotted field name, e.g. `aliases` or `levels.3`.
           * @example aliases
           */
          field: string;
          /** @description The earlier value as in the file; null when it was not set. */
          from?: unknown;
          /** @description The later value as in the file; null when it is not set. */
          to?: unknown;
        }[];
        /**
         * @description The later id.
         * @example senior-pm
         */
        id: string;
        /**
         * @description The later name or title.
         * @example Senior Product Manager
         */
        name: string;
      }[];
      /** @description Items only the earlier version had. */
      removed: {
        /**
         * @description The item's id in the framework file.
         * @example strategy
         */
        id: string;
        /**
         * @description The competency's name or the role's title.
         * @example Strategy
         */
        name: string;
      }[];
      /** @description Items that carry on under another id. */
      renamed: {
        /**
         * @description The earlier id.
         * @example lead-pm
         */
        from: string;
        /**
         * @description The name under the earlier id.
         * @example Lead PM
         */
        fromName: string;
        /**
         * @description The later id.
         * @example senior-pm
         */
        to: string;
        /**
         * @description The name under the later id.
         * @example Senior Product Manager
         */
        toName: string;
      }[];
    };
    /**
     * @description A competency of the framework: what it covers and what each proficiency level looks like.
     * @example {
     *       "id": "senior-pm",
     *       "name": "Ava Lindqvist",
     *       "area": "Area",
     *       "description": "Description",
     *       "levels": {
     *         "strategy": "Strategy"
     *       },
     *       "growth": {
     *         "strategy": [
     *           "Strategy"
     *         ]
     *       }
     *     }
     */
    Competency: {
      area: string;
      description: string;
      growth: {
        [key: string]: string[];
      };
      id: string;
      levels: {
        [key: string]: string | string[];
      };
      name: string;
    };
    /**
     * @description Where a person stands on one competency: the level, how sure it is and why.
     * @example {
     *       "competency": "strategy",
     *       "level": 3.5,
     *       "byRater": {
     *         "self": 3.5,
     *         "manager": 3.5,
     *         "peer": 3.5
     *       },
     *       "raters": 3,
     *       "spread": 3.5,
     *       "confidence": 3.5,
     *       "confidenceLevel": "high",
     *       "lowConfidence": true,
     *       "selfVsManager": 3.5,
     *       "evidenceCount": 3,
     *       "reason": "Meets what the role expects on every competency but strategy, one level below."
     *     }
     */
    CompetencyScore: {
      byRater: {
        manager?: number;
        peer?: number;
        self?: number;
      };
      competency: string;
      confidence: number;
      /** @enum {string} */
      confidenceLevel: "high" | "medium" | "low";
      evidenceCount: number;
      /** @description null when nobody rated it: unknown, never zero. */
      level: number | null;
      lowConfidence: boolean;
      raters: number;
      reason: string;
      selfVsManager: number | null;
      spread: number;
    };
    /**
     * @description One competency's aggregated level over a person's assessment history.
     * @example {
     *       "competency": "strategy",
     *       "points": [
     *         {
     *           "at": "At",
     *           "level": 3.5,
     *           "label": "Label"
     *         }
     *       ],
     *       "change": 3.5,
     *       "reason": "Meets what the role expects on every competency but strategy, one level below."
     *     }
     */
    CompetencyTrend: {
      /** @description Last level minus first; null with fewer than two points. */
      change: number | null;
      competency: string;
      points: {
        at: string;
        /** @description The closed cycle the point stands for; null for an assessment. */
        label: string | null;
        level: number;
      }[];
      reason: string;
    };
    /**
     * @description A token just created: the only answer that carries the token.
     * @example {
     *       "token": "pw_2Zp0vE7…",
     *       "details": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Nightly export",
     *         "hint": "x7Qa",
     *         "scope": "read",
     *         "status": "active",
     *         "createdAt": "2026-06-01",
     *         "expiresAt": "2026-06-01",
     *         "lastUsedAt": "2026-06-01",
     *         "revokedAt": "2026-06-01"
     *       }
     *     }
     */
    CreatedApiToken: {
      details: components["schemas"]["ApiToken"];
      /**
       * @description Send it as Authorization: Bearer <token>. Shown once; Pathways keeps only a digest.
       * @example pw_2Zp0vE7…
       */
      token: string;
    };
    /**
     * @description The published framework document and its version.
     * @example {
     *       "version": "Version",
     *       "framework": {
     *         "id": "senior-pm",
     *         "name": "Ava Lindqvist",
     *         "version": "1.0.0",
     *         "description": "Description",
     *         "scale": [
     *           {
     *             "level": 3,
     *             "label": "Label",
     *             "description": "Description"
     *           },
     *           {
     *             "level": 3,
     *             "label": "Label",
     *             "description": "Description"
     *           }
     *         ],
     *         "competencies": [
     *           {
     *             "id": "senior-pm",
     *             "name": "Ava Lindqvist",
     *             "area": "Area",
     *             "description": "Description",
     *             "levels": {
     *               "strategy": "Strategy"
     *             },
     *             "growth": {
     *               "strategy": []
     *             }
     *           }
     *         ],
     *         "tracks": [
     *           {
     *             "id": "management",
     *             "name": "Ava Lindqvist",
     *             "description": "Description"
     *           }
     *         ],
     *         "roles": [
     *           {
     *             "id": "senior-pm",
     *             "title": "Lead the pricing review",
     *             "aliases": [],
     *             "track": "management",
     *             "rank": 3,
     *             "summary": "Owns a product area end to end and sets its direction with the team.",
     *             "whatChanges": [],
     *             "responsibilities": [],
     *             "success": [],
     *             "skillsToDevelop": [],
     *             "expectations": {
     *               "strategy": 3.5
     *             },
     *             "mandatory": [],
     *             "contextNotes": [],
     *             "managesPeople": true,
     *             "comparableTo": [],
     *             "whoThrives": "Who thrives",
     *             "carriesOver": []
     *           }
     *         ],
     *         "transitions": [
     *           {
     *             "from": "senior-pm",
     *             "to": "senior-pm",
     *             "kind": "promotion",
     *             "typicalDuration": {
     *               "minYears": 3.5,
     *               "maxYears": 3.5
     *             },
     *             "notes": "Ran the pricing review; next, share it with sales."
     *           }
     *         ],
     *         "entryRoutes": [
     *           {
     *             "id": "senior-pm",
     *             "name": "Ava Lindqvist",
     *             "description": "Description",
     *             "when": {
     *               "all": [],
     *               "any": []
     *             },
     *             "enterAt": [
     *               {
     *                 "role": "senior-pm",
     *                 "when": {
     *                   "all": [],
     *                   "any": []
     *                 },
     *                 "note": "Led the pricing review from discovery to launch."
     *               }
     *             ]
     *           }
     *         ],
     *         "guidance": [
     *           {
     *             "id": "senior-pm",
     *             "title": "Lead the pricing review",
     *             "body": "Body"
     *           }
     *         ],
     *         "spanOfControl": {
     *           "min": 3,
     *           "max": 3
     *         },
     *         "migration": {
     *           "fromFramework": "senior-pm",
     *           "fromVersion": "From version",
     *           "competencies": {
     *             "strategy": "senior-pm"
     *           },
     *           "roles": {
     *             "senior-pm": "senior-pm"
     *           },
     *           "levels": {
     *             "strategy": 3
     *           }
     *         }
     *       }
     *     }
     */
    CurrentFramework: {
      framework: components["schemas"]["Framework"];
      version: string;
    };
    /**
     * @description A check-in cycle.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Ava Lindqvist",
     *       "startsOn": "2027-01-11",
     *       "endsOn": "2027-02-05",
     *       "raters": {
     *         "self": true,
     *         "manager": true,
     *         "peers": 3,
     *         "peersChosenBy": "person"
     *       },
     *       "status": "open",
     *       "participants": 3,
     *       "createdAt": "2026-06-01",
     *       "closedAt": "2026-06-01"
     *     }
     */
    Cycle: {
      closedAt: string | null;
      createdAt: string;
      /** @example 2027-02-05 */
      endsOn: string;
      id: string;
      name: string;
      /** @description How many people the cycle is for. */
      participants: number;
      raters: {
        manager: boolean;
        peers: number;
        /** @enum {string} */
        peersChosenBy: "person" | "manager";
        self: boolean;
      };
      /** @example 2027-01-11 */
      startsOn: string;
      /** @enum {string} */
      status: "open" | "closed";
    };
    /**
     * @description Self and manager views side by side per competency, with notes, evidence and any agreed outcome.
     * @example {
     *       "cycle": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist",
     *         "status": "open"
     *       },
     *       "person": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist"
     *       },
     *       "managerName": "Ava Lindqvist",
     *       "reader": "person",
     *       "ready": true,
     *       "summary": "Owns a product area end to end and sets its direction with the team.",
     *       "conversation": {
     *         "items": [
     *           {
     *             "competency": "strategy",
     *             "self": {
     *               "level": 3,
     *               "note": "Led the pricing review from discovery to launch."
     *             },
     *             "manager": {
     *               "level": 3,
     *               "note": "Led the pricing review from discovery to launch."
     *             },
     *             "misaligned": true,
     *             "evidence": [
     *               {
     *                 "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *                 "title": "Lead the pricing review",
     *                 "date": "2026-06-01",
     *                 "outcome": "Activation up 12% in six weeks"
     *               }
     *             ],
     *             "agreedLevel": 3,
     *             "words": "Words"
     *           }
     *         ],
     *         "misaligned": 3,
     *         "reason": "Meets what the role expects on every competency but strategy, one level below."
     *       },
     *       "outcome": {
     *         "note": "Led the pricing review from discovery to launch.",
     *         "agreedLevels": [
     *           {
     *             "competency": "strategy",
     *             "level": 3
     *           }
     *         ],
     *         "recordedBy": "Recorded by",
     *         "recordedAt": "2026-06-01"
     *       }
     *     }
     */
    CycleAlignment: {
      conversation: {
        items: {
          agreedLevel: number | null;
          competency: string;
          evidence: {
            date: string;
            id: string;
            outcome: string | null;
            title: string;
          }[];
          manager: {
            level: number;
            note: string | null;
          } | null;
          misaligned: boolean;
          self: {
            level: number;
            note: string | null;
          } | null;
          words: string;
        }[];
        misaligned: number;
        reason: string;
      };
      cycle: {
        id: string;
        name: string;
        /** @enum {string} */
        status: "open" | "closed";
      };
      managerName: string | null;
      outcome: {
        agreedLevels: {
          competency: string;
          level: number;
        }[];
        note: string;
        recordedAt: string;
        recordedBy: string | null;
      } | null;
      person: {
        id: string;
        name: string;
      };
      /** @enum {string} */
      reader: "person" | "manager";
      /** @description Both the self and the manager assessments are in. */
      ready: boolean;
      summary: string;
    };
    /**
     * @description A cycle's completion as the caller may see it.
     * @example {
     *       "cycle": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist",
     *         "startsOn": "2027-01-11",
     *         "endsOn": "2027-02-05",
     *         "raters": {
     *           "self": true,
     *           "manager": true,
     *           "peers": 3,
     *           "peersChosenBy": "person"
     *         },
     *         "status": "open",
     *         "participants": 3,
     *         "createdAt": "2026-06-01",
     *         "closedAt": "2026-06-01"
     *       },
     *       "people": [
     *         {
     *           "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "name": "Ava Lindqvist",
     *           "team": "Payments",
     *           "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "managerName": "Ava Lindqvist",
     *           "self": "done",
     *           "manager": "done",
     *           "peers": {
     *             "done": 3,
     *             "asked": 3,
     *             "chosen": 3,
     *             "chosenBy": "person"
     *           },
     *           "complete": true,
     *           "alignment": "waiting"
     *         }
     *       ],
     *       "complete": 3
     *     }
     */
    CycleCompletion: {
      /** @description Of the people listed, how many are done. */
      complete: number;
      cycle: components["schemas"]["Cycle"];
      people: components["schemas"]["ParticipantCompletion"][];
    };
    /**
     * @description Who rates each person in the cycle besides themselves: their manager, and how many peers.
     * @example {
     *       "self": true,
     *       "manager": true,
     *       "peers": 2,
     *       "peersChosenBy": "person"
     *     }
     */
    CycleRaters: {
      /** @description Ask each person's manager for an assessment. */
      manager: boolean;
      /**
       * @description How many peers to hear from per person; 0 for none.
       * @example 2
       */
      peers: number;
      /**
       * @description Who chooses each person's peers: the person (the default) or their manager.
       * @enum {string}
       */
      peersChosenBy?: "person" | "manager";
      /** @description Ask each person for a self-assessment. */
      self: boolean;
    };
    /**
     * @description One person of the People page.
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Ava Lindqvist",
     *       "email": "ava@example.com",
     *       "roleId": "senior-pm",
     *       "team": "Payments",
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "managerName": "Ava Lindqvist",
     *       "accountStatus": "none",
     *       "orgRole": "member",
     *       "invitation": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "expiresAt": "2026-06-01",
     *         "expired": true,
     *         "sendCount": 3,
     *         "lastSentAt": "2026-06-01"
     *       }
     *     }
     */
    DirectoryEntry: {
      /** @enum {string} */
      accountStatus: "none" | "invited" | "active" | "deactivated";
      email: string | null;
      invitation: {
        expired: boolean;
        expiresAt: string;
        id: string;
        lastSentAt: string;
        sendCount: number;
      } | null;
      managerId: string | null;
      managerName: string | null;
      name: string;
      /** @enum {string|null} */
      orgRole: "member" | "admin" | "owner" | null;
      personId: string;
      roleId: string | null;
      team: string | null;
    };
    /**
     * @description A person opened from the People page, with their role history (newest first).
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Ava Lindqvist",
     *       "email": "ava@example.com",
     *       "roleId": "senior-pm",
     *       "team": "Payments",
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "managerName": "Ava Lindqvist",
     *       "accountStatus": "none",
     *       "orgRole": "member",
     *       "invitation": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "expiresAt": "2026-06-01",
     *         "expired": true,
     *         "sendCount": 3,
     *         "lastSentAt": "2026-06-01"
     *       },
     *       "roleHistory": [
     *         {
     *           "roleId": "senior-pm",
     *           "from": "From",
     *           "to": "To"
     *         }
     *       ]
     *     }
     */
    DirectoryPerson: components["schemas"]["DirectoryEntry"] & {
      roleHistory: {
        from: string;
        roleId: string;
        to: string | null;
      }[];
    };
    /**
     * @description How many people hold each role of the framework.
     * @example {
     *       "roles": [
     *         {
     *           "roleId": "pm",
     *           "title": "Product Manager",
     *           "track": "management",
     *           "people": 23
     *         }
     *       ],
     *       "tracks": [
     *         {
     *           "track": "management",
     *           "people": 48
     *         },
     *         {
     *           "track": "ic",
     *           "people": 4
     *         },
     *         {
     *           "track": "adjacent",
     *           "people": 12
     *         }
     *       ],
     *       "withoutRole": 0,
     *       "reason": "48 in Management ladder, 4 in Individual contributor track, 12 in Product-adjacent roles; the most common role is Product Manager (23 people)."
     *     }
     */
    Distribution: {
      reason: string;
      roles: {
        people: number;
        roleId: string;
        title: string;
        /** @enum {string} */
        track: "management" | "ic" | "adjacent";
      }[];
      tracks: {
        people: number;
        /** @enum {string} */
        track: "management" | "ic" | "adjacent";
      }[];
      withoutRole: number;
    };
    /**
     * @description Autosaves a draft: ratings to upsert and competencies to clear.
     * @example {
     *       "ratings": [
     *         {
     *           "competency": "strategy",
     *           "level": 3,
     *           "note": "Led the pricing review from discovery to launch.",
     *           "evidence": [
     *             "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *           ]
     *         }
     *       ],
     *       "remove": []
     *     }
     */
    DraftRatings: {
      ratings: components["schemas"]["Rating"][];
      /** @default [] */
      remove?: string[];
    };
    /**
     * @description One entry role offered, with the route that leads there and why.
     * @example {
     *       "roleId": "senior-pm",
     *       "roleTitle": "senior-pm",
     *       "routeId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "reason": "Meets what the role expects on every competency but strategy, one level below."
     *     }
     */
    EntryOption: {
      reason: string;
      roleId: string;
      roleTitle: string;
      routeId: string;
    };
    /**
     * @description The confirmation of an erasure: the person's name, typed.
     * @example {
     *       "confirm": "Ivy Chen"
     *     }
     */
    EraseConfirmation: {
      /** @example Ivy Chen */
      confirm: string;
    };
    /**
     * @description What an erasure removed.
     * @example {
     *       "assessmentsAboutThem": 3,
     *       "feedbackTheyGave": 3,
     *       "evidence": 3,
     *       "growthPlans": 3,
     *       "feedbackRequests": 3,
     *       "account": true
     *     }
     */
    ErasedData: {
      account: boolean;
      assessmentsAboutThem: number;
      evidence: number;
      feedbackRequests: number;
      feedbackTheyGave: number;
      growthPlans: number;
    };
    /**
     * @description An evidence entry as the API shows it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "date": "2026-06-01",
     *       "title": "Lead the pricing review",
     *       "outcome": "Activation up 12% in six weeks",
     *       "competencies": [
     *         "strategy"
     *       ],
     *       "visibility": "private"
     *     }
     */
    Evidence: {
      competencies: string[];
      date: string;
      id: string;
      outcome: string | null;
      personId: string;
      title: string;
      /**
       * @description private: only you; manager: you and your manager chain; org: everyone in the organisation.
       * @enum {string}
       */
      visibility: "private" | "manager" | "org";
    };
    /**
     * @description A new entry in a person's impact log.
     * @example {
     *       "date": "2026-03-14",
     *       "title": "Launched self-serve onboarding",
     *       "outcome": "Activation up 12% in six weeks",
     *       "competencies": [],
     *       "visibility": "private"
     *     }
     */
    EvidenceInput: {
      /** @default [] */
      competencies?: string[];
      /**
       * Format: date
       * @example 2026-03-14
       */
      date: string;
      /** @example Activation up 12% in six weeks */
      outcome?: string;
      /** @example Launched self-serve onboarding */
      title: string;
      /**
       * @description private: only you; manager: you and your manager chain; org: everyone in the organisation.
       * @default private
       * @enum {string}
       */
      visibility?: "private" | "manager" | "org";
    };
    /**
     * @description Changes to an evidence entry.
     * @example {
     *       "date": "2026-03-14",
     *       "title": "Lead the pricing review",
     *       "outcome": "Activation up 12% in six weeks",
     *       "competencies": [
     *         "strategy"
     *       ],
     *       "visibility": "private"
     *     }
     */
    EvidencePatch: {
      competencies?: string[];
      /**
       * Format: date
       * @example 2026-03-14
       */
      date?: string;
      outcome?: string;
      title?: string;
      /**
       * @description private: only you; manager: you and your manager chain; org: everyone in the organisation.
       * @enum {string}
       */
      visibility?: "private" | "manager" | "org";
    };
    /**
     * @description A peer's answer: ratings of the competencies asked, submitted at once.
     * @example {
     *       "ratings": [
     *         {
     *           "competency": "strategy",
     *           "level": 3,
     *           "note": "Led the pricing review from discovery to launch.",
     *           "evidence": [
     *             "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *           ]
     *         }
     *       ]
     *     }
     */
    FeedbackAnswer: {
      ratings: components["schemas"]["Rating"][];
    };
    /**
     * @description Asks someone to rate chosen competencies of a person.
     * @example {
     *       "addresseePersonId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "competencies": [
     *         "strategy"
     *       ],
     *       "message": "Could you rate my strategy work on the pricing review?"
     *     }
     */
    FeedbackAsk: {
      /** Format: uuid */
      addresseePersonId: string;
      competencies: string[];
      message?: string;
    };
    /**
     * @description A feedback request as the API shows it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "addresseePersonId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "competencies": [
     *         "strategy"
     *       ],
     *       "message": "Could you rate my strategy work on the pricing review?",
     *       "status": "open",
     *       "closedReason": "Closed reason",
     *       "assessmentId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "requesterName": "Ava Lindqvist",
     *       "createdAt": "2026-06-01"
     *     }
     */
    FeedbackRequest: {
      addresseePersonId: string;
      assessmentId: string | null;
      /** @description Why the request closed without an answer, in words. */
      closedReason: string | null;
      competencies: string[];
      createdAt: string;
      id: string;
      message: string | null;
      personId: string;
      /** @description Who asked: their name, or null when their account is gone. */
      requesterName: string | null;
      /**
       * @description `withdrawn`: a new framework version left nothing in the request to rate.
       * @enum {string}
       */
      status: "open" | "answered" | "declined" | "withdrawn";
    };
    /**
     * @description One value that needs fixing: where it is, what is wrong and how to fix it.
     * @example {
     *       "path": "progress",
     *       "message": "Progress is at most 100.",
     *       "hint": "Use at most 100."
     *     }
     */
    FieldError: {
      /**
       * @description How to fix it.
       * @example Use at most 100.
       */
      hint: string;
      /**
       * @description What is wrong with it, naming the field.
       * @example Progress is at most 100.
       */
      message: string;
      /**
       * @description Where the value is: a dotted path into the body, or query./path. for the address.
       * @example progress
       */
      path: string;
    };
    /**
     * @description A framework document as stored: validated, every default filled in.
     * @example {
     *       "id": "senior-pm",
     *       "name": "Ava Lindqvist",
     *       "version": "1.0.0",
     *       "description": "Description",
     *       "scale": [
     *         {
     *           "level": 3,
     *           "label": "Label",
     *           "description": "Description"
     *         },
     *         {
     *           "level": 3,
     *           "label": "Label",
     *           "description": "Description"
     *         }
     *       ],
     *       "competencies": [
     *         {
     *           "id": "senior-pm",
     *           "name": "Ava Lindqvist",
     *           "area": "Area",
     *           "description": "Description",
     *           "levels": {
     *             "strategy": "Strategy"
     *           },
     *           "growth": {
     *             "strategy": []
     *           }
     *         }
     *       ],
     *       "tracks": [
     *         {
     *           "id": "management",
     *           "name": "Ava Lindqvist",
     *           "description": "Description"
     *         }
     *       ],
     *       "roles": [
     *         {
     *           "id": "senior-pm",
     *           "title": "Lead the pricing review",
     *           "aliases": [
     *             "Aliase"
     *           ],
     *           "track": "management",
     *           "rank": 3,
     *           "summary": "Owns a product area end to end and sets its direction with the team.",
     *           "whatChanges": [
     *             "What change"
     *           ],
     *           "responsibilities": [
     *             "Responsibilitie"
     *           ],
     *           "success": [
     *             "Succes"
     *           ],
     *           "skillsToDevelop": [
     *             {
     *               "competency": "strategy",
     *               "name": "Ava Lindqvist",
     *               "description": "Description"
     *             }
     *           ],
     *           "expectations": {
     *             "strategy": 3.5
     *           },
     *           "mandatory": [
     *             "senior-pm"
     *           ],
     *           "contextNotes": [
     *             "Context note"
     *           ],
     *           "managesPeople": true,
     *           "comparableTo": [
     *             "senior-pm"
     *           ],
     *           "whoThrives": "Who thrives",
     *           "carriesOver": [
     *             "Carries over"
     *           ]
     *         }
     *       ],
     *       "transitions": [
     *         {
     *           "from": "senior-pm",
     *           "to": "senior-pm",
     *           "kind": "promotion",
     *           "typicalDuration": {
     *             "minYears": 3.5,
     *             "maxYears": 3.5
     *           },
     *           "notes": "Ran the pricing review; next, share it with sales."
     *         }
     *       ],
     *       "entryRoutes": [
     *         {
     *           "id": "senior-pm",
     *           "name": "Ava Lindqvist",
     *           "description": "Description",
     *           "when": {
     *             "all": [
     *               {
     *                 "fact": "yearsExperience",
     *                 "atLeast": 3.5,
     *                 "atMost": 3.5
     *               }
     *             ],
     *             "any": [
     *               {
     *                 "fact": "yearsExperience",
     *                 "atLeast": 3.5,
     *                 "atMost": 3.5
     *               }
     *             ]
     *           },
     *           "enterAt": [
     *             {
     *               "role": "senior-pm",
     *               "when": {
     *                 "all": [],
     *                 "any": []
     *               },
     *               "note": "Led the pricing review from discovery to launch."
     *             }
     *           ]
     *         }
     *       ],
     *       "guidance": [
     *         {
     *           "id": "senior-pm",
     *           "title": "Lead the pricing review",
     *           "body": "Body"
     *         }
     *       ],
     *       "spanOfControl": {
     *         "min": 3,
     *         "max": 3
     *       },
     *       "migration": {
     *         "fromFramework": "senior-pm",
     *         "fromVersion": "From version",
     *         "competencies": {
     *           "strategy": "senior-pm"
     *         },
     *         "roles": {
     *           "senior-pm": "senior-pm"
     *         },
     *         "levels": {
     *           "strategy": 3
     *         }
     *       }
     *     }
     */
    Framework: {
      competencies: components["schemas"]["Competency"][];
      description?: string;
      entryRoutes: {
        description: string;
        enterAt: {
          note?: string;
          role: string;
          when?: {
            all: {
              atLeast?: number;
              atMost?: number;
              /** @enum {string} */
              fact:
                | "yearsExperience"
                | "yearsInProduct"
                | "yearsInProductAdjacent"
                | "domainExpertise"
                | "startupExperience"
                | "peopleLeadership"
                | "newGraduate"
                | "internalTransfer"
                | "bootcamp";
            }[];
            any: {
              atLeast?: number;
              atMost?: number;
              /** @enum {string} */
              fact:
                | "yearsExperience"
                | "yearsInProduct"
                | "yearsInProductAdjacent"
                | "domainExpertise"
                | "startupExperience"
                | "peopleLeadership"
                | "newGraduate"
                | "internalTransfer"
                | "bootcamp";
            }[];
          };
        }[];
        id: string;
        name: string;
        when: {
          all: {
            atLeast?: number;
            atMost?: number;
            /** @enum {string} */
            fact:
              | "yearsExperience"
              | "yearsInProduct"
              | "yearsInProductAdjacent"
              | "domainExpertise"
              | "startupExperience"
              | "peopleLeadership"
              | "newGraduate"
              | "internalTransfer"
              | "bootcamp";
          }[];
          any: {
            atLeast?: number;
            atMost?: number;
            /** @enum {string} */
            fact:
              | "yearsExperience"
              | "yearsInProduct"
              | "yearsInProductAdjacent"
              | "domainExpertise"
              | "startupExperience"
              | "peopleLeadership"
              | "newGraduate"
              | "internalTransfer"
              | "bootcamp";
          }[];
        };
      }[];
      guidance: {
        body: string;
        id: string;
        title: string;
      }[];
      id: string;
      migration?: {
        competencies: {
          [key: string]: string | string[] | null;
        };
        fromFramework?: string;
        fromVersion: string;
        levels?: {
          [key: string]: number;
        };
        roles: {
          [key: string]: string | null;
        };
      };
      name: string;
      roles: components["schemas"]["Role"][];
      scale: {
        description: string;
        label: string;
        level: number;
      }[];
      spanOfControl?: {
        max: number;
        min: number;
      };
      tracks: {
        description: string;
        /** @enum {string} */
        id: "management" | "ic" | "adjacent";
        name: string;
      }[];
      transitions: components["schemas"]["Transition"][];
      version: string;
    };
    /**
     * @description Everything that differs between two versions of a framework.
     * @example {
     *       "from": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "version": "Version"
     *       },
     *       "to": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "version": "Version"
     *       },
     *       "competencies": {
     *         "added": [
     *           {
     *             "id": "strategy",
     *             "name": "Strategy"
     *           }
     *         ],
     *         "removed": [
     *           {
     *             "id": "strategy",
     *             "name": "Strategy"
     *           }
     *         ],
     *         "renamed": [
     *           {
     *             "from": "lead-pm",
     *             "to": "senior-pm",
     *             "fromName": "Lead PM",
     *             "toName": "Senior Product Manager"
     *           }
     *         ],
     *         "changed": [
     *           {
     *             "id": "senior-pm",
     *             "name": "Senior Product Manager",
     *             "changes": []
     *           }
     *         ]
     *       },
     *       "roles": {
     *         "added": [
     *           {
     *             "id": "strategy",
     *             "name": "Strategy"
     *           }
     *         ],
     *         "removed": [
     *           {
     *             "id": "strategy",
     *             "name": "Strategy"
     *           }
     *         ],
     *         "renamed": [
     *           {
     *             "from": "lead-pm",
     *             "to": "senior-pm",
     *             "fromName": "Lead PM",
     *             "toName": "Senior Product Manager"
     *           }
     *         ],
     *         "changed": [
     *           {
     *             "id": "senior-pm",
     *             "name": "Senior Product Manager",
     *             "changes": []
     *           }
     *         ]
     *       },
     *       "expectations": [
     *         {
     *           "role": "senior-pm",
     *           "roleTitle": "Senior Product Manager",
     *           "competency": "strategy",
     *           "competencyName": "Strategy",
     *           "from": 2,
     *           "to": 3
     *         }
     *       ],
     *       "names": {
     *         "roles": {
     *           "senior-pm": "Senior Product Manager"
     *         },
     *         "competencies": {
     *           "strategy": "Strategy"
     *         },
     *         "tracks": {
     *           "management": "Management"
     *         }
     *       }
     *     }
     */
    FrameworkDiff: {
      competencies: components["schemas"]["CollectionDiff"];
      expectations: {
        /**
         * @description The competency's later id.
         * @example strategy
         */
        competency: string;
        /**
         * @description The competency's name.
         * @example Strategy
         */
        competencyName: string;
        /**
         * @description The level expected before; null when it was not expected.
         * @example 2
         */
        from: number | null;
        /**
         * @description The role's later id.
         * @example senior-pm
         */
        role: string;
        /**
         * @description The role's later title.
         * @example Senior Product Manager
         */
        roleTitle: string;
        /**
         * @description The level expected now; null when it is no longer expected.
         * @example 3
         */
        to: number | null;
      }[];
      from: {
        id: string;
        version: string;
      };
      /** @description The names of every role, competency and track of either version by id (the later version's wins), to show ids inside changed values as names. */
      names: {
        /**
         * @description Competency names by id.
         * @example {
         *       "strategy": "Strategy"
         *     }
         */
        competencies: {
          [key: string]: string;
        };
        /**
         * @description Role titles by id.
         * @example {
         *       "senior-pm": "Senior Product Manager"
         *     }
         */
        roles: {
          [key: string]: string;
        };
        /**
         * @description Track names by id.
         * @example {
         *       "management": "Management"
         *     }
         */
        tracks: {
          [key: string]: string;
        };
      };
      roles: components["schemas"]["CollectionDiff"];
      to: {
        id: string;
        version: string;
      };
    };
    /**
     * @description A draft open in the editor: its working copy, revision and problems.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "frameworkId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "version": "Version",
     *       "revision": 3,
     *       "document": {
     *         "id": "senior-pm",
     *         "name": "Ava Lindqvist",
     *         "version": "1.0.0",
     *         "description": "Description",
     *         "scale": [
     *           {
     *             "level": 3,
     *             "label": "Label",
     *             "description": "Description"
     *           },
     *           {
     *             "level": 3,
     *             "label": "Label",
     *             "description": "Description"
     *           }
     *         ],
     *         "competencies": [
     *           {
     *             "id": "senior-pm",
     *             "name": "Ava Lindqvist",
     *             "area": "Area",
     *             "description": "Description",
     *             "levels": {
     *               "strategy": "Strategy"
     *             },
     *             "growth": {
     *               "strategy": []
     *             }
     *           }
     *         ],
     *         "tracks": [
     *           {
     *             "id": "management",
     *             "name": "Ava Lindqvist",
     *             "description": "Description"
     *           }
     *         ],
     *         "roles": [
     *           {
     *             "id": "senior-pm",
     *             "title": "Lead the pricing review",
     *             "aliases": [
     *               "Aliase"
     *             ],
     *             "track": "management",
     *             "rank": 3,
     *             "summary": "Owns a product area end to end and sets its direction with the team.",
     *             "whatChanges": [
     *               "What change"
     *             ],
     *             "responsibilities": [
     *               "Responsibilitie"
     *             ],
     *             "success": [
     *               "Succes"
     *             ],
     *             "skillsToDevelop": [
     *               {
     *                 "competency": "strategy",
     *                 "name": "Ava Lindqvist",
     *                 "description": "Description"
     *               }
     *             ],
     *             "expectations": {
     *               "strategy": 3.5
     *             },
     *             "mandatory": [
     *               "senior-pm"
     *             ],
     *             "contextNotes": [
     *               "Context note"
     *             ],
     *             "managesPeople": true,
     *             "comparableTo": [
     *               "senior-pm"
     *             ],
     *             "whoThrives": "Who thrives",
     *             "carriesOver": [
     *               "Carries over"
     *             ]
     *           }
     *         ],
     *         "transitions": [
     *           {
     *             "from": "senior-pm",
     *             "to": "senior-pm",
     *             "kind": "promotion",
     *             "typicalDuration": {
     *               "minYears": 3.5,
     *               "maxYears": 3.5
     *             },
     *             "notes": "Ran the pricing review; next, share it with sales."
     *           }
     *         ],
     *         "entryRoutes": [
     *           {
     *             "id": "senior-pm",
     *             "name": "Ava Lindqvist",
     *             "description": "Description",
     *             "when": {
     *               "all": [
     *                 {
     *                   "fact": "yearsExperience",
     *                   "atLeast": 3.5,
     *                   "atMost": 3.5
     *                 }
     *               ],
     *               "any": [
     *                 {
     *                   "fact": "yearsExperience",
     *                   "atLeast": 3.5,
     *                   "atMost": 3.5
     *                 }
     *               ]
     *             },
     *             "enterAt": [
     *               {
     *                 "role": "senior-pm",
     *                 "when": {
     *                   "all": [],
     *                   "any": []
     *                 },
     *                 "note": "Led the pricing review from discovery to launch."
     *               }
     *             ]
     *           }
     *         ],
     *         "guidance": [
     *           {
     *             "id": "senior-pm",
     *             "title": "Lead the pricing review",
     *             "body": "Body"
     *           }
     *         ],
     *         "spanOfControl": {
     *           "min": 3,
     *           "max": 3
     *         },
     *         "migration": {
     *           "fromFramework": "senior-pm",
     *           "fromVersion": "From version",
     *           "competencies": {
     *             "strategy": "senior-pm"
     *           },
     *           "roles": {
     *             "senior-pm": "senior-pm"
     *           },
     *           "levels": {
     *             "strategy": 3
     *           }
     *         }
     *       },
     *       "sound": true,
     *       "issues": [
     *         {
     *           "path": "roles.2.title",
     *           "message": "Could you rate my strategy work on the pricing review?",
     *           "hint": "Hint",
     *           "severity": "problem"
     *         }
     *       ],
     *       "savedAt": "2026-06-01",
     *       "savedBy": "Saved by",
     *       "assumed": [
     *         "Each level leads to the next by promotion."
     *       ]
     *     }
     */
    FrameworkDraft: {
      /**
       * @description What the import filled in because the file did not say it, in plain words, to refine before publishing; empty for a draft started in the app or imported whole.
       * @example [
       *       "Each level leads to the next by promotion."
       *     ]
       */
      assumed: string[];
      document: components["schemas"]["Framework"] & unknown;
      frameworkId: string;
      id: string;
      issues: {
        hint: string;
        message: string;
        /** @example roles.2.title */
        path: string;
        /** @enum {string} */
        severity: "problem" | "warning";
      }[];
      revision: number;
      savedAt: string | null;
      savedBy: string | null;
      sound: boolean;
      version: string;
    };
    /**
     * @description A save from the editor: the revision edited and the whole working copy.
     * @example {
     *       "revision": 3,
     *       "document": {
     *         "strategy": null
     *       }
     *     }
     */
    FrameworkDraftEdit: {
      document: {
        [key: string]: unknown;
      };
      /** @description The revision the edit started from; a draft saved since answers 409. */
      revision: number;
    };
    /**
     * @description A version as downloadable files: one YAML or JSON file, or one CSV file per sheet.
     * @example {
     *       "files": [
     *         {
     *           "name": "Ava Lindqvist",
     *           "text": "Run a pricing experiment with the growth team"
     *         }
     *       ]
     *     }
     */
    FrameworkFiles: {
      files: {
        name: string;
        text: string;
      }[];
    };
    /**
     * @description A framework file's text to validate or import.
     * @example {
     *       "source": "Source",
     *       "fileName": "framework.yaml",
     *       "encoding": "text"
     *     }
     */
    FrameworkSource: {
      /**
       * @description How `source` is written: text, or base64 for a binary file such as XLSX.
       * @default text
       * @enum {string}
       */
      encoding?: "text" | "base64";
      /**
       * @description The file's name; its extension (.yaml, .json, .csv, .xlsx, .md) tells its shape.
       * @default framework.yaml
       */
      fileName?: string;
      /** @description The framework file: YAML or JSON text, a one-sheet ladder (CSV, or XLSX in base64), Markdown with front matter, or a job-family table. */
      source: string;
    };
    /**
     * @description The outcome of validating a framework file.
     * @example {
     *       "valid": true,
     *       "shape": "yaml",
     *       "assumed": [
     *         "Assumed"
     *       ],
     *       "issues": [
     *         {
     *           "code": "Code",
     *           "message": "Could you rate my strategy work on the pricing review?",
     *           "hint": "Hint",
     *           "line": 3.5,
     *           "column": 3.5,
     *           "path": "Path"
     *         }
     *       ]
     *     }
     */
    FrameworkValidation: {
      /** @description What was filled in because the file did not say it, in plain words. */
      assumed: string[];
      issues: {
        code: string;
        column: number | null;
        hint: string;
        line: number | null;
        message: string;
        path: string;
      }[];
      /**
       * @description The shape the file was read as.
       * @enum {string|null}
       */
      shape:
        | "yaml"
        | "json"
        | "multi-sheet-csv"
        | "matrix-csv"
        | "matrix-xlsx"
        | "markdown"
        | "job-family-csv"
        | "job-family-xlsx"
        | null;
      valid: boolean;
    };
    /**
     * @description A stored framework version without its document.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "frameworkId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "version": "Version",
     *       "status": "draft",
     *       "createdAt": "2026-06-01",
     *       "publishedAt": "2026-06-01"
     *     }
     */
    FrameworkVersion: {
      createdAt: string;
      frameworkId: string;
      id: string;
      publishedAt: string | null;
      /** @enum {string} */
      status: "draft" | "published" | "retired";
      version: string;
    };
    /**
     * @description A competency where a profile sits below what a role expects: the level expected and the level found.
     * @example {
     *       "competency": "strategy",
     *       "expected": 3.5,
     *       "actual": 3.5,
     *       "shortfall": 3.5,
     *       "mandatory": true,
     *       "weight": 3.5
     *     }
     */
    Gap: {
      /** @description null when unrated. */
      actual: number | null;
      competency: string;
      expected: number;
      mandatory: boolean;
      shortfall: number;
      weight: number;
    };
    /**
     * @description A goal as the API shows it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "title": "Lead the pricing review",
     *       "competency": "strategy",
     *       "measure": "A pricing decision backed by three experiments",
     *       "dueDate": "2026-06-01",
     *       "status": "open",
     *       "progress": 3.5,
     *       "actions": [
     *         {
     *           "text": "Run a pricing experiment with the growth team",
     *           "done": true
     *         }
     *       ],
     *       "lastChange": {
     *         "name": "Ava Lindqvist",
     *         "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "at": "At"
     *       },
     *       "comments": [
     *         {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "text": "Run a pricing experiment with the growth team",
     *           "author": {
     *             "name": "Ava Lindqvist",
     *             "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *           },
     *           "at": "At"
     *         }
     *       ]
     *     }
     */
    Goal: {
      actions: {
        done: boolean;
        text: string;
      }[];
      /** @description Comments on the goal, oldest first. */
      comments: components["schemas"]["GoalComment"][];
      competency: string | null;
      dueDate: string | null;
      id: string;
      lastChange: components["schemas"]["LastChange"];
      measure: string | null;
      progress: number | null;
      /**
       * @description open: not started yet; in-progress; done; dropped.
       * @enum {string}
       */
      status: "open" | "in-progress" | "done" | "dropped";
      title: string;
    };
    /**
     * @description A comment under a goal, with who wrote it and when.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "text": "Run a pricing experiment with the growth team",
     *       "author": {
     *         "name": "Ava Lindqvist",
     *         "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *       },
     *       "at": "At"
     *     }
     */
    GoalComment: {
      /** @description When, as an ISO timestamp. */
      at: string;
      /** @description Who wrote it; null once their account is gone. */
      author: {
        name: string;
        personId: string | null;
      } | null;
      id: string;
      text: string;
    };
    /**
     * @description What a comment under a goal says.
     * @example {
     *       "text": "Run a pricing experiment with the growth team"
     *     }
     */
    GoalCommentInput: {
      /** @description What you want to say. */
      text: string;
    };
    /**
     * @description A measurable goal, with an optional date (context, not a deadline).
     * @example {
     *       "title": "Lead the pricing review",
     *       "competency": "strategy",
     *       "measure": "A pricing decision backed by three experiments",
     *       "dueDate": "2026-09-30",
     *       "status": "open",
     *       "progress": 60,
     *       "actions": []
     *     }
     */
    GoalInput: {
      /** @default [] */
      actions?: {
        /** @default false */
        done?: boolean;
        text: string;
      }[];
      competency?: string;
      /**
       * Format: date
       * @example 2026-09-30
       */
      dueDate?: string;
      measure?: string;
      /** @description Percent done. */
      progress?: number;
      /**
       * @description open: not started yet; in-progress; done; dropped.
       * @default open
       * @enum {string}
       */
      status?: "open" | "in-progress" | "done" | "dropped";
      title: string;
    };
    /**
     * @description Changes to a goal; only the fields sent change.
     * @example {
     *       "title": "Lead the pricing review",
     *       "competency": "strategy",
     *       "measure": "A pricing decision backed by three experiments",
     *       "dueDate": "2026-09-30",
     *       "status": "open",
     *       "progress": 60,
     *       "actions": [
     *         {
     *           "text": "Run a pricing experiment with the growth team",
     *           "done": false
     *         }
     *       ]
     *     }
     */
    GoalPatch: {
      actions?: {
        /** @default false */
        done?: boolean;
        text: string;
      }[];
      competency?: string | null;
      /**
       * Format: date
       * @example 2026-09-30
       */
      dueDate?: string | null;
      measure?: string;
      /** @description Percent done. */
      progress?: number | null;
      /**
       * @description open: not started yet; in-progress; done; dropped.
       * @enum {string}
       */
      status?: "open" | "in-progress" | "done" | "dropped";
      title?: string;
    };
    /**
     * @description A growth plan as the API shows it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "targetRoleId": "senior-pm",
     *       "focusCompetencies": [
     *         "strategy"
     *       ],
     *       "actions": [
     *         {
     *           "competency": "strategy",
     *           "text": "Run a pricing experiment with the growth team",
     *           "done": true
     *         }
     *       ],
     *       "status": "active",
     *       "checkInEveryDays": 3.5,
     *       "lastChange": {
     *         "name": "Ava Lindqvist",
     *         "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "at": "At"
     *       },
     *       "started": {
     *         "name": "Ava Lindqvist",
     *         "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "at": "At"
     *       },
     *       "goals": [
     *         {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "title": "Lead the pricing review",
     *           "competency": "strategy",
     *           "measure": "A pricing decision backed by three experiments",
     *           "dueDate": "2026-06-01",
     *           "status": "open",
     *           "progress": 3.5,
     *           "actions": [
     *             {
     *               "text": "Run a pricing experiment with the growth team",
     *               "done": true
     *             }
     *           ],
     *           "lastChange": {
     *             "name": "Ava Lindqvist",
     *             "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "at": "At"
     *           },
     *           "comments": [
     *             {
     *               "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *               "text": "Run a pricing experiment with the growth team",
     *               "author": {
     *                 "name": "Ava Lindqvist",
     *                 "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *               },
     *               "at": "At"
     *             }
     *           ]
     *         }
     *       ],
     *       "checkIns": [
     *         {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "date": "2026-06-01",
     *           "progress": 3.5,
     *           "notes": "Ran the pricing review; next, share it with sales.",
     *           "feedback": "Clear write-up; bring sales in earlier."
     *         }
     *       ]
     *     }
     */
    GrowthPlan: {
      actions: {
        competency: string;
        done: boolean;
        text: string;
      }[];
      checkInEveryDays: number;
      checkIns?: {
        date: string;
        feedback: string | null;
        id: string;
        notes: string | null;
        progress: number | null;
      }[];
      focusCompetencies: string[];
      goals?: {
        actions: {
          done: boolean;
          text: string;
        }[];
        /** @description Comments on the goal, oldest first. */
        comments: components["schemas"]["GoalComment"][];
        competency: string | null;
        dueDate: string | null;
        id: string;
        lastChange: components["schemas"]["LastChange"];
        measure: string | null;
        progress: number | null;
        /**
         * @description open: not started yet; in-progress; done; dropped.
         * @enum {string}
         */
        status: "open" | "in-progress" | "done" | "dropped";
        title: string;
      }[];
      id: string;
      lastChange: components["schemas"]["LastChange"];
      personId: string;
      started: components["schemas"]["LastChange"] & unknown;
      /** @enum {string} */
      status: "active" | "completed" | "archived";
      targetRoleId: string | null;
    };
    /**
     * @description A growth plan draft towards one role, from the person's gaps.
     * @example {
     *       "frameworkVersion": "Framework version",
     *       "targetRoleId": "senior-pm",
     *       "focus": [
     *         {
     *           "competency": "strategy",
     *           "mandatory": true,
     *           "expected": 3.5,
     *           "actual": 3.5,
     *           "shortfall": 3.5,
     *           "reason": "Meets what the role expects on every competency but strategy, one level below."
     *         }
     *       ],
     *       "actions": [
     *         {
     *           "competency": "strategy",
     *           "level": 3,
     *           "text": "Run a pricing experiment with the growth team"
     *         }
     *       ],
     *       "goals": [
     *         {
     *           "competency": "strategy",
     *           "text": "Run a pricing experiment with the growth team"
     *         }
     *       ],
     *       "checkInCadenceDays": 3,
     *       "reason": "Meets what the role expects on every competency but strategy, one level below.",
     *       "startsFrom": "Starts from"
     *     }
     */
    GrowthPlanDraft: {
      actions: {
        competency: string;
        level: number;
        text: string;
      }[];
      checkInCadenceDays: number;
      focus: {
        actual: number;
        competency: string;
        expected: number;
        mandatory: boolean;
        reason: string;
        shortfall: number;
      }[];
      frameworkVersion: string;
      goals: {
        competency: string;
        text: string;
      }[];
      reason: string;
      /** @description When the draft starts from levels agreed in an alignment conversation, which and where; null otherwise. */
      startsFrom: string | null;
      targetRoleId: string;
    };
    /**
     * @description A new growth plan.
     * @example {
     *       "targetRoleId": null,
     *       "focusCompetencies": [],
     *       "actions": [],
     *       "checkInEveryDays": 14,
     *       "goals": []
     *     }
     */
    GrowthPlanInput: {
      /** @default [] */
      actions?: {
        competency: string;
        /** @default false */
        done?: boolean;
        text: string;
      }[];
      /** @default 14 */
      checkInEveryDays?: number;
      /** @default [] */
      focusCompetencies?: string[];
      /** @default [] */
      goals?: components["schemas"]["GoalInput"][];
      /** @default null */
      targetRoleId?: string | null;
    };
    /**
     * @description Changes to a growth plan.
     * @example {
     *       "targetRoleId": "senior-pm",
     *       "focusCompetencies": [
     *         "strategy"
     *       ],
     *       "actions": [
     *         {
     *           "competency": "strategy",
     *           "text": "Run a pricing experiment with the growth team",
     *           "done": false
     *         }
     *       ],
     *       "checkInEveryDays": 3,
     *       "status": "active"
     *     }
     */
    GrowthPlanPatch: {
      actions?: {
        competency: string;
        /** @default false */
        done?: boolean;
        text: string;
      }[];
      checkInEveryDays?: number;
      focusCompetencies?: string[];
      /** @enum {string} */
      status?: "active" | "completed" | "archived";
      targetRoleId?: string | null;
    };
    /**
     * @description What Home shows the signed-in person: their tasks, plan, profile and what changed.
     * @example {
     *       "person": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist"
     *       },
     *       "standing": {
     *         "currentRole": {
     *           "roleId": "senior-pm",
     *           "title": "Lead the pricing review"
     *         },
     *         "next": {
     *           "roleId": "senior-pm",
     *           "title": "Lead the pricing review",
     *           "reason": "Meets what the role expects on every competency but strategy, one level below.",
     *           "readiness": "ready",
     *           "verdict": "Verdict",
     *           "lowConfidence": true
     *         },
     *         "gaps": [
     *           {
     *             "competency": "strategy",
     *             "name": "Ava Lindqvist",
     *             "mandatory": true,
     *             "shortfall": "Shortfall",
     *             "confidence": "high",
     *             "sentence": "Sentence"
     *           }
     *         ],
     *         "confidence": "Confidence",
     *         "selfOnly": true
     *       },
     *       "plan": {
     *         "planId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "targetRoleId": "senior-pm",
     *         "targetTitle": "Senior Product Manager",
     *         "goalsDone": 3,
     *         "goalsTotal": 3,
     *         "progress": 3,
     *         "lastCheckIn": "Last check in",
     *         "nextCheckIn": "Next check in",
     *         "sentence": "Sentence"
     *       },
     *       "tasks": {
     *         "items": [
     *           {
     *             "kind": "self-assessment",
     *             "title": "Lead the pricing review",
     *             "detail": "Detail",
     *             "href": "Href",
     *             "due": "Due",
     *             "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "personName": "Ava Lindqvist",
     *             "cycleId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *           }
     *         ],
     *         "total": 3
     *       },
     *       "team": {
     *         "people": 3,
     *         "openFeedback": 3,
     *         "checkInsDue": 3,
     *         "awaitingManagerView": 3,
     *         "sentence": "Sentence"
     *       },
     *       "organisation": {
     *         "people": 3,
     *         "openFeedback": 3,
     *         "checkInsDue": 3,
     *         "awaitingManagerView": 3,
     *         "sentence": "Sentence"
     *       },
     *       "today": "Today"
     *     }
     */
    Home: {
      organisation: components["schemas"]["TaskSummary"];
      person: {
        id: string;
        name: string;
      } | null;
      plan: {
        goalsDone: number;
        goalsTotal: number;
        /** @description A day on the organisation's calendar (YYYY-MM-DD). */
        lastCheckIn: string | null;
        /** @description A day on the organisation's calendar (YYYY-MM-DD). */
        nextCheckIn: string;
        planId: string;
        progress: number | null;
        sentence: string;
        targetRoleId: string | null;
        targetTitle: string | null;
      } | null;
      standing: {
        confidence: string;
        currentRole: {
          roleId: string;
          title: string;
        } | null;
        gaps: {
          competency: string;
          /** @enum {string|null} */
          confidence: "high" | "medium" | "low" | null;
          mandatory: boolean;
          name: string;
          sentence: string;
          shortfall: string;
        }[];
        next: {
          lowConfidence: boolean;
          /** @enum {string} */
          readiness: "ready" | "close" | "stretch";
          reason: string;
          roleId: string;
          title: string;
          verdict: string;
        } | null;
        selfOnly: boolean;
      } | null;
      tasks: {
        items: components["schemas"]["Task"][];
        /** @description All tasks, when the list is cut short. */
        total: number;
      };
      team: components["schemas"]["TaskSummary"];
      /** @description A day on the organisation's calendar (YYYY-MM-DD). */
      today: string;
    };
    /**
     * @description A running or finished import, as polled for progress.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "status": "running",
     *       "processed": 3.5,
     *       "total": 3.5,
     *       "counts": {
     *         "create": 3.5,
     *         "update": 3.5,
     *         "unchanged": 3.5
     *       },
     *       "result": {
     *         "created": 3.5,
     *         "updated": 3.5,
     *         "unchanged": 3.5
     *       },
     *       "error": "Error"
     *     }
     */
    ImportJob: {
      counts: {
        create: number;
        unchanged: number;
        update: number;
      };
      error: string | null;
      /** Format: uuid */
      id: string;
      processed: number;
      result: {
        created: number;
        unchanged: number;
        updated: number;
      } | null;
      /** @enum {string} */
      status: "running" | "done" | "failed";
      total: number;
    };
    /**
     * @description An invitation as admins see it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "email": "ava@example.com",
     *       "status": "open",
     *       "expiresAt": "2026-06-01",
     *       "lastSentAt": "2026-06-01",
     *       "sendCount": 3
     *     }
     */
    Invitation: {
      email: string;
      expiresAt: string;
      id: string;
      lastSentAt: string;
      personId: string;
      sendCount: number;
      /** @enum {string} */
      status: "open" | "expired" | "accepted" | "revoked";
    };
    /**
     * @description What an invitation link shows to whoever opens it.
     * @example {
     *       "state": "open",
     *       "advice": "Advice",
     *       "organisationName": "Ava Lindqvist",
     *       "personName": "Ava Lindqvist",
     *       "email": "ava@example.com",
     *       "expiresAt": "2026-06-01",
     *       "ssoStartUrl": "https://pathways.example.com"
     *     }
     */
    InvitationLink: {
      /** @description What to do now, in words. */
      advice: string;
      email: string | null;
      expiresAt: string | null;
      organisationName: string | null;
      personName: string | null;
      /** @description Where to continue with single sign-on instead of a password. */
      ssoStartUrl: string | null;
      /** @enum {string} */
      state: "open" | "expired" | "accepted" | "revoked" | "unknown";
    };
    /**
     * @description Whom to invite: some people by id, everyone with an email and no account nor invitation, or the people an import created.
     * @example {
     *       "personIds": [
     *         "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *       ]
     *     }
     */
    InviteInput:
      | {
          personIds: string[];
        }
      | {
          /**
           * @description Invite everyone who has an email but no account and no invitation yet.
           * @enum {boolean}
           */
          everyoneUninvited: true;
        }
      | {
          /**
           * Format: uuid
           * @description Invite the people this finished people import created (its id, from POST /api/v1/imports/people), and nobody else.
           */
          createdByImport: string;
        };
    /**
     * @description Who was invited and who was left out, with the reason.
     * @example {
     *       "invited": [
     *         {
     *           "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "name": "Ava Lindqvist",
     *           "email": "ava@example.com",
     *           "expiresAt": "2026-06-01"
     *         }
     *       ],
     *       "skipped": [
     *         {
     *           "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "name": "Ava Lindqvist",
     *           "reason": "Meets what the role expects on every competency but strategy, one level below."
     *         }
     *       ]
     *     }
     */
    InviteOutcome: {
      invited: {
        email: string;
        /** @description When the link stops working. */
        expiresAt: string;
        name: string;
        personId: string;
      }[];
      skipped: {
        name: string;
        personId: string;
        reason: string;
      }[];
    };
    /**
     * @description Who last changed it and when.
     * @example {
     *       "name": "Ava Lindqvist",
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "at": "At"
     *     }
     */
    LastChange: {
      /** @description When, as an ISO timestamp. */
      at: string;
      name: string;
      personId: string | null;
    } | null;
    /**
     * @description Sign-in credentials.
     * @example {
     *       "email": "ava@example.com",
     *       "password": "correct horse battery"
     *     }
     */
    Login: {
      /**
       * Format: email
       * @example ava@example.com
       */
      email: string;
      /** @example correct horse battery */
      password: string;
    };
    /**
     * @description Which optional mails a person gets; mails about their account always go out.
     * @example {
     *       "off": [
     *         "check-in-due"
     *       ]
     *     }
     */
    MailPreferences: {
      /**
       * @description The optional mails you turned off. Invitations and password resets always come.
       * @example [
       *       "check-in-due"
       *     ]
       */
      off: ("feedback-request" | "assessment-submitted" | "check-in-due" | "cycle-reminder")[];
    };
    /**
     * @description A manager's span of control with the manager's name.
     * @example {
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Kim Park",
     *       "directReports": 9,
     *       "status": "above",
     *       "reason": "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin."
     *     }
     */
    NamedSpanOfControl: components["schemas"]["SpanOfControl"] & {
      name: string;
    };
    /**
     * @description A new token: its name, scope and lifetime.
     * @example {
     *       "name": "Ava Lindqvist",
     *       "scope": "read",
     *       "expiresInDays": 90
     *     }
     */
    NewApiToken: {
      /**
       * @description Days until it expires (default 90).
       * @example 90
       */
      expiresInDays?: number;
      name: string;
      /**
       * @example read
       * @enum {string}
       */
      scope: "read" | "read-write";
    };
    /**
     * @description Starts a draft assessment of a person.
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "raterKind": "self",
     *       "ratings": []
     *     }
     */
    NewAssessment: {
      /** Format: uuid */
      personId: string;
      /**
       * @description Peers rate through the feedback requests addressed to them.
       * @enum {string}
       */
      raterKind: "self" | "manager";
      /** @default [] */
      ratings?: components["schemas"]["Rating"][];
    };
    /**
     * @description Whom to remind.
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *     }
     */
    NudgeInput: {
      /** Format: uuid */
      personId: string;
    };
    /**
     * @description What came of a reminder.
     * @example {
     *       "queued": true,
     *       "message": "Could you rate my strategy work on the pricing review?"
     *     }
     */
    NudgeResult: {
      message: string;
      queued: boolean;
    };
    /**
     * @description What an admin gives to open a cycle.
     * @example {
     *       "name": "H1 2027 career check-in",
     *       "startsOn": "2027-01-11",
     *       "endsOn": "2027-02-05",
     *       "population": {
     *         "kind": "everyone"
     *       },
     *       "raters": {
     *         "self": true,
     *         "manager": true,
     *         "peers": 2,
     *         "peersChosenBy": "person"
     *       }
     *     }
     */
    OpenCycleInput: {
      /**
       * Format: date
       * @example 2027-02-05
       */
      endsOn: string;
      /** @example H1 2027 career check-in */
      name: string;
      /** @description Who the cycle is for: everyone, everyone under a manager (team), or a list of people. */
      population:
        | {
            /** @enum {string} */
            kind: "everyone";
          }
        | {
            /** @enum {string} */
            kind: "team";
            /** Format: uuid */
            managerId: string;
          }
        | {
            /** @enum {string} */
            kind: "people";
            personIds: string[];
          };
      raters: components["schemas"]["CycleRaters"];
      /**
       * Format: date
       * @example 2027-01-11
       */
      startsOn: string;
    };
    /**
     * @description What a manager gives to open a case.
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "targetRoleId": "senior-pm",
     *       "narrative": "Narrative",
     *       "cycleId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *     }
     */
    OpenPromotionCaseInput: {
      /** Format: uuid */
      cycleId?: string | null;
      narrative?: string;
      /** Format: uuid */
      personId: string;
      /** @example senior-pm */
      targetRoleId: string;
    };
    /**
     * @description The analytics of the whole organisation.
     * @example {
     *       "people": 3,
     *       "distribution": {
     *         "roles": [
     *           {
     *             "roleId": "pm",
     *             "title": "Product Manager",
     *             "track": "management",
     *             "people": 23
     *           }
     *         ],
     *         "tracks": [
     *           {
     *             "track": "management",
     *             "people": 48
     *           },
     *           {
     *             "track": "ic",
     *             "people": 4
     *           },
     *           {
     *             "track": "adjacent",
     *             "people": 12
     *           }
     *         ],
     *         "withoutRole": 0,
     *         "reason": "48 in Management ladder, 4 in Individual contributor track, 12 in Product-adjacent roles; the most common role is Product Manager (23 people)."
     *       },
     *       "heatmap": [
     *         {
     *           "team": "Growth",
     *           "people": 10,
     *           "competencies": [
     *             {
     *               "competency": "execution",
     *               "mean": 3.16,
     *               "count": 10
     *             },
     *             {
     *               "competency": "people-leadership",
     *               "mean": 1.9,
     *               "count": 10
     *             }
     *           ],
     *           "reason": "Team Growth (10 people) is strongest in prioritisation & trade-offs (3.5) and has most room to grow in people management (1.9)."
     *         }
     *       ],
     *       "heatmapTeams": 3,
     *       "bench": [
     *         {
     *           "roleId": "senior-pm",
     *           "ready": 1,
     *           "close": 2,
     *           "readyPeople": [
     *             "4a2c9ea0-97c4-4903-a31b-697dc55f4c60"
     *           ],
     *           "closePeople": [
     *             "5fd4efdb-2e8e-4a7e-8e06-7616add2abb4",
     *             "60c610b2-a899-4039-8444-019eefa9bfb4"
     *           ],
     *           "reason": "1 person is ready for Senior Product Manager and 2 close."
     *         }
     *       ],
     *       "alignment": {
     *         "compared": 882,
     *         "aligned": 486,
     *         "rate": 0.55,
     *         "reason": "Self and manager ratings are less than one level apart on 55% of the 882 competencies both rated."
     *       },
     *       "leniency": [
     *         {
     *           "raterId": "67e5bde0-0771-4024-8420-3bc55e455c13",
     *           "compared": 28,
     *           "leniency": -0.23,
     *           "reason": "Daniel Andersen rates 0.2 levels below the other raters of the same people on average (28 ratings)."
     *         }
     *       ],
     *       "leniencyRaters": 3,
     *       "spanOfControl": [
     *         {
     *           "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "directReports": 9,
     *           "status": "above",
     *           "reason": "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin."
     *         }
     *       ],
     *       "spanOfControlManagers": 3,
     *       "spanOfControlCounts": {
     *         "below": 3,
     *         "within": 3,
     *         "above": 3,
     *         "no-guideline": 3
     *       },
     *       "reason": "Meets what the role expects on every competency but strategy, one level below."
     *     }
     */
    OrgAnalytics: {
      alignment: components["schemas"]["Alignment"];
      /** @description One entry per role. */
      bench: components["schemas"]["BenchStrength"][];
      distribution: components["schemas"]["Distribution"];
      /** @description The 100 largest teams at most, in name order; `heatmapTeams` counts all (every team page by page: GET /api/v1/analytics/org/heatmap). */
      heatmap: components["schemas"]["TeamHeatmap"][];
      /** @description How many teams there are, listed in heatmap or not. */
      heatmapTeams: number;
      /** @description At most 100 raters: those furthest from the other raters of the same people, in people order. */
      leniency: components["schemas"]["RaterLeniency"][];
      /** @description How many raters had ratings to compare, listed or not. */
      leniencyRaters: number;
      people: number;
      reason: string;
      /** @description At most 100 managers: those furthest outside the span-of-control guideline, in people order; `spanOfControlManagers` counts all (every manager page by page: GET /api/v1/analytics/org/span-of-control). */
      spanOfControl: components["schemas"]["SpanOfControl"][];
      spanOfControlCounts: components["schemas"]["SpanOfControlCounts"];
      /** @description How many managers there are, listed in spanOfControl or not. */
      spanOfControlManagers: number;
    };
    /**
     * @description The organisation's name and settings.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Ava Lindqvist",
     *       "timeZone": "Europe/Berlin"
     *     }
     */
    Organisation: {
      id: string;
      name: string;
      /** @example Europe/Berlin */
      timeZone: string;
    };
    /**
     * @description A change to the organisation's settings.
     * @example {
     *       "timeZone": "Europe/Berlin"
     *     }
     */
    OrganisationPatch: {
      /**
       * @description The IANA time zone whose calendar decides what day it is for the organisation, e.g. Europe/Berlin.
       * @example Europe/Berlin
       */
      timeZone: string;
    };
    /**
     * @description A page of the organisation's whole heatmap.
     * @example {
     *       "teams": 3,
     *       "offset": 3,
     *       "items": [
     *         {
     *           "team": "Growth",
     *           "people": 10,
     *           "competencies": [
     *             {
     *               "competency": "execution",
     *               "mean": 3.16,
     *               "count": 10
     *             },
     *             {
     *               "competency": "people-leadership",
     *               "mean": 1.9,
     *               "count": 10
     *             }
     *           ],
     *           "reason": "Team Growth (10 people) is strongest in prioritisation & trade-offs (3.5) and has most room to grow in people management (1.9)."
     *         }
     *       ],
     *       "nextOffset": 3
     *     }
     */
    OrgHeatmapPage: {
      /** @description The page's teams, in name order. */
      items: components["schemas"]["TeamHeatmap"][];
      /** @description Pass as `offset` for the next page; null on the last page. */
      nextOffset: number | null;
      offset: number;
      /** @description How many teams there are in all. */
      teams: number;
    };
    /**
     * @description A page of every manager's span of control, furthest outside the guideline first.
     * @example {
     *       "managers": 3,
     *       "offset": 3,
     *       "items": [
     *         {
     *           "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "name": "Kim Park",
     *           "directReports": 9,
     *           "status": "above",
     *           "reason": "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin."
     *         }
     *       ],
     *       "nextOffset": 3
     *     }
     */
    OrgSpanPage: {
      /** @description The page's managers, those furthest outside the guideline first, each with their name. */
      items: components["schemas"]["NamedSpanOfControl"][];
      /** @description How many managers there are in all. */
      managers: number;
      /** @description Pass as `offset` for the next page; null on the last page. */
      nextOffset: number | null;
      offset: number;
    };
    /**
     * @description What the organisation page shows: how people spread over roles and each manager's span.
     * @example {
     *       "people": 3,
     *       "distribution": {
     *         "roles": [
     *           {
     *             "roleId": "pm",
     *             "title": "Product Manager",
     *             "track": "management",
     *             "people": 23
     *           }
     *         ],
     *         "tracks": [
     *           {
     *             "track": "management",
     *             "people": 48
     *           },
     *           {
     *             "track": "ic",
     *             "people": 4
     *           },
     *           {
     *             "track": "adjacent",
     *             "people": 12
     *           }
     *         ],
     *         "withoutRole": 0,
     *         "reason": "48 in Management ladder, 4 in Individual contributor track, 12 in Product-adjacent roles; the most common role is Product Manager (23 people)."
     *       },
     *       "spanOfControl": [
     *         {
     *           "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "directReports": 9,
     *           "status": "above",
     *           "reason": "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin."
     *         }
     *       ],
     *       "spanOfControlManagers": 3,
     *       "spanOfControlCounts": {
     *         "below": 3,
     *         "within": 3,
     *         "above": 3,
     *         "no-guideline": 3
     *       },
     *       "reason": "Meets what the role expects on every competency but strategy, one level below.",
     *       "managers": [
     *         {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "name": "Ava Lindqvist"
     *         }
     *       ]
     *     }
     */
    OrgSummary: {
      distribution: components["schemas"]["Distribution"];
      /** @description The name of each manager in spanOfControl. */
      managers: {
        id: string;
        name: string;
      }[];
      people: number;
      reason: string;
      /** @description At most 100 managers: those furthest outside the span-of-control guideline, in people order; `spanOfControlManagers` counts all (every manager page by page: GET /api/v1/analytics/org/span-of-control). */
      spanOfControl: components["schemas"]["SpanOfControl"][];
      spanOfControlCounts: components["schemas"]["SpanOfControlCounts"];
      /** @description How many managers there are, listed in spanOfControl or not. */
      spanOfControlManagers: number;
    };
    /**
     * @description One mail of the outbox, as admins see it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "kind": "invitation",
     *       "status": "pending",
     *       "to": "ava@example.com",
     *       "subject": "Ben asked for your feedback",
     *       "link": "Link",
     *       "attempts": 3,
     *       "lastError": "Last error",
     *       "createdAt": "2026-06-01T09:30:00.000Z",
     *       "sentAt": "2026-06-01",
     *       "nextAttemptAt": "2026-06-01"
     *     }
     */
    OutboxMail: {
      attempts: number;
      /** @example 2026-06-01T09:30:00.000Z */
      createdAt: string;
      id: string;
      /** @enum {string} */
      kind:
        | "invitation"
        | "password-reset"
        | "feedback-request"
        | "assessment-submitted"
        | "check-in-due"
        | "cycle-reminder";
      /** @description Why the last attempt failed. */
      lastError: string | null;
      /** @description The mail's one link. */
      link: string | null;
      /** @description When a pending mail is tried next. */
      nextAttemptAt: string | null;
      sentAt: string | null;
      /**
       * @description pending: waiting to be sent or tried again; sent; kept: no SMTP server is configured, so the link is passed on by hand; failed: every attempt failed.
       * @enum {string}
       */
      status: "pending" | "sent" | "kept" | "failed";
      /** @example Ben asked for your feedback */
      subject: string;
      /** @example ava@example.com */
      to: string;
    };
    /**
     * @description Whom ownership goes to.
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *     }
     */
    OwnershipTransfer: {
      /** Format: uuid */
      personId: string;
    };
    /**
     * @description One person's completion of a cycle.
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Ava Lindqvist",
     *       "team": "Payments",
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "managerName": "Ava Lindqvist",
     *       "self": "done",
     *       "manager": "done",
     *       "peers": {
     *         "done": 3,
     *         "asked": 3,
     *         "chosen": 3,
     *         "chosenBy": "person"
     *       },
     *       "complete": true,
     *       "alignment": "waiting"
     *     }
     */
    ParticipantCompletion: {
      /**
       * @description The alignment conversation: waiting for both assessments, to have, or done (an outcome is recorded).
       * @enum {string}
       */
      alignment: "waiting" | "to-have" | "done";
      complete: boolean;
      /** @enum {string} */
      manager: "done" | "to-do" | "not-asked";
      managerId: string | null;
      /** @description The manager the person had when the cycle opened. */
      managerName: string | null;
      name: string;
      peers: {
        asked: number;
        chosen: number;
        /** @enum {string} */
        chosenBy: "person" | "manager";
        done: number;
      };
      personId: string;
      /** @enum {string} */
      self: "done" | "to-do" | "not-asked";
      team: string | null;
    };
    /**
     * @description A signed-in user's password change.
     * @example {
     *       "currentPassword": "Current password",
     *       "newPassword": "New password"
     *     }
     */
    PasswordChange: {
      currentPassword: string;
      newPassword: string;
    };
    /**
     * @description The new password chosen through a reset link.
     * @example {
     *       "password": "river otter under the bridge"
     *     }
     */
    PasswordReset: {
      /** @example river otter under the bridge */
      password: string;
    };
    /**
     * @description Asking for a reset link.
     * @example {
     *       "email": "ava@example.com"
     *     }
     */
    PasswordResetRequest: {
      /**
       * Format: email
       * @example ava@example.com
       */
      email: string;
    };
    /**
     * @description The answer to a reset request: the same whether or not an account has the email.
     * @example {
     *       "message": "Could you rate my strategy work on the pricing review?"
     *     }
     */
    PasswordResetRequested: {
      message: string;
    };
    /**
     * @description One step of a career path: the move, the gaps it asks to close and why it is on the route.
     * @example {
     *       "from": "From",
     *       "to": "To",
     *       "kind": "promotion",
     *       "cost": 3.5,
     *       "gaps": [
     *         {
     *           "competency": "strategy",
     *           "expected": 3.5,
     *           "actual": 3.5,
     *           "shortfall": 3.5,
     *           "mandatory": true,
     *           "weight": 3.5
     *         }
     *       ],
     *       "reason": "Meets what the role expects on every competency but strategy, one level below.",
     *       "note": "Led the pricing review from discovery to launch."
     *     }
     */
    PathStep: {
      cost: number;
      /** @description null for an entry step. */
      from: string | null;
      gaps: components["schemas"]["Gap"][];
      /** @enum {string} */
      kind: "promotion" | "track-switch" | "lateral" | "skip" | "pivot" | "entry";
      /** @description The framework's note on why this move works. */
      note?: string;
      reason: string;
      to: string;
    };
    /**
     * @description The JSON form of a people import request.
     * @example {
     *       "csv": "name,email,job title\nAva,ava@acme.test,Product Manager\n",
     *       "dryRun": false
     *     }
     */
    PeopleImportInput: {
      /**
       * @example name,email,job title
       *     Ava,ava@acme.test,Product Manager
       */
      csv: string;
      /** @default false */
      dryRun?: boolean;
    };
    /**
     * @description A dry run's answer: what importing the file would change.
     * @example {
     *       "status": "planned",
     *       "counts": {
     *         "create": 3.5,
     *         "update": 3.5,
     *         "unchanged": 3.5
     *       },
     *       "unmatchedTitles": [
     *         {
     *           "title": "Lead the pricing review",
     *           "rows": [
     *             3.5
     *           ]
     *         }
     *       ],
     *       "changes": [
     *         {
     *           "row": 3.5,
     *           "email": "ava@example.com",
     *           "action": "create",
     *           "roleId": "senior-pm",
     *           "changes": [
     *             "Change"
     *           ]
     *         }
     *       ],
     *       "changesShown": 3.5
     *     }
     */
    PeopleImportPlan: {
      changes: {
        /** @enum {string} */
        action: "create" | "update";
        changes: string[];
        email: string;
        roleId: string;
        row: number;
      }[];
      /** @description At most 1,000 changed rows are listed. */
      changesShown: number;
      counts: {
        create: number;
        unchanged: number;
        update: number;
      };
      /** @enum {string} */
      status: "planned";
      unmatchedTitles: {
        rows: number[];
        title: string;
      }[];
    };
    /**
     * @description A person as the API shows them.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "name": "Ava Lindqvist",
     *       "email": "ava@example.com",
     *       "roleId": "senior-pm",
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "team": "Payments",
     *       "background": {
     *         "yearsExperience": 6,
     *         "yearsInProduct": 0,
     *         "yearsInProductAdjacent": 4,
     *         "domainExpertise": true,
     *         "startupExperience": true,
     *         "peopleLeadership": true,
     *         "newGraduate": true,
     *         "internalTransfer": true,
     *         "bootcamp": true
     *       },
     *       "preferences": {
     *         "tracks": [],
     *         "avoidRoles": [],
     *         "targetRoles": [],
     *         "successMeans": "Leading a product line within two years"
     *       }
     *     }
     */
    Person: {
      background: components["schemas"]["Background"] | null;
      email: string | null;
      id: string;
      managerId: string | null;
      name: string;
      preferences: components["schemas"]["Preferences"] | null;
      roleId: string | null;
      team: string | null;
    };
    /**
     * @description Everything Pathways holds about the signed-in person, as one JSON document.
     * @example {
     *       "format": "pathways-personal-export",
     *       "formatVersion": 1,
     *       "exportedAt": "2026-06-01",
     *       "person": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist",
     *         "email": "ava@example.com",
     *         "roleId": "senior-pm",
     *         "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "team": "Payments",
     *         "background": {
     *           "yearsExperience": 6,
     *           "yearsInProduct": 0,
     *           "yearsInProductAdjacent": 4,
     *           "domainExpertise": true,
     *           "startupExperience": true,
     *           "peopleLeadership": true,
     *           "newGraduate": true,
     *           "internalTransfer": true,
     *           "bootcamp": true
     *         },
     *         "preferences": {
     *           "tracks": [],
     *           "avoidRoles": [],
     *           "targetRoles": [],
     *           "successMeans": "Leading a product line within two years"
     *         }
     *       },
     *       "roleHistory": [
     *         {
     *           "roleId": "senior-pm",
     *           "from": "From",
     *           "to": "To"
     *         }
     *       ],
     *       "assessments": [
     *         {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "raterKind": "self",
     *           "raterPersonId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "frameworkVersion": "Framework version",
     *           "status": "draft",
     *           "submittedAt": "2026-06-01",
     *           "updatedAt": "2026-06-01",
     *           "ratings": [
     *             {
     *               "competency": "strategy",
     *               "level": 3,
     *               "note": "Led the pricing review from discovery to launch.",
     *               "evidence": [
     *                 "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *               ]
     *             }
     *           ],
     *           "raterName": "Ava Lindqvist"
     *         }
     *       ],
     *       "evidence": [
     *         {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "date": "2026-06-01",
     *           "title": "Lead the pricing review",
     *           "outcome": "Activation up 12% in six weeks",
     *           "competencies": [
     *             "strategy"
     *           ],
     *           "visibility": "private"
     *         }
     *       ],
     *       "growthPlans": [
     *         {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "targetRoleId": "senior-pm",
     *           "focusCompetencies": [
     *             "strategy"
     *           ],
     *           "actions": [
     *             {
     *               "competency": "strategy",
     *               "text": "Run a pricing experiment with the growth team",
     *               "done": true
     *             }
     *           ],
     *           "status": "active",
     *           "checkInEveryDays": 3.5,
     *           "lastChange": {
     *             "name": "Ava Lindqvist",
     *             "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "at": "At"
     *           },
     *           "started": {
     *             "name": "Ava Lindqvist",
     *             "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "at": "At"
     *           },
     *           "goals": [
     *             {
     *               "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *               "title": "Lead the pricing review",
     *               "competency": "strategy",
     *               "measure": "A pricing decision backed by three experiments",
     *               "dueDate": "2026-06-01",
     *               "status": "open",
     *               "progress": 3.5,
     *               "actions": [
     *                 {
     *                   "text": "Run a pricing experiment with the growth team",
     *                   "done": true
     *                 }
     *               ],
     *               "lastChange": {
     *                 "name": "Ava Lindqvist",
     *                 "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *                 "at": "At"
     *               },
     *               "comments": [
     *                 {
     *                   "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *                   "text": "Run a pricing experiment with the growth team",
     *                   "author": {
     *                     "name": "Ava Lindqvist",
     *                     "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *                   },
     *                   "at": "At"
     *                 }
     *               ]
     *             }
     *           ],
     *           "checkIns": [
     *             {
     *               "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *               "date": "2026-06-01",
     *               "progress": 3.5,
     *               "notes": "Ran the pricing review; next, share it with sales.",
     *               "feedback": "Clear write-up; bring sales in earlier."
     *             }
     *           ]
     *         }
     *       ],
     *       "feedbackRequests": {
     *         "aboutMe": [
     *           {
     *             "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "addresseePersonId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "competencies": [
     *               "strategy"
     *             ],
     *             "message": "Could you rate my strategy work on the pricing review?",
     *             "status": "open",
     *             "closedReason": "Closed reason",
     *             "assessmentId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "requesterName": "Ava Lindqvist",
     *             "createdAt": "2026-06-01",
     *             "addresseeName": "Ava Lindqvist"
     *           }
     *         ],
     *         "askedOfMe": [
     *           {
     *             "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "addresseePersonId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "competencies": [
     *               "strategy"
     *             ],
     *             "message": "Could you rate my strategy work on the pricing review?",
     *             "status": "open",
     *             "closedReason": "Closed reason",
     *             "assessmentId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "requesterName": "Ava Lindqvist",
     *             "createdAt": "2026-06-01",
     *             "personName": "Ava Lindqvist"
     *           }
     *         ]
     *       }
     *     }
     */
    PersonalExport: {
      assessments: (components["schemas"]["Assessment"] & {
        raterName: string | null;
      })[];
      evidence: components["schemas"]["Evidence"][];
      exportedAt: string;
      feedbackRequests: {
        aboutMe: (components["schemas"]["FeedbackRequest"] & {
          addresseeName: string | null;
        })[];
        askedOfMe: (components["schemas"]["FeedbackRequest"] & {
          personName: string | null;
        })[];
      };
      /** @enum {string} */
      format: "pathways-personal-export";
      /** @enum {number} */
      formatVersion: 1;
      growthPlans: components["schemas"]["GrowthPlan"][];
      person: components["schemas"]["Person"];
      roleHistory: {
        from: string;
        roleId: string;
        to: string | null;
      }[];
    };
    /**
     * @description The fields a person can be created with.
     * @example {
     *       "name": "Ava Lindqvist",
     *       "roleId": "senior-pm",
     *       "email": "ava@example.com",
     *       "managerId": null,
     *       "team": "Payments",
     *       "background": {
     *         "yearsExperience": 6,
     *         "yearsInProduct": 0,
     *         "yearsInProductAdjacent": 4,
     *         "domainExpertise": true,
     *         "startupExperience": true,
     *         "peopleLeadership": true,
     *         "newGraduate": true,
     *         "internalTransfer": true,
     *         "bootcamp": true
     *       },
     *       "preferences": {
     *         "tracks": [],
     *         "avoidRoles": [],
     *         "targetRoles": [],
     *         "successMeans": "Leading a product line within two years"
     *       }
     *     }
     */
    PersonInput: {
      background?: components["schemas"]["Background"];
      /**
       * Format: email
       * @default null
       * @example ava@example.com
       */
      email?: string | null;
      /**
       * Format: uuid
       * @default null
       */
      managerId?: string | null;
      /** @example Ava Lindqvist */
      name: string;
      preferences?: components["schemas"]["Preferences"];
      /**
       * @default null
       * @example senior-pm
       */
      roleId?: string | null;
      /**
       * @default null
       * @example Payments
       */
      team?: string | null;
    };
    /**
     * @description The fields a person can be changed with; all optional, null clears.
     * @example {
     *       "name": "Ava Lindqvist",
     *       "roleId": "senior-pm",
     *       "email": "ava@example.com",
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "team": "Payments",
     *       "background": {
     *         "yearsExperience": 6,
     *         "yearsInProduct": 0,
     *         "yearsInProductAdjacent": 4,
     *         "domainExpertise": true,
     *         "startupExperience": true,
     *         "peopleLeadership": true,
     *         "newGraduate": true,
     *         "internalTransfer": true,
     *         "bootcamp": true
     *       },
     *       "preferences": {
     *         "tracks": [],
     *         "avoidRoles": [],
     *         "targetRoles": [],
     *         "successMeans": "Leading a product line within two years"
     *       }
     *     }
     */
    PersonPatch: {
      background?: components["schemas"]["Background"];
      /** Format: email */
      email?: string | null;
      /** Format: uuid */
      managerId?: string | null;
      name?: string;
      preferences?: components["schemas"]["Preferences"];
      roleId?: string | null;
      team?: string | null;
    };
    /**
     * @description Where a newcomer might enter, with each entry route considered and why.
     * @example {
     *       "frameworkVersion": "Framework version",
     *       "recommended": [
     *         {
     *           "roleId": "senior-pm",
     *           "roleTitle": "senior-pm",
     *           "routeId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "reason": "Meets what the role expects on every competency but strategy, one level below."
     *         }
     *       ],
     *       "options": [
     *         {
     *           "roleId": "senior-pm",
     *           "roleTitle": "senior-pm",
     *           "routeId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "reason": "Meets what the role expects on every competency but strategy, one level below."
     *         }
     *       ],
     *       "considered": [
     *         {
     *           "routeId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "matched": true,
     *           "reason": "Meets what the role expects on every competency but strategy, one level below."
     *         }
     *       ],
     *       "reason": "Meets what the role expects on every competency but strategy, one level below."
     *     }
     */
    Placement: {
      considered: {
        matched: boolean;
        reason: string;
        routeId: string;
      }[];
      frameworkVersion: string;
      /** @description Every entry role offered, best first. */
      options: components["schemas"]["EntryOption"][];
      reason: string;
      /** @description The first-ranked option. */
      recommended: components["schemas"]["EntryOption"][];
    };
    /**
     * @description The body of an entry placement request.
     * @example {
     *       "background": {
     *         "yearsExperience": 6,
     *         "yearsInProduct": 0,
     *         "yearsInProductAdjacent": 4,
     *         "domainExpertise": true,
     *         "startupExperience": true,
     *         "peopleLeadership": true,
     *         "newGraduate": true,
     *         "internalTransfer": true,
     *         "bootcamp": true
     *       },
     *       "ratings": [
     *         {
     *           "competency": "strategy",
     *           "level": 3,
     *           "note": "Led the pricing review from discovery to launch.",
     *           "evidence": [
     *             "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *           ]
     *         }
     *       ]
     *     }
     */
    PlacementRequest: {
      background: components["schemas"]["Background"];
      /** @description Optional self-ratings; they refine the reasons and move the first option down a level only when they sit far below what it expects. */
      ratings?: components["schemas"]["Rating"][];
    };
    /**
     * @description What a person wants from their career.
     * @example {
     *       "tracks": [],
     *       "avoidRoles": [],
     *       "targetRoles": [],
     *       "successMeans": "Leading a product line within two years"
     *     }
     */
    Preferences: {
      /** @default [] */
      avoidRoles?: string[];
      successMeans?: string;
      /** @default [] */
      targetRoles?: string[];
      /** @default [] */
      tracks?: ("management" | "ic" | "adjacent")[];
    };
    /**
     * @description An error answer (RFC 9457 problem details): a title per kind, a detail saying what to do and, for refused input, the values to fix.
     * @example {
     *       "type": "https://pathways.dev/problems/validation",
     *       "title": "Check what you entered",
     *       "status": 400,
     *       "detail": "Check Progress; nothing was changed.",
     *       "instance": "/api/v1/plans/pl-1/goals/g-1",
     *       "errors": [
     *         {
     *           "path": "progress",
     *           "message": "Progress is at most 100.",
     *           "hint": "Use at most 100."
     *         }
     *       ]
     *     }
     */
    Problem: {
      /**
       * @description What happened this time and what to do about it.
       * @example Check Progress; nothing was changed.
       */
      detail: string;
      /** @description The values to fix, one per field, when the request's content was refused. */
      errors?: components["schemas"]["FieldError"][];
      /**
       * @description The address the request was sent to.
       * @example /api/v1/plans/pl-1/goals/g-1
       */
      instance: string;
      /**
       * @description The response's status code.
       * @example 400
       */
      status: number;
      /**
       * @description The kind of problem in a few words, the same for every problem of its type.
       * @example Check what you entered
       */
      title: string;
      /**
       * @description Names the kind of problem; the same kind always has the same type.
       * @example https://pathways.dev/problems/validation
       */
      type: string;
    };
    /**
     * @description A person's profile: their level per competency from every assessment they may be shown, and the role they work towards.
     * @example {
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "frameworkVersion": "Framework version",
     *       "competencies": {
     *         "strategy": {
     *           "competency": "strategy",
     *           "level": 3.5,
     *           "byRater": {
     *             "self": 3.5,
     *             "manager": 3.5,
     *             "peer": 3.5
     *           },
     *           "raters": 3,
     *           "spread": 3.5,
     *           "confidence": 3.5,
     *           "confidenceLevel": "high",
     *           "lowConfidence": true,
     *           "selfVsManager": 3.5,
     *           "evidenceCount": 3,
     *           "reason": "Meets what the role expects on every competency but strategy, one level below."
     *         }
     *       },
     *       "selfOnly": true,
     *       "notAssessedYet": [
     *         "Not assessed yet"
     *       ],
     *       "reason": "Meets what the role expects on every competency but strategy, one level below.",
     *       "nextRole": {
     *         "roleId": "senior-pm",
     *         "reason": "Meets what the role expects on every competency but strategy, one level below."
     *       },
     *       "history": "History"
     *     }
     */
    Profile: {
      competencies: {
        [key: string]: components["schemas"]["CompetencyScore"];
      };
      frameworkVersion: string;
      /** @description What the profile rests on across framework versions, in words; null when every assessment was made against the published version. */
      history: string | null;
      /** @description The role the person is working towards; null when there is none. */
      nextRole: {
        reason: string;
        roleId: string;
      } | null;
      /** @description Unrated competencies newer than every assessment of the person: they do not hold readiness back. */
      notAssessedYet?: string[];
      personId: string;
      reason: string;
      selfOnly: boolean;
    };
    /**
     * @description A promotion case, filled by the engine when read.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "person": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist"
     *       },
     *       "targetRole": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "title": "Lead the pricing review"
     *       },
     *       "frameworkVersion": "Framework version",
     *       "status": "open",
     *       "sharedWithPerson": true,
     *       "decision": "promote-now",
     *       "decisionWords": "Decision words",
     *       "cycleId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "openedAt": "2026-06-01",
     *       "updatedAt": "2026-06-01",
     *       "currentRole": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "title": "Lead the pricing review"
     *       },
     *       "openedBy": "Opened by",
     *       "narrative": "Narrative",
     *       "scaleMax": 3,
     *       "fit": {
     *         "fit": 3.5,
     *         "readiness": "ready",
     *         "reason": "Meets what the role expects on every competency but strategy, one level below."
     *       },
     *       "expectations": [
     *         {
     *           "competency": {
     *             "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "name": "Ava Lindqvist"
     *           },
     *           "expected": 3.5,
     *           "mandatory": true,
     *           "level": 3.5,
     *           "verdict": "met",
     *           "summary": "Owns a product area end to end and sets its direction with the team.",
     *           "byRater": {
     *             "self": 3.5,
     *             "manager": 3.5,
     *             "peer": 3.5
     *           },
     *           "confidence": "high",
     *           "evidence": [
     *             {
     *               "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *               "date": "2026-06-01",
     *               "title": "Lead the pricing review",
     *               "outcome": "Activation up 12% in six weeks"
     *             }
     *           ]
     *         }
     *       ],
     *       "gaps": [
     *         "Gap"
     *       ],
     *       "confidence": {
     *         "level": "high",
     *         "summary": "Owns a product area end to end and sets its direction with the team."
     *       },
     *       "evidenceNote": "Evidence note",
     *       "decided": {
     *         "decision": "promote-now",
     *         "words": "Words",
     *         "note": "Led the pricing review from discovery to launch.",
     *         "decidedBy": "Decided by",
     *         "decidedAt": "2026-06-01"
     *       },
     *       "can": {
     *         "edit": true,
     *         "decide": true
     *       }
     *     }
     */
    PromotionCase: {
      can: {
        decide: boolean;
        edit: boolean;
      };
      confidence: {
        /** @enum {string} */
        level: "high" | "medium" | "low";
        summary: string;
      };
      currentRole: {
        id: string | null;
        title: string;
      };
      cycleId: string | null;
      decided: {
        decidedAt: string;
        decidedBy: string | null;
        /**
         * @description promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).
         * @enum {string}
         */
        decision: "promote-now" | "not-yet" | "with-a-plan";
        note: string | null;
        words: string;
      } | null;
      /**
       * @description promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).
       * @enum {string|null}
       */
      decision: "promote-now" | "not-yet" | "with-a-plan" | null;
      decisionWords: string | null;
      evidenceNote: string;
      expectations: {
        byRater: {
          manager?: number;
          peer?: number;
          self?: number;
        };
        competency: {
          id: string;
          name: string;
        };
        /** @enum {string|null} */
        confidence: "high" | "medium" | "low" | null;
        evidence: {
          date: string;
          id: string;
          outcome: string | null;
          title: string;
        }[];
        expected: number;
        level: number | null;
        mandatory: boolean;
        summary: string;
        /** @enum {string} */
        verdict: "met" | "short" | "unknown";
      }[];
      fit: {
        /** @description In [0, 1]; 1 means every expectation is met. */
        fit: number;
        /** @enum {string} */
        readiness: "ready" | "close" | "stretch";
        reason: string;
      };
      /** @description The framework version it was opened against. */
      frameworkVersion: string;
      gaps: string[];
      id: string;
      narrative: string;
      openedAt: string;
      openedBy: string | null;
      person: {
        id: string;
        name: string;
      };
      scaleMax: number;
      sharedWithPerson: boolean;
      /** @enum {string} */
      status: "open" | "decided";
      targetRole: {
        id: string;
        title: string;
      };
      updatedAt: string;
    };
    /**
     * @description A new narrative.
     * @example {
     *       "narrative": "Narrative"
     *     }
     */
    PromotionCaseNarrativeInput: {
      narrative: string;
    };
    /**
     * @description Whether the person sees the case.
     * @example {
     *       "shared": true
     *     }
     */
    PromotionCaseSharingInput: {
      /** @description true to show the case to the person. */
      shared: boolean;
    };
    /**
     * @description A promotion case as lists show it.
     * @example {
     *       "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "person": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist"
     *       },
     *       "targetRole": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "title": "Lead the pricing review"
     *       },
     *       "frameworkVersion": "Framework version",
     *       "status": "open",
     *       "sharedWithPerson": true,
     *       "decision": "promote-now",
     *       "decisionWords": "Decision words",
     *       "cycleId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "openedAt": "2026-06-01",
     *       "updatedAt": "2026-06-01"
     *     }
     */
    PromotionCaseSummary: {
      cycleId: string | null;
      /**
       * @description promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).
       * @enum {string|null}
       */
      decision: "promote-now" | "not-yet" | "with-a-plan" | null;
      decisionWords: string | null;
      /** @description The framework version it was opened against. */
      frameworkVersion: string;
      id: string;
      openedAt: string;
      person: {
        id: string;
        name: string;
      };
      sharedWithPerson: boolean;
      /** @enum {string} */
      status: "open" | "decided";
      targetRole: {
        id: string;
        title: string;
      };
      updatedAt: string;
    };
    /**
     * @description The committee's decision.
     * @example {
     *       "decision": "promote-now",
     *       "note": "Led the pricing review from discovery to launch."
     *     }
     */
    PromotionDecisionInput: {
      /**
       * @description promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).
       * @enum {string}
       */
      decision: "promote-now" | "not-yet" | "with-a-plan";
      note?: string | null;
    };
    /**
     * @description The impact of publishing a version, before anything changes.
     * @example {
     *       "from": {
     *         "name": "Ava Lindqvist",
     *         "version": "Version"
     *       },
     *       "to": {
     *         "name": "Ava Lindqvist",
     *         "version": "Version"
     *       },
     *       "historyCarriesOver": true,
     *       "roleChanges": [
     *         {
     *           "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "name": "Ava Lindqvist",
     *           "fromRoleId": "senior-pm",
     *           "fromTitle": "Senior Product Manager",
     *           "toRoleId": "senior-pm",
     *           "toTitle": "Senior Product Manager",
     *           "kind": "renamed"
     *         }
     *       ],
     *       "unmappedRoles": [
     *         {
     *           "roleId": "senior-pm",
     *           "title": "Lead the pricing review",
     *           "people": [
     *             "People"
     *           ],
     *           "sentence": "Sentence"
     *         }
     *       ],
     *       "competencies": [
     *         {
     *           "competencyId": "strategy",
     *           "name": "Ava Lindqvist",
     *           "fate": "carried",
     *           "into": [
     *             "Into"
     *           ],
     *           "ratings": 3.5,
     *           "sentence": "Sentence"
     *         }
     *       ],
     *       "readiness": {
     *         "before": {
     *           "ready": 3.5,
     *           "close": 3.5,
     *           "stretch": 3.5,
     *           "none": 3.5
     *         },
     *         "after": {
     *           "ready": 3.5,
     *           "close": 3.5,
     *           "stretch": 3.5,
     *           "none": 3.5
     *         },
     *         "moves": [
     *           {
     *             "from": "ready",
     *             "to": "ready",
     *             "count": 3.5,
     *             "people": [
     *               "People"
     *             ],
     *             "why": "Why",
     *             "sentence": "Sentence"
     *           }
     *         ]
     *       },
     *       "roleChoices": [
     *         {
     *           "roleId": "senior-pm",
     *           "title": "Lead the pricing review"
     *         }
     *       ],
     *       "canPublish": true,
     *       "summary": [
     *         "Owns a product area end to end and sets its direction with the team."
     *       ]
     *     }
     */
    PublishPreview: {
      canPublish: boolean;
      competencies: {
        competencyId: string;
        /** @enum {string} */
        fate: "carried" | "renamed" | "merged" | "split" | "dropped" | "new";
        into: string[];
        name: string;
        ratings: number;
        sentence: string;
      }[];
      from: {
        name: string;
        version: string;
      } | null;
      historyCarriesOver: boolean;
      readiness: {
        after: {
          close: number;
          none: number;
          ready: number;
          stretch: number;
        };
        before: {
          close: number;
          none: number;
          ready: number;
          stretch: number;
        };
        moves: {
          count: number;
          /** @enum {string} */
          from: "ready" | "close" | "stretch" | "none";
          people: string[];
          sentence: string;
          /** @enum {string} */
          to: "ready" | "close" | "stretch" | "none";
          why: string;
        }[];
      };
      roleChanges: {
        fromRoleId: string;
        fromTitle: string;
        /** @enum {string} */
        kind: "renamed" | "merged" | "mapped" | "removed";
        name: string;
        personId: string;
        toRoleId: string | null;
        toTitle: string | null;
      }[];
      roleChoices: {
        roleId: string;
        title: string;
      }[];
      summary: string[];
      to: {
        name: string;
        version: string;
      };
      unmappedRoles: {
        people: string[];
        roleId: string;
        sentence: string;
        title: string;
      }[];
    };
    /**
     * @description What an admin decides when publishing: where holders of a dropped role go.
     * @example {
     *       "roleMapping": {
     *         "group-pm": "senior-pm"
     *       }
     *     }
     */
    PublishRequest: {
      /**
       * @description Old role id -> the role its holders take in the version being published, for roles it drops.
       * @default {}
       * @example {
       *       "group-pm": "senior-pm"
       *     }
       */
      roleMapping?: {
        [key: string]: string;
      };
    };
    /**
     * @description How each manager's ratings compare with everyone else's on the same competencies.
     * @example {
     *       "raterId": "67e5bde0-0771-4024-8420-3bc55e455c13",
     *       "compared": 28,
     *       "leniency": -0.23,
     *       "reason": "Daniel Andersen rates 0.2 levels below the other raters of the same people on average (28 ratings)."
     *     }
     */
    RaterLeniency: {
      compared: number;
      leniency: number;
      raterId: string;
      reason: string;
    };
    /**
     * @description One rating: a proficiency on the framework's scale, with an optional note and evidence.
     * @example {
     *       "competency": "strategy",
     *       "level": 3,
     *       "note": "Led the pricing review from discovery to launch.",
     *       "evidence": [
     *         "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *       ]
     *     }
     */
    Rating: {
      /** @example strategy */
      competency: string;
      evidence?: string[];
      /** @example 3 */
      level: number;
      note?: string;
    };
    /**
     * @description Whom to ask to rate themselves, on which competencies.
     * @example {
     *       "competencies": [
     *         "technical-fluency"
     *       ],
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "message": "Could you rate my strategy work on the pricing review?"
     *     }
     */
    RatingRequestAsk: {
      /**
       * @description Competency ids of the published framework, usually those a new version added.
       * @example [
       *       "technical-fluency"
       *     ]
       */
      competencies: string[];
      /**
       * Format: uuid
       * @description Ask only the people under this manager, directly or not; everyone when absent.
       */
      managerId?: string | null;
      message?: string;
    };
    /**
     * @description How many were asked, who was not and why.
     * @example {
     *       "asked": 3.5,
     *       "alreadyAsked": 3.5,
     *       "withoutAccount": 3.5,
     *       "sentence": "Sentence"
     *     }
     */
    RatingRequestResult: {
      /** @description People with the same request open already: not asked again. */
      alreadyAsked: number;
      asked: number;
      sentence: string;
      /** @description People who cannot sign in (no account, or deactivated): not asked. */
      withoutAccount: number;
    };
    /**
     * @description A role of the framework: its track, rank, responsibilities and the level it expects per competency.
     * @example {
     *       "id": "senior-pm",
     *       "title": "Lead the pricing review",
     *       "aliases": [
     *         "Aliase"
     *       ],
     *       "track": "management",
     *       "rank": 3,
     *       "summary": "Owns a product area end to end and sets its direction with the team.",
     *       "whatChanges": [
     *         "What change"
     *       ],
     *       "responsibilities": [
     *         "Responsibilitie"
     *       ],
     *       "success": [
     *         "Succes"
     *       ],
     *       "skillsToDevelop": [
     *         {
     *           "competency": "strategy",
     *           "name": "Ava Lindqvist",
     *           "description": "Description"
     *         }
     *       ],
     *       "expectations": {
     *         "strategy": 3.5
     *       },
     *       "mandatory": [
     *         "senior-pm"
     *       ],
     *       "contextNotes": [
     *         "Context note"
     *       ],
     *       "managesPeople": true,
     *       "comparableTo": [
     *         "senior-pm"
     *       ],
     *       "whoThrives": "Who thrives",
     *       "carriesOver": [
     *         "Carries over"
     *       ]
     *     }
     */
    Role: {
      aliases: string[];
      carriesOver: string[];
      comparableTo: string[];
      contextNotes: string[];
      expectations: {
        [key: string]: number;
      };
      id: string;
      managesPeople?: boolean;
      mandatory: string[];
      rank: number;
      responsibilities: string[];
      skillsToDevelop: {
        competency: string;
        description: string;
        name: string;
      }[];
      success: string[];
      summary: string;
      title: string;
      /** @enum {string} */
      track: "management" | "ic" | "adjacent";
      whatChanges: string[];
      whoThrives?: string;
    };
    /**
     * @description What moving from one role to another asks of a person.
     * @example {
     *       "frameworkVersion": "Framework version",
     *       "from": "From",
     *       "to": "To",
     *       "rising": [
     *         {
     *           "competency": "strategy",
     *           "from": 3.5,
     *           "to": 3.5
     *         }
     *       ],
     *       "newExpectations": [
     *         {
     *           "competency": "strategy",
     *           "level": 3.5
     *         }
     *       ],
     *       "lowered": [
     *         {
     *           "competency": "strategy",
     *           "from": 3.5,
     *           "to": 3.5
     *         }
     *       ],
     *       "newResponsibilities": [
     *         "New responsibilitie"
     *       ],
     *       "skillsToDevelop": [
     *         {
     *           "competency": "strategy",
     *           "name": "Ava Lindqvist",
     *           "description": "Description"
     *         }
     *       ],
     *       "whatChanges": [
     *         "What change"
     *       ],
     *       "summary": "Owns a product area end to end and sets its direction with the team."
     *     }
     */
    RoleChange: {
      frameworkVersion: string;
      from: string;
      lowered: {
        competency: string;
        from: number;
        to: number;
      }[];
      newExpectations: {
        competency: string;
        level: number;
      }[];
      newResponsibilities: string[];
      rising: {
        competency: string;
        from: number;
        to: number;
      }[];
      skillsToDevelop: {
        competency: string;
        description: string;
        name: string;
      }[];
      summary: string;
      to: string;
      whatChanges: string[];
    };
    /**
     * @description How close a profile is to one role.
     * @example {
     *       "roleId": "senior-pm",
     *       "fit": 3.5,
     *       "readiness": "ready",
     *       "gaps": [
     *         {
     *           "competency": "strategy",
     *           "expected": 3.5,
     *           "actual": 3.5,
     *           "shortfall": 3.5,
     *           "mandatory": true,
     *           "weight": 3.5
     *         }
     *       ],
     *       "strengths": [
     *         {
     *           "competency": "strategy",
     *           "expected": 3.5,
     *           "actual": 3.5
     *         }
     *       ],
     *       "unknown": [
     *         "Unknown"
     *       ],
     *       "reason": "Meets what the role expects on every competency but strategy, one level below.",
     *       "lowConfidence": true
     *     }
     */
    RoleFit: {
      fit: number;
      gaps: components["schemas"]["Gap"][];
      /**
       * @description Set when the verdict rests on a self-assessment alone or on raters a level or more apart.
       * @enum {boolean}
       */
      lowConfidence?: true;
      /** @enum {string} */
      readiness: "ready" | "close" | "stretch";
      reason: string;
      roleId: string;
      strengths: {
        actual: number;
        competency: string;
        expected: number;
      }[];
      unknown: string[];
    };
    /**
     * @description The person as saved, and the placement their starting role came from.
     * @example {
     *       "person": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist",
     *         "email": "ava@example.com",
     *         "roleId": "senior-pm",
     *         "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "team": "Payments",
     *         "background": {
     *           "yearsExperience": 6,
     *           "yearsInProduct": 0,
     *           "yearsInProductAdjacent": 4,
     *           "domainExpertise": true,
     *           "startupExperience": true,
     *           "peopleLeadership": true,
     *           "newGraduate": true,
     *           "internalTransfer": true,
     *           "bootcamp": true
     *         },
     *         "preferences": {
     *           "tracks": [],
     *           "avoidRoles": [],
     *           "targetRoles": [],
     *           "successMeans": "Leading a product line within two years"
     *         }
     *       },
     *       "placement": {
     *         "frameworkVersion": "Framework version",
     *         "recommended": [
     *           {
     *             "roleId": "senior-pm",
     *             "roleTitle": "senior-pm",
     *             "routeId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "reason": "Meets what the role expects on every competency but strategy, one level below."
     *           }
     *         ],
     *         "options": [
     *           {
     *             "roleId": "senior-pm",
     *             "roleTitle": "senior-pm",
     *             "routeId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "reason": "Meets what the role expects on every competency but strategy, one level below."
     *           }
     *         ],
     *         "considered": [
     *           {
     *             "routeId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *             "matched": true,
     *             "reason": "Meets what the role expects on every competency but strategy, one level below."
     *           }
     *         ],
     *         "reason": "Meets what the role expects on every competency but strategy, one level below."
     *       }
     *     }
     */
    SavedPlacement: {
      person: components["schemas"]["Person"];
      placement: components["schemas"]["Placement"];
    };
    /**
     * @description The body of saving a placement to a person: the question, and optionally the role chosen.
     * @example {
     *       "background": {
     *         "yearsExperience": 6,
     *         "yearsInProduct": 0,
     *         "yearsInProductAdjacent": 4,
     *         "domainExpertise": true,
     *         "startupExperience": true,
     *         "peopleLeadership": true,
     *         "newGraduate": true,
     *         "internalTransfer": true,
     *         "bootcamp": true
     *       },
     *       "ratings": [
     *         {
     *           "competency": "strategy",
     *           "level": 3,
     *           "note": "Led the pricing review from discovery to launch.",
     *           "evidence": [
     *             "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *           ]
     *         }
     *       ],
     *       "roleId": "senior-pm"
     *     }
     */
    SavePlacementRequest: {
      background: components["schemas"]["Background"];
      /** @description Optional self-ratings; they refine the reasons and move the first option down a level only when they sit far below what it expects. */
      ratings?: components["schemas"]["Rating"][];
      /** @description One of the offered entry roles; the first-ranked one when left out. */
      roleId?: string;
    };
    /**
     * @description The signed-in user, their organisation with its time zone, today's date there, and the CSRF token to echo in X-CSRF-Token on state-changing requests.
     * @example {
     *       "user": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "email": "ava@example.com",
     *         "orgId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "role": "member"
     *       },
     *       "organisation": {
     *         "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *         "name": "Ava Lindqvist",
     *         "timeZone": "Europe/Berlin"
     *       },
     *       "today": "2026-06-02",
     *       "csrfToken": "Csrf token"
     *     }
     */
    Session: {
      csrfToken: string;
      organisation: {
        id: string;
        name: string;
        /**
         * @description The IANA time zone whose calendar decides what day it is.
         * @example Europe/Berlin
         */
        timeZone: string;
      };
      /**
       * @description What day it is now in the organisation's time zone (YYYY-MM-DD): the day every form starts from.
       * @example 2026-06-02
       */
      today: string;
      user: {
        email: string;
        id: string;
        orgId: string;
        personId: string | null;
        /** @enum {string} */
        role: "member" | "admin" | "owner";
      };
    };
    /**
     * @description Whether anyone is signed in, and who.
     * @example {
     *       "signedIn": true,
     *       "session": {
     *         "user": {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "email": "ava@example.com",
     *           "orgId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "role": "member"
     *         },
     *         "organisation": {
     *           "id": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "name": "Ava Lindqvist",
     *           "timeZone": "Europe/Berlin"
     *         },
     *         "today": "2026-06-02",
     *         "csrfToken": "Csrf token"
     *       }
     *     }
     */
    SessionState: {
      session: components["schemas"]["Session"] & (Record<string, never> | null);
      signedIn: boolean;
    };
    /**
     * @description The first start's form: the one-time token, the organisation and its owner.
     * @example {
     *       "token": "Token",
     *       "organisationName": "Acme Product",
     *       "name": "Ava Lindqvist",
     *       "email": "ava@example.com",
     *       "password": "Password....",
     *       "startingPoint": "product-management"
     *     }
     */
    Setup: {
      /**
       * Format: email
       * @example ava@example.com
       */
      email: string;
      /** @example Ava Lindqvist */
      name: string;
      /** @example Acme Product */
      organisationName: string;
      password: string;
      /**
       * @description The framework to start from: the server's default product management framework, the minimal four-level PM ladder, or the engineering ladder.
       * @default product-management
       * @enum {string}
       */
      startingPoint?: "product-management" | "minimal-pm-ladder" | "engineering-ladder";
      /** @description The token from the setup link. */
      token: string;
    };
    /**
     * @description Whether the one-time setup is still open.
     * @example {
     *       "open": true
     *     }
     */
    SetupStatus: {
      open: boolean;
    };
    /**
     * @description Each manager's number of direct reports against the guideline for their role.
     * @example {
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "directReports": 9,
     *       "status": "above",
     *       "reason": "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin."
     *     }
     */
    SpanOfControl: {
      directReports: number;
      managerId: string;
      reason: string;
      /** @enum {string} */
      status: "below" | "within" | "above" | "no-guideline";
    };
    /**
     * @description How many managers are below, within and above the guideline, listed or not.
     * @example {
     *       "below": 3,
     *       "within": 3,
     *       "above": 3,
     *       "no-guideline": 3
     *     }
     */
    SpanOfControlCounts: {
      above: number;
      below: number;
      "no-guideline": number;
      within: number;
    };
    /**
     * @description Whether single sign-on is set up, for the sign-in page.
     * @example {
     *       "enabled": true,
     *       "label": "single sign-on",
     *       "passwordsOff": true
     *     }
     */
    SsoStatus: {
      enabled: boolean;
      /** @example single sign-on */
      label: string;
      passwordsOff: boolean;
    };
    /**
     * @description Where a profile stands per track and per competency.
     * @example {
     *       "tracks": [
     *         {
     *           "track": "management",
     *           "highestReady": {
     *             "roleId": "senior-pm",
     *             "reason": "Meets what the role expects on every competency but strategy, one level below."
     *           },
     *           "next": "Next"
     *         }
     *       ],
     *       "competencies": [
     *         {
     *           "competency": "strategy",
     *           "level": 3.5,
     *           "matchesRole": "senior-pm",
     *           "reason": "Meets what the role expects on every competency but strategy, one level below."
     *         }
     *       ],
     *       "summary": "Owns a product area end to end and sets its direction with the team."
     *     }
     */
    Standing: {
      competencies: {
        competency: string;
        level: number | null;
        matchesRole: string | null;
        reason: string;
      }[];
      summary: string;
      tracks: {
        highestReady: {
          reason: string;
          roleId: string;
        } | null;
        next: string | null;
        /** @enum {string} */
        track: "management" | "ic" | "adjacent";
      }[];
    };
    /**
     * @description Submits a draft, optionally with last ratings.
     * @example {
     *       "ratings": []
     *     }
     */
    SubmitAssessment: {
      /** @default [] */
      ratings?: components["schemas"]["Rating"][];
    };
    /**
     * @description One thing Home asks of the signed-in person, with where to do it.
     * @example {
     *       "kind": "self-assessment",
     *       "title": "Lead the pricing review",
     *       "detail": "Detail",
     *       "href": "Href",
     *       "due": "Due",
     *       "personId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *       "personName": "Ava Lindqvist",
     *       "cycleId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *     }
     */
    Task: {
      cycleId: string | null;
      detail: string;
      /** @description When it is wanted, as context; null when open. */
      due: string | null;
      /** @description The page of the web app where the task is done. */
      href: string;
      /** @enum {string} */
      kind:
        | "self-assessment"
        | "manager-assessment"
        | "peer-feedback"
        | "rate-new-competencies"
        | "check-in"
        | "review-assessment"
        | "choose-peers"
        | "alignment-conversation";
      personId: string | null;
      personName: string | null;
      title: string;
    };
    /**
     * @description How many tasks of one kind wait, when they are too many to list one by one.
     * @example {
     *       "people": 3,
     *       "openFeedback": 3,
     *       "checkInsDue": 3,
     *       "awaitingManagerView": 3,
     *       "sentence": "Sentence"
     *     }
     */
    TaskSummary: {
      awaitingManagerView: number;
      checkInsDue: number;
      openFeedback: number;
      people: number;
      sentence: string;
    } | null;
    /**
     * @description The analytics of a manager's reports, direct and indirect.
     * @example {
     *       "people": 3,
     *       "distribution": {
     *         "roles": [
     *           {
     *             "roleId": "pm",
     *             "title": "Product Manager",
     *             "track": "management",
     *             "people": 23
     *           }
     *         ],
     *         "tracks": [
     *           {
     *             "track": "management",
     *             "people": 48
     *           },
     *           {
     *             "track": "ic",
     *             "people": 4
     *           },
     *           {
     *             "track": "adjacent",
     *             "people": 12
     *           }
     *         ],
     *         "withoutRole": 0,
     *         "reason": "48 in Management ladder, 4 in Individual contributor track, 12 in Product-adjacent roles; the most common role is Product Manager (23 people)."
     *       },
     *       "heatmap": [
     *         {
     *           "team": "Growth",
     *           "people": 10,
     *           "competencies": [
     *             {
     *               "competency": "execution",
     *               "mean": 3.16,
     *               "count": 10
     *             },
     *             {
     *               "competency": "people-leadership",
     *               "mean": 1.9,
     *               "count": 10
     *             }
     *           ],
     *           "reason": "Team Growth (10 people) is strongest in prioritisation & trade-offs (3.5) and has most room to grow in people management (1.9)."
     *         }
     *       ],
     *       "heatmapTeams": 3,
     *       "bench": [
     *         {
     *           "roleId": "senior-pm",
     *           "ready": 1,
     *           "close": 2,
     *           "readyPeople": [
     *             "4a2c9ea0-97c4-4903-a31b-697dc55f4c60"
     *           ],
     *           "closePeople": [
     *             "5fd4efdb-2e8e-4a7e-8e06-7616add2abb4",
     *             "60c610b2-a899-4039-8444-019eefa9bfb4"
     *           ],
     *           "reason": "1 person is ready for Senior Product Manager and 2 close."
     *         }
     *       ],
     *       "alignment": {
     *         "compared": 882,
     *         "aligned": 486,
     *         "rate": 0.55,
     *         "reason": "Self and manager ratings are less than one level apart on 55% of the 882 competencies both rated."
     *       },
     *       "leniency": [
     *         {
     *           "raterId": "67e5bde0-0771-4024-8420-3bc55e455c13",
     *           "compared": 28,
     *           "leniency": -0.23,
     *           "reason": "Daniel Andersen rates 0.2 levels below the other raters of the same people on average (28 ratings)."
     *         }
     *       ],
     *       "leniencyRaters": 3,
     *       "spanOfControl": [
     *         {
     *           "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60",
     *           "directReports": 9,
     *           "status": "above",
     *           "reason": "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin."
     *         }
     *       ],
     *       "spanOfControlManagers": 3,
     *       "spanOfControlCounts": {
     *         "below": 3,
     *         "within": 3,
     *         "above": 3,
     *         "no-guideline": 3
     *       },
     *       "reason": "Meets what the role expects on every competency but strategy, one level below.",
     *       "managerId": "1900a08f-5c0a-431d-a21e-4637919fcd60"
     *     }
     */
    TeamAnalytics: {
      alignment: components["schemas"]["Alignment"];
      /** @description One entry per role. */
      bench: components["schemas"]["BenchStrength"][];
      distribution: components["schemas"]["Distribution"];
      /** @description The 100 largest teams at most, in name order; `heatmapTeams` counts all (every team page by page: GET /api/v1/analytics/org/heatmap). */
      heatmap: components["schemas"]["TeamHeatmap"][];
      /** @description How many teams there are, listed in heatmap or not. */
      heatmapTeams: number;
      /** @description At most 100 raters: those furthest from the other raters of the same people, in people order. */
      leniency: components["schemas"]["RaterLeniency"][];
      /** @description How many raters had ratings to compare, listed or not. */
      leniencyRaters: number;
      managerId: string;
      people: number;
      reason: string;
      /** @description At most 100 managers: those furthest outside the span-of-control guideline, in people order; `spanOfControlManagers` counts all (every manager page by page: GET /api/v1/analytics/org/span-of-control). */
      spanOfControl: components["schemas"]["SpanOfControl"][];
      spanOfControlCounts: components["schemas"]["SpanOfControlCounts"];
      /** @description How many managers there are, listed in spanOfControl or not. */
      spanOfControlManagers: number;
    };
    /**
     * @description Each team's average level per competency, and how many ratings it rests on.
     * @example {
     *       "team": "Growth",
     *       "people": 10,
     *       "competencies": [
     *         {
     *           "competency": "execution",
     *           "mean": 3.16,
     *           "count": 10
     *         },
     *         {
     *           "competency": "people-leadership",
     *           "mean": 1.9,
     *           "count": 10
     *         }
     *       ],
     *       "reason": "Team Growth (10 people) is strongest in prioritisation & trade-offs (3.5) and has most room to grow in people management (1.9)."
     *     }
     */
    TeamHeatmap: {
      competencies: {
        competency: string;
        count: number;
        mean: number | null;
      }[];
      people: number;
      reason: string;
      team: string;
    };
    /**
     * @description A job title mapped to a framework role.
     * @example {
     *       "title": "Product Owner",
     *       "roleId": "pm"
     *     }
     */
    TitleMapping: {
      /** @example pm */
      roleId: string;
      /** @example Product Owner */
      title: string;
    };
    /**
     * @description A move between two roles of the framework, and what it asks of a person.
     * @example {
     *       "from": "senior-pm",
     *       "to": "senior-pm",
     *       "kind": "promotion",
     *       "typicalDuration": {
     *         "minYears": 3.5,
     *         "maxYears": 3.5
     *       },
     *       "notes": "Ran the pricing review; next, share it with sales."
     *     }
     */
    Transition: {
      from: string;
      /** @enum {string} */
      kind: "promotion" | "track-switch" | "lateral" | "skip" | "pivot";
      notes?: string;
      to: string;
      typicalDuration?: {
        maxYears: number;
        minYears: number;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAnalyticsOrg: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analytics */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrgAnalytics"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAnalyticsOrgHeatmap: {
    parameters: {
      query?: {
        /** @description How many teams a page holds at most. */
        limit?: number;
        /** @description How many teams to skip; 0 for the first page. */
        offset?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analytics */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrgHeatmapPage"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAnalyticsOrgSpanOfControl: {
    parameters: {
      query?: {
        /** @description How many managers a page holds at most. */
        limit?: number;
        /** @description How many managers to skip; 0 for the first page. */
        offset?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analytics */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrgSpanPage"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAnalyticsOrgSummary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analytics */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrgSummary"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAnalyticsTeamByManagerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The manager's id, as Pathways gave it. */
        managerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analytics */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TeamAnalytics"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewAssessment"];
      };
    };
    responses: {
      /** @description The draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Assessment"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAssessmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assessment's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assessment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Assessment"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putAssessmentsByIdRatings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assessment's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DraftRatings"];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Assessment"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postAssessmentsByIdSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assessment's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SubmitAssessment"];
      };
    };
    responses: {
      /** @description Submitted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Assessment"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getAudit: {
    parameters: {
      query?: {
        /** @description Only entries of this action, such as export:people. */
        action?: string;
        /** @description Only entries done by this account. */
        actorUserId?: string;
        /** @description Where the page starts: the nextCursor the previous page gave; leave out for the first page. */
        cursor?: string;
        /** @description Entries at or after this date or time (dates start at midnight UTC). */
        from?: string;
        /** @description How many items one page holds, from 1 to 100. */
        limit?: number;
        /** @description Entries a person took part in: done to them, or done by their account. */
        personId?: string;
        /** @description Only entries about this one thing, by its id. */
        targetId?: string;
        /** @description Only entries about this kind of thing, such as person or plan. */
        targetType?: string;
        /** @description Entries before this date or time (dates start at midnight UTC). */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of audit entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getColleagues: {
    parameters: {
      query?: {
        /** @description How many colleagues to list at most. */
        limit?: number;
        /** @description Part of a name. */
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Colleagues, by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Colleague"][];
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCycles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cycles */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Cycle"][];
          };
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCycles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OpenCycleInput"];
      };
    };
    responses: {
      /** @description The cycle, open */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Cycle"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCyclesByIdCalibration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The cycle's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The calibration */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Calibration"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCyclesByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The cycle's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cycle, closed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Cycle"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCyclesByIdCompletion: {
    parameters: {
      query?: {
        /** @description Only people reporting to this manager (directly or not), by person id. */
        managerId?: string;
        /** @description Only people whose part is complete, or only those still to finish. */
        status?: "complete" | "incomplete";
        /** @description Only people of this team. */
        team?: string;
      };
      header?: never;
      path: {
        /** @description The cycle's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The completion */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CycleCompletion"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCyclesByIdNudges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The cycle's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NudgeInput"];
      };
    };
    responses: {
      /** @description Whether a mail was queued, and why not */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NudgeResult"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getCyclesByIdPeopleByPersonIdAlignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The cycle's id, as Pathways gave it. */
        id: string;
        /** @description The person's id, as Pathways gave it. */
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CycleAlignment"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putCyclesByIdPeopleByPersonIdAlignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The cycle's id, as Pathways gave it. */
        id: string;
        /** @description The person's id, as Pathways gave it. */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AlignmentOutcomeInput"];
      };
    };
    responses: {
      /** @description The conversation with its outcome */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CycleAlignment"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postCyclesByIdPeopleByPersonIdPeers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The cycle's id, as Pathways gave it. */
        id: string;
        /** @description The person's id, as Pathways gave it. */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChoosePeersInput"];
      };
    };
    responses: {
      /** @description Who was asked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ChoosePeersResult"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getEvidenceById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The evidence entry's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entry */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Evidence"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteEvidenceById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The evidence entry's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchEvidenceById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The evidence entry's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EvidencePatch"];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Evidence"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getExportsPeopleCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getExportsRatingsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getExportsTeamAnalyticsCsv: {
    parameters: {
      query?: {
        /** @description Whose team: the manager's person id; leave out for your own team. */
        managerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getFeedbackRequests: {
    parameters: {
      query?: {
        /** @description Where the page starts: the nextCursor the previous page gave; leave out for the first page. */
        cursor?: string;
        /** @description How many items one page holds, from 1 to 100. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["FeedbackRequest"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postFeedbackRequestsByIdAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The feedback request's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FeedbackAnswer"];
      };
    };
    responses: {
      /** @description Answered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FeedbackRequest"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postFeedbackRequestsByIdDecline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The feedback request's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Declined */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FeedbackRequest"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postFrameworkDrafts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FrameworkDraft"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getFrameworkDraftsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework draft's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The draft */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FrameworkDraft"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putFrameworkDraftsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework draft's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FrameworkDraftEdit"];
      };
    };
    responses: {
      /** @description Saved, with every problem found */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FrameworkDraft"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getFrameworks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Versions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["FrameworkVersion"][];
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postFrameworks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FrameworkSource"];
      };
    };
    responses: {
      /** @description Stored as a draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FrameworkVersion"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getFrameworksByIdDiff: {
    parameters: {
      query?: {
        /** @description The version to compare with, by id; the published one when left out. */
        against?: string;
      };
      header?: never;
      path: {
        /** @description The framework's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The differences */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FrameworkDiff"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getFrameworksByIdExport: {
    parameters: {
      query: {
        /** @description yaml or json for one file, csv for one file per sheet. */
        format: "yaml" | "json" | "csv";
      };
      header?: never;
      path: {
        /** @description The framework's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FrameworkFiles"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postFrameworksByIdPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublishRequest"];
      };
    };
    responses: {
      /** @description Published */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FrameworkVersion"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postFrameworksByIdPublishPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PublishRequest"];
      };
    };
    responses: {
      /** @description The impact of publishing */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublishPreview"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getFrameworksCurrent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The framework */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CurrentFramework"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postFrameworksValidate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FrameworkSource"];
      };
    };
    responses: {
      /** @description Every problem found, with line and column */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FrameworkValidation"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The import's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportJob"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postImportsPeople: {
    parameters: {
      query?: {
        /** @description true to answer the plan only, changing nothing; with a file sent as text/csv. */
        dryRun?: "true" | "false";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PeopleImportInput"];
        "text/csv": string;
      };
    };
    responses: {
      /** @description The plan of a dry run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PeopleImportPlan"];
        };
      };
      /** @description The import started */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportJob"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getImportsTitleMappings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mappings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TitleMapping"][];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putImportsTitleMappings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TitleMapping"];
      };
    };
    responses: {
      /** @description The saved mapping */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TitleMapping"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getInvitationLinksByToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the link sent by mail, as the link carries it. */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invitation's state; names only while it is open */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InvitationLink"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postInvitationLinksByTokenAccept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the link sent by mail, as the link carries it. */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AcceptInvitation"];
      };
    };
    responses: {
      /** @description Account created and signed in */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Session"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InviteInput"];
      };
    };
    responses: {
      /** @description Who was invited and who was skipped */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InviteOutcome"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postInvitationsByIdResend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invitation's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sent again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Invitation"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postInvitationsByIdRevoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The invitation's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Invitation"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeExport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your data, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonalExport"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeHome: {
    parameters: {
      query?: {
        /** @description How many tasks to list (1 to 50); 8 unless given. */
        taskLimit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Home */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Home"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeMailPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mails you turned off */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MailPreferences"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putMeMailPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MailPreferences"];
      };
    };
    responses: {
      /** @description The mails you turned off, saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MailPreferences"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getMeTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every token of the signed-in account, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["ApiToken"][];
          };
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postMeTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewApiToken"];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedApiToken"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deleteMeTokensById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiToken"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OrganisationPatch"];
      };
    };
    responses: {
      /** @description The organisation with its new settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Organisation"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOrganisationTransferOwnership: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OwnershipTransfer"];
      };
    };
    responses: {
      /** @description The account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Account"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getOutbox: {
    parameters: {
      query?: {
        /** @description Where the page starts: the nextCursor the previous page gave; leave out for the first page. */
        cursor?: string;
        /** @description How many items one page holds, from 1 to 100. */
        limit?: number;
        /** @description Only mails in this state: pending, sent, kept (not sent, by choice) or failed. */
        status?: "pending" | "sent" | "kept" | "failed";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of mails */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["OutboxMail"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postOutboxByIdRetry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The outbox's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mail, waiting to be sent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OutboxMail"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPasswordResets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PasswordResetRequest"];
      };
    };
    responses: {
      /** @description If an account has the email, a link is on its way */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PasswordResetRequested"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Too many attempts: Wait a little, then try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPasswordResetsByTokenComplete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the link sent by mail, as the link carries it. */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PasswordReset"];
      };
    };
    responses: {
      /** @description Password changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeople: {
    parameters: {
      query?: {
        /** @description Where the page starts: the nextCursor the previous page gave; leave out for the first page. */
        cursor?: string;
        /** @description With reportsTo: direct reports only, or everyone under the manager (all). */
        depth?: "direct" | "all";
        /** @description How many items one page holds, from 1 to 100. */
        limit?: number;
        /** @description Only people reporting to this manager, by person id. */
        reportsTo?: string;
        /** @description Only people of this team. */
        team?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of people */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Person"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPeople: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonInput"];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Person"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleDirectory: {
    parameters: {
      query?: {
        /** @description Where the page starts: the nextCursor the previous page gave; leave out for the first page. */
        cursor?: string;
        /** @description How many items one page holds, from 1 to 100. */
        limit?: number;
        /** @description Only people in this role of the framework, such as senior-pm. */
        roleId?: string;
        /** @description Part of a name or email. */
        search?: string;
        /** @description Only people whose account is in this state: none, invited, active or deactivated. */
        status?: "none" | "invited" | "active" | "deactivated";
        /** @description Only people of this team. */
        team?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of people */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["DirectoryEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleDirectoryById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DirectoryPerson"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Person"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deletePeopleById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchPeopleById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PersonPatch"];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Person"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Account"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchPeopleByIdAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AccountRolePatch"];
      };
    };
    responses: {
      /** @description The account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Account"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPeopleByIdAccountDeactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Account"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPeopleByIdAccountReactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Account"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdAssessments: {
    parameters: {
      query?: {
        /** @description Where the page starts: the nextCursor the previous page gave; leave out for the first page. */
        cursor?: string;
        /** @description How many items one page holds, from 1 to 100. */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Assessment"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPeopleByIdErase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EraseConfirmation"];
      };
    };
    responses: {
      /** @description Erased */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErasedData"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdEvidence: {
    parameters: {
      query?: {
        /** @description Only entries tagged with this competency of the framework, such as strategy. */
        competency?: string;
        /** @description Where the page starts: the nextCursor the previous page gave; leave out for the first page. */
        cursor?: string;
        /** @description On or after this date. */
        from?: string;
        /** @description How many items one page holds, from 1 to 100. */
        limit?: number;
        /** @description Words found in the title or the outcome. */
        q?: string;
        /** @description On or before this date. */
        to?: string;
      };
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Evidence"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPeopleByIdEvidence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EvidenceInput"];
      };
    };
    responses: {
      /** @description Logged */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Evidence"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPeopleByIdFeedbackRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FeedbackAsk"];
      };
    };
    responses: {
      /** @description Asked */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FeedbackRequest"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdPaths: {
    parameters: {
      query?: {
        /** @description How many routes to show per target role, from 1 to 5. */
        k?: number;
        /** @description One role to route to. Without it: the person's target roles plus the next role their profile names on each track (so a track filter always has something to show), or every reachable role when they chose no target. */
        target?: string;
      };
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Paths: moves forward or at the same scope before any step back, then best fit for the person (and their preferred tracks) first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            frameworkVersion: string;
            paths: components["schemas"]["CareerPath"][];
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPeopleByIdPlacement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SavePlacementRequest"];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SavedPlacement"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdPlanDraft: {
    parameters: {
      query: {
        /** @description The role the plan works towards, such as senior-pm. */
        target: string;
      };
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The draft */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GrowthPlanDraft"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdPlans: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Plans */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["GrowthPlan"][];
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPeopleByIdPlans: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GrowthPlanInput"];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GrowthPlan"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdReportMd: {
    parameters: {
      query?: {
        /** @description true for the person's own copy with their private evidence (only they may ask; recorded in the audit log) */
        includePrivate?: "true" | "false";
      };
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/markdown": string;
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdReportPdf: {
    parameters: {
      query?: {
        /** @description true for the person's own copy with their private evidence (only they may ask; recorded in the audit log) */
        includePrivate?: "true" | "false";
      };
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdRoleFits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One fit per role */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            fits: components["schemas"]["RoleFit"][];
            frameworkVersion: string;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdStanding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The standing */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Standing"] & {
            frameworkVersion: string;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPeopleByIdTrend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One trend per competency, oldest point first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            frameworkVersion: string;
            /**
             * @description What the points are: closed cycles, or assessments.
             * @enum {string}
             */
            source: "cycles" | "assessments";
            trends: components["schemas"]["CompetencyTrend"][];
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPlacement: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PlacementRequest"];
      };
    };
    responses: {
      /** @description The placement */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Placement"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPlansById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plan's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GrowthPlan"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchPlansById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plan's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GrowthPlanPatch"];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GrowthPlan"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPlansByIdCheckIns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plan's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckInInput"];
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckIn"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPlansByIdGoals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The plan's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GoalInput"];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Goal"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  deletePlansByIdGoalsByGoalId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The goal's id, as Pathways gave it. */
        goalId: string;
        /** @description The plan's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  patchPlansByIdGoalsByGoalId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The goal's id, as Pathways gave it. */
        goalId: string;
        /** @description The plan's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GoalPatch"];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Goal"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPlansByIdGoalsByGoalIdComments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The goal's id, as Pathways gave it. */
        goalId: string;
        /** @description The plan's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GoalCommentInput"];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GoalComment"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPromotionCases: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cases */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["PromotionCaseSummary"][];
          };
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPromotionCases: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OpenPromotionCaseInput"];
      };
    };
    responses: {
      /** @description The case, filled */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PromotionCase"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPromotionCasesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The promotion case's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PromotionCase"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPromotionCasesByIdCaseMd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The promotion case's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/markdown": string;
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getPromotionCasesByIdCasePdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The promotion case's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postPromotionCasesByIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The promotion case's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PromotionDecisionInput"];
      };
    };
    responses: {
      /** @description The decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            decidedAt: string;
            /** @enum {string} */
            decision: "promote-now" | "not-yet" | "with-a-plan";
            words: string;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putPromotionCasesByIdNarrative: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The promotion case's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PromotionCaseNarrativeInput"];
      };
    };
    responses: {
      /** @description The narrative as saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            narrative: string;
            updatedAt: string;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  putPromotionCasesByIdSharing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The promotion case's id, as Pathways gave it. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PromotionCaseSharingInput"];
      };
    };
    responses: {
      /** @description Whether the person sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            sharedWithPerson: boolean;
          };
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postRatingRequests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RatingRequestAsk"];
      };
    };
    responses: {
      /** @description Asked */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RatingRequestResult"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getRolesCompare: {
    parameters: {
      query: {
        /** @description The role to compare from, such as pm. */
        from: string;
        /** @description The role to compare with, such as senior-pm. */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The comparison */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RoleChange"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed in or not */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SessionState"];
        };
      };
    };
  };
  postSessionLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["Login"];
      };
    };
    responses: {
      /** @description Signed in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Session"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Too many attempts: Wait a little, then try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postSessionLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getSessionMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Session"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postSessionPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PasswordChange"];
      };
    };
    responses: {
      /** @description Changed; signed in again here */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Session"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Too many attempts: Wait a little, then try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  postSessionSignOutEverywhere: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every session ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Setup status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SetupStatus"];
        };
      };
    };
  };
  postSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["Setup"];
      };
    };
    responses: {
      /** @description Created and signed in as the owner */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Session"];
        };
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not possible right now: Someone else may have changed this meanwhile; reload the page to see it as it is now. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getSso: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description SSO status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SsoStatus"];
        };
      };
    };
  };
  getSsoCallback: {
    parameters: {
      query?: {
        /** @description The one-time code the identity provider gives after a sign-in. */
        code?: string;
        /** @description Why the identity provider did not sign the person in, when it did not. */
        error?: string;
        /** @description The identity provider's own words about that refusal. */
        error_description?: string;
        /** @description Which identity provider answered. */
        iss?: string;
        /** @description The value Pathways sent with the sign-in, to match it with this answer. */
        state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sent on in the browser (Location) */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Please sign in: Sign in to continue. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Not open to you: Your account cannot do this; ask an admin of your organisation if you need to. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Pathways is starting or busy: Try again in a moment. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  getSsoStart: {
    parameters: {
      query?: {
        /** @description The invitation token the sign-in continues, accepted once signed in. */
        invitation?: string;
        /** @description The organisation, when several on this server have single sign-on. */
        organisation?: string;
        /** @description Where to go once signed in. */
        returnTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sent on in the browser (Location) */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Check what you entered: Some of what was sent needs fixing; each value to fix says what is wrong with it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Nothing found here: This may have been removed, or the link is not complete; go back and try again. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Pathways is starting or busy: Try again in a moment. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
}
