import { plainStyle, type TextStyle } from "../diagnostics/format-text.js";
import { escapeLine } from "../diagnostics/terminal-text.js";
import { displayPath } from "../shared/paths.js";
import { plural } from "../shared/numbers.js";
import type { Change, ChangeLine } from "./changes.js";
import { condenseLine } from "./context.js";
import { changeOwner, changePlace } from "./stat.js";
import type { WordPart } from "./words.js";

export type DiffStyle = TextStyle & {
  green(text: string): string;
  cyan(text: string): string;
};

const plainDiffStyle: DiffStyle = {
  ...plainStyle,
  green: (t) => t,
  cyan: (t) => t,
};

export interface DiffTextOptions {
  /** "HEAD~1 (1a2b3c4, 2004-10-01)" and "the working tree". */
  fromLabel: string;
  toLabel: string;
  root: string;
  cwd: string;
  style?: DiffStyle;
  /** With colour, changed words are shown by colour alone, without brackets. */
  colour?: boolean;
}

/** "4 changes (1 changed, 1 added, 1 removed, 1 moved)". */
export function countChanges(changes: readonly Change[]): string {
  const counts = (["changed", "added", "removed", "moved"] as const)
    .map(
      (type) => [type, changes.filter((c) => c.type === type).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([type, count]) => `${count} ${type}`);
  return `${plural(changes.length, "change")}${counts.length > 0 ? ` (${counts.join(", ")})` : ""}`;
}

/**
 * The changes for a terminal: a header per change (what, where, whose),
 * then its text: `+` added, `-` removed, `~` changed word by word. Without
 * colour, removed words read [-like this-] and added ones {+like this+}.
 */
export function formatDiffText(
  changes: readonly Change[],
  options: DiffTextOptions,
): string {
  const style = options.style ?? plainDiffStyle;
  const header = `Comparing ${options.fromLabel} with ${options.toLabel}`;
  if (changes.length === 0) return `${header}: no changes to the draft.\n`;
  const out = [`${header}: ${countChanges(changes)}.`];
  for (const change of changes) {
    out.push("", headerLine(change, style, options));
    // A changed paragraph shows its changed words with a little context, not all of it.
    for (const line of change.lines)
      out.push(formatLine(condenseLine(line), style, options.colour === true));
  }
  return `${out.join("\n")}\n`;
}

function headerLine(
  change: Change,
  style: DiffStyle,
  where: { root: string; cwd: string },
): string {
  const colour = {
    added: (t: string) => style.green(t),
    removed: (t: string) => style.red(t),
    changed: (t: string) => style.yellow(t),
    moved: (t: string) => style.cyan(t),
  }[change.type];
  const place = changePlace(change);
  const whose = changeOwner(change);
  const source =
    change.source === undefined
      ? ""
      : ` ${style.dim(`${escapeLine(displayPath(change.source.file, where))}:${change.source.line}`)}`;
  const section =
    change.section === undefined ? "" : ` · ${escapeLine(change.section)}`;
  return `${colour(change.type.padEnd(7))} ${style.bold(escapeLine(place))}${section} · ${escapeLine(whose)}${source}`;
}

function formatLine(
  line: ChangeLine,
  style: DiffStyle,
  colour: boolean,
): string {
  const marker = { equal: " ", added: "+", removed: "-", changed: "~" }[
    line.op
  ];
  const text = line.words
    .map((part) => formatWords(part, line.op, style, colour))
    .join("");
  const body = `${escapeLine(line.prefix)}${text}`;
  switch (line.op) {
    case "added":
      return style.green(`  ${marker} ${body}`);
    case "removed":
      return style.red(`  ${marker} ${body}`);
    default:
      return `  ${marker} ${body}`;
  }
}

function formatWords(
  part: WordPart,
  op: ChangeLine["op"],
  style: DiffStyle,
  colour: boolean,
): string {
  // Contribution text: shown with control characters escaped.
  const value = escapeLine(part.value);
  // Whole added or removed lines are coloured as a line; brackets are for changes inside one.
  if (op !== "changed") return value;
  if (part.removed) return colour ? style.red(value) : `[-${value}-]`;
  if (part.added) return colour ? style.green(value) : `{+${value}+}`;
  return value;
}
