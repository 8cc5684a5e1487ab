import { subparagraphLabel } from "../../merge/labels.js";
import type {
  BlockSource,
  Caption,
  ReportBlock,
  ReportList,
} from "../../model.js";
import { escapeHtml } from "./escape.js";
import { renderImage, renderInlines, type InlineContext } from "./inlines.js";

/** "UNICEF · contributions/2004/unicef.md, line 14": who wrote a block and where. */
export function sourceText(source: BlockSource): string {
  return `${source.entity ?? "Outline"} · ${source.file}, line ${source.line}`;
}

/**
 * The attribution shown beside a block on hover, or for every block when the
 * reader ticks "Show sources" (CSS only: the draft runs no script). The data
 * attributes let tools find the same facts without parsing the text.
 */
function sourceAttributes(source: BlockSource): string {
  const entity =
    source.entity === undefined
      ? ""
      : ` data-entity="${escapeHtml(source.entity)}"`;
  return `${entity} data-file="${escapeHtml(source.file)}" data-line="${source.line}"`;
}

function sourceNote(source: BlockSource): string {
  return `<span class="source">${escapeHtml(sourceText(source))}</span>`;
}

function renderList(
  list: ReportList,
  context: InlineContext,
  level: 1 | 2,
): string {
  const items = list.items.map((item, index) => {
    const label = list.ordered ? subparagraphLabel(index, level) : "•";
    const children =
      item.children === undefined ? "" : renderList(item.children, context, 2);
    return `<li><span class="label">${label}</span><span class="item">${renderInlines(item.content, context)}</span>${children}</li>`;
  });
  return `<ol class="subparagraphs level-${level}">${items.join("")}</ol>`;
}

function numberMark(number: number): string {
  return `<span class="num">${number}.</span>`;
}

/** "Table 1" on its line, then the title in bold, as the DOCX prints them. */
function captionHtml(caption: Caption, context: InlineContext): string {
  const label =
    caption.label === undefined
      ? ""
      : `<span class="caption-label">${escapeHtml(caption.label)}</span>`;
  return `${label}<span class="caption-title">${renderInlines(caption.title, context)}</span>`;
}

/** One block of the body, wrapped with its attribution. Numbered blocks get `id="para-N"` (in an annex `id="annex-I-para-N"`: `idPrefix` "annex-I-"). */
export function renderBlock(
  block: ReportBlock,
  context: InlineContext,
  idPrefix = "",
): string {
  const attributes = sourceAttributes(block.source);
  const note = sourceNote(block.source);
  switch (block.kind) {
    case "paragraph":
      return `<div class="block paragraph" id="${idPrefix}para-${block.number}" data-number="${block.number}"${attributes}>${numberMark(block.number)}<p>${renderInlines(block.content, context)}</p>${note}</div>`;
    case "list": {
      const list = renderList(block.list, context, 1);
      return block.number === undefined
        ? `<div class="block list"${attributes}>${list}${note}</div>`
        : `<div class="block paragraph list" id="${idPrefix}para-${block.number}" data-number="${block.number}"${attributes}>${numberMark(block.number)}${list}${note}</div>`;
    }
    case "table": {
      const align = (index: number) => {
        const value = block.align[index];
        return value === null || value === undefined
          ? ""
          : ` class="align-${value}"`;
      };
      const header = block.header
        .map((cell, i) => `<th${align(i)}>${renderInlines(cell, context)}</th>`)
        .join("");
      const rows = block.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, i) => `<td${align(i)}>${renderInlines(cell, context)}</td>`).join("")}</tr>`,
        )
        .join("");
      const caption =
        block.caption === undefined
          ? ""
          : `<caption>${captionHtml(block.caption, context)}</caption>`;
      return `<div class="block table"${attributes}><table>${caption}<thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>${note}</div>`;
    }
    case "quote":
      return `<div class="block quote"${attributes}><blockquote>${block.paragraphs.map((p) => `<p>${renderInlines(p, context)}</p>`).join("")}</blockquote>${note}</div>`;
    case "figure": {
      const caption =
        block.caption === undefined
          ? ""
          : `<figcaption>${captionHtml(block.caption, context)}</figcaption>`;
      return `<div class="block figure"${attributes}><figure>${caption}${renderImage(block.image.file, block.image.alt, context, "figure-image")}</figure>${note}</div>`;
    }
  }
}
