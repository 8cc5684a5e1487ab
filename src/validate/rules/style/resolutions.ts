import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import type { BlockLocator } from "./locate.js";
import { resolutionYears } from "./resolution-years.js";
import { forEachTextBlock, isSentenceStart } from "./style-text.js";
import { fixHint } from "./fix-hint.js";

const RULE = "style/resolution-citation";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "Security Council resolutions are cited by number and year: resolution 1325 (2000)",
    hint: "Write `resolution 1325 (2000)`: the number and, in parentheses, the year of adoption; `resolution` in lower case inside a sentence; not UNSCR or SCR. `wps-report validate --fix` does it for the resolutions whose year it knows.",
  },
} as const;

export const resolutionCitationRule = defineRules({
  input: "file",
  rules,
  check: checkResolutionCitations,
});

/** "UNSCR 1325", "SCR 1325", "resolution(s) 1325", "S/RES/1325": where a citation starts. */
const ANCHOR =
  /\b(?:(UN ?SCR|SCR)[ \u00a0-]?(?=\d)|([Rr]esolutions?)[ \u00a0]+(?=\d)|(S\/RES\/)(?=\d))/g;
/** A number, not part of "52/214" or "1996/31", and its year if written. */
const ITEM = /(\d{1,4})(?![\d/]|\.\d)(?:([ \u00a0]?)\((\d{4})\))?/y;
/** ", " / " and " / ", and " between the numbers of "resolutions 1325 (2000) and 1820 (2008)". */
const SEPARATOR =
  /(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?=\d)/y;
/** Old General Assembly numbering: "resolution 2200 A (XXI)", "resolution 1514 (XV)". */
const ASSEMBLY_SESSION = /^(?: [A-Z])? \((?:[IVXLC]+|E?S-\d+)\)/;
/** Resolutions of other organs are numbered their own way. */
const OTHER_ORGAN =
  /(?:Assembly|Commission(?: on(?: the)?(?: [A-Z][a-z]+)+)?|Board|Conference|Committee|Economic and Social Council|Human Rights Council|Trusteeship Council|Council of Europe|Union|Organization|Parliament)[ \u00a0]+$/;

const LOWER_CASE = "Write `resolution` in lower case inside a sentence.";

interface Item {
  number: number;
  start: number;
  end: number;
  /** The year as written, undefined when missing. */
  year?: string;
  /** Whether a space separates the number from "(year)". */
  spaced: boolean;
}

/**
 * Security Council resolutions are cited by number and year,
 * "resolution 1325 (2000)": not "UNSCR 1325", not "Resolution 1325"
 * inside a sentence, never without the year. The fix is offered when the
 * year is certain (the table of known resolutions, or the author's own).
 */
function checkResolutionCitations(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  forEachTextBlock(contribution, (block, locator) => {
    const text = block.text;
    ANCHOR.lastIndex = 0;
    for (let match = ANCHOR.exec(text); match; match = ANCHOR.exec(text)) {
      const start = match.index;
      const word = match[2];
      if (
        word !== undefined &&
        OTHER_ORGAN.test(text.slice(Math.max(0, start - 40), start))
      )
        continue;
      const plural = word?.endsWith("s") === true;
      const items = readItems(text, ANCHOR.lastIndex, plural);
      if (items === undefined) continue;
      ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, items.at(-1)?.end ?? 0);
      const sentenceStart = isSentenceStart(text, start);
      if (plural) {
        if (word === "Resolutions" && !sentenceStart)
          report(
            reporter,
            locator,
            start,
            start + word.length,
            "resolutions",
            text,
            LOWER_CASE,
          );
        for (const item of items)
          checkItem(reporter, locator, text, item, item.start, "");
        continue;
      }
      const abbreviated = match[1] !== undefined;
      const prefix =
        match[3] !== undefined
          ? "S/RES/"
          : sentenceStart && (abbreviated || word === "Resolution")
            ? "Resolution "
            : "resolution ";
      const wrongPrefix = abbreviated
        ? "Cite Security Council resolutions by number and year, `resolution 1325 (2000)`, not by an abbreviation."
        : word === "Resolution" && !sentenceStart
          ? LOWER_CASE
          : undefined;
      checkItem(reporter, locator, text, items[0], start, prefix, wrongPrefix);
    }
  });
}

function readItems(
  text: string,
  from: number,
  plural: boolean,
): Item[] | undefined {
  const items: Item[] = [];
  let at = from;
  for (;;) {
    ITEM.lastIndex = at;
    const match = ITEM.exec(text);
    if (match === null) break;
    const end = ITEM.lastIndex;
    const numberEnd = match.index + match[1].length;
    if (
      match[3] === undefined &&
      ASSEMBLY_SESSION.test(text.slice(numberEnd, numberEnd + 12))
    )
      return undefined;
    const item: Item = {
      number: Number(match[1]),
      start: match.index,
      end,
      spaced: match[2] !== "",
    };
    if (match[3] !== undefined) item.year = match[3];
    items.push(item);
    at = end;
    if (!plural) break;
    SEPARATOR.lastIndex = at;
    if (SEPARATOR.exec(text) === null) break;
    at = SEPARATOR.lastIndex;
  }
  return items.length === 0 ? undefined : items;
}

/** One citation: `prefix` replaces text[from, item.start) ("UNSCR " -> "resolution "). */
function checkItem(
  reporter: RuleReporter<typeof rules>,
  locator: BlockLocator,
  text: string,
  item: Item,
  from: number,
  prefix: string,
  wrongPrefix?: string,
): void {
  const known = resolutionYears.get(item.number);
  const year = known === undefined ? item.year : String(known);
  let hint = wrongPrefix;
  if (item.year === undefined)
    hint ??=
      known === undefined
        ? `Give the year the Security Council adopted resolution ${item.number}, in parentheses after the number.`
        : `Give the year of adoption in parentheses after the number: resolution ${item.number} was adopted in ${known}.`;
  else if (known !== undefined && item.year !== String(known))
    hint ??= `Resolution ${item.number} was adopted in ${known}.`;
  else if (!item.spaced)
    hint ??= "Put a space between the number and the year.";
  if (hint === undefined) return;
  const expected = `${from === item.start ? "" : prefix}${item.number} (${year ?? "<year>"})`;
  report(
    reporter,
    locator,
    from,
    item.end,
    expected,
    text,
    hint,
    year !== undefined,
  );
}

function report(
  reporter: RuleReporter<typeof rules>,
  locator: BlockLocator,
  start: number,
  end: number,
  expected: string,
  text: string,
  hint: string,
  certain = true,
): void {
  const located = locator.fixFor(start, end, expected);
  if (located === undefined) return;
  const fix = certain ? located.fix : undefined;
  reporter.report(
    RULE,
    located.place,
    `Unexpected \`${text.slice(start, end)}\`, expected \`${expected}\``,
    {
      hint:
        fix === undefined
          ? hint
          : `${hint}${fixHint(text.slice(start, end), expected)}`,
      fix,
    },
  );
}
