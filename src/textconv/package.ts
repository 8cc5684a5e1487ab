import path from "node:path";
import { NotDocxError } from "./errors.js";
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits.js";
import { attr, elements, parseXml, type XmlElement } from "./xml.js";
import { ZipArchive } from "./zip.js";

/**
 * A DOCX opened for reading: its ZIP directory read, its relationships
 * followed to the main document, nothing else inflated yet. Every part read
 * through it counts against one set of limits, so the readers of textconv,
 * `diff` and `review` refuse the same hostile files the same way.
 */
export interface DocxPackage {
  readonly limits: Readonly<DocxLimits>;
  /** Every entry name in the archive. */
  readonly names: readonly string[];
  /** The main document part, e.g. `word/document.xml`. */
  readonly mainPart: string;
  /**
   * The part the main document relates to with a relationship type ending
   * in `/<type>` ("styles", "numbering", "footnotes", "comments" ...), else
   * the usual name beside the main part when the archive holds it.
   */
  relatedPart(type: string): string | undefined;
  /** A part's bytes, inflated within the limits; undefined when absent. */
  bytes(name: string): Uint8Array | undefined;
  /** XML bytes parsed within the limits (see parseXml's `stream` to read a long body block by block). */
  parse(
    name: string,
    data: Uint8Array,
    stream?: { parent: string; visit(element: XmlElement): void },
  ): XmlElement;
  /** `bytes` then `parse`; undefined when the part is absent. */
  xml(name: string | undefined): XmlElement | undefined;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const USUAL_NAMES: Readonly<Record<string, string>> = {
  styles: "styles.xml",
  numbering: "numbering.xml",
  footnotes: "footnotes.xml",
  endnotes: "endnotes.xml",
  comments: "comments.xml",
  settings: "settings.xml",
};

/**
 * Open a DOCX within `limits`. Throws NotDocxError when the bytes are not
 * a DOCX (not a ZIP, no main document) and DocxLimitError (a NotDocxError)
 * when the archive is past a limit; later reads throw the same.
 */
export function readDocxPackage(
  bytes: Uint8Array,
  limits: Readonly<DocxLimits> = DEFAULT_DOCX_LIMITS,
): DocxPackage {
  const zip = new ZipArchive(bytes, limits);
  const parse = (
    name: string,
    data: Uint8Array,
    stream?: { parent: string; visit(element: XmlElement): void },
  ) =>
    parseXml(decodeXml(data), {
      part: name,
      limits: { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxXmlNodes },
      ...(stream === undefined ? {} : { stream }),
    });
  const xml = (name: string | undefined) => {
    const data = name === undefined ? undefined : zip.read(name);
    return name === undefined || data === undefined
      ? undefined
      : parse(name, data);
  };

  const mainPart =
    relationshipTargets(xml("_rels/.rels"), "")
      .filter((rel) => OFFICE_DOCUMENT.test(rel.type))
      .map((rel) => rel.target)
      .find((name) => zip.has(name)) ??
    (zip.has("word/document.xml") ? "word/document.xml" : undefined);
  if (mainPart === undefined)
    throw new NotDocxError("it has no word/document.xml");
  const related = relationshipTargets(
    xml(relsNameOf(mainPart)),
    path.posix.dirname(mainPart),
  );

  return {
    limits,
    names: zip.names,
    mainPart,
    relatedPart(type) {
      const byType = related.find((rel) => rel.type.endsWith(`/${type}`));
      if (byType !== undefined)
        return zip.has(byType.target) ? byType.target : undefined;
      const usual = USUAL_NAMES[type];
      const fallback =
        usual === undefined
          ? undefined
          : path.posix.join(path.posix.dirname(mainPart), usual);
      return fallback !== undefined && zip.has(fallback) ? fallback : undefined;
    },
    bytes: (name) => zip.read(name),
    parse,
    xml,
  };
}

/** The parts of a DOCX that its text depends on. */
export interface DocxParts {
  document: XmlElement;
  styles?: XmlElement;
  numbering?: XmlElement;
  footnotes?: XmlElement;
}

/** The main document, styles, numbering and footnotes, each parsed whole (within the limits). */
export function readDocxParts(
  bytes: Uint8Array,
  limits: Readonly<DocxLimits> = DEFAULT_DOCX_LIMITS,
): DocxParts {
  const docx = readDocxPackage(bytes, limits);
  const document = docx.xml(docx.mainPart);
  if (document === undefined)
    throw new NotDocxError("it has no word/document.xml");
  const styles = docx.xml(docx.relatedPart("styles"));
  const numbering = docx.xml(docx.relatedPart("numbering"));
  const footnotes = docx.xml(docx.relatedPart("footnotes"));
  return {
    document,
    ...(styles ? { styles } : {}),
    ...(numbering ? { numbering } : {}),
    ...(footnotes ? { footnotes } : {}),
  };
}

/** UTF-8, or UTF-16 when a byte order mark says so (both are allowed in a package). */
function decodeXml(data: Uint8Array): string {
  const encoding =
    data[0] === 0xff && data[1] === 0xfe
      ? "utf-16le"
      : data[0] === 0xfe && data[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  return new TextDecoder(encoding).decode(data);
}

/** `word/document.xml` -> `word/_rels/document.xml.rels`. */
function relsNameOf(part: string): string {
  return path.posix.join(
    path.posix.dirname(part),
    "_rels",
    `${path.posix.basename(part)}.rels`,
  );
}

function relationshipTargets(
  rels: XmlElement | undefined,
  baseDir: string,
): { type: string; target: string }[] {
  return elements(rels, "Relationship")
    .filter((rel) => attr(rel, "TargetMode") !== "External")
    .map((rel) => {
      const target = attr(rel, "Target") ?? "";
      // Targets are relative to the part's folder, or absolute from the package root.
      const name = target.startsWith("/")
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(baseDir, target));
      return { type: attr(rel, "Type") ?? "", target: name };
    });
}
