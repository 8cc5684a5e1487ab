import { chmod, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic, Fix } from "../diagnostics/diagnostic.js";
import { decodeText } from "../load/decode-text.js";
import type { Edition } from "../model.js";
import { writeFileAtomic } from "../fs/write-file.js";
import { applyFixes, type AppliedFix } from "./apply-fixes.js";

export interface FileFixes {
  /** Root-relative POSIX path. */
  file: string;
  applied: AppliedFix[];
  /** Fixes left undone: the span no longer fits, or the file changed since it was read. */
  skipped: number;
  /**
   * The file changed while its fixes were being written (an editor saved
   * it): the editor's version was kept and nothing was applied.
   */
  changedMeanwhile?: boolean;
}

/**
 * Write the certain fixes of `diagnostics` into the contribution files
 * they point at: the only place a contribution is ever written, and only
 * for `validate --fix`. Each file is rewritten atomically (a temporary
 * file in the same folder, then a rename) and keeps its permissions. A
 * file whose text is no longer what was validated is left alone, and so
 * is one that changes while its fixes are being written. With `dryRun`
 * (`validate --fix-dry-run`) nothing is written.
 */
export async function fixContributions(
  edition: Edition,
  diagnostics: readonly Diagnostic[],
  options: { dryRun?: boolean } = {},
): Promise<FileFixes[]> {
  const texts = new Map(edition.contributions.map((c) => [c.file, c.text]));
  const byFile = new Map<string, Fix[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.fix === undefined || !texts.has(diagnostic.file)) continue;
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic.fix);
    byFile.set(diagnostic.file, list);
  }
  const results: FileFixes[] = [];
  for (const [file, fixes] of [...byFile].sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    const absolute = path.join(edition.root, ...file.split("/"));
    const bytes = await readFile(absolute);
    const decoded = decodeText(bytes);
    const validated = texts.get(file);
    if (
      !decoded.ok ||
      validated === undefined ||
      stripBom(decoded.text) !== validated
    ) {
      results.push({ file, applied: [], skipped: fixes.length });
      continue;
    }
    const result = applyFixes(bytes, fixes);
    // A dry run works out the same changes and writes nothing.
    if (result.applied.length > 0 && options.dryRun !== true) {
      const { mode } = await stat(absolute);
      // Checked again just before the rename: a save made by an editor
      // since the read must not be replaced by the fixed old text.
      const written = await writeFileAtomic(absolute, result.bytes, {
        createFolders: false,
        noLinksBelow: edition.root,
        stillCurrent: async () =>
          sameBytes(await readFile(absolute).catch(() => undefined), bytes),
      });
      if (!written) {
        results.push({
          file,
          applied: [],
          skipped: fixes.length,
          changedMeanwhile: true,
        });
        continue;
      }
      await chmod(absolute, mode & 0o7777);
    }
    results.push({
      file,
      applied: result.applied,
      skipped: result.skipped.length,
    });
  }
  return results;
}

function stripBom(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.compare(a, b) === 0;
}
