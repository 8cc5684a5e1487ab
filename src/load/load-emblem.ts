import { ConfigError } from "../diagnostics/errors.js";
import type { ImageAsset, ReportConfig } from "../model.js";
import { isNotFound, type FileSource } from "./file-source.js";
import { readImageInfo } from "./image-info.js";

/** Larger than any emblem needs; the same bound as a contribution's image. */
const MAX_EMBLEM_BYTES = 5 * 1024 * 1024;

/**
 * The masthead's emblem, from the file report.yaml's `emblem` names. A file
 * that is missing, too large or not a PNG or JPEG is a configuration error
 * pointing at that key: a draft must never go out without the emblem asked for.
 */
export async function readEmblem(
  source: FileSource,
  config: ReportConfig,
): Promise<ImageAsset | undefined> {
  if (config.emblem === undefined) return undefined;
  const { file, line, column } = config.emblem;
  const place = { file: config.file, line, column };
  const hint =
    "Give `emblem:` the path, relative to report.yaml, of a PNG or JPEG image of the United Nations emblem (wps-report ships none), or delete the key.";
  let data: Uint8Array;
  try {
    data = await source.readFile(file);
  } catch (error) {
    throw new ConfigError(
      isNotFound(error)
        ? `The emblem file ${file} does not exist`
        : `Cannot read the emblem file ${file}: ${messageOf(error)}`,
      place,
      hint,
    );
  }
  if (data.length > MAX_EMBLEM_BYTES)
    throw new ConfigError(
      `The emblem file ${file} is larger than ${MAX_EMBLEM_BYTES / 1024 / 1024} MB`,
      place,
      hint,
    );
  const info = readImageInfo(data);
  if (info === undefined || info.width === 0 || info.height === 0)
    throw new ConfigError(
      `The emblem file ${file} is not a PNG or JPEG image`,
      place,
      hint,
    );
  return { file, data, ...info };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
