import path from "node:path";
import { append } from "../append.js";
import {
  formatNumber,
  layoutColumns,
  plural,
  type Cell,
  type StatusStyle,
  type Symbols,
} from "./columns.js";
import type { EditionStatus, StatusRow } from "./types.js";

export interface RenderOptions {
  style: StatusStyle;
  symbols: Symbols;
}

/** The task manager's view: one row per roster entity, then silenced rules, stray files and totals. */
export function renderStatusTable(
  status: EditionStatus,
  options: RenderOptions,
): string {
  const { style } = options;
  const header: Cell[] = [
    "Entity",
    "Kind",
    "File",
    "Sections",
    "Words",
    "State",
    "Last change",
  ].map((text) => ({ text, paint: style.bold }));
  const lines = [
    `Status of ${status.dir} on ${status.today}`,
    "",
    ...layoutColumns([
      header,
      ...status.rows.map((row) => rowCells(row, status, options)),
    ]),
  ];
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

function rowCells(
  row: StatusRow,
  status: EditionStatus,
  { style, symbols }: RenderOptions,
): Cell[] {
  const none = { text: symbols.none, paint: style.dim };
  const total = status.targets.length;
  const overLimit =
    row.words !== undefined && row.words > status.totals.contributionWordLimit;
  return [
    { text: row.code },
    { text: row.kind, paint: style.dim },
    row.file === undefined ? none : { text: path.posix.basename(row.file) },
    row.file === undefined
      ? none
      : { text: `${row.sections.length} of ${total}` },
    row.words === undefined
      ? none
      : {
          text: `${formatNumber(row.words)} / ${formatNumber(status.totals.contributionWordLimit)}`,
          ...(overLimit ? { paint: style.yellow } : {}),
        },
    stateCell(row, style),
    lastChangeCell(row, { style, symbols }),
  ];
}

export function stateText(row: StatusRow): string {
  if (row.state === "missing") return "missing";
  const base =
    row.state === "valid"
      ? "valid"
      : `invalid (${plural(row.errors, "error")})`;
  if (row.lateness === "late") return `${base}, late`;
  if (row.lateness === "unknown") return `${base}, lateness unknown`;
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
