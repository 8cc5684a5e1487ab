import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../diagnostics/errors.js";
import type { OutlineTarget } from "../outline.js";
import { existingFileError } from "./resolve-answers.js";

/** What `new` asked for (or took from flags), already checked against the roster and the outline. */
export interface ContributionAnswers {
  /** Project root (the folder holding `contributions/`). */
  root: string;
  /** Edition folder, root-relative POSIX, e.g. `contributions/2004`. */
  dir: string;
  year: number;
  entity: string;
  focalPoint: { name: string; email: string };
  sections: readonly OutlineTarget[];
}

const TEMPLATE = "templates/contribution.md";
const BUNDLED_TEMPLATE = fileURLToPath(
  new URL("../../templates/contribution.md", import.meta.url),
);

/**
 * Write `contributions/<year>/<entity>.md` from the template. Never
 * overwrites: the file is opened with `wx`, so even a file created a moment
 * ago by someone else is refused. Returns the root-relative path.
 */
export async function createContribution(
  answers: ContributionAnswers,
): Promise<string> {
  const file = `${answers.dir}/${answers.entity.toLowerCase()}.md`;
  const text = fillTemplate(await readTemplate(answers.root), answers);
  const target = path.join(answers.root, file);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      throw existingFileError(file, answers.entity);
    throw error;
  }
  return file;
}

/** The repository's own templates/contribution.md first (a task manager may adapt it), else the one shipped with wps-report. */
async function readTemplate(root: string): Promise<string> {
  const own = await readFile(path.join(root, TEMPLATE), "utf8").catch(
    () => undefined,
  );
  return own ?? (await readFile(BUNDLED_TEMPLATE, "utf8"));
}

/** Replace the template's `{{placeholders}}`; an unknown one is a configuration error, not text for the report. */
export function fillTemplate(
  template: string,
  answers: Omit<ContributionAnswers, "root" | "dir">,
): string {
  const values: Record<string, string> = {
    entity: yamlQuoted(answers.entity),
    year: String(answers.year),
    focal_point_name: yamlQuoted(answers.focalPoint.name.trim()),
    focal_point_email: yamlQuoted(answers.focalPoint.email.trim()),
    sections: answers.sections
      .map((s) => `## ${s.title}\n\n${guidanceFor(answers.entity)}`)
      .join("\n\n"),
  };
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new ConfigError(
        `Unexpected placeholder ${match} in ${TEMPLATE}, expected one of ${Object.keys(
          values,
        )
          .map((k) => `{{${k}}}`)
          .join(", ")}`,
        { file: TEMPLATE },
      );
    return value;
  });
}

/** The inside of a YAML double-quoted string (the template supplies the quotes); JSON escapes are YAML escapes. */
function yamlQuoted(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** An HTML comment under each heading: a prompt for the focal point that never reaches the draft. */
function guidanceFor(entity: string): string {
  return `<!-- ${entity}: write your text for this section here, in paragraphs (facts, places, dates, results; notes as [^1]). This comment does not appear in the draft. -->`;
}
