// Dates as the report and its tools write them, from the digits alone where they can.

/** English month names, as UN documents write dates: "31 October 2004". */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2004-10-13" -> "13 October 2004", from the digits alone: no time zone or locale can shift it. */
export function formatUnDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** The local calendar date of `now`, YYYY-MM-DD: "today" as the task manager reads it off the wall. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
