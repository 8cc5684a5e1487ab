import { gitBlobId } from "../git/blob-id.js";
import { checkFileText } from "../validate/index.js";
import { countContributionWords } from "../words/contribution-words.js";
import {
  parseContribution,
  type LoadedContribution,
} from "../load/load-contribution.js";

/**
 * The work a contribution file needs on its own: parse it, and run the
 * rules that read its text alone, count its words and take the git blob id
 * of its text (which the draft records for `review`). These are most of
 * the cost of a large edition; done here, they run on the worker threads
 * and the cache keeps them, so a warm build neither parses nor re-checks
 * nor re-counts nor re-hashes an unchanged file (hashing a 1,000-file
 * edition's 22 MB again took 40 ms of a warm build).
 */
export function parseAndCheck(
  bytes: Uint8Array,
  file: string,
): LoadedContribution {
  const loaded = parseContribution(bytes, file);
  if (loaded.contribution !== undefined) {
    loaded.contribution.textProblems = checkFileText(loaded.contribution);
    loaded.contribution.words = countContributionWords(loaded.contribution);
    const { text } = loaded.contribution;
    if (text !== undefined) loaded.contribution.blobId = gitBlobId(text);
  }
  return loaded;
}
