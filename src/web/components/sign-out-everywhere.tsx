import { useMe } from "../hooks/use-me.ts";
import { useSessionActions } from "../hooks/use-session-actions.ts";
import { navigate } from "../router/navigation.ts";

/**
 * Ends every session of the signed-in user, on every device (this one too), for when a device
 * was lost or left signed in. Shows nothing without a session.
 *
 * @example
 * <SignOutEverywhere />
 */
export function SignOutEverywhere() {
  const { data: me } = useMe();
  const { logoutEverywhere } = useSessionActions();
  if (!me) return null;
  return (
    <p className="sign-out-everywhere">
      <button
        type="button"
        className="button button-quiet"
        disabled={logoutEverywhere.isPending}
        onClick={() => logoutEverywhere.mutate(undefined, { onSuccess: () => navigate("/start") })}
      >
        End all my sessions
      </button>{" "}
      Signs you out on every device, this one included.
      {logoutEverywhere.isError ? (
        <span role="alert"> That did not work: {logoutEverywhere.error.message} Try again.</span>
      ) : null}
    </p>
  );
}
