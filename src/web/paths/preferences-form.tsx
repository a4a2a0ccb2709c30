import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import type { Framework, Preferences, TrackId } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { useSavePreferences } from "../hooks/use-person.ts";

function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/**
 * Edits what success means to the person and their preferences (tracks drawn to, roles to
 * avoid); saving refreshes the paths, which respect them.
 *
 * @example
 * <PreferencesForm framework={framework} personId={id} preferences={person.preferences} />
 */
export function PreferencesForm({
  framework,
  personId,
  preferences,
}: {
  framework: Framework;
  personId: string;
  preferences: Preferences | null;
}) {
  const id = useId();
  const save = useSavePreferences(personId);
  const [successMeans, setSuccessMeans] = useState(preferences?.successMeans ?? "");
  const [tracks, setTracks] = useState<TrackId[]>(preferences?.tracks ?? []);
  const [avoidRoles, setAvoidRoles] = useState<string[]>(preferences?.avoidRoles ?? []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = successMeans.trim();
    save.mutate({
      tracks,
      avoidRoles,
      targetRoles: preferences?.targetRoles ?? [],
      ...(trimmed ? { successMeans: trimmed } : {}),
    });
  }

  return (
    <form className="preferences-form" onSubmit={submit} onChange={() => save.reset()}>
      <div className="field">
        <label htmlFor={`${id}-success`}>What success means to me</label>
        <p id={`${id}-hint`} className="field-hint">
          In your own words: impact, craft, people, freedom… Only you and those who may see your
          profile read it.
        </p>
        <textarea
          id={`${id}-success`}
          aria-describedby={`${id}-hint`}
          rows={4}
          maxLength={2000}
          value={successMeans}
          onChange={(event) => setSuccessMeans(event.target.value)}
        />
      </div>
      <fieldset className="choice-list">
        <legend>Tracks I am drawn to (none means open to all)</legend>
        {framework.tracks.map((track) => (
          <label key={track.id}>
            <input
              type="checkbox"
              checked={tracks.includes(track.id)}
              onChange={(event) => setTracks(toggle(tracks, track.id, event.target.checked))}
            />
            {track.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-list">
        <legend>Roles I would rather avoid</legend>
        {framework.roles.map((role) => (
          <label key={role.id}>
            <input
              type="checkbox"
              checked={avoidRoles.includes(role.id)}
              onChange={(event) => setAvoidRoles(toggle(avoidRoles, role.id, event.target.checked))}
            />
            {role.title}
          </label>
        ))}
      </fieldset>
      {save.isError ? (
        save.error instanceof ApiError && save.error.status === 403 ? (
          <p className="field-error" role="alert">
            Only the person themself or an admin may change these preferences.
          </p>
        ) : (
          <ErrorState error={save.error} />
        )
      ) : null}
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save preferences"}
        </button>
        <span role="status" className="save-status">
          {save.isSuccess ? "Preferences saved; your paths are updated." : ""}
        </span>
      </p>
    </form>
  );
}
