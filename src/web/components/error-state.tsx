import { ApiError } from "../api/api-error.ts";

/** Explains a failure in plain words, with a retry button when one is given. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const title = error instanceof ApiError ? error.title : "Something went wrong";
  const detail = error instanceof Error ? error.message : "An unexpected error happened.";
  return (
    <div className="state state-error" role="alert">
      <h2>{title}</h2>
      <p>{detail}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
