import { type EntryPlacement, placeEntry } from "../engine/placement/place-entry.ts";
import { aggregateProfile } from "../engine/profile/aggregate-profile.ts";
import type { Background, Profile, Rating } from "../engine/types.ts";
import { checkRatings } from "../framework/check-ratings.ts";
import type { Framework } from "../framework/schema.ts";
import { Refusal } from "./refusal.ts";

/** What placement is asked: a background and, optionally, self-ratings. */
export interface PlacementQuestion {
  background: Background;
  ratings?: Rating[] | undefined;
}

/** A newcomer's self-ratings as a profile; nothing is stored. */
function selfProfile(framework: Framework, ratings: Rating[]): Profile {
  const assessment = {
    id: "newcomer-self",
    personId: "newcomer",
    raterId: "newcomer",
    raterKind: "self" as const,
    frameworkVersion: framework.version,
    submittedAt: new Date(0).toISOString(),
    ratings,
  };
  return aggregateProfile(framework, "newcomer", [assessment]);
}

/**
 * Ranks where someone with this background (and these self-ratings) might enter the framework;
 * ratings that do not fit the framework are refused with each field to fix.
 *
 * @example placeNewcomer(framework, { background }).options[0]?.roleId
 */
export function placeNewcomer(framework: Framework, question: PlacementQuestion): EntryPlacement {
  const { background, ratings } = question;
  if (ratings) {
    const issues = checkRatings(framework, ratings, "ratings");
    if (issues.length > 0) {
      throw new Refusal("validation", "Some ratings do not fit the framework.", issues);
    }
  }
  return placeEntry(framework, background, ratings ? selfProfile(framework, ratings) : undefined);
}
