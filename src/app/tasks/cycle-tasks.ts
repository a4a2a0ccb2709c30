import { cycleCompletion } from "../../storage/queries/cycle-completion.ts";
import { cycleFeedbackAsks } from "../../storage/queries/cycle-feedback-asks.ts";
import { participantCompletion } from "../cycles/participant-completion.ts";
import type { Task } from "./task.ts";
import type { TaskContext, TaskSource } from "./task-source.ts";

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const until = (endsOn: string) => longDate.format(new Date(`${endsOn}T00:00:00Z`));

const byDueThenTitle = (a: Task, b: Task) =>
  (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.title.localeCompare(b.title);

/**
 * What open check-in cycles ask of the person, as tasks for Home: their own self-assessment
 * (once the window has opened and until it is submitted in it), the manager assessments of the
 * people they managed when a cycle opened, choosing peers (their own, or their people's when the
 * cycle leaves it to managers), the alignment conversation once both assessments are in, and the
 * peer feedback they were asked for in a cycle, each due when its cycle ends.
 *
 * @example
 * const tasks = await cycleTasks({ db, orgId, personId, framework, today });
 * tasks[0]?.title; // "Assess yourself for H1 2027 career check-in"
 */
export const cycleTasks: TaskSource = async (context: TaskContext): Promise<Task[]> => {
  const { db, orgId, personId: me, today } = context;
  const scope = { orgId, openOnly: true };
  const started = <T extends { startsOn: string }>(row: T) => row.startsOn <= today;
  const own = (await cycleCompletion(db, { ...scope, personId: me })).filter(started);
  const reports = (await cycleCompletion(db, { ...scope, managerAtOpening: me })).filter(started);
  const asks = await cycleFeedbackAsks(db, orgId, me);
  const choosing = [
    ...own.filter((row) => row.peerChooser === "person"),
    ...reports.filter((row) => row.peerChooser === "manager"),
  ].filter((row) => row.peerCount > 0 && row.peersChosen === 0);
  const aligning = [...own, ...reports].filter(
    (row) => participantCompletion(row).alignment === "to-have",
  );
  const tasks: Task[] = [
    ...own
      .filter((row) => participantCompletion(row).self === "to-do")
      .map(
        (row): Task => ({
          kind: "self-assessment",
          title: `Assess yourself for ${row.cycleName}`,
          detail: `Your view of your own work, open until ${until(row.endsOn)}; your manager gives theirs separately.`,
          href: "/assess",
          due: row.endsOn,
          personId: null,
          personName: null,
          cycleId: row.cycleId,
        }),
      ),
    ...reports
      .filter((row) => participantCompletion(row).manager === "to-do")
      .map(
        (row): Task => ({
          kind: "manager-assessment",
          title: `Assess ${row.name} for ${row.cycleName}`,
          detail: `Your view of ${row.name}'s work as their manager, open until ${until(row.endsOn)}.`,
          href: "/team",
          due: row.endsOn,
          personId: row.personId,
          personName: row.name,
          cycleId: row.cycleId,
        }),
      ),
    ...choosing.map(
      (row): Task => ({
        kind: "choose-peers",
        title:
          row.personId === me
            ? `Choose your peers for ${row.cycleName}`
            : `Choose peers for ${row.name} for ${row.cycleName}`,
        detail: `The cycle asks ${row.peerCount === 1 ? "one colleague" : `${row.peerCount} colleagues`} who worked with ${row.personId === me ? "you" : row.name} for feedback, until ${until(row.endsOn)}.`,
        href: `/cycles/${row.cycleId}/peers/${row.personId}`,
        due: row.endsOn,
        personId: row.personId === me ? null : row.personId,
        personName: row.personId === me ? null : row.name,
        cycleId: row.cycleId,
      }),
    ),
    ...aligning.map(
      (row): Task => ({
        kind: "alignment-conversation",
        title:
          row.personId === me
            ? `Talk through your views with ${row.managerName ?? "your manager"}`
            : `Talk through your views with ${row.name}`,
        detail: `Both assessments for ${row.cycleName} are in: compare them side by side and record what you agree.`,
        href: `/cycles/${row.cycleId}/alignment/${row.personId}`,
        due: row.endsOn,
        personId: row.personId === me ? null : row.personId,
        personName: row.personId === me ? null : row.name,
        cycleId: row.cycleId,
      }),
    ),
    ...asks.map(
      (ask): Task => ({
        kind: "peer-feedback",
        title: `Give feedback on ${ask.personName} for ${ask.cycleName}`,
        detail: `${ask.personName} is in ${ask.cycleName}; you rate only the competencies you were asked about.`,
        href: "/feedback",
        due: ask.endsOn,
        personId: ask.personId,
        personName: ask.personName,
        cycleId: ask.cycleId,
      }),
    ),
  ];
  return tasks.sort(byDueThenTitle);
};
