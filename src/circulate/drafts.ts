import { ConfigError } from "../diagnostics/errors.js";
import { git } from "../git/revision.js";

/** Circulated drafts are annotated tags under this namespace: `draft/2004/draft-2`. */
export const TAG_PREFIX = "draft/";

/** A draft recorded by `circulate`: its tag, the label it was given and the DOCX it committed. */
export interface CirculatedDraft {
  /** As the task manager named it: "Draft 2". */
  label: string;
  /** `draft/2004/draft-2`. */
  tag: string;
  year: number;
  /** The commit that holds the DOCX (and the contributions it was built from). */
  commit: string;
  /** When it was circulated: the tag's date, ISO 8601. */
  date: string;
  /** The committed DOCX, root-relative, when the tag names it. */
  file?: string;
}

/** "Draft 2" -> "draft-2": the label as a tag component and a file name part. */
export function labelSlug(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The tag a label is circulated under, or a ConfigError when the label has nothing to name a tag with. */
export function draftTag(year: number, label: string): string {
  const slug = labelSlug(label);
  if (slug === "")
    throw new ConfigError(
      `Unexpected label "${label}", expected a name with letters or digits`,
      undefined,
      'Name the draft as you circulate it, for example `wps-report circulate "Draft 2"`.',
    );
  return `${TAG_PREFIX}${year}/${slug}`;
}

const FIELDS = [
  "%(refname:short)",
  "%(*objectname)",
  "%(objectname)",
  "%(creatordate:iso-strict)",
  "%(contents:subject)",
  "%(contents:body)",
].join("%00");

/**
 * Every circulated draft in the repository, oldest first (by tag date, then
 * name, so the order never depends on the file system). Tags that are not
 * `draft/<year>/<name>` are ignored; outside git the list is empty.
 */
export async function listCirculatedDrafts(
  repo: string,
): Promise<CirculatedDraft[]> {
  const listed = await git(
    [
      "for-each-ref",
      "--sort=creatordate",
      "--sort=refname",
      `--format=${FIELDS}%01`,
      `refs/tags/${TAG_PREFIX}`,
    ],
    repo,
  );
  if (listed.code !== 0) return [];
  const drafts: CirculatedDraft[] = [];
  for (const record of listed.stdout.split("\u0001")) {
    const [tag, peeled, object, date, subject, body] = record
      .replace(/^\n/, "")
      .split("\u0000");
    if (tag === undefined || date === undefined) continue;
    const match = /^draft\/(\d{4})\/[^/]+$/.exec(tag);
    if (match === null) continue;
    const file = /^file: (.+)$/m.exec(body ?? "")?.[1];
    drafts.push({
      label: subject === undefined || subject === "" ? tag : subject,
      tag,
      year: Number(match[1]),
      // A lightweight tag has no peeled object: it points at the commit itself.
      commit: peeled === undefined || peeled === "" ? (object ?? "") : peeled,
      date,
      ...(file === undefined ? {} : { file }),
    });
  }
  return drafts.sort(
    (a, b) => a.date.localeCompare(b.date) || a.tag.localeCompare(b.tag),
  );
}

/**
 * What `diff` should read for a name: the name itself when git knows it
 * (a branch, a hash, the tag); otherwise the tag of the circulated draft
 * whose label is that name ("Draft 2", "draft 2", "draft-2"). Drafts of
 * `year` win when two editions used the same label.
 */
export async function resolveDraftName(
  repo: string,
  name: string,
  year: number | undefined,
): Promise<string> {
  if (name.startsWith("-")) return name;
  const known = await git(
    ["rev-parse", "--verify", "--quiet", `${name}^{commit}`, "--"],
    repo,
  );
  if (known.code === 0) return name;
  const slug = labelSlug(name);
  if (slug === "") return name;
  const matches = (await listCirculatedDrafts(repo)).filter(
    (draft) =>
      labelSlug(draft.label) === slug || draft.tag.endsWith(`/${slug}`),
  );
  const ofYear = matches.filter((draft) => draft.year === year);
  const chosen = ofYear.length > 0 ? ofYear : matches;
  if (chosen.length > 1)
    throw new ConfigError(
      `Ambiguous draft name "${name}": circulated as ${chosen.map((d) => d.tag).join(" and ")}`,
      undefined,
      "Name the tag itself, for example `wps-report diff " +
        `${chosen[0]?.tag ?? "draft/<year>/<name>"}\`.`,
    );
  return chosen[0]?.tag ?? name;
}

/**
 * The edition's files (root-relative) that differ from what `draft` was
 * built from: changed, added or removed since, committed or not.
 */
export async function changedSince(
  repo: string,
  draft: CirculatedDraft,
  dir: string,
): Promise<string[]> {
  const [tracked, untracked] = await Promise.all([
    git(["diff", "--name-only", "--relative", draft.commit, "--", dir], repo),
    git(["ls-files", "--others", "--exclude-standard", "--", dir], repo),
  ]);
  const names = `${tracked.code === 0 ? tracked.stdout : ""}${untracked.code === 0 ? untracked.stdout : ""}`;
  return [...new Set(names.split("\n").filter((line) => line !== ""))].sort();
}
