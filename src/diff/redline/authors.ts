/**
 * Who made each change, as Word shows it in a tracked change's author: the
 * entity whose text it is, and the people who committed changes to that
 * text's file between the two drafts, "UNDP (Ana Task)". A task manager's
 * copy-edit of UNDP's paragraph thus reads as UNDP's text edited by the
 * task manager, not as UNDP's own change.
 */

/** Committers by root-relative file, most recent first. */
export type Committers = ReadonlyMap<string, readonly string[]>;

/** Whose text: the entity, "Outline" for outline text and headings, "report.yaml" for the masthead. */
export function authorName(
  owner: string,
  file: string | undefined,
  committers: Committers | undefined,
): string {
  const names = file === undefined ? undefined : committers?.get(file);
  return names === undefined || names.length === 0
    ? owner
    : `${owner} (${names.join(", ")})`;
}
