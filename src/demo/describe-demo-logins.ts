import type { DemoLogin } from "./demo-types.ts";

/**
 * The lines `pathways serve --demo` prints: the organisation, each demo account with what it
 * shows, the shared password and a warning that it is for local demos only.
 *
 * @example
 * for (const line of describeDemoLogins({ name: "Northwind Labs", logins })) console.log(line);
 */
export function describeDemoLogins(options: { name: string; logins: DemoLogin[] }): string[] {
  const width = Math.max(...options.logins.map((login) => login.email.length));
  const passwords = [...new Set(options.logins.map((login) => login.password))];
  return [
    `Demo organisation "${options.name}": sign in as any of these accounts.`,
    ...options.logins.map(
      (login) => `  ${login.kind.padEnd(7)}  ${login.email.padEnd(width)}  ${login.description}`,
    ),
    `Password for every demo account: ${passwords.join(", ")}`,
    "These passwords are public: use the demo organisation to try Pathways locally, never for real people's data.",
  ];
}
