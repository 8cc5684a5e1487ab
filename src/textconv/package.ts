import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { attr, elements, parseXml, type XmlElement } from "./xml.js";

/** The parts of a DOCX that its text depends on. */
export interface DocxParts {
  document: XmlElement;
  styles?: XmlElement;
  numbering?: XmlElement;
  footnotes?: XmlElement;
  /** Read by `review`: Word comments, and custom document properties (docProps/custom.xml). */
  comments?: XmlElement;
  /** Word's reply threads (w15:commentEx paraIdParent). */
  commentsExtended?: XmlElement;
  customProperties?: XmlElement;
}

/** Why a file could not be read as a DOCX; the caller turns it into a message for users. */
export class NotDocxError extends Error {
  override readonly name = "NotDocxError";
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const PART_TYPES = {
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  footnotes: /\/footnotes$/,
  comments: /\/comments$/,
  commentsExtended: /\/commentsExtended$/,
} as const;
const CUSTOM_PROPERTIES = /\/custom-properties$/;

/**
 * Unzip a DOCX and parse the parts we read. Part names come from the
 * package relationships, as Word finds them, with the usual names as a
 * fallback for packages whose relationships are missing.
 */
export function readDocxParts(bytes: Uint8Array): DocxParts {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new NotDocxError("it is not a ZIP archive");
  }
  const xml = (name: string | undefined): XmlElement | undefined => {
    const data = name === undefined ? undefined : files[name];
    if (data === undefined) return undefined;
    try {
      return parseXml(strFromU8(data));
    } catch {
      throw new NotDocxError(`its part ${name} is not well-formed XML`);
    }
  };

  const packageRels = relationshipTargets(xml("_rels/.rels"), "");
  const main =
    packageRels
      .filter((rel) => OFFICE_DOCUMENT.test(rel.type))
      .map((rel) => rel.target)
      .find((name) => files[name] !== undefined) ?? "word/document.xml";
  const document = xml(main);
  if (document === undefined)
    throw new NotDocxError("it has no word/document.xml");

  const related = relationshipTargets(
    xml(relsNameOf(main)),
    path.posix.dirname(main),
  );
  const partName = (type: RegExp, fallback: string) =>
    related.find((rel) => type.test(rel.type))?.target ??
    path.posix.join(path.posix.dirname(main), fallback);
  const styles = xml(partName(PART_TYPES.styles, "styles.xml"));
  const numbering = xml(partName(PART_TYPES.numbering, "numbering.xml"));
  const footnotes = xml(partName(PART_TYPES.footnotes, "footnotes.xml"));
  const comments = xml(partName(PART_TYPES.comments, "comments.xml"));
  const commentsExtended = xml(
    partName(PART_TYPES.commentsExtended, "commentsExtended.xml"),
  );
  const customProperties = xml(
    packageRels.find((rel) => CUSTOM_PROPERTIES.test(rel.type))?.target ??
      "docProps/custom.xml",
  );
  return {
    document,
    ...(styles ? { styles } : {}),
    ...(numbering ? { numbering } : {}),
    ...(footnotes ? { footnotes } : {}),
    ...(comments ? { comments } : {}),
    ...(commentsExtended ? { commentsExtended } : {}),
    ...(customProperties ? { customProperties } : {}),
  };
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
