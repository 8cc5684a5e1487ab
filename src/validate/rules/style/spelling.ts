import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { unSpelling } from "./spelling-list.js";
import {
  forEachTextBlock,
  isSentenceStart,
  matchCase,
  previousWord,
} from "./style-text.js";
import { fixHint } from "./fix-hint.js";

const RULE = "style/spelling";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "United Nations spelling: programme, centre, labour, defence; organization, mobilize",
    hint: "Use Oxford spelling with -ize, as the United Nations does (programme, centre, labour, defence, behaviour; organization, mobilize; analyse). Quotations and names keep their own spelling. `wps-report validate --fix` does it.",
  },
} as const;

export const spellingRule = defineRules({
  input: "file",
  rules,
  check: checkSpelling,
});
const WORD = /\p{L}+/gu;
const COMPUTING = new Set(["computer", "software"]);

/**
 * UN spelling from a curated list (programme, centre, labour, defence;
 * organization, mobilize). Quotations keep their spelling, and so do names:
 * a capitalized word is only checked at the start of a sentence.
 */
function checkSpelling(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  forEachTextBlock(contribution, (block, locator) => {
    const text = block.text;
    const quoted = quotedRanges(text);
    let quote = 0;
    WORD.lastIndex = 0;
    for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
      const written = match[0];
      const right = unSpelling.get(written.toLowerCase());
      if (right === undefined) continue;
      const start = match.index;
      while ((quoted[quote]?.[1] ?? Infinity) <= start) quote++;
      const range = quoted[quote];
      if (range !== undefined && range[0] <= start) continue;
      const first = written[0];
      const capitalized = first !== first.toLowerCase();
      if (
        capitalized &&
        (written.length === 1 ||
          written.slice(1) !== written.slice(1).toLowerCase())
      )
        continue; // ALL CAPS or mixed: an acronym or a name
      if (capitalized && !isSentenceStart(text, start)) continue;
      if (
        written.toLowerCase().startsWith("program") &&
        COMPUTING.has(previousWord(text, start))
      )
        continue;
      const expected = matchCase(written, right);
      const located = locator.fixFor(start, start + written.length, expected);
      if (located === undefined) continue;
      reporter.report(
        RULE,
        located.place,
        `Unexpected \`${written}\`, expected \`${expected}\``,
        {
          hint: `United Nations documents follow Oxford spelling: -our, -re, -ize (programme, centre, labour, organization; "program" only for computer programs).${located.fix === undefined ? "" : fixHint(written, expected)}`,
          fix: located.fix,
        },
      );
    }
  });
}

/**
 * Spans between quotation marks: “curly” pairs, and straight double quotes
 * taken two by two. Single quotes are left alone (they double as
 * apostrophes).
 */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!text.includes('"') && !text.includes("\u201c")) return ranges;
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\u201c") open = i;
    else if (char === "\u201d" && open !== -1) {
      ranges.push([open, i]);
      open = -1;
    } else if (char === '"') {
      if (straight === -1) straight = i;
      else {
        ranges.push([straight, i]);
        straight = -1;
      }
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
