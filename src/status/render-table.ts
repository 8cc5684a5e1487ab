import path from "node:path";
import { append } from "../shared/append.js";
import {
  formatNumber,
  layoutColumns,
  type Cell,
  type StatusStyle,
  type Symbols,
} from "./columns.js";
import { plural } from "../shared/numbers.js";
import type { EditionStatus, StatusRow } from "./types.js";

export interface RenderOptions {
  style: StatusStyle;
  symbols: Symbols;
  /** Terminal width; the table's last column is cut to fit it (80 when not a terminal). */
  width?: number;
}

/** The task manager's view: one row per roster entity, then silenced rules, stray files and totals. */
export function renderStatusTable(
  status: EditionStatus,
  options: RenderOptions,
): string {
  const { style } = options;
  const header: Cell[] = [
    "Entity",
    "Sect.",
    "Words",
    "State",
    "Last change",
  ].map((text) => ({ text, paint: style.bold }));
  // Fits 80 columns: the kind and file name are in --json (files not named <entity>.md are listed below), and a long author name is cut, as git log cuts with %<(N,trunc).
  const rows = [header, ...status.rows.map((row) => rowCells(row, options))];
  const lines = [
    `Status of ${status.dir} on ${status.today}`,
    "",
    ...layoutColumns(
      fitLastColumn(rows, options.width ?? 80, options.symbols.cut),
    ),
  ];
  if (status.rows.some((r) => r.lateness === "unknown"))
    lines.push(
      "",
      style.dim(
        "late?: nothing tells when the file came in (no commit adding it, no `submitted:` date)",
      ),
    );
  const named = status.rows.filter(
    (r) =>
      r.file !== undefined &&
      path.posix.basename(r.file) !== `${r.code.toLowerCase()}.md`,
  );
  if (named.length > 0)
    lines.push(
      "",
      `Files not named <entity>.md: ${named.map((r) => `${r.code} ${path.posix.basename(r.file ?? "")}`).join(", ")}`,
    );
  const own = ownTermsLines(status);
  if (own.length > 0) append(lines, ["", ...own]);
  if (status.silenced.length > 0) {
    lines.push("", style.bold("Silenced rules (with the reason given):"));
    append(
      lines,
      layoutColumns(
        status.silenced.map((s) => [
          { text: `  ${path.posix.basename(s.file)}:${s.line}` },
          { text: s.ruleId, paint: style.dim },
          { text: s.reason },
        ]),
      ),
    );
  }
  if (status.unmatched.length > 0) {
    lines.push("", style.bold("Files that belong to no entity on the roster:"));
    for (const u of status.unmatched)
      lines.push(
        `  ${path.posix.basename(u.file)}  ${u.entity === undefined ? "no entity in its front matter" : `entity ${u.entity} is not in report.yaml`}${u.errors > 0 ? ` (${plural(u.errors, "error")})` : ""}`,
      );
  }
  append(lines, ["", ...summaryLines(status, options)]);
  return `${lines.join("\n")}\n`;
}

function rowCells(row: StatusRow, { style, symbols }: RenderOptions): Cell[] {
  const none = { text: symbols.none, paint: style.dim };
  const overLimit = row.words !== undefined && row.words > row.wordLimit;
  return [
    { text: row.code },
    row.file === undefined
      ? none
      : { text: `${row.sections.length}/${row.totalSections}` },
    row.words === undefined
      ? none
      : overLimit
        ? {
            text: `${formatNumber(row.words)}>${formatNumber(row.wordLimit)}`,
            paint: style.yellow,
          }
        : { text: formatNumber(row.words) },
    stateCell(row, style),
    lastChangeCell(row, { style, symbols }),
  ];
}

/** Cut the last column's text so every line fits `width` characters. */
function fitLastColumn(rows: Cell[][], width: number, cut: string): Cell[][] {
  const widths: number[] = [];
  for (const row of rows)
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell.text].length);
    });
  const room = Math.max(12, width - widths.reduce((sum, w) => sum + w + 2, 0));
  return rows.map((row) =>
    row.map((cell, i) => {
      const chars = [...cell.text];
      if (i < row.length - 1 || chars.length <= room) return cell;
      return {
        ...cell,
        text: `${chars.slice(0, room - cut.length).join("")}${cut}`,
      };
    }),
  );
}

/** Roster entries with their own deadline or word budget (report.yaml `entities:`). */
function ownTermsLines(status: EditionStatus): string[] {
  const deadlines = status.rows
    .filter((r) => r.deadline !== undefined)
    .map((r) => `${r.code} ${r.deadline ?? ""}`);
  const budgets = status.rows
    .filter((r) => r.wordLimit !== status.totals.contributionWordLimit)
    .map((r) => `${r.code} ${formatNumber(r.wordLimit)}`);
  return [
    ...(deadlines.length > 0 ? [`Own deadlines: ${deadlines.join(", ")}`] : []),
    ...(budgets.length > 0
      ? [
          `Own word limits (others ${formatNumber(status.totals.contributionWordLimit)}): ${budgets.join(", ")}`,
        ]
      : []),
  ];
}

export function stateText(row: StatusRow): string {
  if (row.state === "missing") return "missing";
  const base =
    row.state === "valid"
      ? "valid"
      : `invalid (${plural(row.errors, "error")})`;
  if (row.lateness === "late") return `${base}, late`;
  if (row.lateness === "unknown") return `${base}, late?`;
  return base;
}

function stateCell(row: StatusRow, style: StatusStyle): Cell {
  const paint =
    row.state === "invalid"
      ? style.red
      : row.state === "missing" || row.lateness === "late"
        ? style.yellow
        : style.green;
  return { text: stateText(row), paint };
}

export function lastChangeText(row: StatusRow, symbols: Symbols): string {
  const change = row.lastChange;
  if (change === undefined) return symbols.none;
  if (change === "uncommitted") return "not committed yet";
  if (change.truncated) return `${symbols.atMost}${change.date} (history cut)`;
  return `${change.date} ${change.author ?? ""}`.trimEnd();
}

function lastChangeCell(
  row: StatusRow,
  { style, symbols }: RenderOptions,
): Cell {
  const text = lastChangeText(row, symbols);
  return row.lastChange === undefined || row.lastChange === "uncommitted"
    ? { text, paint: style.dim }
    : { text };
}

function summaryLines(
  status: EditionStatus,
  { style }: RenderOptions,
): string[] {
  const { totals } = status;
  const problems = [
    totals.missing > 0 ? `${formatNumber(totals.missing)} missing` : "",
    totals.invalid > 0 ? `${formatNumber(totals.invalid)} invalid` : "",
    totals.late > 0 ? `${formatNumber(totals.late)} late` : "",
  ].filter((p) => p !== "");
  const over = totals.words - totals.wordLimit;
  const lines = [
    `Contributions: ${formatNumber(totals.received)} of ${formatNumber(totals.expected)} received${problems.length > 0 ? ` (${problems.join(", ")})` : ""}`,
    `Words: ${formatNumber(totals.words)} in the draft (${formatNumber(totals.contributionWords)} from contributions), against the report's limit of ${formatNumber(totals.wordLimit)}${over > 0 ? style.yellow(` (over by ${formatNumber(over)})`) : ""}`,
    `Deadline: ${deadlineText(status)}`,
  ];
  if (!status.git.repository)
    lines.push(
      "Git: not a git repository, so no last changes; lateness comes from `submitted:` in the front matter where it is given.",
    );
  else if (status.git.shallow)
    lines.push(
      style.yellow(
        "Git: the history is truncated (shallow clone), so dates may be wrong; lateness is not judged from a commit at the cut. Run `git fetch --unshallow` for the full history.",
      ),
    );
  return lines;
}

export function deadlineText(status: EditionStatus): string {
  const days = status.daysToDeadline;
  if (status.deadline === undefined || days === undefined)
    return "none set in report.yaml (`deadline:`), so nothing is late";
  const when =
    days > 1
      ? `in ${plural(days, "day")}`
      : days === 1
        ? "tomorrow"
        : days === 0
          ? "today"
          : days === -1
            ? "passed yesterday"
            : `passed ${plural(-days, "day")} ago`;
  return `${status.deadline}, ${when}`;
}
