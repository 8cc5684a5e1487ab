import { groupDigits } from "../shared/numbers.js";
import type { OutputStream } from "./io.js";

/** A one-line progress display for long builds. */
export interface Progress {
  /** What is happening now, e.g. "writing the DOCX"; drawn at once (once past the delay). */
  stage(text: string): void;
  /** A count within a stage, e.g. "reading contributions 340/1,000"; redrawn at most every intervalMs. */
  count(label: string, done: number, total: number): void;
  /** Erase the line (if one was drawn). Safe to call more than once. */
  done(): void;
}

export interface ProgressOptions {
  /** Nothing is drawn before this much time has passed: a quick build prints nothing extra. */
  delayMs?: number;
  /** Redraws at most this often. */
  intervalMs?: number;
  now?: () => number;
  /** TERM=dumb terminals cannot erase a line: no progress there. */
  env?: NodeJS.ProcessEnv;
}

const silent: Progress = {
  stage: () => undefined,
  count: () => undefined,
  done: () => undefined,
};

/**
 * Progress on stderr, only when it is a terminal (a log file or CI never
 * sees it) and only once the build has taken about a second. The line is
 * redrawn in place and erased before anything else is printed.
 */
export function startProgress(
  stream: OutputStream,
  options: ProgressOptions = {},
): Progress {
  if (stream.isTTY !== true || options.env?.["TERM"] === "dumb") return silent;
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let current = "";
  let drawn = "";
  let lastDraw = -Infinity;
  let finished = false;

  const draw = () => {
    if (finished || current === drawn) return;
    stream.write(`\r\x1b[2K${current}`);
    drawn = current;
    lastDraw = now();
  };
  // The event loop is free while files are read or workers parse: show the line then even without a new update.
  const timer = setTimeout(draw, delayMs);
  timer.unref();

  const show = (text: string, throttled: boolean) => {
    current = `wps-report: ${text}…`;
    const at = now();
    if (at - started >= delayMs && (!throttled || at - lastDraw >= intervalMs))
      draw();
  };
  return {
    stage: (text) => show(text, false),
    count: (label, done, total) =>
      show(`${label} ${groupDigits(done)}/${groupDigits(total)}`, true),
    done() {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (drawn !== "") stream.write("\r\x1b[2K");
    },
  };
}
