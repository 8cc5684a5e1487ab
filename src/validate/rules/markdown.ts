import type { Parents } from "mdast";
import path from "node:path";
import { MAX_IMAGE_BYTES } from "../../load/load-edition.js";
import type { Contribution, Edition } from "../../model.js";
import { walkMarkdown } from "../../mdast-walk.js";
import { defineRules, type RuleReporter } from "../define-rules.js";
import { placeOf } from "../reporter.js";
import { contributionBlocks } from "./blocks.js";
import { isIndentedProse } from "./style/indented-paragraph.js";
import { linesOf } from "./style/style-text.js";
import { resolveImagePath } from "../../load/image-path.js";

const HTML_COMMENT = /^<!--(?:(?!-->)[\s\S])*-->$/;

const rules = {
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
} as const;

type MarkdownReporter = RuleReporter<typeof rules>;

/** Only Markdown the draft can render: refuse HTML, code, rules, strikethrough, task lists, deep lists, stray images. */
export const markdownRules = defineRules({
  input: "contribution",
  rules,
  check: ({ contribution, edition }, reporter) =>
    checkMarkdown(contribution, edition, reporter),
});

function checkMarkdown(
  contribution: Contribution,
  edition: Edition,
  reporter: MarkdownReporter,
): void {
  const file = contribution.file;
  walkMarkdown(contributionBlocks(contribution), (node, ancestors) => {
    const at = placeOf(node, file);
    switch (node.type) {
      case "html":
        // Comments never reach the draft: they are notes to the author (and disable comments).
        if (!HTML_COMMENT.test(node.value.trim())) {
          reporter.report(
            "markdown/html",
            at,
            `Unexpected HTML \`${truncate(node.value)}\`, expected Markdown only`,
          );
        }
        break;
      case "code":
        // A paragraph pasted with its indent is style/indented-paragraph's: no talk of fences.
        if (isIndentedProse(node, linesOf(contribution))) break;
        reporter.report(
          "markdown/code-block",
          at,
          "Unexpected code block, expected paragraphs of report text",
        );
        break;
      case "thematicBreak":
        reporter.report(
          "markdown/thematic-break",
          at,
          "Unexpected horizontal rule (`---`, `***` or `___`)",
        );
        break;
      case "delete":
        reporter.report(
          "markdown/strikethrough",
          at,
          "Unexpected strikethrough (`~~text~~`)",
        );
        break;
      case "listItem":
        if (typeof node.checked === "boolean")
          reporter.report(
            "markdown/task-list",
            at,
            "Unexpected task-list box in a list item",
          );
        break;
      case "list":
        if (listDepth(ancestors) === 2) {
          reporter.report(
            "markdown/list-depth",
            at,
            "Unexpected third level of list, expected at most two: (a), (b) and (i), (ii)",
          );
        }
        break;
      case "definition":
      case "linkReference":
      case "imageReference":
        reporter.report(
          "markdown/reference-link",
          at,
          "Unexpected reference-style link, expected an inline link `[text](url)`",
        );
        break;
      case "image":
        checkImage(node.url, at, contribution.file, edition, reporter);
        break;
      default:
        break;
    }
  });
}

/** Lists among the ancestors: 0 for a top-level list. A list nested deeper than 2 is reported once, at the third level. */
function listDepth(ancestors: readonly Parents[]): number {
  return ancestors.filter((a) => a.type === "list").length;
}

function checkImage(
  url: string,
  at: { file: string; line: number; column: number },
  contributionFile: string,
  edition: Edition,
  reporter: MarkdownReporter,
): void {
  const target = resolveImagePath(contributionFile, url);
  // Next to the contributions, or in a sub-folder of the edition (`images/map.png`).
  const inside =
    target !== undefined &&
    (path.posix.dirname(target) === edition.dir ||
      path.posix.dirname(path.posix.dirname(target)) === edition.dir);
  if (!inside) {
    reporter.report(
      "markdown/image",
      at,
      `Unexpected image \`${url}\`, expected a PNG or JPEG file in ${edition.dir}/`,
      {
        hint: "Put the image file next to your contribution (or in a sub-folder such as `images/`) and write `![description](file-name.png)`.",
      },
    );
    return;
  }
  const file = edition.files.find((f) => f.file === target);
  if (file === undefined) {
    reporter.report(
      "markdown/image",
      at,
      `The image \`${url}\` does not exist in ${edition.dir}/`,
      {
        hint: "Check the file name (it is case-sensitive) and commit the image.",
      },
    );
  } else if (file.kind !== "image") {
    reporter.report(
      "markdown/image",
      at,
      `Unexpected image type \`${path.posix.extname(url)}\`, expected PNG or JPEG`,
      { hint: "Save the image as PNG or JPEG." },
    );
  } else if (file.size > MAX_IMAGE_BYTES) {
    reporter.report(
      "markdown/image",
      at,
      `The image is ${(file.size / 1024 / 1024).toFixed(1)} MiB, over the 5 MiB limit`,
      { hint: "Reduce the image's resolution or save it as JPEG." },
    );
  } else if (!edition.images.has(target)) {
    reporter.report(
      "markdown/image",
      at,
      `The file \`${url}\` is not a readable PNG or JPEG image`,
      { hint: "Export the image again as PNG or JPEG." },
    );
  }
}

function truncate(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
