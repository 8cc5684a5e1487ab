import { docsUrlFor } from "../diagnostics/docs-url.js";
import type {
  AnyRuleFamily,
  RuleFamily,
  RuleInfo,
  RuleInput,
  RuleInputs,
} from "./define-rules.js";
import { fileRules } from "./rules/files.js";
import { footnoteRules } from "./rules/footnotes.js";
import { frontMatterRules } from "./rules/front-matter.js";
import { listLeadInRule } from "./rules/list-lead-in.js";
import { markdownRules } from "./rules/markdown.js";
import { mergeRules } from "./rules/merge.js";
import { outlineRules } from "./rules/outline.js";
import { reportWordRules } from "./rules/report-words.js";
import { structureRules } from "./rules/structure.js";
import { acronymRule } from "./rules/style/acronyms.js";
import { dateRule } from "./rules/style/dates.js";
import { emphasisRule } from "./rules/style/emphasis.js";
import { footnoteMarkRule } from "./rules/style/footnote-mark.js";
import { headingCaseRule } from "./rules/style/headings.js";
import { indentedParagraphRule } from "./rules/style/indented-paragraph.js";
import { invisibleCharacterRule } from "./rules/style/invisible-characters.js";
import { linkSchemeRule } from "./rules/style/link-scheme.js";
import { pastedBulletRule } from "./rules/style/pasted-bullets.js";
import { pastedNoteMarkRule } from "./rules/style/pasted-note-marks.js";
import { perCentRule } from "./rules/style/per-cent.js";
import { resolutionCitationRule } from "./rules/style/resolutions.js";
import { spellingRule } from "./rules/style/spelling.js";
import { typedNumberingRule } from "./rules/style/typed-numbering.js";
import { documentSymbolRule } from "./rules/style/symbols.js";
import { tableWidthRule } from "./rules/style/table-width.js";
import { titleRules } from "./rules/style/titles.js";
import { suppressionRules } from "./rules/suppressions.js";
import { unreadableRules } from "./rules/unreadable.js";
import { contributionWordRules } from "./rules/words.js";

/**
 * Every rule the tool has, one line per rule file. A family declares its
 * ids, severities, titles, hints, what it reads and its check (see
 * define-rules.ts); the catalog below, the `RuleId` type and the rule
 * sections of CONTRIBUTING.md (`npm run docs:rules`) all come from here.
 * Within one family prefix, this order is the order of CONTRIBUTING.md.
 */
export const ruleFamilies = [
  unreadableRules,
  fileRules,
  frontMatterRules,
  structureRules,
  listLeadInRule,
  markdownRules,
  footnoteRules,
  suppressionRules,
  outlineRules,
  mergeRules,
  resolutionCitationRule,
  perCentRule,
  footnoteMarkRule,
  dateRule,
  spellingRule,
  acronymRule,
  documentSymbolRule,
  emphasisRule,
  headingCaseRule,
  pastedBulletRule,
  typedNumberingRule,
  pastedNoteMarkRule,
  indentedParagraphRule,
  invisibleCharacterRule,
  linkSchemeRule,
  titleRules,
  tableWidthRule,
  contributionWordRules,
  reportWordRules,
] as const satisfies readonly AnyRuleFamily[];

type IdsOf<Family> = Family extends { rules: infer Rules }
  ? keyof Rules & string
  : never;

/** Every rule id the tool reports; any other string is not a rule. */
export type RuleId = IdsOf<(typeof ruleFamilies)[number]>;

export interface CatalogEntry extends RuleInfo {
  /** What the rule reads (see RuleInputs). */
  input: RuleInput;
  /** Where a focal point reads about it; annotations link here. */
  docs: string;
}

/**
 * Every rule id with its default severity, title and hint. report.yaml
 * `rules:` may set any of them to off, warning or error, except those that
 * mark a file as unreadable.
 */
export const ruleCatalog: Readonly<Record<RuleId, CatalogEntry>> =
  Object.fromEntries(
    ruleFamilies.flatMap((family) =>
      Object.entries(family.rules as Record<string, RuleInfo>).map(
        ([id, info]) => [
          id,
          { ...info, input: family.input, docs: docsUrlFor(id) },
        ],
      ),
    ),
  ) as Record<RuleId, CatalogEntry>;

export const ruleIds: readonly RuleId[] = Object.keys(ruleCatalog) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(ruleCatalog, id);
}

/** The families that read one kind of input, in registry order. */
export function familiesReading<Input extends RuleInput>(
  input: Input,
): RuleFamily<string, Input>[] {
  // TypeScript cannot narrow a union by a generic key: the filter is the proof.
  return (ruleFamilies as readonly AnyRuleFamily[]).filter(
    (family) => family.input === input,
  ) as unknown as RuleFamily<string, Input>[];
}

export type { RuleInputs };
