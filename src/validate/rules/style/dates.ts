import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { MONTHS } from "../../../shared/dates.js";
import { forEachTextBlock } from "./style-text.js";
import { fixHint } from "./fix-hint.js";

const RULE = "style/dates";

const rules = {
  [RULE]: {
    severity: "warning",
    title: "Dates are written day, month, year: 31 October 2004",
    hint: "Write `31 October 2004`: the day, the month in words, the year, with no comma or ordinal. `wps-report validate --fix` does it when the order of day and month is certain.",
  },
} as const;

export const dateRule = defineRules({
  input: "file",
  rules,
  check: checkDates,
});
const FULL = MONTHS.join("|");
const ABBREVIATED = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const SPACE = "[ \\u00a0]";
const NOT_AFTER = "(?<![\\p{L}\\p{N}/.\\-])";
const NOT_BEFORE = "(?![\\p{L}\\p{N}/]|[.\\-]\\d)";

interface Candidate {
  start: number;
  end: number;
  /** The right form; undefined when the order of day and month cannot be known. */
  expected?: string;
  /** Shown instead of `expected` when there is none. */
  choices?: string;
}

type Pattern = {
  regex: RegExp;
  read: (m: RegExpExecArray, text: string) => Candidate | undefined;
};

const PATTERNS: Pattern[] = [
  {
    // "October 31, 2004", "Oct. 31 2004", "October 31st, 2004"
    regex: new RegExp(
      `\\b(${FULL}|${ABBREVIATED})\\.?${SPACE}(\\d{1,2})(?:st|nd|rd|th)?,?${SPACE}(\\d{4})\\b`,
      "gu",
    ),
    read: (m) => date(m, m[2], m[1], m[3]),
  },
  {
    // "October 31st", "Oct. 31", "October 31," (no year)
    regex: new RegExp(
      `\\b(?:(${FULL}|${ABBREVIATED})\\.?${SPACE}(\\d{1,2})(?:st|nd|rd|th)|(${ABBREVIATED})\\.?${SPACE}(\\d{1,2})(?!\\d)|(${FULL})${SPACE}(\\d{1,2})(?=,|[.;:!?)]|$))`,
      "gu",
    ),
    read: (m) => date(m, m[2] ?? m[4] ?? m[6], m[1] ?? m[3] ?? m[5], undefined),
  },
  {
    // "Oct. 2004", "October, 2004"
    regex: new RegExp(
      `\\b(?:(${ABBREVIATED})\\.?|(${FULL}),)${SPACE}(\\d{4})\\b`,
      "gu",
    ),
    read: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      expected: `${monthName(m[1] ?? m[2])} ${m[3]}`,
    }),
  },
  {
    // "31st October 2004", "31st of October", "31 Oct. 2004", "31 October, 2004", "01 October 2004"
    regex: new RegExp(
      `\\b(\\d{1,2})(st|nd|rd|th)?(${SPACE}+of)?${SPACE}+(${FULL}|${ABBREVIATED})\\b(\\.?)(?:(,?)${SPACE}(\\d{4})\\b)?`,
      "gu",
    ),
    read: (m, text) => {
      const [, day, ordinal, of, month, period, comma, year] = m;
      const abbreviated = !MONTHS.includes(month);
      if (
        ordinal === undefined &&
        of === undefined &&
        !abbreviated &&
        comma !== "," &&
        !day.startsWith("0")
      )
        return undefined;
      const candidate = date(m, day, month, year);
      // Without a year, "31 Oct." may end the sentence: keep that full stop.
      if (
        candidate !== undefined &&
        period === "." &&
        year === undefined &&
        !/^\s*[\p{Ll}\p{N}]/u.test(text.slice(candidate.end, candidate.end + 3))
      )
        candidate.end -= 1;
      return candidate;
    },
  },
  {
    // "31/10/2004", "10/31/2004", "31.10.2004"
    regex: new RegExp(
      `${NOT_AFTER}(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})${NOT_BEFORE}`,
      "gu",
    ),
    read: (m) => numericDate(m),
  },
  {
    // "2004-10-31"
    regex: new RegExp(
      `${NOT_AFTER}(\\d{4})-(\\d{2})-(\\d{2})${NOT_BEFORE}`,
      "gu",
    ),
    read: (m) => date(m, m[3], MONTHS[Number(m[2]) - 1], m[1]),
  },
];

/** Dates as "31 October 2004": day, month in full, year; no ordinals, commas or figures for the month. */
function checkDates(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  forEachTextBlock(contribution, (block, locator) => {
    for (const candidate of candidatesIn(block.text)) {
      const written = block.text.slice(candidate.start, candidate.end);
      if (written === candidate.expected) continue;
      const located = locator.fixFor(
        candidate.start,
        candidate.end,
        candidate.expected ?? "",
      );
      if (located === undefined) continue;
      const fix = candidate.expected === undefined ? undefined : located.fix;
      reporter.report(
        RULE,
        located.place,
        `Unexpected \`${written}\`, expected ${candidate.expected === undefined ? `the month in words (${candidate.choices})` : `\`${candidate.expected}\``}`,
        {
          hint: `The United Nations writes dates as day, month in words, year, with no comma or ordinal: 31 October 2004.${fix === undefined || candidate.expected === undefined ? "" : fixHint(written, candidate.expected)}`,
          fix,
        },
      );
    }
  });
}

// What every pattern's match contains: a month's first three letters (every full and abbreviated
// name starts with them), or figures around `/`, `.` or `-`. One scan for it spares most paragraphs
// the six patterns' scans.
const MAY_HOLD_A_DATE = new RegExp(
  `${MONTHS.map((month) => month.slice(0, 3)).join("|")}|\\d[/.-]\\d`,
);

/** Matches of every pattern, in order, without overlaps (the longest wins at one start). */
function candidatesIn(text: string): Candidate[] {
  if (!MAY_HOLD_A_DATE.test(text)) return [];
  const all: Candidate[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const candidate = read(m, text);
      if (candidate !== undefined) all.push(candidate);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of all)
    if (candidate.start >= (kept.at(-1)?.end ?? 0)) kept.push(candidate);
  return kept;
}

function monthName(written: string | undefined): string {
  const prefix = (written ?? "").slice(0, 3);
  return MONTHS.find((month) => month.startsWith(prefix)) ?? written ?? "";
}

function date(
  m: RegExpExecArray,
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
): Candidate | undefined {
  const name = monthName(month);
  const d = Number(day);
  if (
    !isValidDay(
      d,
      MONTHS.indexOf(name),
      year === undefined ? 2000 : Number(year),
    )
  )
    return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    expected: `${d} ${name}${year === undefined ? "" : ` ${year}`}`,
  };
}

function numericDate(m: RegExpExecArray): Candidate | undefined {
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = Number(m[4]);
  const asDayMonth = isValidDay(first, second - 1, year)
    ? `${first} ${MONTHS[second - 1]} ${year}`
    : undefined;
  const asMonthDay = isValidDay(second, first - 1, year)
    ? `${second} ${MONTHS[first - 1]} ${year}`
    : undefined;
  const span = { start: m.index, end: m.index + m[0].length };
  if (
    asDayMonth !== undefined &&
    asMonthDay !== undefined &&
    asDayMonth !== asMonthDay
  )
    return { ...span, choices: `\`${asDayMonth}\` or \`${asMonthDay}\`` };
  const expected = asDayMonth ?? asMonthDay;
  return expected === undefined ? undefined : { ...span, expected };
}

function isValidDay(day: number, monthIndex: number, year: number): boolean {
  if (monthIndex < 0 || monthIndex > 11 || !Number.isInteger(day) || day < 1)
    return false;
  return day <= new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}
