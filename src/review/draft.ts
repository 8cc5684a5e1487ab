import { ConfigError } from "../diagnostics/errors.js";
import {
  ANCHOR_PROPERTY,
  type Anchor,
  type AnchorFile,
  type AnchorMap,
} from "../render/docx/anchors.js";
import {
  DocxLimitError,
  NotDocxError,
  attr,
  child,
  elements,
  readDocxPackage,
  type DocxPackage,
} from "../textconv/index.js";
import {
  ParagraphReader,
  readComments,
  readCustomProperties,
  readFootnotes,
  type DraftComment,
  type DraftParagraph,
} from "./read-draft.js";

/** A reviewed draft as `review` reads it. */
export interface ReviewedDraft {
  map: AnchorMap;
  body: DraftParagraph[];
  /** Footnote paragraphs by w:id, and the footnotes' numbers in order of reference. */
  footnotes: Map<string, DraftParagraph[]>;
  noteNumbers: Map<string, number>;
  comments: DraftComment[];
}

const HINT =
  "Pass a draft written by `wps-report build` (and reviewed in Word or LibreOffice), e.g. drafts/2004/S-2004-814.docx as it came back.";

/**
 * Read a reviewed draft. A file that is not a DOCX, or carries no anchors
 * (not built by wps-report, or its bookmarks were stripped) is a
 * ConfigError: `review` cannot say where anything in it came from.
 */
export function readReviewedDraft(
  bytes: Uint8Array,
  name: string,
): ReviewedDraft {
  try {
    return readDraft(readDocxPackage(bytes), name);
  } catch (error) {
    if (error instanceof DocxLimitError)
      throw new ConfigError(
        `Cannot read ${name}: ${error.message}`,
        undefined,
        "wps-report refuses a DOCX past its reading limits (SECURITY.md); a reviewed draft is far smaller.",
      );
    if (!(error instanceof NotDocxError)) throw error;
    throw new ConfigError(
      `Unexpected file ${name}, expected a DOCX: ${error.message}`,
      undefined,
      HINT,
    );
  }
}

const CUSTOM_PROPERTIES = /\/custom-properties$/;

/** The parts `review` reads, through the one DOCX reader and its limits. */
function readParts(docx: DocxPackage) {
  const document = docx.xml(docx.mainPart);
  if (document === undefined)
    throw new NotDocxError("it has no word/document.xml");
  const customName =
    elements(docx.xml("_rels/.rels"), "Relationship")
      .filter((rel) => CUSTOM_PROPERTIES.test(attr(rel, "Type") ?? ""))
      .map((rel) => (attr(rel, "Target") ?? "").replace(/^\//, ""))
      .find((target) => docx.names.includes(target)) ??
    (docx.names.includes("docProps/custom.xml")
      ? "docProps/custom.xml"
      : undefined);
  return {
    document,
    footnotes: docx.xml(docx.relatedPart("footnotes")),
    comments: docx.xml(docx.relatedPart("comments")),
    commentsExtended: docx.xml(docx.relatedPart("commentsExtended")),
    customProperties: docx.xml(customName),
  };
}

function readDraft(docx: DocxPackage, name: string): ReviewedDraft {
  const parts = readParts(docx);
  const properties = readCustomProperties(parts.customProperties);
  const map = parseAnchorMap(properties, name);
  const reader = new ParagraphReader("body");
  reader.container(child(parts.document, "body"));
  const footnotes = readFootnotes(parts.footnotes);
  const anchored =
    reader.paragraphs.some((p) => p.anchors.length > 0) ||
    [...footnotes.values()].some((ps) => ps.some((p) => p.anchors.length > 0));
  if (!anchored && map.anchors.length > 0)
    throw new ConfigError(
      `Cannot trace ${name} back to the contributions: its paragraphs lost the hidden bookmarks (_wps_1, _wps_2 ...) that say where each came from`,
      undefined,
      "Some tools drop bookmarks when they save. Review the draft as `wps-report build` wrote it, in Word or LibreOffice, and save it as .docx.",
    );
  return {
    map,
    body: reader.paragraphs,
    footnotes,
    noteNumbers: referenceOrder(reader.paragraphs),
    comments: readComments(parts.comments, parts.commentsExtended),
  };
}

/** Footnote numbers as the draft showed them: order of first reference, changes rejected. */
function referenceOrder(body: readonly DraftParagraph[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const paragraph of body)
    for (const piece of paragraph.pieces)
      if (
        piece.footnoteId !== undefined &&
        piece.state !== "ins" &&
        !numbers.has(piece.footnoteId)
      )
        numbers.set(piece.footnoteId, numbers.size + 1);
  return numbers;
}

const KINDS = new Set(["p", "l", "L", "t", "q", "f", "c", "n", "h"]);

/** The anchor map from custom properties, checked: a hostile file gets a message, never a crash. */
export function parseAnchorMap(
  properties: ReadonlyMap<string, string>,
  name: string,
): AnchorMap {
  const pieces = [...properties.entries()]
    .filter(([key]) => key.startsWith(`${ANCHOR_PROPERTY}.`))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, value]) => value);
  if (pieces.length === 0)
    throw new ConfigError(
      `Unexpected draft ${name}: it was not built by wps-report (it has no "${ANCHOR_PROPERTY}" document properties saying where its paragraphs came from)`,
      undefined,
      HINT,
    );
  const broken = () =>
    new ConfigError(
      `Cannot read where the paragraphs of ${name} came from: its "${ANCHOR_PROPERTY}" document properties were changed or cut short`,
      undefined,
      "Leave the document properties named wps-report.* as they are; review a fresh copy of the draft.",
    );
  let raw: unknown;
  try {
    raw = JSON.parse(pieces.join(""));
  } catch {
    throw broken();
  }
  if (typeof raw !== "object" || raw === null) throw broken();
  const record = raw as Record<string, unknown>;
  const { version, year, symbol, files, anchors } = record;
  if (
    version !== 1 ||
    typeof year !== "number" ||
    typeof symbol !== "string" ||
    !Array.isArray(files) ||
    !Array.isArray(anchors)
  )
    throw broken();
  const checkedFiles: AnchorFile[] = files.map((file: unknown) => {
    if (typeof file !== "object" || file === null) throw broken();
    const f = file as Record<string, unknown>;
    if (typeof f["path"] !== "string") throw broken();
    return {
      path: f["path"],
      ...(typeof f["entity"] === "string" ? { entity: f["entity"] } : {}),
      ...(f["generated"] === true ? { generated: true } : {}),
      ...(typeof f["blob"] === "string" && /^[0-9a-f]{40}$/.test(f["blob"])
        ? { blob: f["blob"] }
        : {}),
    };
  });
  const checkedAnchors: Anchor[] = anchors.map((entry: unknown) => {
    if (!Array.isArray(entry)) throw broken();
    const [kind, file, line, ordinal, heading] = entry as unknown[];
    if (
      typeof kind !== "string" ||
      !KINDS.has(kind) ||
      typeof file !== "number" ||
      !Number.isInteger(file) ||
      file < -1 ||
      file >= checkedFiles.length ||
      typeof line !== "number" ||
      typeof ordinal !== "number"
    )
      throw broken();
    return {
      kind: kind as Anchor["kind"],
      file,
      line,
      ordinal,
      ...(typeof heading === "string" ? { heading } : {}),
    };
  });
  return {
    version: 1,
    year,
    symbol,
    files: checkedFiles,
    anchors: checkedAnchors,
  };
}
