import type { FocalPoint } from "../model.js";
import { daysBetween, formatUnDate } from "../shared/dates.js";
import { plural } from "../shared/numbers.js";
import { layoutColumns, type Cell } from "./columns.js";
import type { RenderOptions } from "./render-table.js";
import type { EditionStatus, StatusRow } from "./types.js";

/** One entity the task manager should write to. */
export interface Reminder {
  code: string;
  name: string;
  /** Missing: no file yet. Invalid: a file whose errors keep it out of the draft. */
  reason: "missing" | "invalid";
  errors: number;
  /** Path of the entity's file, when it has one. */
  file?: string;
  /** For a missing contribution, the date it is (or was) due: its own roster deadline, else the edition's. */
  due?: string;
  /** Days past `due`, when it has passed. */
  overdueDays?: number;
  focalPoint?: FocalPoint;
}

export interface Reminders {
  dir: string;
  today: string;
  entries: Reminder[];
  /** The focal points' e-mails, for the To: line. */
  to: string[];
  /** Entities to chase that have no focal point e-mail in report.yaml. */
  withoutEmail: string[];
  subject: string;
  /** A short message to paste into an e-mail. */
  message: string;
}

/**
 * Who to chase: entities whose contribution is missing, or whose file has
 * errors that keep it out of the draft; each with its focal point from the
 * roster and how late it is. A valid file that came in late needs nothing
 * more, so it is not listed.
 */
export function computeReminders(
  status: EditionStatus,
  report: { title: string; symbol: string },
): Reminders {
  const entries = status.rows
    .filter((row) => row.state === "missing" || row.state === "invalid")
    .map((row) => reminderFor(row, status));
  const to = entries
    .map((e) => e.focalPoint?.email)
    .filter((email): email is string => email !== undefined);
  const subject = `${report.title} (${report.symbol}): ${entries.some((e) => e.reason === "missing") ? "contributions still needed" : "contributions to correct"}`;
  return {
    dir: status.dir,
    today: status.today,
    entries,
    to: [...new Set(to)],
    withoutEmail: entries
      .filter((e) => e.focalPoint?.email === undefined)
      .map((e) => e.code),
    subject,
    message: messageText(entries, report),
  };
}

function reminderFor(row: StatusRow, status: EditionStatus): Reminder {
  // An invalid file is in, on time or not: what it needs is fixing, not a date.
  const due =
    row.state === "missing" ? (row.deadline ?? status.deadline) : undefined;
  const overdue =
    due === undefined ? undefined : daysBetween(due, status.today);
  return {
    code: row.code,
    name: row.name,
    reason: row.state === "missing" ? "missing" : "invalid",
    errors: row.errors,
    ...(row.file === undefined ? {} : { file: row.file }),
    ...(due === undefined ? {} : { due }),
    ...(overdue !== undefined && overdue > 0 ? { overdueDays: overdue } : {}),
    ...(row.focalPoint === undefined ? {} : { focalPoint: row.focalPoint }),
  };
}

function messageText(
  entries: readonly Reminder[],
  report: { title: string; symbol: string },
): string {
  const items = entries.map((e) => {
    const who = `${e.name} (${e.code})`;
    const due =
      e.due === undefined
        ? ""
        : ` It ${e.overdueDays === undefined ? "is" : "was"} due on ${formatUnDate(e.due)}.`;
    if (e.reason === "missing")
      return `- ${who}: we have not received the contribution yet.${due}`;
    return `- ${who}: the contribution has ${plural(e.errors, "error")} that keep${e.errors === 1 ? "s" : ""} it out of the draft. The check on the pull request shows each on its line with how to fix it (\`wps-report validate ${e.file ?? ""}\` shows the same).${due}`;
  });
  return [
    "Dear colleagues,",
    "",
    `For the report of the Secretary-General on ${lowerFirst(report.title)} (${report.symbol}), we still need the following:`,
    "",
    ...items,
    "",
    "Could you let us have it as soon as possible? Thank you.",
  ].join("\n");
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0]?.toLowerCase() + text.slice(1) : text;
}

/** The reminders for a terminal: who, why, the focal point, then the e-mail to paste. */
export function renderReminders(
  reminders: Reminders,
  { style }: RenderOptions,
): string {
  if (reminders.entries.length === 0)
    return `Nobody to chase for ${reminders.dir} on ${reminders.today}: every expected contribution is in and free of errors.\n`;
  const rows: Cell[][] = [
    ["Entity", "State", "Focal point"].map((text) => ({
      text,
      paint: style.bold,
    })),
    ...reminders.entries.map((e): Cell[] => [
      { text: e.code },
      {
        text: reminderState(e),
        paint: e.reason === "invalid" ? style.red : style.yellow,
      },
      e.focalPoint === undefined
        ? { text: "(no focal point in report.yaml)", paint: style.dim }
        : { text: focalPointText(e.focalPoint) },
    ]),
  ];
  const lines = [
    `To chase for ${reminders.dir} on ${reminders.today}: ${plural(reminders.entries.length, "entity", "entities")}`,
    "",
    ...layoutColumns(rows),
    "",
  ];
  if (reminders.withoutEmail.length > 0)
    lines.push(
      style.yellow(
        `No e-mail in report.yaml for: ${reminders.withoutEmail.join(", ")} (add \`focal_point: { email: ... }\` to their roster entries).`,
      ),
      "",
    );
  lines.push(
    style.bold("A message to paste into an e-mail:"),
    "",
    `To: ${reminders.to.join(", ")}`,
    `Subject: ${reminders.subject}`,
    "",
    reminders.message,
  );
  return `${lines.join("\n")}\n`;
}

function reminderState(e: Reminder): string {
  const base =
    e.reason === "missing"
      ? "missing"
      : `invalid (${plural(e.errors, "error")})`;
  if (e.overdueDays !== undefined)
    return `${base}, ${plural(e.overdueDays, "day")} late`;
  return e.due === undefined ? base : `${base}, due ${e.due}`;
}

function focalPointText(focalPoint: FocalPoint): string {
  const name = focalPoint.name ?? "";
  if (focalPoint.email === undefined) return name || "(no e-mail)";
  return name === "" ? focalPoint.email : `${name} <${focalPoint.email}>`;
}
