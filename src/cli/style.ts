import { Chalk } from "chalk";
import { plainStyle, type TextStyle } from "../diagnostics/format-text.js";
import { useColor, type OutputStream } from "./io.js";

/** The one place chalk is used: colours for a stream, or none. */
export function styleFor(
  stream: OutputStream,
  env: NodeJS.ProcessEnv,
): TextStyle & { green(text: string): string; cyan(text: string): string } {
  if (!useColor(stream, env))
    return { ...plainStyle, green: (t) => t, cyan: (t) => t };
  const chalk = new Chalk({ level: 1 });
  return {
    dim: (t) => chalk.dim(t),
    red: (t) => chalk.red(t),
    yellow: (t) => chalk.yellow(t),
    bold: (t) => chalk.bold(t),
    underline: (t) => chalk.underline(t),
    green: (t) => chalk.green(t),
    cyan: (t) => chalk.cyan(t),
  };
}
