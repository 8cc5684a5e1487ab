import type { Edition, SourcePosition } from "../../../model.js";
import { outlineParts } from "../../../outline.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { PROPER_NOUNS } from "./proper-nouns.js";

const RULE = "style/heading-case";

const rules = {
  [RULE]: {
    severity: "warning",
    title: "Outline headings are in sentence case",
    hint: "Capitalize the first word of a heading and proper nouns only: `Peace processes`, not `Peace Processes`.",
  },
} as const;

export const headingCaseRule = defineRules({
  input: "edition",
  rules,
  check: checkHeadingCase,
});
// \u2019 is the typographic apostrophe (’); regular expressions keep the bundle ASCII (scripts/bundle.mjs).
const WORD = /[\p{L}\p{N}'\u2019]+/gu;
const CAPITALIZED = /^\p{Lu}[\p{Ll}'\u2019]*$/u;

/**
 * Outline headings in sentence case: a capital on the first word and on
 * proper nouns only ("Peace processes", not "Peace Processes"). Words in
 * capitals (acronyms, numerals) and known names pass; the roster's entity
 * names count as names.
 */
function checkHeadingCase(
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  const names = [
    ...PROPER_NOUNS,
    ...edition.config.entities.map((entity) => entity.name),
  ];
  for (const chapter of outlineParts(edition.outline)) {
    checkTitle(chapter.title, chapter.position, names, reporter);
    for (const section of chapter.sections)
      checkTitle(section.title, section.position, names, reporter);
  }
}

function checkTitle(
  title: string,
  position: SourcePosition,
  names: readonly string[],
  reporter: RuleReporter<typeof rules>,
): void {
  const covered = coveredByNames(title, names);
  let expected = "";
  let last = 0;
  let first = true;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(title); match; match = WORD.exec(title)) {
    const word = match[0];
    let right = word;
    if (first) {
      if (/^\p{Ll}/u.test(word)) right = word[0].toUpperCase() + word.slice(1);
    } else if (
      CAPITALIZED.test(word) &&
      word.length > 1 &&
      !covered[match.index]
    )
      right = word.toLowerCase();
    first = false;
    expected += title.slice(last, match.index) + right;
    last = match.index + word.length;
  }
  expected += title.slice(last);
  if (expected === title) return;
  reporter.report(
    RULE,
    position,
    `Unexpected heading \`${title}\`, expected sentence case \`${expected}\``,
    {
      hint: "Headings take a capital on the first word and on proper nouns only. If a lower-cased word here is a name, keep it and set `style/heading-case: off` under `rules:` in report.yaml.",
    },
  );
}

/** For each character of `title`, whether it lies inside a known name. */
function coveredByNames(title: string, names: readonly string[]): boolean[] {
  const covered = new Array<boolean>(title.length).fill(false);
  for (const name of names) {
    for (
      let at = title.indexOf(name);
      at !== -1;
      at = title.indexOf(name, at + 1)
    ) {
      const before = title[at - 1];
      const after = title[at + name.length];
      if (
        (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
        (after === undefined || !/[\p{L}\p{N}]/u.test(after))
      )
        covered.fill(true, at, at + name.length);
    }
  }
  return covered;
}
