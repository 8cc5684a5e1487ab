// Edits to a built draft's XML that imitate what Word writes when a
// reviewer works with Track Changes on: w:ins / w:del runs, moves,
// comments with a reply, a formatting change, paragraphs inserted and
// deleted. Plain string surgery on the parts, as a reviewer's Word would
// leave them, so the tests do not depend on our own writer.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export interface Reviewer {
  author: string;
  date: string;
}

export const ALICE: Reviewer = {
  author: "Alice Editor",
  date: "2004-10-20T09:00:00Z",
};

let nextId = 900;
const mark = (tag: string, who: Reviewer) =>
  `<w:${tag} w:id="${nextId++}" w:author="${who.author}" w:date="${who.date}">`;

/** A DOCX's parts as text (media as bytes), and back. */
export function openDocx(bytes: Uint8Array): Map<string, string | Uint8Array> {
  return new Map(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [
      name,
      /\.(xml|rels)$/.test(name) ? strFromU8(data) : data,
    ]),
  );
}

export function closeDocx(parts: Map<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts)
    files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files);
}

export function xmlPart(
  parts: Map<string, string | Uint8Array>,
  name: string,
): string {
  const xml = parts.get(name);
  if (typeof xml !== "string") throw new Error(`no part ${name}`);
  return xml;
}

/** The run (`<w:r>…</w:r>`) whose text holds `words` (the first after `after`), with the text split around them. */
function splitRun(xml: string, words: string, after = "") {
  const at = xml.indexOf(words, after === "" ? 0 : xml.indexOf(after));
  if (at === -1) throw new Error(`not in the draft: ${words}`);
  const start = xml.lastIndexOf("<w:r>", at);
  const end = xml.indexOf("</w:r>", at) + "</w:r>".length;
  const run = xml.slice(start, end);
  const rPr = /^<w:r>(<w:rPr>.*?<\/w:rPr>)?/.exec(run)?.[1] ?? "";
  const text = /<w:t[^>]*>([^<]*)<\/w:t>/.exec(run)?.[1];
  if (text === undefined) throw new Error(`no plain run holds: ${words}`);
  const inner = text.indexOf(words);
  const plain = (t: string) =>
    t === "" ? "" : `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>`;
  return {
    start,
    end,
    rPr,
    before: plain(text.slice(0, inner)),
    after: plain(text.slice(inner + words.length)),
  };
}

/** Replace `old` by `replacement` as a tracked deletion and insertion. */
export function trackReplace(
  xml: string,
  old: string,
  replacement: string,
  who = ALICE,
  after = "",
): string {
  const run = splitRun(xml, old, after);
  const del = `${mark("del", who)}<w:r>${run.rPr}<w:delText xml:space="preserve">${old}</w:delText></w:r></w:del>`;
  const ins =
    replacement === ""
      ? ""
      : `${mark("ins", who)}<w:r>${run.rPr}<w:t xml:space="preserve">${replacement}</w:t></w:r></w:ins>`;
  return (
    xml.slice(0, run.start) +
    run.before +
    del +
    ins +
    run.after +
    xml.slice(run.end)
  );
}

/** Insert `words` right after `anchor`'s run, as its own plain run (Word does not carry italics over a run edge it did not type in). */
export function trackInsertAfterRun(
  xml: string,
  anchor: string,
  words: string,
  who = ALICE,
  after = "",
): string {
  const run = splitRun(xml, anchor, after);
  return `${xml.slice(0, run.end)}${mark("ins", who)}<w:r><w:t xml:space="preserve">${words}</w:t></w:r></w:ins>${xml.slice(run.end)}`;
}

/** Move `words` out of their place into the run holding `destination` (Word's w:moveFrom / w:moveTo). */
export function trackMove(
  xml: string,
  words: string,
  destination: string,
  who = ALICE,
): string {
  const from = splitRun(xml, words);
  let out =
    xml.slice(0, from.start) +
    from.before +
    `${mark("moveFrom", who)}<w:r><w:delText xml:space="preserve">${words}</w:delText></w:r></w:moveFrom>` +
    from.after +
    xml.slice(from.end);
  const to = splitRun(out, destination);
  out =
    out.slice(0, to.end) +
    `${mark("moveTo", who)}<w:r><w:t xml:space="preserve">${words}</w:t></w:r></w:moveTo>` +
    out.slice(to.end);
  return out;
}

/** Make the run holding `words` bold with the change tracked (w:rPrChange). */
export function trackBold(xml: string, words: string, who = ALICE): string {
  const run = splitRun(xml, words);
  const bold = `<w:r><w:rPr><w:b/>${mark("rPrChange", who)}<w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">${words}</w:t></w:r>`;
  return (
    xml.slice(0, run.start) + run.before + bold + run.after + xml.slice(run.end)
  );
}

/** The `<w:p>` that holds `words`: its start and end offsets. */
function paragraphAround(xml: string, words: string) {
  const at = xml.indexOf(words);
  if (at === -1) throw new Error(`not in the draft: ${words}`);
  const start = xml.lastIndexOf("<w:p>", at);
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  return { start, end };
}

/** Delete the whole paragraph holding `words`, its mark included (what Word writes for a selected paragraph deleted). */
export function trackDeleteParagraph(
  xml: string,
  words: string,
  who = ALICE,
): string {
  const { start, end } = paragraphAround(xml, words);
  const paragraph = xml
    .slice(start, end)
    .replace("</w:pPr>", `<w:rPr>${mark("del", who)}</w:del></w:rPr></w:pPr>`)
    .replace(
      /<w:r>(.*?)<\/w:r>/g,
      (_all, inner: string) =>
        `${mark("del", who)}<w:r>${inner.replace(/<w:t( [^>]*)?>/g, '<w:delText xml:space="preserve">').replace(/<\/w:t>/g, "</w:delText>")}</w:r></w:del>`,
    );
  return xml.slice(0, start) + paragraph + xml.slice(end);
}

/** Press Enter at the end of the paragraph holding `words` and type `text` (Word marks the split mark inserted). */
export function trackNewParagraphAfter(
  xml: string,
  words: string,
  text: string,
  who = ALICE,
): string {
  const { start, end } = paragraphAround(xml, words);
  const paragraph = xml
    .slice(start, end)
    .replace("</w:pPr>", `<w:rPr>${mark("ins", who)}</w:ins></w:rPr></w:pPr>`);
  const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1] ?? "";
  const added = `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${mark("ins", who)}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins></w:p>`;
  return xml.slice(0, start) + paragraph + added + xml.slice(end);
}

/**
 * A comment on `words` with a reply, as Word writes them: range marks and a
 * reference in document.xml, the texts in comments.xml, the thread in
 * commentsExtended.xml.
 */
export function addComment(
  parts: Map<string, string | Uint8Array>,
  words: string,
  text: string,
  reply: { author: string; text: string } | undefined,
  who = ALICE,
): void {
  const document = xmlPart(parts, "word/document.xml");
  const run = splitRun(document, words);
  const id = 500;
  parts.set(
    "word/document.xml",
    document.slice(0, run.start) +
      `<w:commentRangeStart w:id="${id}"/>` +
      document.slice(run.start, run.end) +
      `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>` +
      document.slice(run.end),
  );
  const W =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
  const comment = (cid: number, author: string, body: string, paraId: string) =>
    `<w:comment w:id="${cid}" w:author="${author}" w:date="${who.date}" w:initials="X"><w:p w14:paraId="${paraId}"><w:r><w:t>${body}</w:t></w:r></w:p></w:comment>`;
  parts.set(
    "word/comments.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comment(id, who.author, text, "1A000001")}${reply ? comment(id + 1, reply.author, reply.text, "1A000002") : ""}</w:comments>`,
  );
  parts.set(
    "word/commentsExtended.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W}><w15:commentEx w15:paraId="1A000001" w15:done="0"/>${reply ? '<w15:commentEx w15:paraId="1A000002" w15:paraIdParent="1A000001" w15:done="0"/>' : ""}</w15:commentsEx>`,
  );
  const rels = xmlPart(parts, "word/_rels/document.xml.rels");
  parts.set(
    "word/_rels/document.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdReview1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdReview2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    ),
  );
  const types = xmlPart(parts, "[Content_Types].xml");
  parts.set(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    ),
  );
}
