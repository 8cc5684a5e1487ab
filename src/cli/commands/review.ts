import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../../diagnostics/errors.js";
import { displayPath } from "../../diagnostics/format-text.js";
import { locateEdition } from "../../load/find-edition.js";
import { loadEdition } from "../../load/load-edition.js";
import { readReviewedDraft } from "../../review/draft.js";
import { editionFiles } from "../../review/edition-files.js";
import {
  formatReviewGithub,
  formatReviewJson,
  formatReviewText,
} from "../../review/format.js";
import { listReview } from "../../review/listing.js";
import { DEFAULT_DOCX_LIMITS } from "../../textconv/index.js";
import type { CliIO } from "../io.js";

export interface ReviewOptions {
  file: string;
  edition?: string;
  format: "text" | "json" | "github";
  apply?: boolean;
}

/** A file past the DOCX readers' limit is refused before it is read. */
const MAX_DRAFT_BYTES = DEFAULT_DOCX_LIMITS.maxFileBytes;

async function readDraftBytes(
  file: string,
  shown: string,
): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory())
      throw new ConfigError(
        `Unexpected folder ${shown}, expected a .docx file`,
        undefined,
        "Pass the reviewed draft, e.g. `wps-report review S-2004-814-reviewed.docx`.",
      );
    if (info.size > MAX_DRAFT_BYTES)
      throw new ConfigError(
        `Unexpected file ${shown}: ${info.size} bytes is far more than a draft (at most ${MAX_DRAFT_BYTES})`,
        undefined,
        "Pass the reviewed draft as it came back from Word or LibreOffice.",
      );
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code =
      error instanceof Error && "code" in error ? String(error.code) : "";
    throw new ConfigError(
      code === "ENOENT"
        ? `No file at ${shown}`
        : `Cannot read ${shown}: ${code || String(error)}`,
      undefined,
      "Pass the path of the reviewed .docx file.",
    );
  }
}

/** `wps-report review <file.docx>`: list a reviewed draft's tracked changes and comments by source. */
export async function reviewCommand(
  options: ReviewOptions,
  io: CliIO,
): Promise<number> {
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  const file = path.resolve(io.cwd, options.file);
  const bytes = await readDraftBytes(file, options.file);
  const draft = readReviewedDraft(bytes, options.file);
  const edition = await loadEdition(root, dir);
  if (draft.map.year !== edition.config.year)
    throw new ConfigError(
      `Unexpected draft ${options.file}: it is a draft of the ${draft.map.year} report (${draft.map.symbol}), and the edition here is ${edition.config.year} (${edition.config.symbol})`,
      undefined,
      `Pass --edition contributions/${draft.map.year}, or the reviewed draft of the ${edition.config.year} report.`,
    );
  const configText = await readFile(
    path.join(root, edition.config.file),
    "utf8",
  ).catch(() => "");
  const files = editionFiles(edition, configText);
  const display = (shown: string) =>
    displayPath(shown, {
      root,
      cwd: options.format === "github" ? root : io.cwd,
    });
  if (options.apply === true) {
    const { applyReview } = await import("./review-apply.js");
    return applyReview({
      root,
      draft,
      files,
      display,
      io,
      json: options.format === "json",
    });
  }
  const listing = listReview(draft, files);
  io.stdout.write(
    options.format === "json"
      ? formatReviewJson(listing, display)
      : options.format === "github"
        ? formatReviewGithub(listing, display)
        : formatReviewText(listing, display),
  );
  return 0;
}
