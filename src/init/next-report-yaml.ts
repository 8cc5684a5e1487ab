import path from "node:path";
import { isMap, isNode, parseDocument } from "yaml";
import { isIsoDate } from "../shared/dates.js";

export interface NextEdition {
  /** Root-relative folder of the edition started from, e.g. `contributions/2004`. */
  fromDir: string;
  fromYear: number;
  /** Root-relative folder of the new edition. */
  toDir: string;
  year: number;
}

/**
 * The previous report.yaml, moved on to a new year: year, a symbol still to
 * be assigned (`S/<year>/...`), dates moved on by the same number of years,
 * no job number or asterisk note (each document has its own), the emblem's
 * path from the new folder; roster, focal points, limits,
 * outline and rules kept, with their comments. Pure: text in, text out.
 */
export function nextReportYaml(previous: string, next: NextEdition): string {
  const doc = parseDocument(previous);
  const years = next.year - next.fromYear;
  doc.set("year", next.year);
  doc.set("symbol", `S/${next.year}/...`);
  for (const key of ["date", "deadline"]) {
    const value: unknown = doc.get(key);
    if (isIsoDate(value)) doc.set(key, shiftYears(value, years));
  }
  doc.delete("job_number");
  // A note on the title or symbol ("submitted late", "reissued") belongs to one document.
  doc.delete("title_note");
  doc.delete("symbol_note");
  // The emblem stays where it is; its path is relative to the new report.yaml.
  const emblem: unknown = doc.get("emblem");
  if (typeof emblem === "string")
    doc.set(
      "emblem",
      path.posix.relative(next.toDir, path.posix.join(next.fromDir, emblem)),
    );
  const template: unknown = doc.get("template");
  if (typeof template === "string" && isOutlinePath(template))
    doc.set(
      "template",
      path.posix.relative(next.toDir, path.posix.join(next.fromDir, template)),
    );
  // The comment at the top described last year's file; the new one says where it came from.
  if (isMap(doc.contents)) {
    doc.contents.commentBefore = null;
    const firstKey = doc.contents.items[0]?.key;
    if (isNode(firstKey)) firstKey.commentBefore = null;
  }
  const schema = path.posix.relative(next.toDir, "schema/report.schema.json");
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schema}`,
    ` Started from ${next.fromDir}/report.yaml by \`wps-report init ${next.year}\`.`,
    " Check the dates, the roster and the focal points before the first contribution comes in.",
  ].join("\n");
  return doc.toString({ lineWidth: 0 });
}

/** Same test as the loader's: a value with a slash or a YAML extension is a path, else a preset name. */
function isOutlinePath(template: string): boolean {
  return template.includes("/") || /\.ya?ml$/.test(template);
}

/** 2004-10-13 + 1 year -> 2005-10-13; 29 February becomes 28 February in a common year. */
export function shiftYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}
