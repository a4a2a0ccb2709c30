import { capitalise, isAre, joinWords, shortfallWords } from "../words.ts";
import type { EntryCandidate } from "./entry-candidate.ts";
import type { RatingRefinement } from "./rating-refinement.ts";

/** What one option's reason is made from. */
export interface OptionReasonInput {
  candidate: EntryCandidate;
  /** 0 for the first-ranked option. */
  position: number;
  /** The background facts that count for this role, in words, each once. */
  background: string[];
  refinement: RatingRefinement | undefined;
  /** True for the role the background placed first but the self-ratings sit far below. */
  movedDown: boolean;
  /** True for the first option when it ranks first because the one above was moved down. */
  afterMove: boolean;
  /** The title of the first-ranked option. */
  first: string;
}

function sentence(text: string | undefined): string {
  if (!text) return "";
  const trimmed = text.trim().replace(/[.\s]+$/, "");
  return trimmed ? ` ${capitalise(trimmed)}.` : "";
}

function ratingWords(refinement: RatingRefinement | undefined): string {
  if (!refinement || refinement.rated === 0) return "";
  const { carriesOver, toBuild } = refinement;
  if (carriesOver.length > 0 && toBuild.length > 0) {
    return ` Your self-ratings show ${joinWords(carriesOver)} carrying over; ${joinWords(toBuild)} ${isAre(toBuild)} what to build.`;
  }
  if (toBuild.length > 0) return ` Your self-ratings suggest building ${joinWords(toBuild)}.`;
  const strongest = carriesOver.length > 0 ? `, strongest in ${joinWords(carriesOver)}` : "";
  return ` Your self-ratings meet what it expects wherever you rated yourself${strongest}.`;
}

/**
 * The reason for one entry option, as a product leader would say it: the background that leads
 * there (each fact once), the framework's note for the route, and what the self-ratings add.
 *
 * @example optionReason({ candidate, position: 0, background: ["6 years as a product manager"], refinement: undefined, movedDown: false, afterMove: false, first: "Senior Product Manager" })
 */
export function optionReason(input: OptionReasonInput): string {
  const { candidate, position, background, refinement } = input;
  const title = candidate.role.title;
  const facts = joinWords(background);
  const note = sentence(candidate.note);
  if (input.movedDown && refinement) {
    const short = shortfallWords(refinement.meanShortfall);
    const most = refinement.toBuild.length > 0 ? `, most in ${joinWords(refinement.toBuild)}` : "";
    const because = facts ? ` (${facts})` : "";
    return `${title} is where your background alone points${because}, but your self-ratings sit about ${short} below what it expects on average${most}. Aim for it once those grow.`;
  }
  if (input.afterMove) {
    const because = facts ? ` (${facts})` : "";
    return `${title} ranks first: your background leads here too${because}, and your self-ratings sit closer to what it expects.${note}${ratingWords(refinement)}`;
  }
  if (position === 0) {
    const because = facts ? `: ${facts}` : "";
    return `${title} fits your background best${because}.${note}${ratingWords(refinement)}`;
  }
  return `${title} is a gentler start than ${input.first}, with more room to learn before taking on more.${note}${ratingWords(refinement)}`;
}
