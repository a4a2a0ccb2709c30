import type { components, paths } from "./schema.d.ts";

type Schemas = components["schemas"];
type Method = "get" | "post" | "put" | "patch" | "delete";

/** The JSON body a route answers with when it succeeds (200 or 201), from the generated types. */
export type Answer<Path extends keyof paths, M extends Method = "get"> = paths[Path][M] extends {
  responses: infer Responses;
}
  ? Responses extends { 200: { content: { "application/json": infer Body } } }
    ? Body
    : Responses extends { 201: { content: { "application/json": infer Body } } }
      ? Body
      : never
  : never;

/** The signed-in user and the CSRF token, as `GET /api/v1/session/me` (and `GET /api/v1/session` when signed in) answer. */
export type Session = Schemas["Session"];
/** The first start's form: the token from the setup link, the organisation and its owner. */
export type SetupInput = Schemas["Setup"];

/** The published framework document and its version. */
export type CurrentFramework = Schemas["CurrentFramework"];
/** A framework document as the server answers it, every default filled in. */
export type Framework = Schemas["Framework"];
export type Competency = Schemas["Competency"];
export type Role = Schemas["Role"];
export type Transition = Schemas["Transition"];
/** The three kinds of track a role sits on. */
export type TrackId = Role["track"];
/** How one role leads to another. */
export type TransitionKind = Transition["kind"];
/** A stored framework version without its document. */
export type FrameworkVersion = Schemas["FrameworkVersion"];
/** The outcome of validating a framework file, every problem with line and column. */
export type FrameworkValidation = Schemas["FrameworkValidation"];
/** One problem found in a framework file. */
export type FrameworkProblem = FrameworkValidation["issues"][number];
/** A framework file's text and name, as pasted or uploaded. */
export type FrameworkSourceInput = Schemas["FrameworkSource"];
/** What changed between two framework versions. */
export type FrameworkDiff = Schemas["FrameworkDiff"];
/** What publishing a version would change: roles, competencies' history, readiness. */
export type PublishPreview = Schemas["PublishPreview"];
/** Old role id -> the role its holders take in the version being published. */
export type RoleMapping = Record<string, string>;
/** Whom to ask to rate themselves on competencies. */
export type RatingRequestAsk = Schemas["RatingRequestAsk"];
/** What happened to the roles or the competencies between two versions. */
export type CollectionDiff = Schemas["CollectionDiff"];

/** What moving from one role to another asks of a person. */
export type RoleChange = Schemas["RoleChange"];
/** A newcomer's background, as the entry placement form sends it. */
export type Background = Schemas["Background"];
/** Where a newcomer might enter, with each entry route considered and why. */
export type Placement = Schemas["Placement"];

/** A person as the API shows them. */
export type Person = Schemas["Person"];
/** What a person wants from their career. */
export type Preferences = Schemas["Preferences"];
/** A person's aggregated proficiency per competency. */
export type Profile = Schemas["Profile"];
export type CompetencyScore = Schemas["CompetencyScore"];
/** How close a profile is to one role. */
export type RoleFit = Schemas["RoleFit"];
/** Where a person stands per track and per competency. */
export type Standing = Answer<"/api/v1/people/{id}/standing">;
/** A route over the career graph to a target role. */
export type CareerPath = Schemas["CareerPath"];
export type PathStep = Schemas["PathStep"];
/** How a person's level moved per competency. */
export type Trend = Answer<"/api/v1/people/{id}/trend">;
export type CompetencyTrend = Schemas["CompetencyTrend"];

/** An assessment and its ratings. */
export type Assessment = Schemas["Assessment"];
/** One rating of a competency. */
export type Rating = Schemas["Rating"];
/** An entry of a person's evidence log. */
export type Evidence = Schemas["Evidence"];
/** A new evidence entry as the form sends it. */
export type EvidenceInput = Schemas["EvidenceInput"];
/** Who can see an evidence entry. */
export type Visibility = Evidence["visibility"];
/** A feedback request and where it stands. */
export type FeedbackRequest = Schemas["FeedbackRequest"];
/** A feedback request as the form sends it, with the person it is about. */
export type FeedbackAsk = Schemas["FeedbackAsk"] & { personId: string };

/** A growth plan (goals and check-ins only when fetched one by one). */
export type GrowthPlan = Schemas["GrowthPlan"];
/** The engine's growth plan draft towards a target role. */
export type GrowthPlanDraft = Schemas["GrowthPlanDraft"];
/** What a new growth plan is created with. */
export type GrowthPlanInput = Schemas["GrowthPlanInput"];
export type Goal = Schemas["Goal"];
/** Where a goal stands. */
export type GoalStatus = Goal["status"];
/** A new goal as the form sends it. */
export type GoalInput = Schemas["GoalInput"];
/** Changes to a goal as the form sends them. */
export type GoalPatch = Schemas["GoalPatch"];
/** Who last changed a plan or a goal, and when. */
export type LastChange = Goal["lastChange"];
export type GoalComment = Schemas["GoalComment"];
export type CheckIn = Schemas["CheckIn"];
/** A check-in as the form sends it. */
export type CheckInInput = Schemas["CheckInInput"];

/** The analytics of the whole organisation. */
export type OrgAnalytics = Schemas["OrgAnalytics"];
/** What the organisation page shows: distribution, span of control and the managers' names. */
export type OrgSummary = Schemas["OrgSummary"];
/** The analytics of one manager's reports. */
export type TeamAnalytics = Schemas["TeamAnalytics"];

/** A dry run's answer: what importing a people file would change. */
export type PeopleImportPlan = Schemas["PeopleImportPlan"];
/** How many people an import would create, update or leave as they are. */
export type ImportCounts = PeopleImportPlan["counts"];
/** A running or finished people import. */
export type ImportJob = Schemas["ImportJob"];
/** A job title mapped to a framework role. */
export type TitleMapping = Schemas["TitleMapping"];

// Invitations and the People page.
/** Who an invitation went to and who was left out. */
export type InviteOutcome = Schemas["InviteOutcome"];
/** An invitation as admins see it. */
export type Invitation = Schemas["Invitation"];
/** What an invitation link shows to whoever opens it. */
export type InvitationLink = Schemas["InvitationLink"];
/** One person of the People page. */
export type DirectoryEntry = Schemas["DirectoryEntry"];
/** A person opened from the People page, with their role history. */
export type DirectoryPerson = Schemas["DirectoryPerson"];
/** Where a person's account stands. */
export type AccountStatus = DirectoryEntry["accountStatus"];
/** A mail of the outbox, as admins see it on the Outbox page. */
export type OutboxMail = Schemas["OutboxMail"];
/** The optional mails a person turned off. */
export type MailPreferences = Schemas["MailPreferences"];

/** Home: where the signed-in person stands, their plan and their tasks. */
export type Home = Schemas["Home"];
/** One thing someone is asked to do, as Home lists it. */
export type Task = Schemas["Task"];
/** A colleague as the picker shows them: a name to choose. */
export type Colleague = Schemas["Colleague"];
/** A promotion case, filled by the engine when read. */
export type PromotionCase = Schemas["PromotionCase"];
/** A promotion case as lists show it. */
export type PromotionCaseSummary = Schemas["PromotionCaseSummary"];
/** The committee's decision on a case. */
export type PromotionDecisionInput = Schemas["PromotionDecisionInput"];
// Check-in cycles.
/** A check-in cycle. */
export type Cycle = Schemas["Cycle"];
/** A person's alignment conversation in a cycle. */
export type CycleAlignment = Schemas["CycleAlignment"];
/** What a person and their manager agreed. */
export type AlignmentOutcomeInput = Schemas["AlignmentOutcomeInput"];
/** What an admin gives to open a cycle. */
export type OpenCycleInput = Schemas["OpenCycleInput"];
/** A cycle's completion, per person. */
export type CycleCompletion = Schemas["CycleCompletion"];
/** A cycle's calibration: candidates per target role, side by side, with their managers' leniency. */
export type Calibration = Schemas["Calibration"];
/** One candidate of a calibration. */
export type CalibrationCandidate = Calibration["roles"][number]["candidates"][number];
/** One person's completion of a cycle. */
export type ParticipantCompletion = Schemas["ParticipantCompletion"];
/** A framework draft open in the editor: its working copy, revision and problems. */
export type FrameworkDraft = Schemas["FrameworkDraft"];
/** A draft's problem, placed by its dotted path in the document. */
export type DraftIssue = FrameworkDraft["issues"][number];
