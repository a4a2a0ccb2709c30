import { assessScreen } from "../terminal-assess-screen.ts";
import { readKeys } from "./assess-keys.ts";
import {
  type AssessCompetency,
  type AssessState,
  pressKey,
  startAssessment,
} from "./assess-state.ts";

/** The input side of a terminal: a stream that may switch to raw mode (a TTY does). */
export interface TerminalInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?: (raw: boolean) => unknown;
}

/** Where the screen is drawn; a TTY says how many columns wide it is. */
export interface TerminalOutput {
  write(text: string): unknown;
  columns?: number;
}

const clearScreen = "\x1b[2J\x1b[H";

/**
 * Runs an interactive self-assessment on a terminal: draws each state, feeds every key to the
 * state machine and resolves with the final state once it is done or left (also when the input
 * ends). Raw mode is switched off again whatever happens.
 *
 * @example
 * const state = await runAssessSession({ input: process.stdin, output: process.stdout, competencies });
 */
export function runAssessSession(options: {
  input: TerminalInput;
  output: TerminalOutput;
  competencies: AssessCompetency[];
}): Promise<AssessState> {
  const { input, output } = options;
  let state = startAssessment(options.competencies);
  const finished = () => state.phase === "done" || state.phase === "quit";
  return new Promise((resolve) => {
    const draw = () => output.write(`${clearScreen}${assessScreen(state, output.columns ?? 80)}`);
    const finish = () => {
      input.off("data", onData);
      input.off("end", onEnd);
      input.setRawMode?.(false);
      input.pause();
      resolve(state);
    };
    function onData(chunk: string | Buffer) {
      for (const key of readKeys(String(chunk))) {
        state = pressKey(state, key);
        if (finished()) break;
      }
      draw();
      if (finished()) finish();
    }
    function onEnd() {
      if (!finished()) state = { ...state, phase: "quit" };
      finish();
    }
    input.setRawMode?.(true);
    input.setEncoding("utf8");
    input.on("data", onData);
    input.on("end", onEnd);
    input.resume();
    draw();
    if (finished()) finish();
  });
}
