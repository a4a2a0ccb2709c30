import type { EntryRoute, Transition } from "../../framework/schema.ts";
import type { Background, Preferences, Profile, RoleFit } from "../types.ts";

/** What a path search starts from and looks for. */
export interface FindPathsInput {
  /** The current role, or null for someone outside who enters through an entry route. */
  from: string | null;
  profile: Profile;
  /** Role fits for the profile, when already computed; otherwise computed here. */
  fits?: RoleFit[];
  /** Roles to reach; when absent, every role within `maxSteps`. */
  targets?: string[];
  /** Most steps per path (default 4). */
  maxSteps?: number;
  /** Best paths kept per target (default 3). */
  k?: number;
  preferences?: Preferences;
  /** Used from outside to choose the entry roles. */
  background?: Background;
}

/** One possible move: a transition or an entry, with its cost for this person. */
export interface PathEdge {
  from: string | null;
  to: string;
  kind: Transition["kind"] | "entry";
  cost: number;
  transition?: Transition;
  route?: EntryRoute;
}
