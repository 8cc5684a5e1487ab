import type { Edition, Report } from "../model.js";
import type { DeflateElsewhere } from "./docx/reproducible.js";

export interface FormatRenderOptions {
  edition: Edition;
  /** DOCX only: a Word comment naming each paragraph's entity and source line. */
  annotate: boolean;
  /** DOCX only: the DGACM submission form (12 pt, double-spaced). */
  manuscript: boolean;
  /** DOCX only, with `annotate`: the files `build --skip-invalid` left out, named in a comment. */
  leftOut?: readonly string[];
  /** DOCX only: deflates a large draft's largest part on another thread (the bytes do not change). */
  deflateElsewhere?: DeflateElsewhere | undefined;
  /** DOCX only: work to do while another thread deflates (see renderDocx); other formats never call it. */
  meanwhile?: (() => void) | undefined;
}

export interface OutputFormatSpec {
  /** The extensions that name the format in `--out`; the first is the one the tool writes. */
  extensions: readonly string[];
  /** Bytes rather than text. */
  binary: boolean;
  /** Where it goes without `--out`: a file at drafts/<year>/<symbol>.<extension>, or stdout. */
  defaultTo: "file" | "stdout";
  /** Loaded on first use, so `--help` never loads a renderer. */
  render(
    report: Report,
    options: FormatRenderOptions,
  ): Promise<Uint8Array | string>;
}

/**
 * The formats `build` writes. `--format`'s choices, the format an `--out`
 * extension names, the default output path and `build --json`'s `format`
 * come from here: a new format is a renderer and one entry.
 */
export const outputFormats = {
  docx: {
    extensions: [".docx"],
    binary: true,
    defaultTo: "file",
    async render(report, options) {
      const { renderDocx, sourceBlobIds } = await import("./docx/index.js");
      return renderDocx(report, {
        annotate: options.annotate,
        manuscript: options.manuscript,
        blobIds: sourceBlobIds(options.edition),
        leftOut: options.leftOut ?? [],
        deflateElsewhere: options.deflateElsewhere,
        meanwhile: options.meanwhile,
      });
    },
  },
  md: {
    extensions: [".md", ".markdown"],
    binary: false,
    defaultTo: "stdout",
    render: async (report) =>
      (await import("./markdown.js")).renderMarkdown(report),
  },
  txt: {
    extensions: [".txt"],
    binary: false,
    defaultTo: "stdout",
    render: async (report) => (await import("./text.js")).renderText(report),
  },
  json: {
    extensions: [".json"],
    binary: false,
    defaultTo: "stdout",
    render: async (report) => (await import("./json.js")).renderJson(report),
  },
  html: {
    extensions: [".html", ".htm"],
    binary: false,
    // A page to open, not text to pipe.
    defaultTo: "file",
    render: async (report) =>
      (await import("./html/index.js")).renderHtml(report),
  },
} as const satisfies Record<string, OutputFormatSpec>;

export type OutputFormat = keyof typeof outputFormats;

export const outputFormatNames = Object.keys(outputFormats) as OutputFormat[];

/** The format an output file's extension names (`.markdown` -> md), if any. */
export function formatOfExtension(extension: string): OutputFormat | undefined {
  const lower = extension.toLowerCase();
  return outputFormatNames.find((name) =>
    (outputFormats[name].extensions as readonly string[]).includes(lower),
  );
}

/** `build --out`'s help: where each format goes when `--out` is not given. */
export function outHelp(): string {
  const to = (where: OutputFormatSpec["defaultTo"]) =>
    outputFormatNames.filter((name) => outputFormats[name].defaultTo === where);
  const files = to("file")
    .map((name) => outputFormats[name].extensions[0])
    .join(" or ");
  const stdout = to("stdout");
  const listed =
    stdout.length > 1
      ? `${stdout.slice(0, -1).join(", ")} and ${stdout.at(-1)}`
      : stdout.join("");
  return `output file (default: drafts/<year>/<symbol>${files}; stdout for ${listed})`;
}
