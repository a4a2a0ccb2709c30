import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

/** Checks every role sits on a track the framework declares under `tracks`. */
export function checkTracks(framework: Framework): IssueDraft[] {
  const declared = framework.tracks.map((track) => track.id);
  return framework.roles.flatMap((role, i): IssueDraft[] =>
    declared.includes(role.track)
      ? []
      : [
          {
            code: "undeclared-track",
            message: `role "${role.id}" is on track "${role.track}", which is not declared under tracks`,
            hint: `Add a track with id ${role.track} (and its name and description) under tracks, or use one of: ${declared.join(", ")}.`,
            path: ["roles", i, "track"],
          },
        ],
  );
}
