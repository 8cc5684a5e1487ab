import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { holdsAny } from "./pasted-blocks.js";

const RULE = "style/invisible-character";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "No invisible characters pasted from Word: non-breaking spaces between words, zero-width spaces, soft hyphens",
    hint: "Replace the character with an ordinary space, or delete it: it cannot be seen, but it stops a search from finding the words around it, changes word counts and decides where lines break. `wps-report validate --fix` makes the change. Kept on purpose, and not reported: a non-breaking space (U+00A0) or a narrow one (U+202F) next to a number, as United Nations style keeps a number with its neighbour on one line (resolution 1325 (2000), 15 per cent, No. 5); and a zero-width joiner or non-joiner (U+200D, U+200C) next to a letter of a script that needs it (Arabic, Persian, the scripts of India) or an emoji. A narrow non-breaking space between two digits (10 000) is reported with no fix: write the number with a comma (10,000).",
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const invisibleCharacterRule = defineRules({
  input: "file",
  rules,
  check: checkInvisibleCharacters,
});

const INVISIBLE =
  /\u00a0+|\u202f+|\u200b+|\u2060+|\ufeff+|\u00ad+|\u200c+|\u200d+/g;
const INVISIBLE_CHARACTERS = "\u00a0\u202f\u200b\u2060\ufeff\u00ad\u200c\u200d";
const NAMES: Record<string, string> = {
  "\u00a0": "non-breaking space (U+00A0)",
  "\u202f": "narrow non-breaking space (U+202F)",
  "\u200b": "zero-width space (U+200B)",
  "\u2060": "word joiner (U+2060)",
  "\ufeff": "zero-width no-break space (U+FEFF)",
  "\u00ad": "soft hyphen (U+00AD)",
  "\u200c": "zero-width non-joiner (U+200C)",
  "\u200d": "zero-width joiner (U+200D)",
};
const DIGIT = /\p{Nd}/u;
/** Letters that are neither Latin, Greek nor Cyrillic (which never need a joiner), or an emoji. */
const JOINING_SCRIPT = /[\p{L}\p{M}\p{Extended_Pictographic}]/u;
const NO_JOINER_NEEDED =
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

function checkInvisibleCharacters(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  const text = contribution.text;
  if (text === undefined || !holdsAny(text, INVISIBLE_CHARACTERS)) return;
  // One walk over the whole text, counting lines as it goes, so a large file costs one pass.
  let line = 1;
  let lineStart = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    for (
      let at = text.indexOf("\n", lineStart);
      at >= 0 && at < match.index;
      at = text.indexOf("\n", lineStart)
    ) {
      line++;
      lineStart = at + 1;
    }
    const char = match[0][0] ?? "";
    // Whole characters, so an emoji (two UTF-16 units) is seen as one.
    const before =
      [...text.slice(Math.max(lineStart, match.index - 2), match.index)].at(
        -1,
      ) ?? "";
    const next = text.codePointAt(match.index + match[0].length);
    const after =
      next === undefined || next === 10 ? "" : String.fromCodePoint(next);
    const verdict = judge(char, before, after);
    if (verdict === "keep") continue;
    const column = match.index - lineStart + 1;
    const place = { file: contribution.file, line, column };
    const name = NAMES[char] ?? "invisible character";
    if (verdict === "advise") {
      reporter.report(
        RULE,
        place,
        `Unexpected ${name} between the digits of a number: it cannot be seen, and a search for the number will not find it`,
        {
          hint: "Write the number with a comma (10,000), as United Nations English does.",
        },
      );
      continue;
    }
    const count = match[0].length > 1 ? `${match[0].length} × ` : "";
    reporter.report(
      RULE,
      place,
      `Unexpected ${count}${name}, pasted with the text: it cannot be seen, but it stops searches from finding these words and changes where the line breaks; expected ${verdict === "space" ? "an ordinary space" : "nothing"}`,
      {
        hint: `${verdict === "space" ? "Type an ordinary space in its place" : "Delete it (put the cursor after the previous character and delete until the next one)"} (by hand on the website; on your computer \`wps-report validate --fix\` makes this change).`,
        fix: {
          line,
          column,
          length: match[0].length,
          text: verdict === "space" ? " " : "",
        },
      },
    );
  }
}

/** What to do with a run of one invisible character, from its neighbours (see the rule's hint for why). */
function judge(
  char: string,
  before: string,
  after: string,
): "keep" | "space" | "remove" | "advise" {
  switch (char) {
    case "\u00a0":
      return DIGIT.test(before) || DIGIT.test(after) ? "keep" : "space";
    case "\u202f":
      if (DIGIT.test(before) && DIGIT.test(after)) return "advise";
      return DIGIT.test(before) || DIGIT.test(after) ? "keep" : "space";
    case "\u200c":
    case "\u200d":
      return needsJoiner(before) || needsJoiner(after) ? "keep" : "remove";
    default:
      return "remove";
  }
}

function needsJoiner(char: string): boolean {
  return JOINING_SCRIPT.test(char) && !NO_JOINER_NEEDED.test(char);
}
