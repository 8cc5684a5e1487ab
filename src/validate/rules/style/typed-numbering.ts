import type { Fix } from "../../../diagnostics/diagnostic.js";
import { walkMarkdown } from "../../../mdast-walk.js";
import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import type { Place } from "../../reporter.js";
import { pastedBlocks } from "./pasted-blocks.js";
import { linesOf } from "./style-text.js";

const RULE = "style/typed-numbering";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "Paragraphs and list items are not numbered by hand (`1.` + tab, `(a)`, `a)`): the report numbers them",
    hint: "Remove the typed number or letter. The report numbers its paragraphs itself, and letters the items of a list (a), (b), (c): write each item on its own line starting with `- ` after a sentence ending with a colon. `wps-report validate --fix` turns a run of lines typed `(a)`, `(b)`, `(c)` ... at the start of lines of one paragraph, or of paragraphs one after another, into `- ` items; it leaves numbers typed with a tab (`1.` + tab, pasted from Word) and roman numerals (`(i)`) to you, as only you know whether they number paragraphs or list items.",
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const typedNumberingRule = defineRules({
  input: "file",
  rules,
  check: checkTypedNumbering,
});

/** A typed item sign opening a line: `(a)`, `a)`, `(i)`, `(1)`, or a number with a tab after it, as Word pastes it. */
const TYPED =
  /(?<=^|\n)(?:\(([a-z]|[ivx]{1,4}|\d{1,2})\)|([a-z])\)|(\d{1,2})[.)](?=\t))[ \t\u00a0]+(?=\S)/g;
const ANY_TYPED = /(?:^|\n)[ \t]*(?:\(?[a-z]{1,4}\)|\(\d{1,2}\)|\d{1,2}[.)]\t)/;
/** An ordered list item whose number Word pasted with a tab after it. */
const TAB_AFTER_NUMBER = /^\d{1,9}[.)]\t/;

interface Item {
  sign: string;
  letter?: string;
  place: Place;
  span?: Omit<Fix, "text">;
  /** Index of its paragraph among the contribution's blocks: items run on when in the same or the next one. */
  block: number;
  lineStart: boolean;
}

function checkTypedNumbering(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  // In a .yaml file a section's text may start after `key: ` or a quote: no quick look there.
  const text = contribution.text;
  if (
    text === undefined ||
    (contribution.format !== "yaml" && !ANY_TYPED.test(text))
  )
    return;
  const items: Item[] = [];
  pastedBlocks(contribution).forEach(({ block, locator, lineStart }, index) => {
    for (const match of block.text.matchAll(TYPED)) {
      const located = locator.locate(
        match.index,
        match.index + match[0].length,
      );
      if (located === undefined) continue;
      const letter = match[1] ?? match[2];
      const sign = match[0].trimEnd();
      items.push({
        sign,
        ...(letter !== undefined && /^[a-z]$/.test(letter) ? { letter } : {}),
        place: located.place,
        ...(located.span === undefined ? {} : { span: located.span }),
        block: index,
        lineStart:
          lineStart !== undefined && located.place.column === lineStart,
      });
    }
  });
  const fixed = lettersInRuns(items);
  for (const item of items) {
    const fix = fixed.has(item) && item.span !== undefined;
    reporter.report(
      RULE,
      item.place,
      `Unexpected \`${item.sign}\` typed at the start of a line: the report numbers its paragraphs and letters the items of a list itself, so this would be printed as plain text beside its own numbering`,
      fix && item.span !== undefined
        ? {
            hint: `Replace \`${item.sign}\` and the space after it with \`- \`, so the line becomes an item of a list the report letters (a), (b) (by hand on the website; on your computer \`wps-report validate --fix\` makes this change).`,
            fix: { ...item.span, text: "- " },
          }
        : { hint: manualHint(item.sign) },
    );
  }
  reportTabbedListNumbers(contribution, reporter);
}

/** Items typed (a), (b), (c) ... one after another from (a): certainly a list. */
function lettersInRuns(items: readonly Item[]): Set<Item> {
  const fixed = new Set<Item>();
  let run: Item[] = [];
  const close = () => {
    if (run.length >= 2) for (const item of run) fixed.add(item);
    run = [];
  };
  for (const item of items) {
    const last = run.at(-1);
    const next =
      last?.letter !== undefined &&
      item.letter !== undefined &&
      item.letter.charCodeAt(0) === last.letter.charCodeAt(0) + 1 &&
      item.block - last.block <= 1 &&
      item.sign.startsWith("(") === last.sign.startsWith("(");
    const usable = item.lineStart && item.span !== undefined;
    if (next && usable) {
      run.push(item);
      continue;
    }
    close();
    if (item.letter === "a" && usable) run = [item];
  }
  close();
  return fixed;
}

function manualHint(sign: string): string {
  return /\d/.test(sign)
    ? `Remove \`${sign}\` and the tab after it: the report numbers its paragraphs itself. If these lines are a list, start each with \`- \` instead.`
    : `Start the item with \`- \` instead of \`${sign}\`, after a sentence ending with a colon: the report letters the items (a), (b) itself. If it is not a list item, remove \`${sign}\`.`;
}

/** `1.` + tab makes a Markdown list, but one Word numbered as paragraphs: say so, leave the choice to the author. */
function reportTabbedListNumbers(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  const lines = linesOf(contribution);
  if (lines === undefined) return;
  const blocks = contribution.sections.flatMap((section) => section.blocks);
  walkMarkdown(blocks, (node, ancestors) => {
    if (node.type !== "listItem") return;
    const list = ancestors.at(-1);
    if (list?.type !== "list" || list.ordered !== true) return;
    const start = node.position?.start;
    if (start === undefined) return;
    const source = lines[start.line - 1]?.slice(start.column - 1) ?? "";
    const sign = TAB_AFTER_NUMBER.exec(source)?.[0];
    if (sign === undefined) return;
    const written = sign.trimEnd();
    reporter.report(
      RULE,
      { file: contribution.file, line: start.line, column: start.column },
      `Unexpected \`${written}\` followed by a tab: a number typed in Word makes a list here, which the report letters (a), (b), not a numbered paragraph`,
      { hint: manualHint(written) },
    );
  });
}
