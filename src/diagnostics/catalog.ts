import type { Severity } from "./diagnostic.js";

export interface RuleInfo {
  severity: Severity;
  /** What the rule checks, in a focal point's words (shown by `--format github` and CONTRIBUTING.md). */
  title: string;
  /** The usual fix, when a diagnostic gives none of its own. */
  hint?: string;
  /**
   * Reported when a file could not be read at all, so nothing of it reaches
   * the draft: report.yaml `rules:` cannot lower it, or the file would
   * vanish from the report without a word.
   */
  unreadable?: true;
}

/** Where a focal point reads about a rule; annotations link here. */
export function docsUrlFor(ruleId: string): string {
  return `CONTRIBUTING.md#${ruleId.replace(/[^a-z0-9]+/g, "-")}`;
}

/**
 * Every rule id the tool reports, with its default severity. report.yaml
 * `rules:` may set any of them to off, warning or error, except those that
 * mark a file as unreadable.
 */
export const ruleCatalog: Record<string, RuleInfo> = {
  "file/encoding": {
    severity: "error",
    unreadable: true,
    title: "Files are UTF-8 text",
  },
  "file/empty": {
    severity: "error",
    unreadable: true,
    title: "A contribution is not empty",
  },
  "file/too-large": {
    severity: "error",
    unreadable: true,
    title: "A contribution is at most 2 MiB",
  },
  "file/unexpected": {
    severity: "error",
    title:
      "Every file in the edition folder is report.yaml, a contribution or an image one uses",
    hint: "Rename the file to <entity>.md (Markdown) or <entity>.yaml, or move it out of the edition folder. A sub-folder (such as `images/`) holds PNG or JPEG images only.",
  },
  "file/unused-image": {
    severity: "warning",
    title: "Every image in the edition folder is used",
    hint: "Reference the image from a contribution, or remove it.",
  },
  "front-matter/missing": {
    severity: "error",
    unreadable: true,
    title: "A contribution starts with front matter",
  },
  "front-matter/syntax": {
    severity: "error",
    unreadable: true,
    title: "Front matter is valid YAML",
  },
  "front-matter/unknown-key": {
    severity: "error",
    title: "Front matter has known keys only",
    hint: "Known keys: entity, year, focal_point (name, email, github), submitted.",
  },
  "front-matter/missing-key": {
    severity: "error",
    title: "Front matter names the entity and the year",
  },
  "front-matter/invalid-value": {
    severity: "error",
    title: "Front-matter values have the right form",
  },
  "entity/unknown": {
    severity: "error",
    title: "The entity is on the roster in report.yaml",
    hint: "Use the entity code exactly as in report.yaml, or ask the task manager to add your entity.",
  },
  "entity/year": { severity: "error", title: "The year is the edition's" },
  "entity/file-name": {
    severity: "error",
    title: "The file is named after the entity",
  },
  "entity/duplicate": {
    severity: "error",
    title: "One file per entity",
    hint: "Merge the two files into one.",
  },
  "structure/unknown-section": {
    severity: "error",
    title: "Every `##` heading names a section of the outline",
  },
  "structure/duplicate-section": {
    severity: "error",
    title: "No section twice in one file",
    hint: "Move this text under the earlier heading for the same section.",
  },
  "structure/text-before-heading": {
    severity: "error",
    title: "No text before the first `##` heading",
    hint: "Put a `## <section>` heading above this text.",
  },
  "structure/heading-level": {
    severity: "error",
    title: "Only `##` headings",
    hint: "The outline owns the structure: use `##` with a section title, and plain paragraphs below it.",
  },
  "structure/empty-section": {
    severity: "warning",
    title: "A section heading has text under it",
    hint: "Write the text under the heading, or remove the heading.",
  },
  "structure/list-without-lead-in": {
    severity: "warning",
    title: "A list follows the paragraph that introduces it",
    hint: 'Write a sentence ending with a colon before the list ("The Fund supported:"): the list becomes its subparagraphs (a), (b). Without one, the list takes a paragraph number of its own, printed on its first item\'s line.',
  },
  "structure/no-sections": {
    severity: "error",
    title: "A contribution has at least one section",
    hint: "Add a `## <section title>` heading and your text below it.",
  },
  "markdown/html": {
    severity: "error",
    title: "No raw HTML",
    hint: "Write plain Markdown; the draft is formatted by the tool.",
  },
  "markdown/code-block": {
    severity: "error",
    title: "No code blocks",
    hint: "Remove the ``` fences or the 4-space indentation; write the text as a paragraph.",
  },
  "markdown/thematic-break": {
    severity: "error",
    title: "No horizontal rules",
    hint: "Remove the `---` line; sections are separated by `##` headings.",
  },
  "markdown/strikethrough": {
    severity: "error",
    title: "No strikethrough",
    hint: "Delete the text instead; reviewers see changes in the diff.",
  },
  "markdown/task-list": {
    severity: "error",
    title: "No task lists",
    hint: "Remove the `[ ]` / `[x]` boxes.",
  },
  "markdown/nesting-too-deep": {
    severity: "error",
    unreadable: true,
    title:
      "Block quotes and lists nest at most 32 levels (the file is not read past that)",
    hint: "Lists in the report go two levels deep, (a) then (i); remove the extra `>`, `-` or indentation.",
  },
  "markdown/too-complex": {
    severity: "error",
    unreadable: true,
    title: "A paragraph has at most 1,000 emphasis and bracket marks",
    hint: "Split the paragraph, or remove the stray marks.",
  },
  "markdown/list-depth": {
    severity: "error",
    title: "Lists are nested at most two levels",
    hint: "Flatten the innermost list into its parent item.",
  },
  "markdown/image": {
    severity: "error",
    title:
      "Images are PNG or JPEG files in the edition folder or a sub-folder of it, at most 5 MiB",
  },
  "markdown/reference-link": {
    severity: "error",
    title: "Links are written inline",
    hint: "Write the link as [text](https://...).",
  },
  "footnotes/undefined": {
    severity: "error",
    title: "Every footnote reference has a definition",
  },
  "footnotes/unused": {
    severity: "error",
    title: "Every footnote definition is used",
  },
  "footnotes/duplicate-definition": {
    severity: "error",
    title: "A footnote label is defined once",
    hint: "Give the second footnote its own label, e.g. [^2].",
  },
  "footnotes/in-footnote": {
    severity: "error",
    title: "A footnote has no footnotes of its own",
    hint: "Write the extra text into the footnote itself, or move the reference into the paragraph. A line under a footnote that starts with text joins that footnote: leave a blank line after it.",
  },
  "footnotes/repeated-reference": {
    severity: "warning",
    title: "A footnote is referenced once",
    hint: "Each reference becomes its own footnote with the same text; if that is not what you want, write a second footnote.",
  },
  "suppression/missing-reason": {
    severity: "error",
    title: "A disable comment gives its reason",
    hint: "Write `<!-- wps-report-disable <rule> -- <why> -->`.",
  },
  "suppression/unknown-rule": {
    severity: "warning",
    title: "A disable comment names a known rule",
  },
  "outline/lone-section": {
    severity: "warning",
    title: 'If there is an "A." there must be a "B."',
    hint: "Add a second section, or drop the lone one into its chapter.",
  },
  "merge/empty-section": {
    severity: "warning",
    title: "Every outline section has text",
    hint: "If an entity should cover it, remind its focal point (`wps-report status --matrix` shows who wrote what).",
  },
  "merge/empty-generated-footnote": {
    severity: "warning",
    title: "A generated footnote has something to list",
  },
  "style/resolution-citation": {
    severity: "warning",
    title:
      "Security Council resolutions are cited by number and year: resolution 1325 (2000)",
    hint: "Write `resolution 1325 (2000)`: the number and, in parentheses, the year of adoption; `resolution` in lower case inside a sentence; not UNSCR or SCR. `wps-report validate --fix` does it for the resolutions whose year it knows.",
  },
  "style/per-cent": {
    severity: "warning",
    title: "`per cent`, not `%` or `percent`",
    hint: "Write `25 per cent`. `wps-report validate --fix` does it where a number comes before the sign.",
  },
  "style/footnote-mark": {
    severity: "warning",
    title:
      "A footnote mark stands after punctuation: `2004.[^1]`, not `2004[^1].`",
    hint: "Move the `[^n]` after the full stop, comma, semicolon or colon. `wps-report validate --fix` does it.",
  },
  "style/dates": {
    severity: "warning",
    title: "Dates are written day, month, year: 31 October 2004",
    hint: "Write `31 October 2004`: the day, the month in words, the year, with no comma or ordinal. `wps-report validate --fix` does it when the order of day and month is certain.",
  },
  "style/spelling": {
    severity: "warning",
    title:
      "United Nations spelling: programme, centre, labour, defence; organization, mobilize",
    hint: "Use Oxford spelling with -ize, as the United Nations does (programme, centre, labour, defence, behaviour; organization, mobilize; analyse). Quotations and names keep their own spelling. `wps-report validate --fix` does it.",
  },
  "style/acronyms": {
    severity: "warning",
    title: "Acronyms are spelled out at their first use in the report",
    hint: "Write the full name followed by the acronym in parentheses, e.g. `United Nations Children's Fund (UNICEF)`, where the merged report first uses it; the outline's order of sections and entities decides where that is.",
  },
  "style/document-symbol": {
    severity: "warning",
    title:
      "Document symbols are well formed: S/2004/814, S/PRST/2004/40, A/RES/52/214",
    hint: "Write symbols as the Official Document System does: capital letters, slashes, no spaces, four-digit years, no leading zeros (S/2004/814, S/PRST/2004/40, A/RES/52/214, E/2004/CRP.3).",
  },
  "style/emphasis": {
    severity: "warning",
    title: "No bold or italics for emphasis",
    hint: "Remove the `**` or `*`: bold is reserved for recommendations (the draft sets them in bold), and neither bold nor italics marks emphasis. Italics for the title of a publication (starting with a capital) are fine.",
  },
  "style/heading-case": {
    severity: "warning",
    title: "Outline headings are in sentence case",
    hint: "Capitalize the first word of a heading and proper nouns only: `Peace processes`, not `Peace Processes`.",
  },
  "words/contribution-limit": {
    severity: "warning",
    title: "A contribution stays within contribution_word_limit",
  },
  "words/report-limit": {
    severity: "warning",
    title:
      "The report stays within word_limit (8,500 words for Secretariat reports)",
  },
};
