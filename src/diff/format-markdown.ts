import { displayPath } from "../shared/paths.js";
import type { LeftOut } from "./buildable.js";
import type { Change, ChangeLine } from "./changes.js";
import { condenseLine } from "./context.js";
import { countChanges } from "./format-text.js";
import { changeOwner, changePlace, statByEntity } from "./stat.js";

export interface DiffMarkdownOptions {
  fromLabel: string;
  toLabel: string;
  root: string;
  cwd: string;
  /** Contributions left out of each side because they have errors. */
  leftOut?: { label: string; files: LeftOut[] }[];
  /** Only the per-entity table. */
  statOnly?: boolean;
  /** Stop listing changes past this many characters (a GitHub comment holds 65,536). */
  maxChars?: number;
}

/** GitHub's limit for a comment is 65,536 characters; leave room for what the workflow adds. */
export const MARKDOWN_LIMIT = 60_000;

/**
 * Contribution text as inert GitHub Markdown: no HTML, no emphasis or
 * links it did not mean, and no @mentions or #references that would ping
 * people or link issues from a pull request comment.
 */
export function escapeMarkdown(text: string): string {
  // One pass, so the entities written are not escaped again.
  return text
    .replace(/[&<>@#\\`*_[\]()|~!]/g, (c) => MARKDOWN_ESCAPES[c] ?? `\\${c}`)
    .replace(/^(\s*)([-+]|\d+\.)(\s)/, "$1\\$2$3");
}

const MARKDOWN_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "@": "&#64;",
  "#": "&#35;",
};

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function lineMarkdown(line: ChangeLine): string {
  const shown = condenseLine(line);
  const text = shown.words
    .map((part) => {
      const value = escapeMarkdown(part.value);
      if (value.trim() === "") return value;
      if (line.op === "added") return `<ins>${value}</ins>`;
      if (line.op === "removed") return `<del>${value}</del>`;
      if (part.added === true) return `<ins>${value}</ins>`;
      if (part.removed === true) return `<del>${value}</del>`;
      return value;
    })
    .join("");
  return `> ${escapeMarkdown(shown.prefix.trim())}${shown.prefix.trim() === "" ? "" : " "}${text}`;
}

const TITLE = {
  changed: "Changed",
  added: "Added",
  removed: "Removed",
  moved: "Moved",
};

function changeMarkdown(
  change: Change,
  where: { root: string; cwd: string },
): string {
  const place = changePlace(change);
  const whose = changeOwner(change);
  const section =
    change.section === undefined ? "" : ` · ${escapeMarkdown(change.section)}`;
  const source =
    change.source === undefined
      ? ""
      : ` · ${code(`${displayPath(change.source.file, where)}:${change.source.line}`)}`;
  return [
    `**${TITLE[change.type]} ${escapeMarkdown(place)}**${section} · ${escapeMarkdown(whose)}${source}`,
    "",
    change.lines.map(lineMarkdown).join("\n>\n"),
  ].join("\n");
}

function statTable(changes: readonly Change[]): string {
  const rows = statByEntity(changes).map(
    (row) =>
      `| ${escapeMarkdown(row.who)} | ${row.changes} | ${row.changed} | ${row.added} | ${row.removed} | ${row.moved} |`,
  );
  return [
    "| Whose text | Changes | Changed | Added | Removed | Moved |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

/**
 * The changes as GitHub Markdown, for a pull request comment or an Actions
 * job summary: a per-entity table, then each change with its words
 * inserted (<ins>) and deleted (<del>), cut to the changes with a little
 * context. Past `maxChars` the rest is counted, not listed.
 */
export function formatDiffMarkdown(
  changes: readonly Change[],
  options: DiffMarkdownOptions,
): string {
  const where = { root: options.root, cwd: options.cwd };
  const out: string[] = [
    "### Changes to the draft",
    "",
    `Comparing ${code(options.fromLabel)} with ${code(options.toLabel)}: ${changes.length === 0 ? "no changes to the draft" : countChanges(changes)}.`,
  ];
  for (const side of options.leftOut ?? [])
    if (side.files.length > 0)
      out.push(
        "",
        `> [!WARNING]\n> Left out of the draft at ${code(side.label)} because ${side.files.length === 1 ? "it has" : "they have"} errors: ${side.files
          .map(
            (f) =>
              `${code(displayPath(f.file, where))}${f.entity === undefined ? "" : ` (${escapeMarkdown(f.entity)})`}`,
          )
          .join(", ")}. \`wps-report validate\` lists the errors.`,
      );
  if (changes.length > 0) out.push("", statTable(changes));
  if (options.statOnly !== true) {
    const limit = options.maxChars ?? MARKDOWN_LIMIT;
    let length = out.join("\n").length;
    for (const [index, change] of changes.entries()) {
      const text = changeMarkdown(change, where);
      if (length + text.length > limit) {
        out.push(
          "",
          `_… and ${changes.length - index} more ${changes.length - index === 1 ? "change" : "changes"}, not shown here: run \`wps-report diff\`, or open the HTML diff._`,
        );
        break;
      }
      out.push("", text);
      length += text.length + 2;
    }
  }
  return `${out.join("\n")}\n`;
}
