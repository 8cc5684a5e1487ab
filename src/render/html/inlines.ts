import type { ImageAsset, Inline } from "../../model.js";
import { escapeHtml, safeUrl } from "./escape.js";

/** What inline rendering needs from the whole document. */
export interface InlineContext {
  images: ReadonlyMap<string, ImageAsset>;
  /** Footnote numbers already given an anchor: ids must be unique, and the note links back to the first. */
  referenced: Set<number>;
}

/** An image as a data: URI, so the file makes no request to open. */
export function imageSource(asset: ImageAsset): string {
  const mime = asset.type === "png" ? "image/png" : "image/jpeg";
  return `data:${mime};base64,${Buffer.from(asset.data).toString("base64")}`;
}

export function renderImage(
  file: string,
  alt: string,
  context: InlineContext,
  className: string,
): string {
  const asset = context.images.get(file);
  if (asset === undefined)
    return `<span class="${className} missing-image">[${escapeHtml(alt)}]</span>`;
  return `<img class="${className}" src="${imageSource(asset)}" alt="${escapeHtml(alt)}" width="${asset.width}" height="${asset.height}">`;
}

export function renderInlines(
  inlines: readonly Inline[],
  context: InlineContext,
): string {
  return inlines.map((inline) => renderInline(inline, context)).join("");
}

function renderInline(inline: Inline, context: InlineContext): string {
  switch (inline.type) {
    case "text":
      return escapeHtml(inline.value);
    case "code":
      return `<code>${escapeHtml(inline.value)}</code>`;
    case "emphasis":
      return `<em>${renderInlines(inline.children, context)}</em>`;
    case "strong":
      return `<strong>${renderInlines(inline.children, context)}</strong>`;
    case "link": {
      const text = renderInlines(inline.children, context);
      const url = safeUrl(inline.url);
      return url === undefined
        ? `<span class="link-text" title="${escapeHtml(inline.url)}">${text}</span>`
        : `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${text}</a>`;
    }
    case "footnote": {
      const first = !context.referenced.has(inline.number);
      context.referenced.add(inline.number);
      const id = first ? ` id="fnref-${inline.number}"` : "";
      return `<sup class="fnref"><a${id} href="#fn-${inline.number}" aria-label="note ${inline.number}">${inline.number}</a></sup>`;
    }
    case "image":
      return renderImage(inline.file, inline.alt, context, "inline-image");
    case "break":
      return "<br>";
  }
}
