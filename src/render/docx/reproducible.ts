import { deflateXml } from "./deflate.js";
import { writeZip, zipCrc, type ZipEntry } from "./zip-writer.js";
import { isoDateToW3cdtf } from "./dates.js";
import { textOf } from "./ooxml-conformance.js";

const utf8 = new TextEncoder();

// DOS times in a ZIP are local times, and fflate reads a Date's local
// fields: a Date built from local fields gives 1980-01-01 00:00 in every zone.
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

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
  let rels = textOf(relsFile);
  let part = textOf(partFile);
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

/**
 * Deflates somewhere else than this thread (a worker), giving what
 * `deflateXml(data)` gives. With `movable`, the bytes
 * may be moved there rather than copied (they are empty here afterwards),
 * and the promise may reject: the caller deflates again from the text.
 */
export type DeflateElsewhere = (
  data: Uint8Array,
  options?: { movable?: boolean },
) => Promise<Uint8Array>;

/** Below this, a part is deflated here: handing it over would cost more than it saves. */
const ELSEWHERE_FROM_BYTES = 1024 * 1024;

/**
 * Zip the package's parts (path -> XML text or bytes) byte-identically for
 * identical input: fixed core.xml dates, deterministic hyperlink ids,
 * entries in a fixed order, one entry time that does not depend on the time
 * zone, fixed compression. With `deflateElsewhere`, the largest part of a
 * large draft is deflated there while the others are deflated here (and
 * `meanwhile` runs, when given); the bytes are the same either way.
 */
export async function zipReproducibly(
  parts: ReadonlyMap<string, string | Uint8Array>,
  isoDate: string,
  deflateElsewhere?: DeflateElsewhere,
  meanwhile?: () => void,
): Promise<Uint8Array> {
  const files = new Map(parts);
  const core = files.get("docProps/core.xml");
  if (core !== undefined)
    files.set("docProps/core.xml", fixCoreDates(textOf(core), isoDate));
  for (const name of [...files.keys()]) {
    if (name.endsWith(".rels")) renameHyperlinkIds(files, name);
  }
  const names = [...files.keys()]
    .filter((name) => name !== CONTENT_TYPES)
    .sort();
  const ordered: { name: string; data: Uint8Array; stored: boolean }[] = [];
  for (const name of [CONTENT_TYPES, ...names]) {
    const data = files.get(name);
    if (data === undefined) continue;
    ordered.push({
      name,
      data: typeof data === "string" ? utf8.encode(data) : data,
      // Images are already compressed; storing them saves time and nothing else.
      stored: /\.(png|jpe?g)$/i.test(name),
    });
  }
  const largest = ordered.reduce<(typeof ordered)[number] | undefined>(
    (found, entry) =>
      !entry.stored && entry.data.length > (found?.data.length ?? 0)
        ? entry
        : found,
    undefined,
  );
  const away =
    deflateElsewhere !== undefined &&
    largest !== undefined &&
    largest.data.length >= ELSEWHERE_FROM_BYTES
      ? handOver(largest, files.get(largest.name), deflateElsewhere)
      : undefined;
  // The other thread works from now on: what the caller left for this moment runs beside it.
  if (away !== undefined) meanwhile?.();
  const entries: ZipEntry[] = [];
  for (const { name, data, stored } of ordered) {
    if (away?.entry.name === name) {
      entries.push(away.entry);
      continue;
    }
    entries.push({
      name,
      compressed: stored ? data : deflateXml(data),
      stored,
      size: data.length,
      crc: zipCrc(data),
    });
  }
  if (away !== undefined) away.entry.compressed = await away.deflated;
  return writeZip(entries, ZIP_TIME);
}

/**
 * Give a part to `deflateElsewhere`, its size and CRC taken first: bytes
 * encoded here from the part's text are moved to the other thread, not
 * copied (22 MB at 1,000 files), and encoded again should it fail.
 */
function handOver(
  part: { name: string; data: Uint8Array },
  original: string | Uint8Array | undefined,
  deflateElsewhere: DeflateElsewhere,
): { entry: ZipEntry; deflated: Promise<Uint8Array> } {
  const entry: ZipEntry = {
    name: part.name,
    compressed: new Uint8Array(0),
    stored: false,
    size: part.data.length,
    crc: zipCrc(part.data),
  };
  const movable = typeof original === "string";
  const deflated = deflateElsewhere(part.data, { movable }).catch(() =>
    deflateXml(
      typeof original === "string" ? utf8.encode(original) : part.data,
    ),
  );
  return { entry, deflated };
}
