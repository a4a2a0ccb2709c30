/**
 * A failed action's message, read out when it appears; nothing while the action has not failed.
 *
 * @example <ActionError action={revoke} />
 */
export function ActionError({ action }: { action: { isError: boolean; error: Error | null } }) {
  if (!action.isError || !action.error) return null;
  return (
    <p role="alert" className="field-error">
      That did not work: {action.error.message}
    </p>
  );
}
