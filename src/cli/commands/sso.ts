import { Command } from "commander";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { createScimTokenAs } from "../../app/scim/create-scim-token.ts";
import { configureSso } from "../../app/sso/configure-sso.ts";
import { disableSso } from "../../app/sso/disable-sso.ts";
import { readSsoConfig } from "../../app/sso/read-sso-config.ts";
import { digestToken, newToken } from "../../server/auth/tokens.ts";
import { getUser } from "../../storage/queries/users.ts";
import { CliError, reportCliErrors } from "../cli-error.ts";
import { commandSummaries } from "../command-summaries.ts";
import { writeOut } from "../output.ts";
import { resolveOrganisation } from "../resolve-organisation.ts";
import { type DatabaseOptions, withDatabase, withDatabaseOption } from "../with-database.ts";

interface OrgOptions extends DatabaseOptions {
  org?: string;
}

interface ConfigureOptions extends OrgOptions {
  issuer: string;
  clientId: string;
  clientSecretEnv?: string;
  allowJit?: boolean;
  requireSso?: boolean;
  breakGlass?: string;
}

function orgCommand(name: string, description: string): Command {
  return withDatabaseOption(
    new Command(name)
      .description(description)
      .option("--org <name>", "organisation name or id (default: the only one)"),
  ).exitOverride();
}

function secretFrom(variable: string | undefined): string | null {
  if (variable === undefined) return null;
  const secret = process.env[variable];
  if (!secret) {
    throw new CliError(
      `The environment variable ${variable} is empty; export the client secret in it first, e.g. ${variable}=... pathways sso configure ...`,
    );
  }
  return secret;
}

function configureCommand(): Command {
  return orgCommand(
    "configure",
    "Set the organisation's OpenID Connect provider (the secret is read from an environment variable, never from the command line).",
  )
    .requiredOption("--issuer <url>", "the provider's issuer URL (https)")
    .requiredOption("--client-id <id>", "the client id of Pathways at the provider")
    .option("--client-secret-env <variable>", "the environment variable holding the client secret")
    .option("--allow-jit", "create a person on first sign-in for a verified email nobody has yet")
    .option("--require-sso", "turn passwords off for everyone but the break-glass owner")
    .option("--break-glass <email>", "the owner who may still sign in with a password")
    .action((options: ConfigureOptions) =>
      reportCliErrors(async () => {
        const clientSecret = secretFrom(options.clientSecretEnv);
        await withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const stored = await configureSso({ db }, localAdminActor(org.id), {
            issuer: options.issuer,
            clientId: options.clientId,
            clientSecret,
            allowJustInTime: options.allowJit ?? false,
            requireSso: options.requireSso ?? false,
            breakGlassEmail: options.breakGlass,
          });
          writeOut(
            `${org.name} now signs in with ${stored.issuer}. Register this redirect URI at the provider: <your Pathways address>/api/v1/sso/callback`,
          );
        });
      }),
    );
}

function showCommand(): Command {
  return orgCommand(
    "show",
    "Show the organisation's single sign-on settings (never the secret).",
  ).action((options: OrgOptions) =>
    reportCliErrors(async () => {
      await withDatabase(options, async ({ db }) => {
        const org = await resolveOrganisation(db, options.org);
        const config = await readSsoConfig({ db }, localAdminActor(org.id));
        if (!config) {
          writeOut(`${org.name} has no single sign-on set up; people sign in with passwords.`);
          return;
        }
        const breakGlass = config.breakGlassUserId
          ? ((await getUser(db, config.breakGlassUserId))?.email ?? "nobody")
          : "nobody";
        writeOut(
          [
            `Issuer: ${config.issuer}`,
            `Client id: ${config.clientId}`,
            `Client secret: ${config.clientSecret ? "set" : "none"}`,
            `Just-in-time people: ${config.allowJustInTime ? "yes" : "no"}`,
            `Single sign-on required: ${config.requireSso ? `yes (break-glass owner: ${breakGlass})` : "no"}`,
          ].join("\n"),
        );
      });
    }),
  );
}

function disableCommand(): Command {
  return orgCommand(
    "disable",
    "Turn single sign-on off; people sign in with passwords again.",
  ).action((options: OrgOptions) =>
    reportCliErrors(async () => {
      await withDatabase(options, async ({ db }) => {
        const org = await resolveOrganisation(db, options.org);
        const removed = await disableSso({ db }, localAdminActor(org.id));
        writeOut(
          removed
            ? `${org.name} no longer signs in with single sign-on.`
            : `${org.name} had no single sign-on set up.`,
        );
      });
    }),
  );
}

function scimTokenCommand(): Command {
  const create = orgCommand(
    "create",
    "Create a SCIM bearer token for the identity provider; it is shown once.",
  )
    .argument("<name>", "what uses it, e.g. Okta")
    .action((name: string, options: OrgOptions) =>
      reportCliErrors(async () => {
        await withDatabase(options, async ({ db }) => {
          const org = await resolveOrganisation(db, options.org);
          const { token } = await createScimTokenAs(
            { db, newToken, digest: digestToken },
            localAdminActor(org.id),
            name,
          );
          writeOut(
            `SCIM token "${name.trim()}" for ${org.name} (shown once; keep it in the identity provider):\n${token}\nSCIM base URL: <your Pathways address>/scim/v2`,
          );
        });
      }),
    );
  return new Command("scim-token")
    .description("SCIM provisioning tokens.")
    .exitOverride()
    .addCommand(create);
}

/**
 * `pathways sso`: single sign-on with an OpenID Connect provider and SCIM provisioning tokens.
 *
 * @example pathways sso configure --issuer https://login.example.com --client-id pathways --client-secret-env OIDC_SECRET
 */
export function ssoCommand(): Command {
  return new Command("sso")
    .description(commandSummaries.sso)
    .exitOverride()
    .addCommand(configureCommand())
    .addCommand(showCommand())
    .addCommand(disableCommand())
    .addCommand(scimTokenCommand());
}
