import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Contribution, Edition } from "../model.js";

export interface EntityFiles {
  /** The file of a roster entity, if it has one. */
  get(code: string): OwnedFile | undefined;
  /** Contribution files none of the `claimed` paths account for. */
  unclaimed(claimed: Set<string | undefined>): OwnedFile[];
}

export interface OwnedFile {
  file: string;
  contribution?: Contribution;
}

/**
 * Which file is whose: the contribution whose `entity:` names the code
 * (its own file name first, if two claim it), else a file named after the
 * code, including files too broken to read as a contribution at all.
 */
export function entityFiles(
  edition: Edition,
  diagnostics: readonly Diagnostic[] = [],
): EntityFiles {
  const candidates: OwnedFile[] = edition.contributions.map((c) => ({
    file: c.file,
    contribution: c,
  }));
  const contributionDir = `${edition.dir}/`;
  for (const problem of [...edition.unreadable, ...diagnostics]) {
    const { file } = problem;
    const isContributionFile =
      file.startsWith(contributionDir) &&
      !file.slice(contributionDir.length).includes("/") &&
      /\.(md|ya?ml)$/i.test(file) &&
      file !== edition.config.file &&
      file !== edition.outline.file;
    if (isContributionFile && !candidates.some((c) => c.file === file))
      candidates.push({ file });
  }
  const stem = (file: string) =>
    path.posix
      .basename(file)
      .replace(/\.(md|ya?ml)$/i, "")
      .toLowerCase();
  return {
    get(code: string): OwnedFile | undefined {
      const claiming = candidates.filter(
        (c) => c.contribution?.entity === code,
      );
      return (
        claiming.find((c) => stem(c.file) === code.toLowerCase()) ??
        claiming[0] ??
        candidates.find(
          (c) =>
            stem(c.file) === code.toLowerCase() &&
            (c.contribution?.entity === undefined ||
              c.contribution.entity.toLowerCase() === code.toLowerCase()),
        )
      );
    },
    unclaimed(claimed: Set<string | undefined>): OwnedFile[] {
      return candidates.filter((c) => !claimed.has(c.file));
    },
  };
}
