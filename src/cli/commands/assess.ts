import { writeFile } from "node:fs/promises";
import { Command } from "commander";
import type { Rating } from "../../engine/types.ts";
import type { Framework } from "../../framework/schema.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { loadFrameworkForCommand } from "../load-framework.ts";
import { writeError, writeOut } from "../output.ts";
import { resolvePerson } from "../resolve-person.ts";
import { withDatabase, withDatabaseOption } from "../with-database.ts";
import { readRatingLines } from "./assess-lines.ts";
import { saveSelfAssessment } from "./assess-save.ts";
import { runAssessSession, type TerminalInput } from "./assess-session.ts";
import { assessCompetencies } from "./assess-state.ts";

/** Options of `pathways assess`, as commander parses them. */
interface AssessOptions {
  person?: string;
  out?: string;
  framework?: string;
  org?: string;
  partial?: boolean;
  dataDir?: string;
}

async function readAll(input: TerminalInput): Promise<string> {
  let text = "";
  input.setEncoding("utf8");
  for await (const chunk of input) text += String(chunk);
  return text;
}

/** Refuses piped ratings that leave competencies out, unless --partial says that is meant. */
function checkComplete(framework: Framework, ratings: Rating[], partial: boolean): void {
  if (partial) return;
  const rated = new Set(ratings.map((rating) => rating.competency));
  const missing = framework.competencies.filter((competency) => !rated.has(competency.id));
  if (missing.length === 0) return;
  const total = framework.competencies.length;
  throw new CliError(
    [
      `Nothing was saved: the input rates ${ratings.length} of ${total} competencies.`,
      `Not rated: ${missing.map((competency) => competency.id).join(", ")}.`,
      "Add a line like execution=3 for each, or give --partial to save only these ratings (the rest stay unknown).",
    ].join("\n"),
  );
}

/** Collects ratings at a terminal, or from piped lines; null when the person leaves. */
async function collectRatings(framework: Framework, partial: boolean): Promise<Rating[] | null> {
  const input: TerminalInput = process.stdin;
  const competencies = assessCompetencies(framework);
  if (!input.isTTY) {
    const read = readRatingLines(await readAll(input), framework);
    if (!read.ok) throw new CliError(`Nothing was saved.\n${read.problems.join("\n")}`);
    checkComplete(framework, read.ratings, partial);
    return read.ratings;
  }
  const state = await runAssessSession({ input, output: process.stdout, competencies });
  return state.phase === "done" ? state.ratings : null;
}

async function assessToFile(options: AssessOptions & { out: string }): Promise<void> {
  const framework = await loadFrameworkForCommand(options.framework);
  if (!framework) return;
  const ratings = await collectRatings(framework, options.partial === true);
  if (!ratings) return writeError("Left without saving; nothing was written.");
  if (ratings.length === 0) return writeError("No competency was rated; nothing was written.");
  const document = {
    kind: "self-assessment",
    framework: { id: framework.id, version: framework.version },
    submittedAt: new Date().toISOString(),
    ratings,
  };
  await writeFile(options.out, `${JSON.stringify(document, null, 2)}\n`);
  writeOut(`Saved a self-assessment of ${ratings.length} competencies to ${options.out}.`);
}

async function assessToDatabase(options: AssessOptions & { person: string }): Promise<void> {
  const where = { email: options.person, ...(options.org ? { org: options.org } : {}) };
  // Resolve first and reopen to save, so the database is not held while the person thinks.
  const found = await withDatabase(options, ({ db }) => resolvePerson(db, where));
  const ratings = await collectRatings(found.framework, options.partial === true);
  if (!ratings) return writeError("Left without saving; nothing was written.");
  if (ratings.length === 0) return writeError("No competency was rated; nothing was saved.");
  await withDatabase(options, ({ db }) =>
    saveSelfAssessment(db, {
      orgId: found.organisation.id,
      personId: found.person.id,
      frameworkVersionId: found.frameworkVersionId,
      ratings,
    }),
  );
  writeOut(
    `Saved a submitted self-assessment of ${ratings.length} competencies for ${found.person.name}.`,
  );
}

async function assess(options: AssessOptions): Promise<void> {
  if (options.person !== undefined && options.out !== undefined) {
    throw new CliError("Choose one place to save: --person EMAIL (the database) or --out FILE.");
  }
  if (options.out !== undefined) return assessToFile({ ...options, out: options.out });
  if (options.person === undefined) {
    throw new CliError(
      "Say where to save: --person EMAIL saves to the database, --out FILE to a JSON file.",
    );
  }
  if (options.framework !== undefined) {
    throw new CliError(
      "--framework is for --out: an assessment saved for a person uses their organisation's published framework.",
    );
  }
  return assessToDatabase({ ...options, person: options.person });
}

/**
 * `pathways assess [--person EMAIL | --out FILE]`: a quick self-assessment in the terminal,
 * saved as a submitted self-assessment or to a JSON file.
 *
 * @example pathways assess --out me.json
 */
export function assessCommand(): Command {
  return withDatabaseOption(
    new Command("assess")
      .description(commandSummaries.assess)
      .option("--person <email>", "save as this person's submitted self-assessment")
      .option("--out <file>", "save to a JSON file instead (no database needed)")
      .option("--framework <file>", "framework for --out (default: the bundled one)")
      .option("--org <name>", "organisation name or id, when the database holds several")
      .option(
        "--partial",
        "with piped lines: save even when some competencies are not rated (they stay unknown)",
      ),
  )
    .addHelpText(
      "after",
      [
        "",
        "Keys: up/down or a level's number highlight a level, enter confirms it, n adds a note,",
        "b goes back, s skips; the last competency leads to a review where enter saves.",
        "Piped lines (competency=level [note]) must rate every competency unless --partial is given.",
        "",
        "Exit codes: 0 saved; 1 nothing saved (left with q, bad or incomplete input, an unknown person).",
      ].join("\n"),
    )
    .exitOverride()
    .showHelpAfterError()
    .action((options: AssessOptions) => reportCliErrors(() => assess(options)));
}
