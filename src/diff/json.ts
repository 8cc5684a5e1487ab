import type { Revision } from "../git/revision.js";
import { displayPath } from "../shared/paths.js";
import type { LeftOut } from "./buildable.js";
import type { Change } from "./index.js";
import { statByEntity } from "./stat.js";

/** Where paths are shown from: root-relative files become paths from the current directory. */
interface Where {
  root: string;
  cwd: string;
}

/** One side of a comparison as `diff --json` names it: a revision, or the working tree. */
export interface DiffSide {
  revision?: Revision;
  /** The contributions left out of this side's draft for their errors. */
  leftOut: readonly LeftOut[];
}

/** `diff --json`: the two sides, the counts, and each change (none with `stat`). */
export function diffJson(
  from: DiffSide,
  to: DiffSide,
  options: {
    changes: readonly Change[];
    /** `--entity`: the changes are this entity's only. */
    entity?: string;
    /** `--stat`: counts only. */
    stat: boolean;
    /** The redline's path as printed, when one was written. */
    redline: string | null;
    where: Where;
  },
) {
  const { changes, entity, where } = options;
  const leftOut = (side: DiffSide) =>
    side.leftOut.map((f) => ({ ...f, file: displayPath(f.file, where) }));
  return {
    from: sideJson(from),
    to: sideJson(to),
    ...(entity === undefined ? {} : { entity }),
    summary: countByType(changes),
    byEntity: statByEntity(changes),
    leftOut: { from: leftOut(from), to: leftOut(to) },
    changes: options.stat
      ? []
      : changes.map((change) => changeJson(change, where)),
    redline: options.redline,
  };
}

function sideJson(side: DiffSide) {
  return side.revision === undefined
    ? { revision: null, workingTree: true }
    : {
        revision: side.revision.name,
        commit: side.revision.commit,
        date: side.revision.date,
        workingTree: false,
      };
}

function countByType(changes: readonly Change[]) {
  const count = (type: Change["type"]) =>
    changes.filter((change) => change.type === type).length;
  return {
    changes: changes.length,
    changed: count("changed"),
    added: count("added"),
    removed: count("removed"),
    moved: count("moved"),
  };
}

function changeJson(change: Change, where: Where) {
  return {
    ...change,
    ...(change.source
      ? {
          source: {
            ...change.source,
            file: displayPath(change.source.file, where),
          },
        }
      : {}),
  };
}
