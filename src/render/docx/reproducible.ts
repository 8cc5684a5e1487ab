import { strFromU8, strToU8, zipSync } from "fflate";
import type { Zippable } from "fflate";
import { isoDateToW3cdtf } from "./dates.js";

// DOS times in a ZIP are local times, and fflate reads a Date's local
// fields: a Date built from local fields gives 1980-01-01 00:00 in every zone.
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);
const XML_LEVEL = 6;

const CONTENT_TYPES = "[Content_Types].xml";
const HYPERLINK_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** `word/_rels/document.xml.rels` -> `word/document.xml`. */
function partOfRels(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]+)\.rels$/, "$1$2");
}

/** core.xml created/modified become the report's date at midnight UTC. */
function fixCoreDates(xml: string, isoDate: string): string {
  const stamp = isoDateToW3cdtf(isoDate);
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) =>
      `${open}${stamp}${close}`,
  );
}

/**
 * docx gives hyperlink relationships random ids. Rename them rIdLink1,
 * rIdLink2 ... by order of appearance in the part, in both the part and its
 * .rels file.
 */
function renameHyperlinkIds(
  files: Map<string, string | Uint8Array>,
  relsName: string,
): void {
  const partName = partOfRels(relsName);
  const relsFile = files.get(relsName);
  const partFile = files.get(partName);
  if (relsFile === undefined || partFile === undefined) return;
  let rels = asText(relsFile);
  let part = asText(partFile);
  const linkIds = new Set<string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    if (id !== undefined && match[0].includes(`Type="${HYPERLINK_TYPE}"`))
      linkIds.add(id);
  }
  if (linkIds.size === 0) return;
  const renamed = new Map<string, string>();
  for (const match of part.matchAll(/\br:id="([^"]+)"/g)) {
    const id = match[1];
    if (linkIds.has(id) && !renamed.has(id))
      renamed.set(id, `rIdLink${renamed.size + 1}`);
  }
  // A relationship the part never mentions still needs a stable id.
  for (const id of linkIds)
    if (!renamed.has(id)) renamed.set(id, `rIdLink${renamed.size + 1}`);
  const swap = (text: string, attribute: string) =>
    text.replace(
      new RegExp(`\\b${attribute}="([^"]+)"`, "g"),
      (whole, id: string) => {
        const next = renamed.get(id);
        return next === undefined ? whole : `${attribute}="${next}"`;
      },
    );
  rels = swap(rels, "Id");
  part = swap(part, "r:id");
  files.set(relsName, rels);
  files.set(partName, part);
}

function asText(data: string | Uint8Array): string {
  return typeof data === "string" ? data : strFromU8(data);
}

/**
 * Zip the package's parts (path -> XML text or bytes) byte-identically for
 * identical input: fixed core.xml dates, deterministic hyperlink ids,
 * entries in a fixed order, one entry time that does not depend on the time
 * zone, fixed compression.
 */
export function zipReproducibly(
  parts: ReadonlyMap<string, string | Uint8Array>,
  isoDate: string,
): Uint8Array {
  const files = new Map(parts);
  const core = files.get("docProps/core.xml");
  if (core !== undefined)
    files.set("docProps/core.xml", fixCoreDates(asText(core), isoDate));
  for (const name of [...files.keys()]) {
    if (name.endsWith(".rels")) renameHyperlinkIds(files, name);
  }
  const names = [...files.keys()]
    .filter((name) => name !== CONTENT_TYPES)
    .sort();
  const ordered: Zippable = {};
  for (const name of [CONTENT_TYPES, ...names]) {
    const data = files.get(name);
    if (data === undefined) continue;
    // Images are already compressed; storing them saves time and nothing else.
    const level = /\.(png|jpe?g)$/i.test(name) ? 0 : XML_LEVEL;
    ordered[name] = [
      typeof data === "string" ? strToU8(data) : data,
      { level, mtime: ZIP_TIME },
    ];
  }
  return zipSync(ordered);
}
