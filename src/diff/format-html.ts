import { displayPath } from "../shared/paths.js";
import { escapeHtml } from "../render/html/escape.js";
import type { LeftOut } from "./buildable.js";
import type { Change, ChangeLine } from "./changes.js";
import { condenseLine } from "./context.js";
import { countChanges } from "./format-text.js";
import { changeOwner, changePlace, statByEntity } from "./stat.js";

export interface DiffHtmlOptions {
  fromLabel: string;
  toLabel: string;
  root: string;
  cwd: string;
  leftOut?: { label: string; files: LeftOut[] }[];
  statOnly?: boolean;
}

const CSS = `
body { margin: 0 auto; max-width: 52em; padding: 1.5em; font: 15px/1.5 "Times New Roman", Times, "Liberation Serif", serif; color: #111; }
h1 { font-size: 1.3em; }
.summary, .left-out, table, .where { font-family: system-ui, sans-serif; font-size: 13px; }
.left-out { background: #fff4e5; border-left: 4px solid #e69500; padding: 6px 10px; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: 2px 8px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.change { border-top: 1px solid #ddd; padding: .6em 0; }
.change h2 { font: bold 13px/1.4 system-ui, sans-serif; margin: 0 0 .3em 0; }
.change h2 .type { display: inline-block; min-width: 5.5em; }
.changed .type { color: #9a6700; } .added .type { color: #1a7f37; } .removed .type { color: #cf222e; } .moved .type { color: #0969da; }
.where { color: #555; font-weight: normal; }
.line { margin: .2em 0 .2em 1.5em; }
.line .label { display: inline-block; min-width: 2.5em; }
ins { background: #dafbe1; color: #116329; text-decoration: underline; }
del { background: #ffebe9; color: #a40e26; text-decoration: line-through; }
`.trim();

function lineHtml(line: ChangeLine): string {
  const shown = condenseLine(line);
  const words = shown.words
    .map((part) => {
      const value = escapeHtml(part.value);
      if (line.op === "added" || part.added === true)
        return `<ins>${value}</ins>`;
      if (line.op === "removed" || part.removed === true)
        return `<del>${value}</del>`;
      return value;
    })
    .join("");
  const label = shown.prefix.trim();
  return `<p class="line ${line.op}">${label === "" ? "" : `<span class="label">${escapeHtml(label)}</span>`}${words}</p>`;
}

function changeHtml(
  change: Change,
  where: { root: string; cwd: string },
): string {
  const place = changePlace(change);
  const source =
    change.source === undefined
      ? ""
      : ` · ${escapeHtml(`${displayPath(change.source.file, where)}, line ${change.source.line}`)}`;
  const section =
    change.section === undefined ? "" : ` · ${escapeHtml(change.section)}`;
  return `<section class="change ${change.type}" data-entity="${escapeHtml(changeOwner(change))}"><h2><span class="type">${change.type}</span> ${escapeHtml(place)} <span class="where">${section} · ${escapeHtml(changeOwner(change))}${source}</span></h2>${change.lines.map(lineHtml).join("")}</section>`;
}

/**
 * The changes as one self-contained HTML page (no script, nothing loaded):
 * a table by entity, then each change with inserted and deleted words.
 */
export function formatDiffHtml(
  changes: readonly Change[],
  options: DiffHtmlOptions,
): string {
  const where = { root: options.root, cwd: options.cwd };
  const title = `Changes to the draft: ${options.fromLabel} → ${options.toLabel}`;
  const body: string[] = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="summary">${changes.length === 0 ? "No changes to the draft." : `${escapeHtml(countChanges(changes))}.`}</p>`,
  ];
  for (const side of options.leftOut ?? [])
    if (side.files.length > 0)
      body.push(
        `<p class="left-out">Left out of the draft at ${escapeHtml(side.label)} because of errors: ${side.files
          .map((f) =>
            escapeHtml(
              `${displayPath(f.file, where)}${f.entity === undefined ? "" : ` (${f.entity})`}`,
            ),
          )
          .join(", ")}.</p>`,
      );
  if (changes.length > 0) {
    const rows = statByEntity(changes).map(
      (row) =>
        `<tr><td>${escapeHtml(row.who)}</td><td>${row.changes}</td><td>${row.changed}</td><td>${row.added}</td><td>${row.removed}</td><td>${row.moved}</td></tr>`,
    );
    body.push(
      `<table class="stat"><thead><tr><th>Whose text</th><th>Changes</th><th>Changed</th><th>Added</th><th>Removed</th><th>Moved</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    );
  }
  if (options.statOnly !== true)
    for (const change of changes) body.push(changeHtml(change, where));
  return `${[
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
  ].join("\n")}\n`;
}
