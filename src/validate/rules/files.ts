import path from "node:path";
import type { Edition } from "../../model.js";
import { walkMarkdown } from "../../mdast-walk.js";
import { defineRules, type RuleReporter } from "../define-rules.js";
import { resolveImagePath } from "../../load/image-path.js";
import { contributionBlocks } from "./blocks.js";

const rules = {
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
} as const;

/** Nothing in the edition folder is ignored silently. */
export const fileRules = defineRules({
  input: "edition",
  rules,
  check: checkFiles,
});

function checkFiles(
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  const used = usedImages(edition);
  // The masthead's emblem may sit in the edition folder (report.yaml's `emblem`).
  if (edition.config.emblem !== undefined) used.add(edition.config.emblem.file);
  for (const file of edition.files) {
    const at = { file: file.file, line: 1, column: 1 };
    const name = path.posix.basename(file.file);
    const folder = path.posix.dirname(file.file);
    if (folder !== edition.dir && file.kind !== "image") {
      // Inside a sub-folder of the edition, which holds images only.
      const inFolder = `${path.posix.basename(folder)}/`;
      reporter.report(
        "file/unexpected",
        at,
        file.kind === "directory"
          ? `Unexpected folder \`${name}\` inside \`${inFolder}\`, expected only PNG or JPEG images in a sub-folder of the edition`
          : `Unexpected ${file.kind === "symlink" ? "symbolic link" : "file"} \`${name}\` inside \`${inFolder}\`, expected only PNG or JPEG images in a sub-folder of the edition`,
        {
          hint: /\.(md|ya?ml)$/i.test(name)
            ? `Contributions sit directly in ${edition.dir}/: move the file there.`
            : "Keep only the images your contribution uses in this folder; move or delete the rest.",
        },
      );
    } else if (file.kind === "directory") {
      reporter.report(
        "file/unexpected",
        at,
        `Unexpected empty folder \`${name}\` in the edition folder`,
        {
          hint: "A sub-folder of the edition holds images (`images/map.png`); delete the empty folder.",
        },
      );
    } else if (file.kind === "symlink") {
      // A link could lead out of the edition (to a secret on the CI machine); it is never followed.
      reporter.report(
        "file/unexpected",
        at,
        `Unexpected symbolic link \`${name}\`, expected a regular file`,
        {
          hint: "Commit the file itself in the edition folder, not a link to it.",
        },
      );
    } else if (file.kind === "other") {
      reporter.report(
        "file/unexpected",
        at,
        `Unexpected file \`${name}\`, expected <entity>.md, <entity>.yaml, report.yaml or a PNG/JPEG image`,
        {
          hint: hintForExtension(path.posix.extname(name).toLowerCase()),
        },
      );
    } else if (file.kind === "image" && !used.has(file.file)) {
      reporter.report(
        "file/unused-image",
        at,
        `The image \`${name}\` is not used by any contribution`,
      );
    }
  }
}

function hintForExtension(extension: string): string {
  if (
    extension === ".docx" ||
    extension === ".doc" ||
    extension === ".odt" ||
    extension === ".rtf"
  ) {
    return "Word documents are not read: paste the text into <entity>.md (`wps-report new` starts one).";
  }
  if (extension === ".txt" || extension === ".markdown")
    return "Rename the file to <entity>.md.";
  if (extension === ".gif" || extension === ".svg" || extension === ".webp")
    return "Convert the image to PNG or JPEG.";
  return "Rename the file to <entity>.md (Markdown) or <entity>.yaml, or move it out of the edition folder.";
}

function usedImages(edition: Edition): Set<string> {
  const used = new Set<string>();
  for (const contribution of edition.contributions) {
    walkMarkdown(contributionBlocks(contribution), (node) => {
      if (node.type === "image")
        used.add(resolveImagePath(contribution.file, node.url) ?? "");
    });
  }
  return used;
}
