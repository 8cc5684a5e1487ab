import { ConfigError } from "../diagnostics/errors.js";
import { git, refuseOptionLike } from "./revision.js";

/** One side of a comparison: the revision git reads, and how messages name it. */
export interface RevisionSide {
  revision: string;
  name: string;
}

/**
 * The two sides `diff` compares, from what the user wrote, as git means
 * it: `A B`; `A` (against the working tree); `A..B` (A to B, either side
 * defaulting to HEAD); `A...B` (from the merge base of A and B to B, as a
 * pull request shows its changes). `to` undefined means the working tree.
 */
export async function comparedRevisions(
  repo: string,
  from: string,
  to: string | undefined,
  /** What git reads for a name the user wrote (a circulated draft's label names its tag). */
  resolve: (name: string) => Promise<string> = (name) => Promise.resolve(name),
): Promise<{ from: RevisionSide; to?: RevisionSide }> {
  const side = async (name: string): Promise<RevisionSide> => ({
    revision: await resolve(name),
    name,
  });
  const range = /^(.*?)(\.\.\.?)(.*)$/s.exec(from);
  if (range === null)
    return {
      from: await side(from),
      ...(to === undefined ? {} : { to: await side(to) }),
    };
  const [, left = "", dots, right = ""] = range;
  if (to !== undefined)
    throw new ConfigError(
      `Unexpected revision ${to} after the range ${from}`,
      undefined,
      `Give a range or two revisions, not both: \`wps-report diff ${from}\` or \`wps-report diff ${left || "HEAD"} ${to}\`.`,
    );
  const older = left === "" ? "HEAD" : left;
  const newer = right === "" ? "HEAD" : right;
  if (dots === "..") return { from: await side(older), to: await side(newer) };
  const newerSide = await side(newer);
  return {
    from: {
      revision: await mergeBase(
        repo,
        await resolve(older),
        newerSide.revision,
        `${older}...${newer}`,
      ),
      name: `the merge base of ${older} and ${newer}`,
    },
    to: newerSide,
  };
}

async function mergeBase(
  repo: string,
  left: string,
  right: string,
  shown: string,
): Promise<string> {
  for (const name of [left, right]) refuseOptionLike(name);
  const result = await git(
    ["merge-base", `${left}^{commit}`, `${right}^{commit}`],
    repo,
  );
  const base = result.stdout.trim().split("\n")[0];
  if (result.code === 0 && base !== undefined && base !== "") return base;
  // Exit 1 with no output: both exist, and share no history.
  if (result.code === 1 && result.stderr.trim() === "")
    throw new ConfigError(
      `${shown.replace("...", " and ")} have no common ancestor, so ${shown} has no merge base to compare from`,
      undefined,
      `Compare the two drafts directly: \`wps-report diff ${shown.replace("...", " ")}\`.`,
    );
  throw new ConfigError(
    `Unknown revision in ${shown}: ${result.stderr.trim()}`,
    undefined,
    "Name commits, branches or tags; `git log --oneline --all` lists them.",
  );
}
