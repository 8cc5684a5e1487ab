// Dates come from report.yaml as ISO strings. They are read by pattern, never
// through `Date` parsing, so the output cannot depend on the machine's time
// zone. (The masthead's "13 October 2004" comes from src/shared/dates.ts, shared
// with the text renderer.)

interface IsoDate {
  year: number;
  month: number;
  day: number;
}

function parseIsoDate(iso: string): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31
  ) {
    throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got "${iso}"`);
  }
  return { year, month, day };
}

/** "2004-10-13" -> the instant 2004-10-13T00:00:00Z. */
export function isoDateToUtc(iso: string): Date {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "2004-10-13" -> "2004-10-13T00:00:00Z", the form docProps/core.xml takes. */
export function isoDateToW3cdtf(iso: string): string {
  parseIsoDate(iso);
  return `${iso}T00:00:00Z`;
}
