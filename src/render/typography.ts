import { append } from "../shared/append.js";
import type {
  Caption,
  Inline,
  ListItem,
  Report,
  ReportBlock,
  ReportFootnote,
  ReportList,
} from "../model.js";

// UN typography for everything that prints the draft (DOCX, text, Markdown,
// the redline): typographic quotes and apostrophes whatever the contributor
// typed, an en dash in number ranges, and links that keep their address on
// paper. Applied by the renderers, not by merge: the report's data (JSON,
// the validator's view) stays as written. Idempotent, so a renderer may
// receive a report that is already typeset.

const OPEN_DOUBLE = "\u201C";
const CLOSE_DOUBLE = "\u201D";
const OPEN_SINGLE = "\u2018";
const APOSTROPHE = "\u2019";
const EN_DASH = "\u2013";

/** A character after which a quote opens: nothing, white space, an opening bracket or quote, a dash. */
const OPENS_AFTER = /[\s([{\u201C\u2018\u2013\u2014/-]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const STRAIGHT_QUOTE = /["']/g;

/** Web addresses in running text are printed exactly as written. */
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)'\]]/giu;
/**
 * What every address URL_IN_TEXT finds contains: "http" or "www" in any
 * case. Spelled as classes, not with the i flag: no other character folds
 * to these letters, and irregexp scans a plain pattern faster (a 1,000-file
 * report's 20 MB: 14 -> 11 ms).
 */
const ADDRESS_START = /[Hh][Tt][Tt][Pp]|[Ww][Ww][Ww]/;

/**
 * Straight quotes to typographic ones, as pandoc's `smart` extension does:
 * `'` inside or at the end of a word is an apostrophe (women’s, girls’),
 * `'` or `"` after a space or an opening bracket opens, anything else closes.
 * `before` is the character printed just before `text` (across inline
 * boundaries), "" at the start of a paragraph.
 */
export function smartQuotes(text: string, before = ""): string {
  // Most text has none: includes() finds that out faster than a search.
  if (!text.includes('"') && !text.includes("'")) return text;
  // Only the quotes change: the text between them is copied in slices, not
  // a character at a time (a third of the typesetting of a large report).
  let out = "";
  let last = 0;
  let lastPrinted = "";
  for (const match of text.matchAll(STRAIGHT_QUOTE)) {
    const i = match.index;
    const char = match[0];
    // The character printed just before: a quote printed just now, or the text's own.
    const previous = i === 0 ? before : i === last ? lastPrinted : text[i - 1];
    const next = text[i + 1] ?? "";
    const opens = previous === "" || OPENS_AFTER.test(previous);
    let printed: string;
    if (char === '"') printed = opens ? OPEN_DOUBLE : CLOSE_DOUBLE;
    else {
      // '90s: an elided number takes an apostrophe, not an opening quote.
      const elision = /^\d\ds\b/.test(text.slice(i + 1, i + 5));
      printed =
        opens && !elision && (WORD_CHAR.test(next) || next === '"')
          ? OPEN_SINGLE
          : APOSTROPHE;
    }
    out += text.slice(last, i) + printed;
    last = i + 1;
    lastPrinted = printed;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** 2005-2007 -> 2005–2007, paras. 12-15 -> 12–15; never inside a longer run (2004-10-31, 04-53453-1). */
export function numberRanges(text: string): string {
  if (!text.includes("-")) return text;
  return text.replace(
    /(?<![\d\p{L}.,/-])(\d{1,4})-(\d{1,4})(?![\d\p{L}/-]|[.,]\d)/gu,
    `$1${EN_DASH}$2`,
  );
}

/** Both, leaving web addresses in the text alone. */
function typesetText(text: string, before: string): string {
  // An address contains one of these: most text has none, and this search
  // is several times faster than the full expression.
  if (!ADDRESS_START.test(text)) return numberRanges(smartQuotes(text, before));
  let out = "";
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const start = match.index;
    out += numberRanges(
      smartQuotes(text.slice(last, start), lastChar(out, before)),
    );
    out += match[0];
    last = start + match[0].length;
  }
  return (
    out + numberRanges(smartQuotes(text.slice(last), lastChar(out, before)))
  );
}

function lastChar(printed: string, before: string): string {
  return printed === "" ? before : printed.slice(-1);
}

/**
 * Only web and e-mail addresses are printed; anything else (a script URL in
 * hostile text) keeps its words and is the renderer's business.
 */
function isPrintedUrl(url: string): boolean {
  return /^(?:https?:|ftp:|mailto:|www\.)/i.test(url);
}

/** Words that already spell the address, scheme and trailing slash aside. */
function sameAddress(words: string, url: string): boolean {
  const bare = (value: string) =>
    value.replace(/^(?:https?:\/\/|mailto:)/i, "").replace(/\/$/, "");
  return bare(words) === bare(url);
}

/**
 * What the printed draft adds after a link's words (see typesetLink): the
 * address alone for a link with no words, nothing when the words already
 * are the address or the address is not printed, else " (address)".
 */
export function printedLinkSuffix(words: string, url: string): string {
  if (!isPrintedUrl(url)) return "";
  if (words === "") return printedAddress(url);
  return sameAddress(words, url) ? "" : ` (${printedAddress(url)})`;
}

/** What a reader sees of a link's address: without the `mailto:` of an e-mail address. */
export function printedAddress(url: string): string {
  return url.replace(/^mailto:/i, "");
}

function plain(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.type === "text" || inline.type === "code"
        ? inline.value
        : "children" in inline
          ? plain(inline.children)
          : "",
    )
    .join("");
}

/**
 * A paragraph's inlines, typeset. `state.before` carries the last printed
 * character through emphasis, links and code, so `"*Title*"` opens and
 * closes properly.
 */
function typesetInlines(
  inlines: readonly Inline[],
  state: { before: string },
): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    switch (inline.type) {
      case "text": {
        const value = typesetText(inline.value, state.before);
        if (value !== "") state.before = value.slice(-1);
        out.push({ type: "text", value });
        break;
      }
      case "code":
        if (inline.value !== "") state.before = inline.value.slice(-1);
        out.push(inline);
        break;
      case "emphasis":
      case "strong":
        out.push({
          type: inline.type,
          children: typesetInlines(inline.children, state),
        });
        break;
      case "link":
        append(out, typesetLink(inline, state));
        break;
      case "break":
        state.before = " ";
        out.push(inline);
        break;
      case "footnote":
      case "image":
        out.push(inline);
        break;
    }
  }
  return out;
}

/**
 * The UN prints a link's address, not blue underlined words: a link whose
 * words are its address stays as it is; any other becomes its words then
 * the address in brackets, "the checklist (https://www.un.org/…)", the
 * address still a link for whoever reads the file on screen.
 */
function typesetLink(
  link: Extract<Inline, { type: "link" }>,
  state: { before: string },
): Inline[] {
  if (!isPrintedUrl(link.url))
    return [{ ...link, children: typesetInlines(link.children, state) }];
  const address = printedAddress(link.url);
  const words = plain(link.children).trim();
  if (words === "" || sameAddress(words, link.url)) {
    const shown = words === "" ? address : words;
    state.before = shown.slice(-1);
    return [
      {
        type: "link",
        url: link.url,
        children: [{ type: "text", value: shown }],
      },
    ];
  }
  const children = typesetInlines(link.children, state);
  state.before = ")";
  return [
    ...children,
    { type: "text", value: " (" },
    {
      type: "link",
      url: link.url,
      children: [{ type: "text", value: address }],
    },
    { type: "text", value: ")" },
  ];
}

function paragraphOf(inlines: readonly Inline[]): Inline[] {
  return typesetInlines(inlines, { before: "" });
}

function typesetList(list: ReportList): ReportList {
  return {
    ...list,
    items: list.items.map((item): ListItem => ({
      ...item,
      content: paragraphOf(item.content),
      ...(item.children ? { children: typesetList(item.children) } : {}),
    })),
  };
}

function typesetCaption(caption: Caption | undefined): { caption?: Caption } {
  return caption === undefined
    ? {}
    : { caption: { ...caption, title: paragraphOf(caption.title) } };
}

function typesetBlock(block: ReportBlock): ReportBlock {
  switch (block.kind) {
    case "paragraph":
      return { ...block, content: paragraphOf(block.content) };
    case "list":
      return { ...block, list: typesetList(block.list) };
    case "table":
      return {
        ...block,
        ...typesetCaption(block.caption),
        header: block.header.map(paragraphOf),
        rows: block.rows.map((row) => row.map(paragraphOf)),
      };
    case "quote":
      return { ...block, paragraphs: block.paragraphs.map(paragraphOf) };
    case "figure":
      return { ...block, ...typesetCaption(block.caption) };
  }
}

/** The report as printed: every text typeset (titles and headings from the outline too). */
export function typeset(report: Report): Report {
  // Not memoized: reports are plain data that callers may change between renders.
  const title = (value: string) => typesetText(value, "");
  const { titleNote, symbolNote } = report.meta;
  const result: Report = {
    ...report,
    // The asterisk notes are printed text too; the masthead's fields are as report.yaml gives them.
    meta: {
      ...report.meta,
      ...(titleNote === undefined ? {} : { titleNote: title(titleNote) }),
      ...(symbolNote === undefined ? {} : { symbolNote: title(symbolNote) }),
    },
    chapters: report.chapters.map((chapter) => ({
      ...chapter,
      title: title(chapter.title),
      blocks: chapter.blocks.map(typesetBlock),
      sections: chapter.sections.map((section) => ({
        ...section,
        title: title(section.title),
        blocks: section.blocks.map(typesetBlock),
      })),
    })),
    ...(report.annexes === undefined
      ? {}
      : {
          annexes: report.annexes.map((annex) => ({
            ...annex,
            title: title(annex.title),
            blocks: annex.blocks.map(typesetBlock),
            sections: annex.sections.map((section) => ({
              ...section,
              title: title(section.title),
              blocks: section.blocks.map(typesetBlock),
            })),
          })),
        }),
    footnotes: report.footnotes.map((note): ReportFootnote => ({
      ...note,
      paragraphs: note.paragraphs.map(paragraphOf),
    })),
  };
  return result;
}
