import path from "node:path";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../diagnostics/errors.js";
import type {
  Contribution,
  Edition,
  EditionFile,
  ImageAsset,
  Outline,
  UnreadableFile,
} from "../model.js";
import {
  diskFileSource,
  isNotFound,
  OutsideRootError,
  type DirEntry,
  type FileSource,
} from "./file-source.js";
import {
  plainLoading,
  type LoadEngine,
  type LoadProgress,
} from "./load-engine.js";
import { parseOutline } from "./load-outline.js";
import { readImageInfo } from "./image-info.js";
import { readEmblem } from "./load-emblem.js";
import { readingAhead } from "./read-ahead.js";
import {
  checkEditionSize,
  overEditionLimit,
  MAX_EDITION_IMAGE_BYTES,
  MAX_EDITION_TEXT_BYTES,
} from "./edition-size.js";

/** Above this a contribution is refused unread: no focal point writes 2 MiB of report text. */
export const MAX_CONTRIBUTION_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const CONTRIBUTION_EXTENSIONS = [".md", ".yaml", ".yml"];
const IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg"];
const BUNDLED_TEMPLATES = fileURLToPath(
  new URL("../../templates/", import.meta.url),
);

export interface LoadOptions {
  /** Where to read from; the working tree by default, a git revision for `diff`. */
  source?: FileSource;
  /** How files become data: plainly by default; src/engine/ adds a cache and worker threads. */
  engine?: LoadEngine;
  onProgress?: ((progress: LoadProgress) => void) | undefined;
}

/** Read an edition folder (root-relative `dir`) into the model. Config problems throw ConfigError (exit 2). */
export async function loadEdition(
  root: string,
  dir: string,
  options: LoadOptions = {},
): Promise<Edition> {
  const source = options.source ?? diskFileSource(root);
  try {
    return await readEdition(
      source,
      dir,
      options.engine ?? plainLoading,
      options.onProgress,
    );
  } catch (error) {
    // Configuration errors name root-relative files; make them absolute so the CLI can show them from the user's folder.
    if (
      error instanceof ConfigError &&
      error.place !== undefined &&
      !path.isAbsolute(error.place.file)
    ) {
      throw new ConfigError(
        error.message,
        { ...error.place, file: path.join(source.root, error.place.file) },
        error.hint,
      );
    }
    throw error;
  }
}

async function readEdition(
  source: FileSource,
  dir: string,
  engine: LoadEngine,
  onProgress: ((progress: LoadProgress) => void) | undefined,
): Promise<Edition> {
  const reportFile = `${dir}/report.yaml`;
  const listing = source.list(dir);
  const contributionSource = readingAhead(
    source,
    listing.then((entries) => filesToReadAhead(dir, entries)),
  );
  const config = await engine.parseConfig(
    await readConfigFile(source, reportFile),
    reportFile,
  );
  const outline = await loadOutlineFor(source, dir, config.template, {
    file: reportFile,
    ...config.templatePosition,
  });

  const entries = await listing.catch((error: unknown) => {
    throw new ConfigError(
      `Cannot read the edition folder ${dir}: ${messageOf(error)}`,
    );
  });
  const contributions: Contribution[] = [];
  const files: EditionFile[] = [];
  const images = new Map<string, ImageAsset>();
  const unreadable: UnreadableFile[] = [];
  const contributionFiles: string[] = [];
  checkEditionSize(
    contributionCandidates(dir, entries),
    MAX_EDITION_TEXT_BYTES,
    "contributions",
  );
  const imageBytes = { total: 0 };
  for (const entry of entries) {
    const file = `${dir}/${entry.name}`;
    if (entry.name === "report.yaml" || file === outline.file) {
      if (file === outline.file)
        files.push({ file, kind: "outline", size: entry.size });
      continue;
    }
    const extension = path.posix.extname(entry.name).toLowerCase();
    if (entry.kind === "directory") {
      // Images may sit in a sub-folder (`images/map.png`); anything else there is reported.
      await readImageFolder(source, file, files, images, imageBytes);
      continue;
    }
    if (entry.kind !== "file") {
      files.push({ file, kind: entry.kind, size: entry.size });
      continue;
    }
    if (CONTRIBUTION_EXTENSIONS.includes(extension)) {
      if (entry.size > MAX_CONTRIBUTION_BYTES) {
        unreadable.push(tooLarge(file, entry.size));
        continue;
      }
      contributionFiles.push(file);
    } else if (IMAGE_EXTENSIONS.includes(extension)) {
      await readImage(source, file, entry.size, files, images, imageBytes);
    } else {
      files.push({ file, kind: "other", size: entry.size });
    }
  }
  for (const loaded of await engine.loadContributions(
    contributionSource,
    contributionFiles,
    onProgress,
  )) {
    for (const problem of loaded.problems) unreadable.push(problem);
    if (loaded.contribution !== undefined)
      contributions.push(loaded.contribution);
  }
  const emblem = await readEmblem(source, config);
  return {
    root: source.root,
    dir,
    config,
    outline,
    contributions,
    files,
    images,
    unreadable,
    ...(emblem === undefined ? {} : { emblem }),
  };
}

/** The files of the edition folder with a contribution's extension (report.yaml too), within the size limit of one. */
function contributionCandidates(
  dir: string,
  entries: readonly DirEntry[],
): { file: string; size: number }[] {
  return entries
    .filter(
      (entry) =>
        entry.kind === "file" &&
        entry.size <= MAX_CONTRIBUTION_BYTES &&
        CONTRIBUTION_EXTENSIONS.includes(
          path.posix.extname(entry.name).toLowerCase(),
        ),
    )
    .map((entry) => ({ file: `${dir}/${entry.name}`, size: entry.size }));
}

/** What to read while report.yaml is parsed: nothing from an edition the size check will refuse unread. */
function filesToReadAhead(dir: string, entries: readonly DirEntry[]): string[] {
  const candidates = contributionCandidates(dir, entries);
  if (overEditionLimit(candidates, MAX_EDITION_TEXT_BYTES)) return [];
  // report.yaml is read on its own, first.
  return candidates
    .map((candidate) => candidate.file)
    .filter((file) => file !== `${dir}/report.yaml`);
}

async function readImage(
  source: FileSource,
  file: string,
  size: number,
  files: EditionFile[],
  images: Map<string, ImageAsset>,
  imageBytes: { total: number },
): Promise<void> {
  files.push({ file, kind: "image", size });
  if (size > MAX_IMAGE_BYTES) return;
  // Checked before each read, so too many images are refused before they fill memory.
  imageBytes.total += size;
  if (imageBytes.total > MAX_EDITION_IMAGE_BYTES)
    checkEditionSize(
      files.filter((f) => f.kind === "image" && f.size <= MAX_IMAGE_BYTES),
      MAX_EDITION_IMAGE_BYTES,
      "images",
    );
  const data = await source.readFile(file);
  const info = readImageInfo(data);
  if (info !== undefined) images.set(file, { file, data, ...info });
}

/** A sub-folder of the edition holds images only: one level, no contributions, no further folders. */
async function readImageFolder(
  source: FileSource,
  folder: string,
  files: EditionFile[],
  images: Map<string, ImageAsset>,
  imageBytes: { total: number },
): Promise<void> {
  const entries = await source.list(folder).catch((error: unknown) => {
    throw new ConfigError(
      `Cannot read the folder ${folder}: ${messageOf(error)}`,
    );
  });
  if (entries.length === 0)
    files.push({ file: folder, kind: "directory", size: 0 });
  for (const entry of entries) {
    const file = `${folder}/${entry.name}`;
    const extension = path.posix.extname(entry.name).toLowerCase();
    if (entry.kind === "file" && IMAGE_EXTENSIONS.includes(extension))
      await readImage(source, file, entry.size, files, images, imageBytes);
    else
      files.push({
        file,
        kind: entry.kind === "file" ? "other" : entry.kind,
        size: entry.size,
      });
  }
}

async function readConfigFile(
  source: FileSource,
  file: string,
): Promise<Uint8Array> {
  try {
    return await source.readFile(file);
  } catch (error) {
    if (isNotFound(error))
      throw new ConfigError(
        "Missing report.yaml in the edition folder",
        { file },
        "Every edition folder needs a report.yaml; `wps-report init <year>` writes one.",
      );
    throw new ConfigError(`Cannot read ${file}: ${messageOf(error)}`, { file });
  }
}

/** `template: sg-report` is a preset (templates/<name>.yaml, the repository's own first); a value with a slash or extension is a path relative to report.yaml. */
async function loadOutlineFor(
  source: FileSource,
  dir: string,
  template: string,
  place: { file: string; line?: number; column?: number },
): Promise<Outline> {
  const isPath = template.includes("/") || /\.ya?ml$/.test(template);
  const file = isPath
    ? path.posix.normalize(path.posix.join(dir, template))
    : `templates/${template}.yaml`;
  if (file === ".." || file.startsWith("../") || path.posix.isAbsolute(file)) {
    throw new ConfigError(
      `The template ${template} is outside the repository`,
      place,
      "Keep outlines inside the repository, e.g. templates/<name>.yaml.",
    );
  }
  try {
    return parseOutline(await source.readFile(file), file);
  } catch (error) {
    if (error instanceof OutsideRootError)
      throw new ConfigError(
        `The template ${template} points outside the repository`,
        place,
      );
    if (!isNotFound(error))
      throw error instanceof ConfigError
        ? error
        : new ConfigError(`Cannot read ${file}: ${messageOf(error)}`, { file });
  }
  if (!isPath) {
    const bundled = await readFile(
      path.join(BUNDLED_TEMPLATES, `${template}.yaml`),
    ).catch(() => undefined);
    if (bundled !== undefined)
      return parseOutline(
        new Uint8Array(bundled),
        `templates/${template}.yaml`,
      );
  }
  throw new ConfigError(
    `No outline named ${template}: ${file} does not exist`,
    place,
    "Set `template:` in report.yaml to sg-report, pillars, or a path to an outline file.",
  );
}

function tooLarge(file: string, size: number): UnreadableFile {
  return {
    file,
    line: 1,
    column: 1,
    reason: "too-large",
    message: `The file is ${(size / 1024 / 1024).toFixed(1)} MiB, over the 2 MiB limit for a contribution`,
    hint: "A contribution is text of a few pages; move data tables to an annex or a linked document.",
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
