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

/**
 * Where an assessment is: choosing a level, writing a note for the competency, reviewing every
 * answer before saving, finished (save), or left without saving.
 */
export type AssessPhase = "choose" | "note" | "review" | "done" | "quit";

/** The whole state of a terminal self-assessment; keys move it on, nothing else does. */
export interface AssessState {
  competencies: AssessCompetency[];
  /** The competency being rated. */
  index: number;
  /** The highlighted level, as a position in the competency's levels. */
  cursor: number;
  /** The note for the competency being rated, kept with its rating when it is confirmed. */
  note: string;
  /** The note as it was when the note prompt opened, restored when the prompt is cancelled. */
  noteBefore: string;
  /** Confirmed ratings, in framework order; a skipped competency has none. */
  ratings: Rating[];
  /** Once the review was reached, confirming a changed answer returns to it. */
  reviewed: boolean;
  phase: AssessPhase;
}

/** A key press the assessment understands; any printable input arrives as text. */
export type AssessKey =
  | { kind: "up" | "down" | "left" | "enter" | "backspace" | "escape" | "interrupt" }
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
    noteBefore: "",
    ratings: [],
    reviewed: false,
    phase: competencies.length === 0 ? "done" : "choose",
  };
}

/** Opens a competency with its earlier answer, if any, highlighted and its note kept. */
function visit(state: AssessState, index: number): AssessState {
  const competency = state.competencies[index];
  const earlier = state.ratings.find((rating) => rating.competency === competency?.id);
  const position = competency?.levels.findIndex((item) => item.level === earlier?.level) ?? -1;
  return {
    ...state,
    index,
    cursor: Math.max(0, position),
    note: earlier?.note ?? "",
    phase: "choose",
  };
}

/** Records (or, with null, clears) the current competency's answer and moves on. */
function answer(state: AssessState, level: number | null): AssessState {
  const competency = state.competencies[state.index];
  if (!competency) return state;
  const note = state.note.trim();
  const others = state.ratings.filter((rating) => rating.competency !== competency.id);
  const added: Rating[] =
    level === null ? [] : [{ competency: competency.id, level, ...(note === "" ? {} : { note }) }];
  const order = state.competencies.map((item) => item.id);
  const ratings = [...others, ...added].sort(
    (a, b) => order.indexOf(a.competency) - order.indexOf(b.competency),
  );
  const next = { ...state, ratings };
  const last = state.index + 1 >= state.competencies.length;
  if (last || state.reviewed) return { ...next, phase: "review", reviewed: true };
  return visit(next, state.index + 1);
}

/** While choosing: q leaves, b goes back, n opens the note, s skips, a level's number jumps to it. */
function typeInChoice(state: AssessState, char: string): AssessState {
  const letter = char.toLowerCase();
  if (letter === "q") return { ...state, phase: "quit" };
  if (letter === "b") return back(state);
  if (letter === "n") return { ...state, phase: "note", noteBefore: state.note };
  if (letter === "s") return answer(state, null);
  const levels = state.competencies[state.index]?.levels ?? [];
  const position = levels.findIndex((item) => String(item.level) === char);
  return position < 0 ? state : { ...state, cursor: position };
}

function back(state: AssessState): AssessState {
  if (state.phase === "review") return visit(state, state.competencies.length - 1);
  return state.index === 0 ? state : visit(state, state.index - 1);
}

function choose(state: AssessState, key: AssessKey): AssessState {
  const levels = state.competencies[state.index]?.levels ?? [];
  switch (key.kind) {
    case "up":
      return { ...state, cursor: Math.max(0, state.cursor - 1) };
    case "down":
      return { ...state, cursor: Math.min(levels.length - 1, state.cursor + 1) };
    case "left":
      return back(state);
    case "enter":
      return answer(state, levels[state.cursor]?.level ?? null);
    case "text":
      return typeInChoice(state, key.text);
    default:
      return state;
  }
}

function writeNote(state: AssessState, key: AssessKey): AssessState {
  switch (key.kind) {
    case "enter":
      return { ...state, phase: "choose" };
    case "escape":
      return { ...state, note: state.noteBefore, phase: "choose" };
    case "backspace":
      return { ...state, note: [...state.note].slice(0, -1).join("") };
    case "text":
      return { ...state, note: state.note + key.text };
    default:
      return state;
  }
}

function review(state: AssessState, key: AssessKey): AssessState {
  if (key.kind === "enter") return { ...state, phase: "done" };
  if (key.kind === "left") return back(state);
  if (key.kind !== "text") return state;
  const letter = key.text.toLowerCase();
  if (letter === "q") return { ...state, phase: "quit" };
  if (letter === "b") return back(state);
  return state;
}

/**
 * Moves the assessment on by one key. Choosing: up/down or a level's number highlight a level,
 * enter records it and opens the next competency, n writes a note for this competency (enter
 * keeps it, esc cancels), b or left goes back, s skips (left unrated, never zero). After the last
 * competency comes the review: enter saves, b goes back to change an answer. q (outside a note)
 * or ctrl-c leaves without saving. A level's number is never taken as a note.
 *
 * @example
 * let state = startAssessment(assessCompetencies(framework));
 * state = pressKey(state, { kind: "down" });
 */
export function pressKey(state: AssessState, key: AssessKey): AssessState {
  if (state.phase === "done" || state.phase === "quit") return state;
  if (key.kind === "interrupt") return { ...state, phase: "quit" };
  // Typed text counts letter by letter: "n" opens the note, and what follows is the note.
  if (key.kind === "text" && [...key.text].length > 1 && state.phase !== "note") {
    return [...key.text].reduce(
      (current, char) => pressKey(current, { kind: "text", text: char }),
      state,
    );
  }
  if (state.phase === "note") return writeNote(state, key);
  if (state.phase === "review") return review(state, key);
  return choose(state, key);
}
