import { Refusal } from "../refusal.ts";

/** The refusal of a password where the organisation requires single sign-on. */
export function passwordsOffRefusal(): Refusal {
  return new Refusal(
    "forbidden",
    'Your organisation signs in with single sign-on, so passwords are off; choose "Sign in with single sign-on" instead.',
  );
}
