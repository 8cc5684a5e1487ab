/**
 * Text from files (names, contribution text, git authors) printed for a
 * person to read must not drive their terminal: `ESC ] 0 ; … BEL` sets the
 * window title, `ESC [ 8 m` hides what follows, `ESC [ 2 J` clears the
 * screen. These helpers show such characters escaped, as git quotes path
 * names (`"dp\033]0;x\007ko.md"`). JSON output is never passed through them:
 * it stays exact, and JSON escapes control characters itself.
 */

// C0 controls, DEL and the C1 controls (U+009B is a one-character CSI).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// The same but tab and line feed, which only lay text out.
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const NAMED: Readonly<Record<string, string>> = {
  "\u0007": "\\a",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\u000b": "\\v",
  "\f": "\\f",
  "\r": "\\r",
};

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  // Octal as git writes it (\033 for ESC); C1 controls as \u0085.
  return code < 0x80
    ? `\\${code.toString(8).padStart(3, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** A message for the terminal: control characters escaped, tabs and line breaks kept. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS_BUT_LAYOUT, escapeOne);
}

/** One line for the terminal: every control character escaped, line breaks too. */
export function escapeLine(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}

/**
 * A path name as git shows it (core.quotePath): as is when it has no
 * control character, else in double quotes with C escapes (and `"` and
 * `\` escaped inside the quotes).
 */
export function quotePath(name: string): string {
  if (!CONTROL.test(name)) return name;
  return `"${name.replace(/["\\]/g, "\\$&").replace(CONTROLS, escapeOne)}"`;
}
