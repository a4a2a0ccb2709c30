import type { Rating } from "../../engine/types.ts";
import { descriptorText } from "../../framework/level-descriptor.ts";
import type { Framework } from "../../framework/schema.ts";

/** One level a person can choose for a competency, with what it looks like. */
export interface AssessLevel {
  level: number;
  label: string;
  descriptor: string;
}

/** A competency as the assessment shows it. */
export interface AssessCompetency {
  id: string;
  name: string;
  description: string;
  levels: AssessLevel[];
}

/** Where an assessment is: choosing a level, writing a note, finished, or left without saving. */
export type AssessPhase = "choose" | "note" | "done" | "quit";

/** The whole state of a terminal self-assessment; keys move it on, nothing else does. */
export interface AssessState {
  competencies: AssessCompetency[];
  /** The competency being rated. */
  index: number;
  /** The highlighted level, as a position in the competency's levels. */
  cursor: number;
  note: string;
  ratings: Rating[];
  phase: AssessPhase;
}

/** A key press the assessment understands; any printable input arrives as text. */
export type AssessKey =
  | { kind: "up" | "down" | "enter" | "backspace" | "interrupt" }
  | { kind: "text"; text: string };

/**
 * The competencies of a framework with a descriptor for every scale level, in framework order.
 *
 * @example assessCompetencies(framework)[0]?.levels.map((item) => item.level) // [1, 2, 3, 4, 5]
 */
export function assessCompetencies(framework: Framework): AssessCompetency[] {
  return framework.competencies.map((competency) => ({
    id: competency.id,
    name: competency.name,
    description: competency.description,
    levels: framework.scale.map((step) => ({
      level: step.level,
      label: step.label,
      descriptor: descriptorText(competency.levels[String(step.level)]) || step.description,
    })),
  }));
}

/** The state before the first key: the first competency, its first level highlighted. */
export function startAssessment(competencies: AssessCompetency[]): AssessState {
  return {
    competencies,
    index: 0,
    cursor: 0,
    note: "",
    ratings: [],
    phase: competencies.length === 0 ? "done" : "choose",
  };
}

/** While choosing, q leaves and a level's number jumps to it; other letters do nothing. */
function typeInChoice(state: AssessState, char: string): AssessState {
  if (state.phase !== "choose") return state;
  if (char.toLowerCase() === "q") return { ...state, phase: "quit" };
  const levels = state.competencies[state.index]?.levels ?? [];
  const position = levels.findIndex((item) => String(item.level) === char);
  return position < 0 ? state : { ...state, cursor: position };
}

function choose(state: AssessState, key: AssessKey): AssessState {
  const last = (state.competencies[state.index]?.levels.length ?? 1) - 1;
  switch (key.kind) {
    case "up":
      return { ...state, cursor: Math.max(0, state.cursor - 1) };
    case "down":
      return { ...state, cursor: Math.min(last, state.cursor + 1) };
    case "enter":
      return { ...state, phase: "note", note: "" };
    case "text":
      return [...key.text].reduce(typeInChoice, state);
    default:
      return state;
  }
}

function confirm(state: AssessState): AssessState {
  const competency = state.competencies[state.index];
  const chosen = competency?.levels[state.cursor];
  if (!competency || !chosen) return state;
  const note = state.note.trim();
  const rating: Rating = {
    competency: competency.id,
    level: chosen.level,
    ...(note === "" ? {} : { note }),
  };
  const index = state.index + 1;
  return {
    ...state,
    index,
    cursor: 0,
    note: "",
    ratings: [...state.ratings, rating],
    phase: index >= state.competencies.length ? "done" : "choose",
  };
}

function writeNote(state: AssessState, key: AssessKey): AssessState {
  switch (key.kind) {
    case "enter":
      return confirm(state);
    case "backspace":
      return { ...state, note: [...state.note].slice(0, -1).join("") };
    case "text":
      return { ...state, note: state.note + key.text };
    default:
      return state;
  }
}

/**
 * Moves the assessment on by one key: up/down choose a level (or type its number), enter
 * confirms it and opens the optional note, enter again records the rating; q (while choosing)
 * or ctrl-c leaves without saving.
 *
 * @example
 * let state = startAssessment(assessCompetencies(framework));
 * state = pressKey(state, { kind: "down" });
 */
export function pressKey(state: AssessState, key: AssessKey): AssessState {
  if (state.phase === "done" || state.phase === "quit") return state;
  if (key.kind === "interrupt") return { ...state, phase: "quit" };
  return state.phase === "choose" ? choose(state, key) : writeNote(state, key);
}
